import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { hasRole } from "~/domain/roles";
import type { loader as rootLoader } from "~/root";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { getModerationPage } from "~/models/reports.server";
import { notFound } from "~/utils/http.server";
import { pageFromUrl } from "~/utils/pagination";
import { idSlug } from "~/utils/slug";
import { moderationActionSchema } from "~/validation/problems";
import { readForm } from "~/utils/form.server";
import { performModeration } from "./actions.server";
import { HiddenSection } from "./hidden-section";
import { MergeSection } from "./merge-section";
import { ReportsSection } from "./reports-section";

export const meta: MetaFunction = () => [{ title: "Moderation · Admin · Hackpath" }];

// Organisers and admins moderate (admins hold every role). This page sits outside the /admin
// layout, which is for admins only, so that organisers can reach it.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "organiser" });
  const url = new URL(request.url);
  return getModerationPage({
    reportsPage: pageFromUrl(url, 10_000, "reports"),
    hiddenPage: pageFromUrl(url, 10_000, "hidden"),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, { role: "organiser" });
  const submission = parseWithZod(await readForm(request), { schema: moderationActionSchema });
  const intent = String(submission.payload.intent ?? "");
  if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
  const outcome = await performModeration({ actorId: user.id, action: submission.value });
  if (!outcome.ok) {
    if (outcome.status === 404) notFound(outcome.message);
    const result = outcome.field
      ? submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } })
      : submission.reply({ formErrors: [outcome.message] });
    return data({ intent, result }, { status: outcome.status });
  }
  if (outcome.goTo) throw redirect(`/problems/${idSlug(outcome.goTo.id, outcome.goTo.title)}?notice=merged`);
  throw redirect(`/admin/moderation?notice=${outcome.notice}`);
}

const notices: Record<string, string> = {
  dismissed: "The report is dismissed.",
  "comment-hidden": "The comment is hidden and its reports are closed.",
  "comment-restored": "The comment is visible again.",
  "problem-hidden": "The problem is hidden and its reports are closed.",
  "problem-restored": "The problem is visible again.",
};

export default function Moderation() {
  const { reports, hidden } = useLoaderData<typeof loader>();
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const actionData = useActionData<typeof action>();
  const refusals = actionData && actionData.intent !== "merge" ? (actionData.result.error?.[""] ?? []) : [];
  const [searchParams] = useSearchParams();
  const notice = notices[searchParams.get("notice") ?? ""];
  return (
    <>
      {/* The rest of /admin is for admins only: organisers get no link to a 403. */}
      {hasRole(rootData?.user, "admin") ? (
        <p className="mb-2 text-sm">
          <Link to="/admin">Admin</Link> / Moderation
        </p>
      ) : null}
      <PageHeader
        title="Moderation"
        lead="Reports from people using Hackpath, hidden content, and merging duplicate problems."
      />
      {refusals.length ? (
        <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4 font-semibold text-danger-700">
          {refusals.join(" ")}
        </div>
      ) : null}
      {notice ? (
        <div
          role="status"
          className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 font-semibold text-success-700"
        >
          {notice}
        </div>
      ) : null}

      <ReportsSection reports={reports} />

      <MergeSection lastResult={actionData?.intent === "merge" ? actionData.result : undefined} />

      <HiddenSection hidden={hidden} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only organisers and admins can moderate." }} />;
}
