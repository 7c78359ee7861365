import type { RateLimitDecision } from "../domain/rate-limit";
import type { Refusal } from "../domain/refusal";
import { closeAccount } from "../models/account-closing.server";
import { getPasswordHash } from "../models/users.server";
import { verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";
import { hasTwoStep, verifyTwoStepCode } from "./two-step.server";

export type CloseOwnAccountResult =
  | { ok: true }
  | { ok: false; reason: "rate_limited"; decision: RateLimitDecision }
  | (Refusal & { reason?: undefined });

/**
 * Closes a signed-in person's own account once they have proved it is them: the password (the
 * attempt counts against the same limits as changing it) and, with two-step sign-in on, a code
 * from their app or a recovery code. A code is checked only after the right password, so a wrong
 * password never uses up a recovery code. The model applies the rule and does the closing.
 */
export async function closeOwnAccount(input: {
  userId: number;
  password: string;
  code: string;
  ip: string;
}): Promise<CloseOwnAccountResult> {
  const decision = await limitAuthAttempt({ scope: "password", ip: input.ip, account: `user:${input.userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const stored = await getPasswordHash(input.userId);
  const passwordRight = Boolean(stored) && (await verifyPassword(stored!, input.password));
  const twoStepOn = await hasTwoStep(input.userId);
  const code = input.code.trim();
  const codeRight =
    passwordRight && twoStepOn && code !== "" && (await verifyTwoStepCode({ userId: input.userId, code }));
  return closeAccount({
    userId: input.userId,
    actor: { id: input.userId, isAdmin: false },
    route: "settings",
    credentials: { passwordRight, twoStepOn, codeGiven: code !== "", codeRight },
    ip: input.ip,
  });
}
