import { Link } from "@remix-run/react";
import { ProjectCard, type ProjectCardData } from "~/components/projects/project-card";
import { stageLabel, stages } from "~/domain/stages";
import { projectStates } from "~/domain/taxonomy";

type Column = { stage: string; total: number; cards: ProjectCardData[] };
type Shelf = { state: string; total: number; cards: ProjectCardData[] };

/**
 * The board: one column per stage. On a phone the columns stack; from a tablet up they sit side by
 * side in a strip that scrolls sideways (a focusable region, so keyboard users can scroll it too).
 * Each column shows its first cards and links to the gallery for the rest.
 */
export function Board({ columns, seeAllHref }: { columns: Column[]; seeAllHref: (stage: string) => string }) {
  const single = columns.length === 1;
  return (
    // A scrolling region must be reachable by keyboard, hence the tabIndex.
    <div
      role="region"
      aria-label="Pipeline board"
      tabIndex={single ? undefined : 0}
      className={single ? "" : "relative -mx-1 overflow-x-auto px-1 pb-3"}
    >
      <ol className={single ? "grid max-w-md gap-4" : "flex flex-col gap-4 md:flex-row"}>
        {columns.map((column) => {
          const meta = stages.find((s) => s.key === column.stage);
          const headingId = `column-${column.stage}`;
          return (
            <li
              key={column.stage}
              className={`flex flex-col rounded-lg border border-line bg-surface p-3 ${single ? "" : "md:w-56 md:shrink-0"}`}
            >
              <section aria-labelledby={headingId} className="flex flex-1 flex-col">
                <h2 id={headingId} className="flex items-baseline justify-between gap-2 text-base">
                  <span>{stageLabel(column.stage)}</span>
                  <span className="text-sm font-normal text-muted">
                    {column.total}
                    <span className="sr-only"> {column.total === 1 ? "project" : "projects"}</span>
                  </span>
                </h2>
                {meta ? <p className="mt-1 text-xs text-muted">{meta.meaning}</p> : null}
                {column.cards.length > 0 ? (
                  <ul className="mt-3 space-y-2">
                    {column.cards.map((card) => (
                      <ProjectCard key={card.id} project={card} compact />
                    ))}
                  </ul>
                ) : (
                  <p className="mt-3 text-sm text-muted">No projects here yet.</p>
                )}
                {column.total > column.cards.length ? (
                  <p className="mt-3 text-sm">
                    <Link to={seeAllHref(column.stage)}>
                      See all {column.total}
                      <span className="sr-only"> projects at {stageLabel(column.stage).toLowerCase()}</span>
                    </Link>
                  </p>
                ) : null}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Paused or archived projects, kept off the board but not out of sight. */
export function BoardShelf({ shelf, seeAllHref }: { shelf: Shelf; seeAllHref: string }) {
  const label = projectStates.label(shelf.state);
  return (
    <section aria-labelledby={`shelf-${shelf.state}`} className="mt-8">
      <h2 id={`shelf-${shelf.state}`} className="text-xl">
        {label} <span className="text-base font-normal text-muted">({shelf.total})</span>
      </h2>
      {shelf.cards.length > 0 ? (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {shelf.cards.map((card) => (
            <ProjectCard key={card.id} project={card} compact />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-muted">No {label.toLowerCase()} projects.</p>
      )}
      {shelf.total > shelf.cards.length ? (
        <p className="mt-3">
          <Link to={seeAllHref}>
            See all {shelf.total} {label.toLowerCase()} projects
          </Link>
        </p>
      ) : null}
    </section>
  );
}
