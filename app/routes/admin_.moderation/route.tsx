import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { ParamPager } from "~/components/problems/param-pager";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { getModerationPage } from "~/models/reports.server";
import { notFound } from "~/utils/http.server";
import { idSlug } from "~/utils/slug";
import { moderationActionSchema, moderationMergeSchema } from "~/validation/problems";
import { performModeration } from "./actions.server";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = () => [{ title: "Moderation · Admin · Hackpath" }];

const pageParam = (url: URL, name: string) =>
  Math.min(Math.max(Number.parseInt(url.searchParams.get(name) ?? "1", 10) || 1, 1), 10_000);

// Organisers and admins moderate (admins hold every role). This page sits outside the /admin
// layout, which is for admins only, so that organisers can reach it.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "organiser" });
  const url = new URL(request.url);
  return getModerationPage({ reportsPage: pageParam(url, "reports"), hiddenPage: pageParam(url, "hidden") });
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
  const actionData = useActionData<typeof action>();
  const refusals = actionData && actionData.intent !== "merge" ? (actionData.result.error?.[""] ?? []) : [];
  const [searchParams] = useSearchParams();
  const notice = notices[searchParams.get("notice") ?? ""];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin">Admin</Link> / Moderation
      </p>
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

      <section id="reports" aria-labelledby="reports-heading" className="mb-12">
        <h2 id="reports-heading" className="text-2xl">
          Open reports <span className="font-normal text-muted">({reports.total.toLocaleString("en-GB")})</span>
        </h2>
        {reports.items.length === 0 ? (
          <p className="mt-2 text-muted">No open reports. Nothing to do.</p>
        ) : (
          <ol className="mt-4 space-y-4">
            {reports.items.map((report) => {
              const href =
                report.targetType === "project"
                  ? `/projects/${report.targetId}`
                  : report.target?.problemId
                    ? `/problems/${report.target.problemId}${report.targetType === "comment" ? `#comment-${report.targetId}` : ""}`
                    : null;
              return (
                <li key={report.id} className="rounded-lg border border-line p-4">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone="warning">
                      {report.targetType === "comment"
                        ? "Comment"
                        : report.targetType === "problem"
                          ? "Problem"
                          : "Project"}
                    </Badge>
                    {report.target ? (
                      href ? (
                        <Link to={href}>{report.target.title}</Link>
                      ) : (
                        <span>{report.target.title}</span>
                      )
                    ) : (
                      <span className="italic text-muted">Deleted since it was reported</span>
                    )}
                    {report.target?.hidden ? <Badge tone="danger">Hidden</Badge> : null}
                  </p>
                  {report.target ? (
                    <blockquote className="mt-2 border-l-4 border-line pl-3 text-sm">
                      {report.target.excerpt}
                      {report.target.authorName ? (
                        <span className="block text-muted">by {report.target.authorName}</span>
                      ) : null}
                    </blockquote>
                  ) : null}
                  <p className="mt-2">
                    <strong>{report.reporterName}</strong> reported it on <Time value={report.createdAt} withTime />: “
                    {report.reason}”
                  </p>
                  <div className="mt-3 flex flex-wrap gap-3">
                    {report.target && !report.target.hidden && report.targetType === "comment" ? (
                      <ActionButton
                        intent="hideComment"
                        name="commentId"
                        value={report.targetId}
                        label="Hide the comment"
                        danger
                      />
                    ) : null}
                    {report.target && !report.target.hidden && report.targetType === "problem" ? (
                      <ActionButton
                        intent="hideProblem"
                        name="problemId"
                        value={report.targetId}
                        label="Hide the problem"
                        danger
                      />
                    ) : null}
                    <ActionButton intent="dismiss" name="reportId" value={report.id} label="Dismiss the report" />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <ParamPager
          param="reports"
          page={reports.page}
          pageCount={reports.pageCount}
          anchor="reports"
          label="Reports"
        />
      </section>

      <MergeSection lastResult={actionData?.intent === "merge" ? actionData.result : undefined} />

      <section id="hidden" aria-labelledby="hidden-heading">
        <h2 id="hidden-heading" className="text-2xl">
          Hidden content <span className="font-normal text-muted">({hidden.total.toLocaleString("en-GB")})</span>
        </h2>
        {hidden.items.length === 0 ? (
          <p className="mt-2 text-muted">Nothing is hidden.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {hidden.items.map((item) => (
              <li key={`${item.kind}-${item.id}`} className="rounded-lg border border-line p-4">
                <p>
                  <Badge tone="neutral">{item.kind === "problem" ? "Problem" : "Comment"}</Badge>{" "}
                  <Link to={`/problems/${item.problemId}${item.kind === "comment" ? `#comment-${item.id}` : ""}`}>
                    {item.problemTitle}
                  </Link>
                  <span className="text-sm text-muted">
                    {" "}
                    · hidden <Time value={item.hiddenAt} withTime />
                  </span>
                </p>
                <p className="mt-1 text-sm">{item.text}</p>
                <div className="mt-2">
                  {item.kind === "problem" ? (
                    <ActionButton
                      intent="restoreProblem"
                      name="problemId"
                      value={item.id}
                      label="Make the problem visible again"
                    />
                  ) : (
                    <ActionButton
                      intent="restoreComment"
                      name="commentId"
                      value={item.id}
                      label="Restore the comment"
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        <ParamPager
          param="hidden"
          page={hidden.page}
          pageCount={hidden.pageCount}
          anchor="hidden"
          label="Hidden content"
        />
      </section>
    </>
  );
}

function ActionButton({
  intent,
  name,
  value,
  label,
  danger = false,
}: {
  intent: string;
  name: string;
  value: number;
  label: string;
  danger?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={value} />
      <Button type="submit" variant={danger ? "danger" : "secondary"}>
        {label}
      </Button>
    </Form>
  );
}

function MergeSection({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "merge-problems",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moderationMergeSchema }),
    constraint: getZodConstraint(moderationMergeSchema),
    shouldValidate: "onBlur",
  });
  return (
    <section id="merge" aria-labelledby="merge-heading" className="mb-12 max-w-2xl">
      <h2 id="merge-heading" className="text-2xl">
        Merge duplicate problems
      </h2>
      <p className="mt-2 text-muted">
        Endorsements move to the problem you keep (someone who endorsed both is counted once), and so do comments,
        projects and hack-day shortlists. The duplicate’s address then leads to the problem you keep. This cannot be
        undone.
      </p>
      <div className="mt-4">
        <ErrorSummary form={form} labels={{ sourceRef: "Duplicate", targetRef: "Problem to keep" }} />
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="merge" />
          <TextField
            meta={fields.sourceRef}
            label="The duplicate"
            hint="Its number or address, like 31 or /problems/31-title."
          />
          <TextField meta={fields.targetRef} label="The problem to keep" hint="Its number or address." />
          <Button type="submit" variant="danger">
            Merge the duplicate
          </Button>
        </Form>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only organisers and admins can moderate." }} />;
}
