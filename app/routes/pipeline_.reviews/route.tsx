import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { approveStageRequest, returnStageRequest } from "~/models/stage-lifecycle.server";
import { listReviewQueue } from "~/models/stage-reviews.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { pageFromUrl } from "~/utils/pagination";
import { pipelineReviewsPath } from "~/utils/paths";
import { reviewActionSchema } from "~/validation/pipeline";
import { ReviewCard } from "./review-card";

export const meta: MetaFunction = () => [{ title: "Stage reviews · Pipeline · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  const result = await listReviewQueue({ viewer, page: pageFromUrl(new URL(request.url)) });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return { queue: result.queue };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  return runFormAction(
    request,
    reviewActionSchema,
    async (v) => {
      const input = { requestId: v.requestId, actor, reason: v.reason };
      const result = await (v.intent === "approve" ? approveStageRequest(input) : returnStageRequest(input));
      return result.ok ? done(v.intent === "approve" ? "stage-approved" : "stage-returned") : result;
    },
    { page: pipelineReviewsPath(), targetOf: (payload) => payload.requestId },
  );
}

export default function ReviewsPage() {
  const { queue } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Stage reviews"
        lead="Requests to move a project on, oldest first. Check the gate's evidence, then approve the move or return it to the team with a reason."
      />
      <Notice />
      <FormErrors result={useFormResult()} />
      {queue.items.length === 0 ? (
        <p>No requests are waiting. When a team lead asks to move a project on, it appears here.</p>
      ) : (
        <ol className="space-y-6">
          {queue.items.map((request) => (
            <ReviewCard key={request.id} request={request} />
          ))}
        </ol>
      )}
      <Pagination page={queue.page} pageCount={queue.pageCount} total={queue.total} noun="requests" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only organisers review stage requests." }} />;
}
