import { Link, useLocation } from "@remix-run/react";

/**
 * Previous/next links for one of several lists on a page, each paged by its own query parameter
 * (`?comments=2`), keeping the others and jumping back to the list.
 */
export function ParamPager({
  param,
  page,
  pageCount,
  anchor,
  label,
}: {
  param: string;
  page: number;
  pageCount: number;
  anchor: string;
  label: string;
}) {
  const location = useLocation();
  if (pageCount <= 1) return null;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.delete("notice");
    if (p === 1) params.delete(param);
    else params.set(param, String(p));
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ""}#${anchor}`;
  };
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          Previous<span className="sr-only"> page of {label.toLowerCase()}</span>
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next">
          Next<span className="sr-only"> page of {label.toLowerCase()}</span>
        </Link>
      ) : null}
    </nav>
  );
}
