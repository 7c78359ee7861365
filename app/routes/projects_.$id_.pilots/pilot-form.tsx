import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { pilotStatusOptions, type PilotStatus } from "~/domain/project-records";
import { pilotStatuses } from "~/domain/taxonomy";

export type PilotValues = {
  id: number;
  organisation: string;
  site: string;
  startsOn: string | null;
  endsOn: string | null;
  successMeasures: string;
  status: PilotStatus;
};

const labels = {
  organisation: "Organisation",
  site: "Site",
  startsOn: "Start date",
  endsOn: "End date",
  successMeasures: "Success measures",
  status: "Status",
};

/**
 * The form for one pilot: empty to add one, filled to edit one. An existing pilot offers only the
 * statuses it may move to; a new one may be recorded at any status (it may have run already).
 */
export function PilotForm({ pilot }: { pilot?: PilotValues }) {
  const intent = pilot ? "edit-pilot" : "add-pilot";
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id: pilot ? `pilot-${pilot.id}-form` : "add-pilot",
    lastResult: useFormResult(intent, pilot?.id),
    defaultValue: pilot
      ? {
          organisation: pilot.organisation,
          site: pilot.site,
          startsOn: pilot.startsOn ?? "",
          endsOn: pilot.endsOn ?? "",
          successMeasures: pilot.successMeasures,
          status: pilot.status,
        }
      : { status: "planned" },
    shouldRevalidate: "onInput",
  });
  const statuses = pilot ? pilotStatusOptions(pilot.status) : pilotStatuses.values;
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={intent} />
        {pilot ? <input type="hidden" name="pilotId" value={pilot.id} /> : null}
        <TextField
          meta={fields.organisation}
          label={labels.organisation}
          hint="The trust, practice or care provider."
        />
        <TextField meta={fields.site} label="Site (optional)" hint="The ward, clinic or home where it runs." />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField meta={fields.startsOn} label="Start date (optional)" type="date" />
          <TextField meta={fields.endsOn} label="End date (optional)" type="date" hint="On or after the start." />
        </div>
        <TextAreaField
          meta={fields.successMeasures}
          label="Success measures (optional)"
          hint="What you agreed to measure, and what would count as success."
          rows={3}
        />
        <SelectField
          meta={fields.status}
          label={labels.status}
          hint={
            pilot && statuses.length === 1
              ? "This pilot has finished, so its status stays as it is."
              : "A pilot goes from planned to live, then completed or stopped."
          }
          options={statuses.map((s) => ({ value: s, label: pilotStatuses.label(s) }))}
        />
        <Button type="submit">
          {pilot ? "Save the pilot" : "Add the pilot"}
          {pilot ? <span className="sr-only"> at {pilot.organisation}</span> : null}
        </Button>
      </Form>
    </>
  );
}
