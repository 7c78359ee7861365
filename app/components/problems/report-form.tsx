import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";

/**
 * "Report this": a disclosure with a reason box, so it takes no room until wanted and works
 * without JavaScript. Reports go to the moderation list in /admin.
 */
export function ReportForm({
  targetType,
  targetId,
  lastResult,
  what,
}: {
  targetType: "problem" | "comment";
  targetId: number;
  lastResult: SubmissionResult<string[]> | undefined;
  what: string;
}) {
  const id = `report-${targetType}-${targetId}`;
  const [form, fields] = useForm({
    id,
    lastResult,
    ...useSchemaChecks(id, () => import("~/validation/problems").then((m) => m.reportSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <details className="text-sm" open={Boolean(lastResult?.error)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">
        Report {what}
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-2 max-w-xl">
        <input type="hidden" name="intent" value="report" />
        <input type="hidden" name="targetType" value={targetType} />
        <input type="hidden" name="targetId" value={targetId} />
        <TextAreaField
          meta={fields.reason}
          label="What is wrong with it?"
          hint="For example: it identifies a patient, it is abusive, it is spam. Organisers will see your name."
          rows={3}
        />
        <Button type="submit" variant="secondary">
          Send report
        </Button>
      </Form>
    </details>
  );
}
