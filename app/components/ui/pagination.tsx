import { Link, useLocation } from "@remix-run/react";

/** "problems" → "problem", "stories" → "story": the noun for a total of one. */
function singular(noun: string): string {
  if (noun.endsWith("ies")) return `${noun.slice(0, -3)}y`;
  return noun.endsWith("s") ? noun.slice(0, -1) : noun;
}

/** Previous/next links that keep every other query parameter, so filtered lists page correctly. */
export function Pagination({
  page,
  pageCount,
  total,
  noun = "results",
  one,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Plural noun for the total, e.g. "problems". */
  noun?: string;
  /** Singular noun when the plural is irregular. */
  one?: string;
}) {
  const location = useLocation();
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    if (p === 1) params.delete("page");
    else params.set("page", String(p));
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ""}`;
  };
  return (
    <nav
      aria-label="Pagination"
      className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4"
    >
      <p className="text-sm text-muted">
        Page {page} of {pageCount} · {total.toLocaleString("en-GB")} {total === 1 ? (one ?? singular(noun)) : noun}
      </p>
      <ul className="flex gap-3">
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
