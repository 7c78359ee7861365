import type { RateLimitDecision } from "../domain/rate-limit";
import { findUserForLogin, recordFailedLogin, recordLogin } from "../models/users.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";
import { DEFAULT_AFTER_LOGIN, safeRedirect } from "./safe-redirect";
import { createUserSession, endSession, getAuth } from "./session.server";
import { hasTwoStep, needsTwoStepSetup, twoStepSetupPath } from "./two-step.server";

/** The one answer for an unknown email and a wrong password, so neither reveals whether an account exists. */
export const LOGIN_FAILED_MESSAGE = "The email address or password is not right. Check them and try again.";
export const SUSPENDED_MESSAGE =
  "This account has been suspended. If you think this is a mistake, contact the Hackpath team.";

export type LoginResult =
  | { ok: true; userId: number; twoStep: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "suspended" }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision };

/**
 * Checks an email and password. Counts the attempt against the IP and the account first (refused
 * attempts never reach the password hash); an unknown email costs the same argon2 verification as
 * a wrong password; every outcome is audited. A suspended account is only told so when the
 * password was right. With two-step sign-in on (`twoStep`), the password alone signs nobody in:
 * the sign-in is recorded when the code is right (two-step-login.server.ts).
 */
export async function authenticate({
  email,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip: string;
}): Promise<LoginResult> {
  const decision = await limitAuthAttempt({ scope: "login", ip, account: email });
  const user = await findUserForLogin(email);
  if (!decision.allowed) {
    await recordFailedLogin({ userId: user?.id ?? null, reason: "rate_limited", ip });
    return { ok: false, reason: "rate_limited", decision };
  }
  if (!user) {
    await verifyAgainstDummy(password);
    await recordFailedLogin({ userId: null, reason: "unknown_email", ip });
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailedLogin({ userId: user.id, reason: "wrong_password", ip });
    return { ok: false, reason: "invalid" };
  }
  if (user.suspendedAt) {
    await recordFailedLogin({ userId: user.id, reason: "suspended", ip });
    return { ok: false, reason: "suspended" };
  }
  if (await hasTwoStep(user.id)) return { ok: true, userId: user.id, twoStep: true };
  await recordLogin({ userId: user.id, ip });
  return { ok: true, userId: user.id, twoStep: false };
}

/**
 * Starts the session of a person who has just signed in, and returns its Set-Cookie: a fresh
 * session at every sign-in, and any session the browser already had ends (session fixation).
 */
export async function startSignedInSession(request: Request, userId: number): Promise<string> {
  const previous = await getAuth(request);
  if (previous) await endSession(previous.sessionId);
  return createUserSession(userId);
}

/**
 * Where a person goes once signed in: where they were going (a safe same-site path), unless their
 * roles need two-step sign-in and it is not set up yet: then to set it up first, with a link on to
 * where they were going once it is done.
 */
export async function afterSignInPath(userId: number, redirectTo: string | null | undefined): Promise<string> {
  const target = safeRedirect(redirectTo);
  if (await needsTwoStepSetup(userId)) return twoStepSetupPath(target === DEFAULT_AFTER_LOGIN ? null : target);
  return target;
}
