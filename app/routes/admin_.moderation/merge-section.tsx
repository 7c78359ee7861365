import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";

/** The form that merges a duplicate problem into the one to keep. */
export function MergeSection({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "merge-problems",
    lastResult,
    ...useSchemaChecks("merge-problems", () => import("~/validation/problems").then((m) => m.moderationMergeSchema), {
      shouldValidate: "onBlur",
    }),
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
