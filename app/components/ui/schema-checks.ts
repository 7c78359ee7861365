import type { Submission } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import type { z, ZodTypeAny } from "zod";

type Moment = "onSubmit" | "onBlur" | "onInput";

type Check<S extends ZodTypeAny> = (formData: FormData) => Submission<z.input<S>, string[], z.output<S>>;

/**
 * Checks a conform form in the browser with the zod schema its action parses, loading zod and the
 * schema only when the person first moves into the form (decision 0064), so that a page people
 * read ships no validation code. Until it has loaded, and without JavaScript, the server checks:
 * a submit goes to the action, which answers with the same messages and keeps what was typed.
 * Spread the result into `useForm`'s options; `moments` say when to check once loaded.
 *
 *     ...useSchemaChecks(id, () => import("~/validation/problems").then((m) => m.problemFormSchema),
 *       { shouldValidate: "onBlur", shouldRevalidate: "onInput" })
 */
export function useSchemaChecks<S extends ZodTypeAny>(
  formId: string,
  loadSchema: () => Promise<S>,
  moments: { shouldValidate?: Moment; shouldRevalidate?: Moment } = {},
) {
  const [check, setCheck] = useState<{ run: Check<S> } | null>(null);
  // The field the person was in when loading began: if they have left it by the time the checks
  // arrive, it is checked then, as leaving it would have done.
  const firstField = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    const start = (event: FocusEvent) => {
      const target = event.target as { form?: HTMLFormElement | null } | null;
      if (target?.form?.id !== formId) return;
      document.removeEventListener("focusin", start);
      firstField.current = event.target as HTMLElement;
      Promise.all([import("@conform-to/zod"), loadSchema()])
        .then(([{ parseWithZod }, schema]) => {
          if (live) setCheck({ run: (formData) => parseWithZod(formData, { schema }) as ReturnType<Check<S>> });
        })
        // A chunk that fails to load (offline, a new release) leaves the checking to the server.
        .catch(() => undefined);
    };
    document.addEventListener("focusin", start);
    return () => {
      live = false;
      document.removeEventListener("focusin", start);
    };
    // The schema is fixed for a form id: loading it again for a new function identity would be waste.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId]);

  useEffect(() => {
    const field = firstField.current;
    if (!check || !field || field === document.activeElement) return;
    field.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  }, [check]);

  if (!check) return { shouldValidate: "onSubmit", shouldRevalidate: "onSubmit" } as const;
  return {
    onValidate: ({ formData }: { formData: FormData }) => check.run(formData),
    shouldValidate: moments.shouldValidate ?? "onSubmit",
    shouldRevalidate: moments.shouldRevalidate ?? moments.shouldValidate ?? "onSubmit",
  };
}
