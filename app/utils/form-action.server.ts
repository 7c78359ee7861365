import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import type { FormReply } from "~/components/ui/notice";
import type { Refusal } from "~/domain/refusal";
import { withNotice, type NoticeCode } from "~/domain/notices";
import { readForm } from "./form.server";

/** A form that went through: the notice to show, and where to go (`to`, else the page's own). */
export type Done = { ok: true; notice: NoticeCode; anchor?: string; to?: string };

/** The id a repeated form is about, from its fields, so its reply shows beside it. */
type TargetOf = (payload: Record<string, unknown>) => unknown;

/**
 * The one way a page's action runs a form (decision record 0009): read the form, parse it with the
 * shared schema (a discriminated union on `intent` where the page has several forms), run
 * `perform`, and answer:
 * - input the schema refuses: 400 with the conform reply, so the fields keep what was typed;
 * - a refusal: its status, with the conform reply carrying the message beside the refusal's field,
 *   or above the form when it names none (the page renders again, and a loader that finds the
 *   object gone still answers 404);
 * - success: a redirect with `?notice=code#anchor` to the outcome's `to`, else `page` (the page's
 *   canonical address), else the address posted to.
 */
export async function runFormAction<Schema extends z.ZodTypeAny>(
  request: Request,
  schema: Schema,
  perform: (value: z.output<Schema>) => Promise<Done | Refusal>,
  {
    targetOf,
    page,
    read = readForm,
    hideFields,
  }: {
    targetOf?: TargetOf;
    /** Where success goes when the outcome names no `to`. */
    page?: string;
    /** How to read the body: readForm, or a multipart reader with its own limits. */
    read?: (request: Request) => Promise<FormData>;
    /** Fields the reply must not send back (passwords, files). */
    hideFields?: string[];
  } = {},
) {
  const submission = parseWithZod(await read(request), { schema });
  const reply = (result: FormReply["result"]): FormReply => ({
    intent: String(submission.payload.intent ?? ""),
    targetId: Number(targetOf?.(submission.payload)) || null,
    result,
  });
  if (submission.status !== "success") return data(reply(submission.reply({ hideFields })), { status: 400 });
  const outcome = await perform(submission.value);
  if (outcome.ok) {
    throw redirect(withNotice(outcome.to ?? page ?? new URL(request.url).pathname, outcome.notice, outcome.anchor));
  }
  const result = outcome.field
    ? submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] }, hideFields })
    : submission.reply({ formErrors: [outcome.message], hideFields });
  return data(reply(result), { status: outcome.status });
}

/** A success, for brevity. */
export function done(notice: NoticeCode, options: { anchor?: string; to?: string } = {}): Done {
  return { ok: true, notice, ...options };
}
