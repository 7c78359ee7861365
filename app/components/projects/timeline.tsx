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

/** How many events show before the rest fold away. */
export const TIMELINE_OPEN = 5;

function EventList({ events }: { events: readonly TimelineEvent[] }) {
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

/**
 * The project's timeline, newest first: every move, who made it, when and why. The newest few
 * show; older ones fold into "Show N earlier events" (a details element: no JavaScript needed).
 */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const recent = events.slice(0, TIMELINE_OPEN);
  const earlier = events.slice(TIMELINE_OPEN);
  return (
    <>
      <EventList events={recent} />
      {earlier.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold text-brand-700 underline">
            Show {earlier.length} earlier {earlier.length === 1 ? "event" : "events"}
          </summary>
          <div className="mt-4">
            <EventList events={earlier} />
          </div>
        </details>
      ) : null}
    </>
  );
}
