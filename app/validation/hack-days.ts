import { z } from "zod";
import { MAX_ID } from "~/domain/ids";
import { recordId } from "./record-id";
import { parseUkLocalDateTime } from "~/domain/hack-day-time";
import { hackDayStatuses } from "~/domain/taxonomy";

/**
 * An optional http(s) link; anything else (javascript:, data:, ftp:) is refused, and so is an
 * address with spaces or control characters in it, which a browser's URL parser would quietly
 * drop or rewrite while the stored text kept them.
 */
export const optionalHttpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `The ${what} must be 500 characters or fewer`)
    .superRefine((value, ctx) => {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value))
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `The ${what} cannot contain spaces` });
      else if (!isHttpUrl(value))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Enter the ${what} as a full web address starting with https://`,
        });
    })
    .optional();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const ukDateTime = (what: string) =>
  z.string({ required_error: `Enter the ${what}` }).transform((value, ctx) => {
    const date = parseUkLocalDateTime(value);
    if (!date) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Enter the ${what} as a real date and time` });
      return z.NEVER;
    }
    return date;
  });

/** The hack day form (create and edit). Times are UK wall-clock time. */
export const hackDaySchema = z
  .object({
    name: z
      .string({ required_error: "Enter a name" })
      .trim()
      .min(3, "The name must be at least 3 characters")
      .max(120, "The name must be 120 characters or fewer"),
    description: z.string().trim().max(5000, "The description must be 5,000 characters or fewer").optional(),
    themes: z.string().trim().max(500, "Themes must be 500 characters or fewer").optional(),
    startsAt: ukDateTime("start date and time"),
    endsAt: ukDateTime("end date and time"),
    submissionDeadline: ukDateTime("submission deadline"),
    venue: z.string().trim().max(200, "The venue must be 200 characters or fewer").optional(),
    onlineUrl: optionalHttpUrl("online link"),
    capacity: z
      .number({ invalid_type_error: "Enter the capacity as a whole number" })
      .int("Enter the capacity as a whole number")
      .min(1, "The capacity must be at least 1")
      .max(10_000, "The capacity must be 10,000 or fewer")
      .optional(),
  })
  .superRefine((v, ctx) => {
    // Refinements still run when a date failed to parse: compare only real dates.
    if (!(v.startsAt instanceof Date) || !(v.endsAt instanceof Date) || !(v.submissionDeadline instanceof Date)) {
      if (!v.venue && !v.onlineUrl)
        ctx.addIssue({ code: "custom", path: ["venue"], message: "Enter a venue, an online link, or both" });
      return;
    }
    if (v.endsAt.getTime() < v.startsAt.getTime())
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start" });
    if (v.submissionDeadline.getTime() <= v.startsAt.getTime() || v.submissionDeadline.getTime() > v.endsAt.getTime())
      ctx.addIssue({
        code: "custom",
        path: ["submissionDeadline"],
        message: "The submission deadline must be after the start and no later than the end",
      });
    if (!v.venue && !v.onlineUrl)
      ctx.addIssue({ code: "custom", path: ["venue"], message: "Enter a venue, an online link, or both" });
  });
export type HackDayInput = z.infer<typeof hackDaySchema>;

/** "12", "#12", "/problems/12-some-title" or a full link: the problem number, or null. */
export function problemIdFromText(text: string): number | null {
  const match = /(?:^|\/problems\/|#)\s*(\d{1,12})(?:-[a-z0-9-]*)?\s*(?:[?#].*)?$/i.exec(text.trim());
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ID ? id : null;
}

/** The forms on a hack day's page, told apart by `intent`. */
export const hackDayActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("register") }),
  z.object({ intent: z.literal("cancel-registration") }),
  z.object({
    intent: z.literal("nominate"),
    problemId: z
      .number({ required_error: "Choose one of your problems", invalid_type_error: "Choose one of your problems" })
      .int()
      .positive()
      .max(MAX_ID),
  }),
  z.object({
    intent: z.literal("shortlist-add"),
    problem: z
      .string({ required_error: "Enter the problem's number or link" })
      .trim()
      .transform((value, ctx) => {
        const id = problemIdFromText(value);
        if (id === null) {
          ctx.addIssue({
            code: "custom",
            message: "Enter the problem's number (like 12) or its link (like /problems/12-title)",
          });
          return z.NEVER;
        }
        return id;
      }),
  }),
  z.object({
    intent: z.literal("shortlist-decide"),
    problemId: recordId(),
    decision: z.enum(["accepted", "declined"]),
  }),
  z.object({ intent: z.literal("move-status"), to: z.enum(hackDayStatuses.values) }),
]);
export type HackDayAction = z.infer<typeof hackDayActionSchema>;
