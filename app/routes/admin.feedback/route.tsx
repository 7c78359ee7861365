import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { Time } from "~/components/ui/time";
import { feedbackTopics } from "~/domain/feedback";
import { listFeedback, markFeedbackHandled } from "~/models/feedback.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound } from "~/utils/http.server";
import { pageFromUrl, pageWindow, toPage } from "~/utils/pagination";
import { adminUserPath } from "~/utils/paths";
import { feedbackHandledSchema } from "~/validation/feedback";

export const meta: MetaFunction = () => [{ title: "Contact messages · Admin · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const handled = url.searchParams.get("show") === "handled";
  const page = pageFromUrl(url);
  const found = await listFeedback({ viewer, handled, ...pageWindow(page) });
  if (!found) notFound();
  return { handled, open: found.open, results: toPage(found.items, found.total, page) };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireUser(request, { role: "admin" });
  return runFormAction(
    request,
    feedbackHandledSchema,
    async ({ messageId }) => {
      const result = await markFeedbackHandled({ viewer, messageId });
      return result.ok ? done("feedback-handled") : result;
    },
    { targetOf: (payload) => payload.messageId },
  );
}

export default function AdminFeedback() {
  const { handled, open, results } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Contact messages"
        lead="What people sent through the contact page. Answer by email where they left an address, then mark the message as dealt with."
      />
      <Notice />
      <p className="mb-4 flex flex-wrap gap-4">
        {handled ? <Link to="/admin/feedback">Waiting ({open})</Link> : <strong>Waiting ({open})</strong>}
        {handled ? <strong>Dealt with</strong> : <Link to="/admin/feedback?show=handled">Dealt with</Link>}
      </p>
      {results.items.length === 0 ? (
        <EmptyState title={handled ? "No message has been dealt with yet." : "No message is waiting."} />
      ) : (
        <ul className="space-y-4">
          {results.items.map((m) => (
            <Message key={m.id} m={m} />
          ))}
        </ul>
      )}
      <Pagination page={results.page} pageCount={results.pageCount} total={results.total} noun="messages" />
    </>
  );
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["results"]["items"][number];

function Message({ m }: { m: Item }) {
  const result = useFormResult("handled", m.id);
  return (
    <li id={`message-${m.id}`} className="rounded-lg border border-line p-4">
      <p className="flex flex-wrap items-center gap-2">
        <Badge>{feedbackTopics.label(m.topic)}</Badge>
        <span className="text-sm text-muted">
          <Time value={m.createdAt} withTime />
        </span>
      </p>
      <p className="mt-2 whitespace-pre-line">{m.message}</p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">From</dt>
        <dd>
          {m.senderId !== null && m.senderName ? (
            <Link to={adminUserPath(m.senderId)}>{m.senderName}</Link>
          ) : (
            m.name || "Someone not signed in"
          )}
        </dd>
        <dt className="font-semibold">Reply to</dt>
        <dd>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : "No address given"}</dd>
        {m.page ? (
          <>
            <dt className="font-semibold">Page</dt>
            <dd>{m.page}</dd>
          </>
        ) : null}
      </dl>
      {m.handledAt ? (
        <p className="mt-3 text-sm text-muted">
          Dealt with <Time value={m.handledAt} withTime />
        </p>
      ) : (
        <Form method="post" className="mt-3">
          <FormErrors result={result} />
          <input type="hidden" name="intent" value="handled" />
          <input type="hidden" name="messageId" value={m.id} />
          <Button type="submit" variant="secondary">
            Mark as dealt with
          </Button>
        </Form>
      )}
    </li>
  );
}
