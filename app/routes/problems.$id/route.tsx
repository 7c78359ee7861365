import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { CanvasView } from "~/components/problems/canvas";
import { ProblemStatusBadge } from "~/components/problems/status-badge";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { emailGate } from "~/domain/email-confirmation";
import { FollowButton } from "~/components/follow-button";
import { isFollowing } from "~/models/follows.server";
import { getProblemPage } from "~/models/problem-page.server";
import { getEmailStatus } from "~/models/users.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { problemEditPath, problemPath } from "~/utils/paths";
import { pageMeta } from "~/utils/seo";
import { publicOrigin } from "~/utils/seo.server";
import { idSlug } from "~/utils/slug";
import { problemActionSchema } from "~/validation/problems";
import { performProblemAction } from "./actions.server";
import { CommentsSection } from "./comments-section";
import { EndorsementsSection } from "./endorsements-section";
import { RelatedSection } from "./related-section";
import { ToolsSection } from "./tools-section";
import { runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        origin: data.origin,
        path: data.href,
        title: data.problem.title,
        section: "Problems",
        description: data.problem.summary,
        type: "article",
        indexable: !data.problem.hiddenAt,
      })
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
  const href = problemPath({ id, title: page.problem.title });
  if (params.id !== idSlug(id, page.problem.title)) throw redirect(`${href}${url.search}`, 301);
  const following = await isFollowing(viewer?.id, "problem", id);
  // An unconfirmed address sees a reminder where the endorse and comment forms would be (decision 0056).
  const status = viewer ? await getEmailStatus(viewer.id) : null;
  const emailGates = { endorse: emailGate(status, "endorse"), comment: emailGate(status, "comment") };
  return { ...page, href, following, emailGates, origin: publicOrigin(request) };
}
export type ProblemPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const problemId = requireIdParam(params.id, "problem");
  return runFormAction(request, problemActionSchema, (action) => performProblemAction({ user, problemId, action }), {
    // Many forms repeat per comment: the reply names the comment (or reported thing) it is about.
    targetOf: (payload) => payload.commentId ?? payload.targetId,
  });
}

export default function ProblemPage() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
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
              <Link to={problemEditPath(problem)}>Edit the problem</Link>
            ) : null}
            {problem.hiddenAt || viewer.isAuthor ? null : (
              <FollowButton
                objectType="problem"
                objectId={problem.id}
                following={page.following}
                signedIn={viewer.signedIn}
                here={page.href}
              />
            )}
          </>
        }
      />
      <Notice />
      <FormErrors result={lastResult} />
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
          <EndorsementsSection page={page} />
          <ToolsSection page={page} />
        </div>
        <div className="min-w-0 space-y-10">
          <RelatedSection page={page} />
          <CommentsSection page={page} />
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
