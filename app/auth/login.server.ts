import type { RateLimitDecision } from "../domain/rate-limit";
import { findUserForLogin, recordFailedLogin, recordLogin } from "../models/users.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";

/** The one answer for an unknown email and a wrong password, so neither reveals whether an account exists. */
export const LOGIN_FAILED_MESSAGE = "The email address or password is not right. Check them and try again.";
export const SUSPENDED_MESSAGE =
  "This account has been suspended. If you think this is a mistake, contact the Hackpath team.";

export type LoginResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "suspended" }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision };

/**
 * Checks an email and password. Counts the attempt against the IP and the account first (refused
 * attempts never reach the password hash); an unknown email costs the same argon2 verification as
 * a wrong password; every outcome is audited. A suspended account is only told so when the
 * password was right.
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
  await recordLogin({ userId: user.id, ip });
  return { ok: true, userId: user.id };
}
