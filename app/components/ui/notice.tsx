import type { SubmissionResult } from "@conform-to/react";
import { useActionData, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { useErrorTitle } from "./error-title";

/**
 * What a page's action answers when a form did not go through (app/utils/form-action.server.ts):
 * the conform reply, with the intent and the target (a comment's or a member's id) of the form
 * that posted, so a page with many small forms shows the reply beside the right one.
 */
export type FormReply = { intent: string; targetId: number | null; result: SubmissionResult<string[]> };

/** The page's action reply, whichever form posted. */
export function useFormReply(): FormReply | undefined {
  return useActionData() as FormReply | undefined;
}

/**
 * The result for one form (by intent; any form when none is given), or undefined when another
 * form (or none) posted. With `targetId`, only the reply to the form about that id.
 */
export function resultFor(reply: FormReply | undefined, intent?: string | readonly string[], targetId?: number) {
  if (!reply || (intent !== undefined && ![intent].flat().includes(reply.intent))) return undefined;
  if (targetId !== undefined && reply.targetId !== targetId) return undefined;
  return reply.result;
}

/** The result for one form on the page: resultFor the page's own reply. */
export function useFormResult(intent?: string | readonly string[], targetId?: number) {
  return resultFor(useFormReply(), intent, targetId);
}

/** The confirmation for the page's `?notice=code` (worded by the root loader), announced politely. */
export function Notice() {
  const message = useRouteLoaderData<typeof rootLoader>("root")?.notice;
  if (!message) return null;
  return (
    <div
      role="status"
      className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 font-semibold text-success-700"
    >
      {message}
    </div>
  );
}

/**
 * The form-level errors of a refusal (the model said no: deadline passed, team full…), announced
 * as an alert. Pages with several small button forms show them once, at the top; field errors
 * show beside their fields instead, unless `withFieldErrors` (for rows of tiny forms with no room
 * beside their fields).
 */
export function FormErrors({
  result,
  title = "That did not work",
  withFieldErrors = false,
}: {
  result: SubmissionResult<string[]> | undefined | null;
  title?: string;
  withFieldErrors?: boolean;
}) {
  const errors = Object.entries(result?.error ?? {})
    .filter(([field]) => withFieldErrors || field === "")
    .flatMap(([, messages]) => messages ?? [])
    .filter((e): e is string => typeof e === "string");
  useErrorTitle(errors.length > 0);
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4">
      <h2 className="text-xl">{title}</h2>
      <ul className="mt-2 list-disc pl-5 font-semibold text-danger-700">
        {[...new Set(errors)].map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
