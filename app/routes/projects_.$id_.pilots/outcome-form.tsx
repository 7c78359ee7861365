import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, SelectField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";

export type OutcomeValues = {
  id: number;
  pilotId: number | null;
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  source: string;
  measuredOn: string;
};

const labels = {
  pilotId: "Pilot",
  metric: "What was measured",
  baseline: "Baseline",
  result: "Result",
  unit: "Unit",
  source: "Source",
  measuredOn: "Date measured",
};

/** The form for one outcome: empty to add one, filled to correct one. */
export function OutcomeForm({
  outcome,
  pilots,
}: {
  outcome?: OutcomeValues;
  pilots: { id: number; organisation: string; site: string }[];
}) {
  const intent = outcome ? "edit-outcome" : "add-outcome";
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id: outcome ? `outcome-${outcome.id}-form` : "add-outcome",
    lastResult: useFormResult(intent, outcome?.id),
    defaultValue: outcome
      ? {
          pilotId: outcome.pilotId === null ? "" : String(outcome.pilotId),
          metric: outcome.metric,
          baseline: outcome.baseline,
          result: outcome.result,
          unit: outcome.unit,
          source: outcome.source,
          measuredOn: outcome.measuredOn,
        }
      : undefined,
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={intent} />
        {outcome ? <input type="hidden" name="outcomeId" value={outcome.id} /> : null}
        <TextField
          meta={fields.metric}
          label={labels.metric}
          hint="For example: missed diabetic foot checks, or minutes per handover."
        />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField meta={fields.baseline} label={labels.baseline} hint="Before." />
          <TextField meta={fields.result} label={labels.result} hint="After." />
          <TextField meta={fields.unit} label="Unit (optional)" hint="Such as % of reviews." />
        </div>
        <TextField
          meta={fields.source}
          label={labels.source}
          hint="Where the figures come from: an audit, an evaluation report, a survey."
        />
        <TextField meta={fields.measuredOn} label={labels.measuredOn} type="date" />
        {pilots.length > 0 ? (
          <SelectField
            meta={fields.pilotId}
            label="Pilot (optional)"
            placeholder="Not from one pilot"
            options={pilots.map((p) => ({
              value: String(p.id),
              label: p.site ? `${p.organisation}, ${p.site}` : p.organisation,
            }))}
          />
        ) : null}
        <Button type="submit">
          {outcome ? "Save the outcome" : "Add the outcome"}
          {outcome ? <span className="sr-only">: {outcome.metric}</span> : null}
        </Button>
      </Form>
    </>
  );
}

/** Removes an outcome (not offered while it is published as a story). */
export function RemoveOutcomeForm({ outcome }: { outcome: { id: number; metric: string } }) {
  return (
    <Form method="post" className="mt-3">
      <input type="hidden" name="intent" value="remove-outcome" />
      <input type="hidden" name="outcomeId" value={outcome.id} />
      <Button type="submit" variant="secondary">
        Remove this outcome<span className="sr-only">: {outcome.metric}</span>
      </Button>
    </Form>
  );
}
