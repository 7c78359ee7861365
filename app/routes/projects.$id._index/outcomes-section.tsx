import { Link } from "@remix-run/react";
import { DataTable } from "~/components/charts/data-table";
import { projectPilotsPath, storyPath } from "~/utils/paths";
import { RichText } from "~/components/rich-text";
import { Section, isoDate } from "./section";
import type { Props } from "./section";

export function OutcomesSection({ page }: Props) {
  const stories = page.outcomes.filter((o) => o.publishedAt && o.storyTitle);
  return (
    <Section id="outcomes" title="Outcomes">
      {page.outcomes.length > 0 ? (
        <DataTable
          caption="Measured outcomes"
          headers={["Measure", "Baseline", "Result", "Source", "Measured"]}
          numeric={[]}
          rows={page.outcomes.map((o) => [
            o.metric,
            `${o.baseline}${o.unit ? ` ${o.unit}` : ""}`,
            `${o.result}${o.unit ? ` ${o.unit}` : ""}`,
            o.source,
            isoDate(o.measuredOn),
          ])}
        />
      ) : (
        <p>No outcomes measured yet.</p>
      )}
      {stories.map((story) => (
        <article
          key={story.id}
          aria-labelledby={`story-${story.id}`}
          className="mt-6 max-w-3xl rounded-lg border-l-4 border-success-700 bg-success-50 p-4"
        >
          <h3 id={`story-${story.id}`} className="text-lg">
            Success story: <Link to={storyPath({ id: story.id, title: story.storyTitle! })}>{story.storyTitle}</Link>
          </h3>
          <RichText text={story.storyBody ?? ""} className="mt-2" />
        </article>
      ))}
      {page.viewer.isMember || page.viewer.isOrganiser ? (
        <p className="mt-4">
          <Link to={projectPilotsPath(page.project)}>
            {page.viewer.isMember ? "Record outcomes" : "Publish outcomes as success stories"}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
