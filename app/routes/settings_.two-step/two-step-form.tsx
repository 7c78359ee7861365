import { getFormProps, useForm } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { Button, type ButtonVariant } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/form";
import { resultFor, type FormReply } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import type { TwoStepIntent } from "~/validation/two-step";

/**
 * One form of the two-step page: conform on its own schema, fed the action's reply only when it is
 * for this form. The schema is given as a function that imports it, loaded when the person first
 * moves into the form (decision 0064).
 */
export function useTwoStepForm<Schema extends z.ZodTypeAny>(
  intent: TwoStepIntent,
  loadSchema: () => Promise<Schema>,
  reply: FormReply | undefined,
) {
  const id = `two-step-${intent}`;
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult: resultFor(reply, intent),
    ...useSchemaChecks(id, loadSchema, { shouldValidate: "onBlur", shouldRevalidate: "onInput" }),
  });
}

/** A posting form with its error summary, hidden intent and submit button. */
export function TwoStepForm({
  intent,
  form,
  labels,
  submitLabel,
  variant = "primary",
  children,
}: {
  intent: TwoStepIntent;
  form: ReturnType<typeof useTwoStepForm>[0];
  labels?: Record<string, string>;
  submitLabel: string;
  variant?: ButtonVariant;
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={intent} />
        {children}
        <Button type="submit" variant={variant} disabled={busy}>
          {submitLabel}
        </Button>
      </Form>
    </>
  );
}

/** A titled panel of the two-step page. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-lg border border-line bg-white p-5 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="mb-3 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The code input: wide enough for a recovery code, monospaced so digits are easy to check. */
export const codeInputClass =
  "mt-1 block w-56 max-w-full rounded-md border border-gray-500 bg-white px-3 py-2 font-mono text-lg tracking-widest aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700";
