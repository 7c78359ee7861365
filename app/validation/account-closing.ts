import { z } from "zod";

/**
 * POST /settings/data/close: the person's password and, when two-step sign-in is on, a code (the
 * rule in app/domain/account-closing.ts asks for it then; the form shows the field only then).
 */
export const closeOwnAccountSchema = z.object({
  password: z.string({ required_error: "Enter your password" }).max(1000, "Enter your password"),
  code: z.string().trim().max(64, "Enter the 6-digit code from your app, or a recovery code").default(""),
});

const CONFIRM = "Confirm that this is the account the person asked you to close";

/**
 * POST /admin/users/:id/close: why the account is being closed (kept in the audit log), and the
 * admin's tick that it is the right account (the admin's password is not asked again).
 */
export const adminCloseAccountSchema = z.object({
  reason: z
    .string({ required_error: "Say why this account is being closed" })
    .trim()
    .min(1, "Say why this account is being closed")
    .max(500, "Reason must be 500 characters or fewer"),
  confirmed: z.boolean({ required_error: CONFIRM, invalid_type_error: CONFIRM }).refine((ticked) => ticked, CONFIRM),
});
