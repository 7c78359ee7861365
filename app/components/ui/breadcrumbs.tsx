import { Link } from "@remix-run/react";

export type Crumb = { to: string; label: string };

/**
 * Where a deep page sits (the NHS breadcrumb pattern): its parents, nearest last, above the
 * heading. On a phone only the nearest parent shows, as a back link. The current page is the
 * heading, so it is not repeated here.
 */
export function Breadcrumbs({ items, className = "" }: { items: readonly Crumb[]; className?: string }) {
  const parent = items.at(-1);
  if (!parent) return null;
  return (
    <nav aria-label="Breadcrumb" className={`mb-3 text-sm print:hidden ${className}`.trim()}>
      <ol className="hidden flex-wrap items-center gap-x-2 gap-y-1 sm:flex">
        {items.map((item, i) => (
          <li key={item.to} className="flex items-center gap-2">
            {i > 0 ? (
              <span aria-hidden="true" className="text-muted">
                ›
              </span>
            ) : null}
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
      <p className="sm:hidden">
        <Link to={parent.to}>
          <span aria-hidden="true">‹ </span>Back to {parent.label}
        </Link>
      </p>
    </nav>
  );
}
