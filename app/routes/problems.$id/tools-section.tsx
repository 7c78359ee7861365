import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ReportForm } from "~/components/problems/report-form";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/form";
import { canMoveStatus } from "~/domain/problem-status";
import type { ProblemPageData } from "./route";
import { resultFor, useFormReply } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";

/** Status changes for the author and organisers, moderation for organisers, reporting for everyone. */
export function ToolsSection({ page }: { page: ProblemPageData }) {
  const actionData = useFormReply();
  const { problem, viewer } = page;
  if (!viewer.signedIn) return null;
  const by = viewer.isOrganiser ? "organiser" : viewer.isAuthor ? "author" : null;
  const canClose = by !== null && canMoveStatus({ from: problem.status, to: "closed", by });
  const canReopen = by !== null && canMoveStatus({ from: problem.status, to: "open", by });
  const canMerge = viewer.isOrganiser && canMoveStatus({ from: problem.status, to: "duplicate", by: "organiser" });
  return (
    <section aria-labelledby="tools-heading" className="space-y-4">
      <h2 id="tools-heading" className="text-xl">
        {by ? "Manage this problem" : "Something wrong?"}
      </h2>
      {canClose ? <CloseForm lastResult={resultFor(actionData, "close")} /> : null}
      {canReopen ? (
        <Form method="post">
          <input type="hidden" name="intent" value="reopen" />
          <Button type="submit" variant="secondary">
            Reopen the problem
          </Button>
        </Form>
      ) : null}
      {viewer.isOrganiser ? (
        <Form method="post">
          <input type="hidden" name="intent" value={problem.hiddenAt ? "restore" : "hide"} />
          <Button type="submit" variant={problem.hiddenAt ? "secondary" : "danger"}>
            {problem.hiddenAt ? "Make the problem visible again" : "Hide the problem"}
          </Button>
        </Form>
      ) : null}
      {canMerge ? <MergeForm lastResult={resultFor(actionData, "merge")} /> : null}
      {!viewer.isAuthor && !problem.hiddenAt ? (
        <ReportForm
          targetType="problem"
          targetId={problem.id}
          what="this problem"
          lastResult={resultFor(actionData, "report", problem.id)}
        />
      ) : null}
    </section>
  );
}

function CloseForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "close-form",
    lastResult,
    ...useSchemaChecks("close-form", () => import("~/validation/problems").then((m) => m.closeSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <details open={Boolean(lastResult?.error)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">
        Close the problem
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-2">
        <input type="hidden" name="intent" value="close" />
        <TextAreaField
          meta={fields.reason}
          label="Why is it closed?"
          hint="Shown on the problem, for example: fixed by a new national system."
          rows={3}
        />
        <Button type="submit" variant="secondary">
          Close the problem
        </Button>
      </Form>
    </details>
  );
}

function MergeForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "merge-form",
    lastResult,
    ...useSchemaChecks("merge-form", () => import("~/validation/problems").then((m) => m.mergeSchema), {
      shouldValidate: "onBlur",
    }),
  });
  return (
    <details open={Boolean(lastResult?.error)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">
        Merge into another problem
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-2">
        <input type="hidden" name="intent" value="merge" />
        <TextField
          meta={fields.targetRef}
          label="The problem this duplicates"
          hint="Its number or address, like 12 or /problems/12-title. Endorsements, comments and projects move there, and this address will lead there."
        />
        <Button type="submit" variant="danger">
          Merge this problem into it
        </Button>
      </Form>
    </details>
  );
}
