import { z } from "zod";
import { MAX_ID } from "~/domain/ids";
import { recordId } from "./record-id";
import { MAX_SCORE, MAX_WEIGHT, MIN_SCORE, MIN_WEIGHT } from "~/domain/judging";

const comment = z.string().trim().max(2000, "Keep the comment to 2,000 characters or fewer").optional();

/** A judge's score sheet for one project: a 1–5 score and a comment per criterion. */
export const scoreSheetSchema = z.object({
  scores: z
    .array(
      z.object({
        criterionId: recordId(),
        score: z
          .number({ required_error: "Choose a score from 1 to 5", invalid_type_error: "Choose a score from 1 to 5" })
          .int("Choose a score from 1 to 5")
          .min(MIN_SCORE, "Choose a score from 1 to 5")
          .max(MAX_SCORE, "Choose a score from 1 to 5"),
        comment,
      }),
    )
    .min(1, "Score every criterion"),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetSchema>;

/** Declaring a conflict of interest with a project. */
export const conflictSchema = z.object({
  intent: z.literal("declare-conflict"),
  projectId: recordId(),
  reason: z
    .string({ required_error: "Say briefly why you have a conflict of interest" })
    .trim()
    .min(3, "Say briefly why you have a conflict of interest")
    .max(500, "Keep the reason to 500 characters or fewer"),
});

const criterionFields = {
  name: z
    .string({ required_error: "Enter the criterion's name" })
    .trim()
    .min(2, "Enter the criterion's name")
    .max(80, "Keep the name to 80 characters or fewer"),
  description: z.string().trim().max(500, "Keep the description to 500 characters or fewer").optional(),
  weight: z
    .number({ required_error: "Enter a weight", invalid_type_error: "Enter the weight as a whole number" })
    .int("Enter the weight as a whole number")
    .min(MIN_WEIGHT, `The weight must be from ${MIN_WEIGHT} to ${MAX_WEIGHT}`)
    .max(MAX_WEIGHT, `The weight must be from ${MIN_WEIGHT} to ${MAX_WEIGHT}`),
};

export const appointJudgeSchema = z.object({
  intent: z.literal("appoint-judge"),
  email: z
    .string({ required_error: "Enter the judge's email address" })
    .trim()
    .toLowerCase()
    .email("Enter an email address like name@example.org"),
});
export const saveCriteriaSchema = z.object({
  intent: z.literal("save-criteria"),
  criteria: z.array(z.object({ id: recordId(), ...criterionFields })).min(1, "Keep at least one criterion"),
});
export const addCriterionSchema = z.object({ intent: z.literal("add-criterion"), ...criterionFields });

/** The organiser's judging set-up forms, told apart by `intent`. */
export const judgingSetupSchema = z.discriminatedUnion("intent", [
  appointJudgeSchema,
  z.object({ intent: z.literal("remove-judge"), userId: recordId() }),
  saveCriteriaSchema,
  addCriterionSchema,
  z.object({ intent: z.literal("remove-criterion"), criterionId: recordId() }),
]);
export type JudgingSetupAction = z.infer<typeof judgingSetupSchema>;

export const addAwardSchema = z.object({
  intent: z.literal("add-award"),
  name: z
    .string({ required_error: "Enter the award's name" })
    .trim()
    .min(2, "Enter the award's name")
    .max(80, "Keep the name to 80 characters or fewer"),
  description: z.string().trim().max(300, "Keep the description to 300 characters or fewer").optional(),
  projectId: z
    .number({
      required_error: "Choose the project that wins it",
      invalid_type_error: "Choose the project that wins it",
    })
    .int()
    .positive()
    .max(MAX_ID),
});

/** Naming awards and publishing the results. */
export const awardsSchema = z.discriminatedUnion("intent", [
  addAwardSchema,
  z.object({ intent: z.literal("remove-award"), awardId: recordId() }),
  z.object({ intent: z.literal("publish") }),
]);
export type AwardsAction = z.infer<typeof awardsSchema>;
