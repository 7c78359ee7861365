import { z } from "zod";

/** A two-step code as typed: an app's six digits or a recovery code; spaces and hyphens are ignored later. */
export const codeField = z
  .string({ required_error: "Enter the 6-digit code from your app, or a recovery code" })
  .trim()
  .max(64, "Enter the 6-digit code from your app, or a recovery code");

const passwordField = z.string({ required_error: "Enter your password" }).max(1000, "Enter your password");

/** POST /login/two-step. */
export const twoStepLoginSchema = z.object({ code: codeField });

/** The forms of /settings/two-step, by intent. */
export const twoStepStartSchema = z.object({ intent: z.literal("start") });
export const twoStepConfirmSchema = z.object({
  intent: z.literal("confirm"),
  code: z
    .string({ required_error: "Enter the 6-digit code your app shows for Hackpath" })
    .trim()
    .max(64, "Enter the 6-digit code your app shows for Hackpath, like 123456"),
});
export const twoStepOffSchema = z.object({ intent: z.literal("off"), password: passwordField, code: codeField });
export const twoStepCodesSchema = z.object({ intent: z.literal("codes"), password: passwordField });

export const twoStepSettingsSchema = z.discriminatedUnion("intent", [
  twoStepStartSchema,
  twoStepConfirmSchema,
  twoStepOffSchema,
  twoStepCodesSchema,
]);
export type TwoStepIntent = z.infer<typeof twoStepSettingsSchema>["intent"];
