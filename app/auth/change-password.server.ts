import { passwordProblem } from "../domain/passwords";
import type { RateLimitDecision } from "../domain/rate-limit";
import { changePassword, getPasswordHash } from "../models/users.server";
import { commonPasswords } from "./common-passwords.server";
import { hashPassword, verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";

export type ChangePasswordResult =
  | { ok: true; endedSessions: number }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> };

/**
 * Changes a signed-in person's password: the current one must be right (attempts count against
 * the log-in limits), the new one must pass the password rule, and every other session ends.
 */
export async function changeOwnPassword(input: {
  userId: number;
  sessionId: string;
  name: string;
  currentPassword: string;
  newPassword: string;
  ip: string;
}): Promise<ChangePasswordResult> {
  const decision = await limitAuthAttempt({ scope: "password", ip: input.ip, account: `user:${input.userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const stored = await getPasswordHash(input.userId);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    return { ok: false, reason: "invalid", fieldErrors: { currentPassword: ["Your current password is not right"] } };
  }
  const weak = passwordProblem(input.newPassword, { denyList: commonPasswords(), name: input.name });
  if (weak) return { ok: false, reason: "invalid", fieldErrors: { newPassword: [weak] } };
  if (input.newPassword === input.currentPassword)
    return {
      ok: false,
      reason: "invalid",
      fieldErrors: { newPassword: ["Choose a password different from your current one"] },
    };
  const result = await changePassword({
    userId: input.userId,
    passwordHash: await hashPassword(input.newPassword),
    keepSessionId: input.sessionId,
    ip: input.ip,
  });
  return { ok: true, endedSessions: result.endedSessions };
}
