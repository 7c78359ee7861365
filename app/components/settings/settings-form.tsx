import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import type { SettingsIntent } from "~/validation/settings";

/** What the settings action answers when a form does not pass: the reply, tagged with its form. */
export type SettingsActionData = { intent: SettingsIntent; result: SubmissionResult<string[]> } | undefined;

/**
 * One settings form: conform wired to its own schema, fed the action's reply only when the reply
 * is for this form (several forms share the page), with a hidden `intent`. The schema is given as
 * a function that imports it, loaded when the person first moves into the form (decision 0064).
 */
export function useSettingsForm<Schema extends z.ZodTypeAny>(
  intent: SettingsIntent,
  loadSchema: () => Promise<Schema>,
  defaultValue: Record<string, unknown>,
  actionData: SettingsActionData,
) {
  const id = `settings-${intent}`;
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
    defaultValue: defaultValue as DefaultValue<z.input<Schema>>,
    ...useSchemaChecks(id, loadSchema, { shouldValidate: "onBlur", shouldRevalidate: "onInput" }),
  });
}

/** A titled section of the settings page holding one form. */
export function SettingsSection({
  intent,
  title,
  lead,
  form,
  labels,
  submitLabel = "Save",
  children,
}: {
  intent: SettingsIntent;
  title: string;
  lead?: ReactNode;
  form: ReturnType<typeof useSettingsForm>[0];
  labels?: Record<string, string>;
  submitLabel?: string;
  children: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <section
      id={intent}
      aria-labelledby={`${intent}-heading`}
      className="scroll-mt-4 rounded-lg border border-line bg-white p-5 shadow-sm"
    >
      <h2 id={`${intent}-heading`} className="text-2xl">
        {title}
      </h2>
      {lead ? <p className="mt-1 mb-4 text-muted">{lead}</p> : <div className="mb-4" />}
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)} action="/settings">
        <input type="hidden" name="intent" value={intent} />
        {children}
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </Form>
    </section>
  );
}

/** Classes for a short input (numbers, amounts), matching the form primitives' look and error state. */
export function narrowControl(width: "w-28" | "w-48"): string {
  return `mt-1 block ${width} max-w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700`;
}
