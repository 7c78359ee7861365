import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * One panel of the dashboard: a heading, optional count and actions, its list, and a "see all"
 * link when the list was cut short. Every dashboard section uses it so they look alike.
 */
export function DashboardPanel({
  id,
  title,
  total,
  shown,
  seeAll,
  actions,
  children,
}: {
  id: string;
  title: string;
  total?: number;
  shown?: number;
  seeAll?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-line bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl">
          {title}
          {total !== undefined ? (
            <span className="ml-2 text-base font-normal text-muted">({total.toLocaleString("en-GB")})</span>
          ) : null}
        </h2>
        {actions}
      </div>
      {children}
      {seeAll && total !== undefined && shown !== undefined && total > shown ? (
        <p className="mt-3">
          <Link to={seeAll}>
            See all {total.toLocaleString("en-GB")}
            <span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** What a panel says when it has nothing yet. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return <p className="text-muted">{children}</p>;
}
