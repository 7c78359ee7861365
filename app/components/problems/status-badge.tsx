import { Badge } from "~/components/ui/badge";
import { statusTone } from "~/domain/problem-status";
import { problemStatuses, type ProblemStatus } from "~/domain/taxonomy";

/** A problem's status in words and colour. */
export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  return (
    <Badge tone={statusTone(status)}>
      <span className="sr-only">Status: </span>
      {problemStatuses.label(status)}
    </Badge>
  );
}
