import { Link } from "@remix-run/react";
import { ProjectCard, type ProjectCardData } from "~/components/projects/project-card";
import { stageLabel, stages } from "~/domain/stages";
import { projectStates } from "~/domain/taxonomy";

export type Column = { stage: string; total: number; cards: ProjectCardData[] };
type Shelf = { state: string; total: number; cards: ProjectCardData[] };

/**
 * Where a column's "See all N" link goes, or null when no page lists exactly that column's
 * projects (ready for funding): the column then says how many it shows instead.
 */
export type SeeAllHref = (stage: string) => string | null;

/**
 * The board: one column per stage, in a grid that wraps columns into rows (at least 15rem each),
 * so it never scrolls sideways: one column on a phone, four to a row at 1280 px (decision 0048).
 * Each column shows its first cards and links to the gallery for the rest.
 */
export function Board({ columns, seeAllHref }: { columns: Column[]; seeAllHref: SeeAllHref }) {
  const single = columns.length === 1;
  return (
    <ol
      aria-label="Pipeline board"
      className={
        single
          ? "grid max-w-md gap-4"
          : "grid grid-cols-[repeat(auto-fill,minmax(min(15rem,100%),1fr))] items-start gap-4"
      }
    >
      {columns.map((column) => {
        const meta = stages.find((s) => s.key === column.stage);
        const headingId = `column-${column.stage}`;
        return (
          <li key={column.stage} className="flex min-w-0 flex-col rounded-lg border border-line bg-surface p-3">
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
              <SeeAll column={column} href={seeAllHref(column.stage)} className="mt-3 text-sm" />
            </section>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * "See all N" under a stage's first cards, when it has more than it shows; where no page lists
 * exactly those projects, how many are shown and how to see the rest.
 */
export function SeeAll({ column, href, className }: { column: Column; href: string | null; className?: string }) {
  if (column.total <= column.cards.length) return null;
  const stage = stageLabel(column.stage).toLowerCase();
  return (
    <p className={className}>
      {href ? (
        <Link to={href}>
          See all {column.total}
          <span className="sr-only"> projects at {stage}</span>
        </Link>
      ) : (
        <>
          Showing the {column.cards.length} most recently active of {column.total}. Narrow the filters to see the rest.
        </>
      )}
    </p>
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
