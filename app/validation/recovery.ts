/**
 * The forms of password recovery and of a person's email address (decision 0056). The new
 * password is the same field, with the same rules and words, as sign-up and "Change password".
 */
import { z } from "zod";
import { emailField, newEmailField } from "./auth";
import { passwordSchema } from "./settings";

/** POST /forgot-password. */
export const forgotPasswordSchema = z.object({ email: emailField });

/** POST /reset-password/:token: the new password twice, as on the settings page. */
export const resetPasswordSchema = passwordSchema
  .innerType()
  .pick({ newPassword: true, confirmPassword: true })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

/** POST /settings/email: the new address and the current password. */
export const changeEmailSchema = z.object({
  email: newEmailField,
  currentPassword: z.string({ required_error: "Enter your current password" }).max(1000),
});

/** POST /confirm-email: "Send the link again", back to the page it was pressed on. */
export const resendLinkSchema = z.object({
  intent: z.literal("resend"),
  redirectTo: z.string().max(2000).optional(),
});

/** POST /confirm-email/:token: the "Confirm" button. */
export const confirmLinkSchema = z.object({ intent: z.literal("confirm") });
