import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextAreaField, TextField } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";

export type HackDayFormDefaults = {
  name?: string;
  description?: string;
  themes?: string;
  startsAt?: string;
  endsAt?: string;
  submissionDeadline?: string;
  venue?: string;
  onlineUrl?: string;
  capacity?: string;
};

const labels = {
  name: "Name",
  description: "Description",
  themes: "Themes",
  startsAt: "Starts",
  endsAt: "Ends",
  submissionDeadline: "Submission deadline",
  venue: "Venue",
  onlineUrl: "Online link",
  capacity: "Capacity",
};

/** The create/edit form of a hack day. Times are UK time. */
export function HackDayForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: HackDayFormDefaults;
  submitLabel: string;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "hack-day",
    lastResult,
    defaultValue,
    ...useSchemaChecks("hack-day", () => import("~/validation/hack-days").then((m) => m.hackDaySchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)} className="max-w-2xl">
        <TextField meta={fields.name} label={labels.name} />
        <TextAreaField
          meta={fields.description}
          label="Description (optional)"
          hint="What the day is for, who should come and what to bring."
          rows={6}
        />
        <TextField
          meta={fields.themes}
          label="Themes (optional)"
          hint="Separate themes with commas, for example: diabetes, frailty, mental health."
        />
        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">When</legend>
          <p className="mb-3 text-sm text-muted">Dates and times are UK time.</p>
          <TextField meta={fields.startsAt} label={labels.startsAt} type="datetime-local" />
          <TextField meta={fields.endsAt} label={labels.endsAt} type="datetime-local" />
          <TextField
            meta={fields.submissionDeadline}
            label={labels.submissionDeadline}
            type="datetime-local"
            hint="Teams can submit and edit until then. It must fall between the start and the end."
          />
        </fieldset>
        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">Where</legend>
          <p className="mb-3 text-sm text-muted">Give a venue, an online link, or both.</p>
          <TextField meta={fields.venue} label="Venue (optional)" hint="Building, street and town." />
          <TextField
            meta={fields.onlineUrl}
            label="Online link (optional)"
            type="url"
            hint="A link starting with https://"
          />
        </fieldset>
        <TextField
          meta={fields.capacity}
          label="Capacity (optional)"
          type="number"
          inputMode="numeric"
          min={1}
          hint="The most people who can register. When it is full, people join a waiting list. Leave empty for no limit."
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </Button>
      </Form>
    </>
  );
}
