import { Link, useLocation } from "@remix-run/react";

/** "problems" → "problem", "stories" → "story": the noun for a total of one. */
function singular(noun: string): string {
  if (noun.endsWith("ies")) return `${noun.slice(0, -3)}y`;
  return noun.endsWith("s") ? noun.slice(0, -1) : noun;
}

/**
 * Previous/next links that keep every other query parameter (a one-off `notice` aside), so
 * filtered lists page correctly. A page's main list passes `total` and always shows the summary;
 * one of several lists on a page passes its own `param` (`?comments=2`), an `anchor` to jump back
 * to, and a `label`, and shows nothing while it fits on one page.
 */
export function Pagination({
  page,
  pageCount,
  total,
  noun = "results",
  one,
  param = "page",
  anchor,
  label,
}: {
  page: number;
  pageCount: number;
  total?: number;
  /** Plural noun for the total, e.g. "problems". */
  noun?: string;
  /** Singular noun when the plural is irregular. */
  one?: string;
  /** The query parameter that holds this list's page. */
  param?: string;
  /** Element id to return to after following a link. */
  anchor?: string;
  /** Names the list for assistive technology when a page has several. */
  label?: string;
}) {
  const location = useLocation();
  if (total === undefined && pageCount <= 1) return null;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.delete("notice");
    if (p === 1) params.delete(param);
    else params.set(param, String(p));
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ""}${anchor ? `#${anchor}` : ""}`;
  };
  const of = label ? ` of ${label.toLowerCase()}` : "";
  return (
    <nav
      aria-label={label ?? "Pagination"}
      className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4"
    >
      <p className="text-sm text-muted">
        Page {page} of {pageCount}
        {total !== undefined
          ? ` · ${total.toLocaleString("en-GB")} ${total === 1 ? (one ?? singular(noun)) : noun}`
          : null}
      </p>
      <ul className="flex gap-3">
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              Previous<span className="sr-only"> page{of}</span>
            </Link>
          </li>
        ) : null}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              Next<span className="sr-only"> page{of}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
