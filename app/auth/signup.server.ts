import { passwordProblem } from "../domain/passwords";
import type { RateLimitDecision } from "../domain/rate-limit";
import type { Role } from "../domain/taxonomy";
import { startEmailConfirmation } from "../models/account-links.server";
import { recordAudit } from "../models/audit.server";
import { createAccount, isEmailTaken } from "../models/users.server";
import { inTransaction } from "../utils/db.server";
import { commonPasswords } from "./common-passwords.server";
import { hashPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";

export const EMAIL_TAKEN_MESSAGE =
  "There is already an account with this email address. Sign in instead, or use a different email address.";

export type SignupResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision }
  | { ok: false; reason: "invalid"; errors: { formErrors?: string[]; fieldErrors?: Record<string, string[]> } };

/**
 * Creates an account from a valid sign-up form: refuses bots (the honeypot), too many attempts
 * (per IP and per email), weak passwords (with the reason for the password field) and an email
 * already in use. The account, its roles, the audit event and the email with the link that
 * confirms the address (decision 0056) are written together.
 */
export async function signUp(input: {
  name: string;
  email: string;
  password: string;
  organisation: string;
  roles: Role[];
  website?: string;
  ip: string;
}): Promise<SignupResult> {
  if (input.website) {
    await recordAudit({
      actorId: null,
      action: "signup.blocked",
      objectType: "user",
      after: { reason: "honeypot" },
      ip: input.ip,
    });
    return {
      ok: false,
      reason: "invalid",
      errors: { formErrors: ["We could not create your account. Please try again."] },
    };
  }
  const decision = await limitAuthAttempt({ scope: "signup", ip: input.ip, account: input.email });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const weak = passwordProblem(input.password, { denyList: commonPasswords(), email: input.email, name: input.name });
  if (weak) return { ok: false, reason: "invalid", errors: { fieldErrors: { password: [weak] } } };
  if (await isEmailTaken(input.email))
    return { ok: false, reason: "invalid", errors: { fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } } };
  const passwordHash = await hashPassword(input.password);
  const account = await inTransaction(async () => {
    const created = await createAccount({ ...input, passwordHash });
    if (created) await startEmailConfirmation({ userId: created.id, email: input.email });
    return created;
  });
  if (!account) return { ok: false, reason: "invalid", errors: { fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] } } };
  return { ok: true, userId: account.id };
}
