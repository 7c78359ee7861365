/**
 * Recovering a forgotten password (decision 0056): asking for a link by email, and using it to
 * choose a new password, which ends every session of the account.
 */
import { passwordProblem } from "../domain/passwords";
import type { RateLimitDecision } from "../domain/rate-limit";
import { consumePasswordReset, findPasswordReset, requestPasswordReset } from "../models/account-links.server";
import { recordAudit } from "../models/audit.server";
import { inTransaction } from "../utils/db.server";
import { commonPasswords } from "./common-passwords.server";
import { getLucia } from "./lucia.server";
import { hashPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";
import { createUserSession } from "./session.server";
import { hasTwoStep } from "./two-step.server";

/**
 * Every answer to "Forgot your password?" takes at least this long, whether or not an email was
 * queued, so the time it takes does not tell whether an account uses the address.
 */
export const RESET_REQUEST_MIN_MS = 250;

export type ResetRequestResult = { ok: true } | { ok: false; reason: "rate_limited"; decision: RateLimitDecision };

/**
 * "Forgot your password?": counts the request against the address and the IP (refused ones send
 * nothing), then queues a link if an open account uses the address. The answer is the same, and
 * takes the same time, either way.
 */
export async function askForPasswordReset({ email, ip }: { email: string; ip: string }): Promise<ResetRequestResult> {
  const started = performance.now();
  try {
    const decision = await limitAuthAttempt({ scope: "password-reset", ip, account: email });
    if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
    await requestPasswordReset({ email, ip });
    return { ok: true };
  } finally {
    const left = RESET_REQUEST_MIN_MS - (performance.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

export type ResetResult =
  /** Signed in: the new session's Set-Cookie. */
  | { ok: true; userId: number; cookie: string }
  /** Two-step sign-in is on: the password is reset, and they sign in with it and a code. */
  | { ok: true; userId: number; cookie: null }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Uses a reset link: the new password must pass the password rule; then, in one transaction, the
 * password is saved, the link used up, every session of the account ended and the reset audited.
 * The person is signed in with a fresh session, unless their account has two-step sign-in (an
 * emailed link must not stand in for the second step): then they sign in again.
 */
export async function resetPassword({
  token,
  newPassword,
  ip,
}: {
  token: string;
  newPassword: string;
  ip: string;
}): Promise<ResetResult> {
  const link = await findPasswordReset(token);
  if (!link) return { ok: false, reason: "expired" };
  const weak = passwordProblem(newPassword, { denyList: commonPasswords(), email: link.email, name: link.name });
  if (weak) return { ok: false, reason: "invalid", fieldErrors: { newPassword: [weak] } };
  const passwordHash = await hashPassword(newPassword);
  const reset = await inTransaction(async () => {
    const used = await consumePasswordReset({ token, passwordHash });
    if (!used) return null;
    const lucia = getLucia();
    const endedSessions = (await lucia.getUserSessions(used.userId)).length;
    await lucia.invalidateUserSessions(used.userId);
    await recordAudit({
      actorId: used.userId,
      action: "password.reset",
      objectType: "user",
      objectId: used.userId,
      after: { endedSessions },
      ip,
    });
    return used;
  });
  if (!reset) return { ok: false, reason: "expired" };
  if (await hasTwoStep(reset.userId)) return { ok: true, userId: reset.userId, cookie: null };
  return { ok: true, userId: reset.userId, cookie: await createUserSession(reset.userId) };
}
