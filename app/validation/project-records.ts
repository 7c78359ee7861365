/**
 * The forms that record a project's pilots, outcomes and success stories (one page, told apart by
 * `intent`) and its data-use statement. The rules about who may post them and which pilot status
 * may follow which live in app/domain/project-records.ts; these say what a well-formed form is.
 */
import { z } from "zod";
import { recordId } from "./record-id";
import { lawfulBases, type DataUsePart } from "~/domain/project-records";
import { pilotStatuses } from "~/domain/taxonomy";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day that exists (not 2026-02-30). */
function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const calendarDate = (what: string) =>
  z
    .string({ required_error: `Enter the ${what}` })
    .trim()
    .refine(isRealDate, `Enter the ${what} as a real date, such as 2026-03-14`);

const text = (what: string, max: number) =>
  z
    .string({ required_error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Keep ${what} to ${max.toLocaleString("en-GB")} characters or fewer`);
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} to ${max.toLocaleString("en-GB")} characters or fewer`)
    .default("");

/** A pilot's fields, for adding and editing. */
export const pilotFields = z.object({
  organisation: text("the organisation", 200),
  site: optionalText("the site", 200),
  startsOn: calendarDate("start date").optional(),
  endsOn: calendarDate("end date").optional(),
  successMeasures: optionalText("the success measures", 2000),
  status: z.enum(pilotStatuses.values, { errorMap: () => ({ message: "Choose the pilot's status" }) }),
});
export type PilotInput = z.infer<typeof pilotFields>;

/** An outcome's fields, for adding and editing. */
export const outcomeFields = z.object({
  pilotId: recordId().optional(),
  metric: text("what was measured", 200),
  baseline: text("the baseline", 100),
  result: text("the result", 100),
  unit: optionalText("the unit", 60),
  source: text("where the figures come from", 300),
  measuredOn: calendarDate("date it was measured"),
});
export type OutcomeInput = z.infer<typeof outcomeFields>;

/** The words of a success story. */
export const storyFields = z.object({
  storyTitle: text("a title for the story", 120),
  storyBody: text("the story", 5000).refine((v) => v.length >= 40, "Tell the story in 40 characters or more"),
});

/** Every form on a project's pilots and outcomes page. */
export const pilotsActionSchema = z
  .discriminatedUnion("intent", [
    pilotFields.extend({ intent: z.literal("add-pilot") }),
    pilotFields.extend({ intent: z.literal("edit-pilot"), pilotId: recordId("Choose the pilot") }),
    outcomeFields.extend({ intent: z.literal("add-outcome") }),
    outcomeFields.extend({ intent: z.literal("edit-outcome"), outcomeId: recordId("Choose the outcome") }),
    z.object({ intent: z.literal("remove-outcome"), outcomeId: recordId("Choose the outcome") }),
    storyFields.extend({ intent: z.literal("publish-story"), outcomeId: recordId("Choose the outcome") }),
    z.object({ intent: z.literal("unpublish-story"), outcomeId: recordId("Choose the outcome") }),
  ])
  .superRefine((value, ctx) => {
    if ((value.intent === "add-pilot" || value.intent === "edit-pilot") && value.startsOn && value.endsOn) {
      if (value.endsOn < value.startsOn)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["endsOn"],
          message: "The end date must be on or after the start date",
        });
    }
  });
export type PilotsAction = z.infer<typeof pilotsActionSchema>;

const draftPart = (what: string) => optionalText(what, 4000);
const publishedPart = (what: string) => text(what, 4000);
const partNames: Record<DataUsePart, string> = {
  whatData: "what data the product uses",
  why: "why it uses that data",
  whoSees: "who sees the data",
  howLong: "how long the data is kept",
};

/** The data-use form: a draft may be partial; publishing needs every part and a lawful basis. */
export const dataUseActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    whatData: draftPart(partNames.whatData),
    why: draftPart(partNames.why),
    lawfulBasis: z
      .enum(lawfulBases.values, { errorMap: () => ({ message: "Choose a lawful basis from the list" }) })
      .optional(),
    whoSees: draftPart(partNames.whoSees),
    howLong: draftPart(partNames.howLong),
  }),
  z.object({
    intent: z.literal("publish"),
    whatData: publishedPart(partNames.whatData),
    why: publishedPart(partNames.why),
    lawfulBasis: z.enum(lawfulBases.values, { errorMap: () => ({ message: "Choose the lawful basis" }) }),
    whoSees: publishedPart(partNames.whoSees),
    howLong: publishedPart(partNames.howLong),
  }),
]);
export type DataUseAction = z.infer<typeof dataUseActionSchema>;
