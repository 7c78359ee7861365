import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { ProblemCard } from "~/components/problems/problem-card";
import { ProblemFilters } from "~/components/problems/problem-filters";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { hasRole, isOrganiser } from "~/domain/roles";
import { listProblemIndex } from "~/models/problem-search.server";
import { pageFromUrl } from "~/utils/pagination";
import { problemsExportPath } from "~/utils/paths";
import { parseProblemListQuery } from "~/validation/problems";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.query.q ? `“${data.query.q}” in problems · Hackpath` : "Problems · Hackpath" },
  {
    name: "description",
    content:
      "Problems clinicians meet at the point of care, with how many people and organisations say they happen there too.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const url = new URL(request.url);
  const query = parseProblemListQuery(url);
  const result = await listProblemIndex({ ...query, page: pageFromUrl(url) });
  return {
    query,
    ...result,
    canPost: hasRole(user, "clinician"),
    canExport: isOrganiser(user),
    signedIn: Boolean(user),
  };
}

export default function Problems() {
  const { query, problems, tags, canPost, canExport, signedIn } = useLoaderData<typeof loader>();
  const filtered = Boolean(query.careSetting || query.specialty || query.status || query.tag || query.hasProjects);
  const first = (problems.page - 1) * problems.pageSize + 1;
  const last = first + problems.items.length - 1;
  return (
    <>
      <PageHeader
        title="Problems"
        lead="Problems clinicians meet at the point of care. Endorsements show how many people, in how many organisations, meet the same problem."
        actions={canPost ? <ButtonLink to="/problems/new">Post a problem</ButtonLink> : null}
      />
      {canExport ? (
        <p className="mb-4">
          <a href={problemsExportPath()}>Download every problem (CSV)</a>
        </p>
      ) : null}
      <ProblemFilters query={query} sort={problems.sort} tags={tags} />

      {query.q && !problems.searched ? (
        <p className="mb-4 rounded-md bg-warning-50 p-3 text-warning-700">
          “{query.q}” has no words we can search for, so all problems are shown. Try a word from the problem, such as
          “referral” or “foot”.
        </p>
      ) : null}

      {problems.items.length ? (
        <>
          <h2 className="mb-3 text-lg" aria-live="polite">
            {problems.total.toLocaleString("en-GB")} {problems.total === 1 ? "problem" : "problems"}
            {problems.searched ? ` matching “${query.q}”` : ""}
            <span className="font-normal text-muted">
              {" "}
              · showing {first.toLocaleString("en-GB")}–{last.toLocaleString("en-GB")}
            </span>
          </h2>
          <ul className="space-y-4">
            {problems.items.map((problem) => (
              <ProblemCard key={problem.id} problem={problem} />
            ))}
          </ul>
          {problems.pageCount > 1 ? (
            <Pagination page={problems.page} pageCount={problems.pageCount} total={problems.total} noun="problems" />
          ) : null}
        </>
      ) : (
        <EmptyState
          title={
            problems.total > 0
              ? "There are no more problems on this page"
              : query.q
                ? `No problems match “${query.q}”`
                : "No problems match these filters"
          }
        >
          {problems.total > 0 ? (
            <p>
              <Link to="?">Go to the first page</Link>.
            </p>
          ) : (
            <ul className="mx-auto mt-2 max-w-xl list-disc space-y-1 pl-5 text-left">
              {query.q ? (
                <li>Check the spelling, use fewer words, or try a broader word (“diabetes” rather than “HbA1c”).</li>
              ) : null}
              {filtered ? (
                <li>
                  <Link to={query.q ? `/problems?q=${encodeURIComponent(query.q)}` : "/problems"}>
                    Remove the filters
                  </Link>{" "}
                  to search every problem.
                </li>
              ) : null}
              {canPost ? (
                <li>
                  Not posted yet? <Link to="/problems/new">Post the problem</Link> so others can say it happens to them
                  too.
                </li>
              ) : signedIn ? null : (
                <li>
                  Clinicians can <Link to="/login?redirectTo=/problems/new">sign in to post a problem</Link>.
                </li>
              )}
            </ul>
          )}
        </EmptyState>
      )}
      <p className="mt-8 text-sm">
        <a href="/problems.atom">Newest problems as an Atom feed</a>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
