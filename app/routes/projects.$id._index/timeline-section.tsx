import { Timeline } from "~/components/projects/timeline";
import { Section } from "./section";
import type { Props } from "./section";

export function TimelineSection({ page }: Props) {
  return (
    <Section id="timeline" title="Timeline">
      {page.timeline.length > 0 ? (
        <Timeline events={page.timeline} />
      ) : (
        <p>Nothing has happened on this project’s timeline yet.</p>
      )}
      {page.timelineLimited ? (
        <p className="mt-3 text-sm text-muted">Showing the latest {page.timeline.length} events.</p>
      ) : null}
    </Section>
  );
}
