import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { CanvasView } from "~/components/problems/canvas";
import { ProblemStatusBadge } from "~/components/problems/status-badge";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { excerpt } from "~/domain/text";
import { getProblemPage, problemPath } from "~/models/problems.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { idSlug } from "~/utils/slug";
import { problemActionSchema } from "~/validation/problems";
import { performProblemAction } from "./actions.server";
import { CommentsSection } from "./comments-section";
import { EndorsementsSection } from "./endorsements-section";
import { ProblemNotice } from "./notice";
import { RelatedSection } from "./related-section";
import { ToolsSection } from "./tools-section";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.problem.title} · Problems · Hackpath` },
        { name: "description", content: excerpt(data.problem.summary, 160) },
      ]
    : [{ title: "Problem · Hackpath" }];

/** A 1-based page number from a named query parameter; junk becomes 1. */
function pageParam(url: URL, name: string): number {
  const n = Number.parseInt(url.searchParams.get(name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const id = requireIdParam(params.id, "problem");
  const url = new URL(request.url);
  const page = await getProblemPage({
    id,
    viewer,
    endorsementsPage: pageParam(url, "endorsements"),
    commentsPage: pageParam(url, "comments"),
  });
  if (page.kind === "missing") notFound("We could not find that problem. It may have been removed.");
  // A merged duplicate lives on in the problem it was merged into; old links follow it there.
  if (page.kind === "merged") throw redirect(problemPath(page.target), 301);
  const canonical = idSlug(id, page.problem.title);
  if (params.id !== canonical) throw redirect(`/problems/${canonical}${url.search}`, 301);
  return { ...page, href: `/problems/${canonical}` };
}
export type ProblemPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = requireIdParam(params.id, "problem");
  const submission = parseWithZod(await readForm(request), { schema: problemActionSchema });
  const intent = String(submission.payload.intent ?? "");
  const targetId = Number(submission.payload.commentId ?? submission.payload.targetId ?? 0) || null;
  if (submission.status !== "success") return data({ intent, targetId, result: submission.reply() }, { status: 400 });
  const outcome = await performProblemAction({ user, problemId: id, action: submission.value });
  if (!outcome.ok) {
    if (outcome.status === 404) notFound(outcome.message);
    if (outcome.status === 403) forbidden(outcome.message);
    const result = outcome.field
      ? submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } })
      : submission.reply({ formErrors: [outcome.message] });
    return data({ intent, targetId, result }, { status: outcome.status });
  }
  const path = outcome.goTo ? problemPath(outcome.goTo) : new URL(request.url).pathname;
  throw redirect(`${path}?notice=${outcome.notice}${outcome.anchor ? `#${outcome.anchor}` : ""}`);
}
export type ProblemActionData = ReturnType<typeof useActionData<typeof action>>;

export default function ProblemPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { problem, viewer } = page;
  return (
    <>
      <PageHeader
        title={problem.title}
        lead={
          <>
            Posted by {problem.author.name} on <Time value={problem.createdAt} />
          </>
        }
        actions={
          <>
            <ProblemStatusBadge status={problem.status} />
            {viewer.canEdit && problem.status !== "duplicate" ? (
              <Link to={`${page.href}/edit`}>Edit the problem</Link>
            ) : null}
          </>
        }
      />
      <ProblemNotice code={searchParams.get("notice")} actionData={actionData} />
      {problem.hiddenAt ? (
        <p className="mb-6 rounded-md border-l-4 border-danger-700 bg-danger-50 p-4 text-danger-700">
          A moderator has hidden this problem.{" "}
          {viewer.isAuthor ? "Only you and organisers can see it." : "Only its author and organisers can see it."}
        </p>
      ) : null}
      {problem.status === "closed" ? (
        <div className="mb-6 rounded-md border-l-4 border-gray-500 bg-surface p-4">
          <p className="font-semibold">This problem is closed.</p>
          {problem.closedReason ? <p className="mt-1">{problem.closedReason}</p> : null}
        </div>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {problem.tags.length ? (
            <ul className="mb-4 flex flex-wrap gap-2" aria-label="Tags">
              {problem.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    to={`/problems?tag=${tag.slug}`}
                    className="rounded-full bg-gray-100 px-2.5 py-0.5 text-sm font-semibold text-gray-800 no-underline hover:underline"
                  >
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <CanvasView values={problem} />
        </div>
        <div className="space-y-8 lg:row-span-2">
          <EndorsementsSection page={page} actionData={actionData} />
          <ToolsSection page={page} actionData={actionData} />
        </div>
        <div className="min-w-0 space-y-10">
          <RelatedSection page={page} />
          <CommentsSection page={page} actionData={actionData} />
        </div>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      messages={{ 404: "We could not find that problem. It may have been removed or hidden by a moderator." }}
    />
  );
}
