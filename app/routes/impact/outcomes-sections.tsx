import { Figures } from "~/components/home/figures";
import { SuccessStoryCard } from "~/components/projects/success-story";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { sectionClass, type ImpactData } from "./types";

/** Pilots and measured outcomes on the projects in the figures. */
export function OutcomesSection({ figures }: { figures: ImpactData["figures"] }) {
  return (
    <section aria-labelledby="outcomes-heading" className={sectionClass}>
      <h2 id="outcomes-heading" className="mb-2 text-2xl">
        Pilots and outcomes
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        With a period chosen, pilots count when they started in it, outcomes when they were measured in it and stories
        when they were published in it.
      </p>
      <Figures
        label="Pilots and outcomes"
        items={[
          { label: "pilots live", value: figures.pilotsLive },
          { label: "pilots completed", value: figures.pilotsCompleted },
          { label: "organisations piloting", value: figures.pilotOrganisations },
          { label: "outcomes measured", value: figures.outcomes },
          { label: "projects with outcomes", value: figures.projectsWithOutcomes },
          { label: "success stories", value: figures.stories },
        ]}
      />
    </section>
  );
}

/** Published outcomes told as success stories, each linking to its page, a page at a time. */
export function StoriesSection({ stories }: { stories: ImpactData["stories"] }) {
  return (
    <section aria-labelledby="success-stories-heading" id="success-stories" className="scroll-mt-4">
      <h2 id="success-stories-heading" className="mb-3 text-2xl">
        Success stories
      </h2>
      {stories.items.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {stories.items.map((story) => (
            <SuccessStoryCard key={story.id} story={story} />
          ))}
        </ul>
      ) : (
        <EmptyState title="No success stories match these filters">
          When a project publishes a measured outcome as a story, it appears here.
        </EmptyState>
      )}
      <div className="print:hidden">
        <Pagination
          page={stories.page}
          pageCount={stories.pageCount}
          total={stories.total}
          noun="stories"
          anchor="success-stories"
        />
      </div>
    </section>
  );
}
