import { Badge, type BadgeTone } from "~/components/ui/badge";
import { hackDayStatuses, type HackDayStatus } from "~/domain/taxonomy";

const tones: Record<HackDayStatus, BadgeTone> = {
  draft: "neutral",
  open: "brand",
  live: "success",
  judging: "warning",
  results_published: "success",
  archived: "neutral",
};

/** A hack day's status as a badge. */
export function HackDayStatusBadge({ status }: { status: HackDayStatus }) {
  return <Badge tone={tones[status]}>{hackDayStatuses.label(status)}</Badge>;
}
