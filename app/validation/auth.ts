import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/passwords";
import { isClosedAccountEmail } from "../domain/account-closing";
import { selfServiceRoles } from "../domain/taxonomy";

/** An email address, trimmed and lower-cased (accounts are unique by lower-case email). */
export const emailField = z
  .string({ required_error: "Enter your email address" })
  .trim()
  .max(254, "Email address must be 254 characters or fewer")
  .email("Enter an email address in the correct format, like name@nhs.net")
  .transform((email) => email.toLowerCase());

/** An address for an account to use (sign-up, a change): never one of the placeholders of closed accounts. */
export const newEmailField = emailField.refine((email) => !isClosedAccountEmail(email), {
  message: "Enter an email address you can read: addresses at closed.invalid cannot be used",
});

/** A new password: the length rules here; the common-password check runs on the server. */
export const newPasswordField = z
  .string({ required_error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long.`)
  .max(PASSWORD_MAX_LENGTH, `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer.`);

export const nameField = z
  .string({ required_error: "Enter your full name" })
  .trim()
  .min(1, "Enter your full name")
  .max(100, "Name must be 100 characters or fewer");
export const organisationField = z.string().trim().max(200, "Organisation must be 200 characters or fewer").default("");

/** POST /login. Field names `email` and `password` are what password managers expect. */
export const loginSchema = z.object({
  email: emailField,
  // Any length is accepted here: the rules apply when a password is chosen, not when it is typed.
  password: z.string({ required_error: "Enter your password" }).max(1000, "Enter your password"),
  redirectTo: z.string().max(2000).optional(),
});

/** POST /signup. `website` is a honeypot: people never see it, bots fill it in. */
export const signupSchema = z.object({
  name: nameField,
  email: newEmailField,
  password: newPasswordField,
  organisation: organisationField,
  roles: z
    .array(z.enum(selfServiceRoles), { required_error: "Choose at least one role" })
    .min(1, "Choose at least one role"),
  website: z.string().optional(),
  redirectTo: z.string().max(2000).optional(),
});
