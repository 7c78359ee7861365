/**
 * The forms on a project's funding page, told apart by `intent`. Who may post which, and which
 * status may follow which, are the rules in app/domain/funding.ts; these say what a well-formed
 * form is. Sums are whole pounds, typed as people write them: "25000", "25,000" or "£25,000".
 */
import { z } from "zod";
import { recordId } from "./record-id";
import { fundingKinds } from "~/domain/taxonomy";

/** The largest sum a form takes (the database stores whole pounds as an integer). */
export const MAX_POUNDS = 1_000_000_000;

/** Reads "£25,000", "25,000" or "25000" as 25000; anything else (pence, words, a minus) as NaN. */
export function parsePounds(text: string): number {
  const plain = text.replace(/^£/, "").replace(/[,\s]/g, "");
  return /^\d{1,13}$/.test(plain) ? Number(plain) : Number.NaN;
}

/** An optional sum of whole pounds, 0 or more: empty is "not said" (undefined). */
const pounds = (what: string) =>
  z
    .string()
    .trim()
    .max(30, `${what} must be a whole number of pounds, such as 25000 or £25,000`)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === "" || text === "£") return undefined;
      const amount = parsePounds(text);
      if (/^-/.test(text.replace(/^£/, ""))) ctx.addIssue({ code: "custom", message: `${what} must be £0 or more` });
      else if (Number.isNaN(amount))
        ctx.addIssue({
          code: "custom",
          message: `${what} must be a whole number of pounds, such as 25000 or £25,000`,
        });
      else if (amount > MAX_POUNDS) ctx.addIssue({ code: "custom", message: `${what} must be £1 billion or less` });
      else return amount;
      return z.NEVER;
    });

const kind = z
  .enum(fundingKinds.values, { invalid_type_error: "Choose a kind from the list" })
  .optional()
  .transform((v) => v ?? null);
const note = z.string().trim().max(2000, "Keep the note to 2,000 characters or fewer").default("");
const interestId = recordId("Choose an interest");

/** What a funder says about their interest: its kind, the sum, and their private note. */
export const interestFields = z.object({ kind, amount: pounds("The amount"), note });
export type InterestInput = z.infer<typeof interestFields>;

/** The statuses a funder picks on the update form (withdrawing has its own confirmed form). */
const fundersStatus = z.enum(["interested", "in_discussion", "committed"], {
  required_error: "Choose where your interest stands",
  invalid_type_error: "Choose where your interest stands",
});

/** Every form on /projects/:id/funding. */
export const fundingActionSchema = z.discriminatedUnion("intent", [
  interestFields.extend({ intent: z.literal("register") }),
  interestFields.extend({ intent: z.literal("update"), status: fundersStatus }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({
    intent: z.literal("decline"),
    interestId,
    reason: z
      .string({ required_error: "Say why you are declining: the funder reads it" })
      .trim()
      .min(1, "Say why you are declining: the funder reads it")
      .max(1000, "Keep the reason to 1,000 characters or fewer"),
  }),
  z.object({ intent: z.literal("plan-pilot"), interestId }),
  z.object({
    intent: z.literal("settings"),
    showsBackers: z.boolean().default(false),
    fundingAsk: pounds("The funding ask"),
  }),
]);
export type FundingAction = z.infer<typeof fundingActionSchema>;
