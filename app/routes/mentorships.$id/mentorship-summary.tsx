import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import { mentorshipStatuses } from "~/domain/taxonomy";
import { mentorPath, projectPath } from "~/utils/paths";
import type { MentorshipPageData } from "./route";

/** Who the mentorship is between, where it stands, and when it was asked, answered and ended. */
export function MentorshipSummary({ mentorship: m }: { mentorship: MentorshipPageData["mentorship"] }) {
  return (
    <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Project</dt>
      <dd>
        <Link to={projectPath(m.project)}>{m.project.name}</Link>
      </dd>
      <dt className="font-semibold">Mentor</dt>
      <dd>{m.mentor.hasProfile ? <Link to={mentorPath(m.mentor)}>{m.mentor.name}</Link> : m.mentor.name}</dd>
      <dt className="font-semibold">Status</dt>
      <dd>
        <Badge tone={m.status === "active" ? "success" : "neutral"}>{mentorshipStatuses.label(m.status)}</Badge>
      </dd>
      <dt className="font-semibold">Asked or offered</dt>
      <dd>
        <Time value={m.createdAt} />
      </dd>
      {m.respondedAt ? (
        <>
          <dt className="font-semibold">Answered</dt>
          <dd>
            <Time value={m.respondedAt} />
          </dd>
        </>
      ) : null}
      {m.endedAt ? (
        <>
          <dt className="font-semibold">Ended</dt>
          <dd>
            <Time value={m.endedAt} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
