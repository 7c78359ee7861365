import { formatDateTime } from "~/domain/dates";
import { stageLabel } from "~/domain/stages";

type TimelineEvent = {
  id: number;
  kind: string;
  fromStage: string | null;
  toStage: string | null;
  reason: string;
  actorName: string | null;
  createdAt: Date | string;
};

const lower = (stage: string | null) => (stage ? stageLabel(stage).toLowerCase() : "");

/** What one timeline event says, in words. */
export function describeEvent(event: Pick<TimelineEvent, "kind" | "fromStage" | "toStage">): string {
  const from = lower(event.fromStage);
  const to = lower(event.toStage);
  switch (event.kind) {
    case "submitted":
      return `Submitted${to ? ` at ${to}` : ""}`;
    case "requested":
      return `Asked to move from ${from} to ${to}`;
    case "approved":
      return `Moved from ${from} to ${to}`;
    case "returned":
      return `Request to move to ${to} returned`;
    case "override":
      return `Moved from ${from} to ${to} by an organiser's override`;
    case "moved_back":
      return `Moved back from ${from} to ${to}`;
    case "paused":
      return "Paused";
    case "resumed":
      return "Resumed";
    case "archived":
      return "Archived";
    default:
      return event.kind;
  }
}

/** The project's timeline, newest first: every move, who made it, when and why. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="space-y-4 border-l-2 border-line pl-4">
      {events.map((event) => {
        const when = new Date(event.createdAt);
        return (
          <li key={event.id}>
            <p className="font-semibold">{describeEvent(event)}</p>
            <p className="text-sm text-muted">
              <time dateTime={when.toISOString()}>{formatDateTime(when)}</time>
              {event.actorName ? ` · by ${event.actorName}` : ""}
            </p>
            {event.reason ? <p className="mt-1 whitespace-pre-line">“{event.reason}”</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
