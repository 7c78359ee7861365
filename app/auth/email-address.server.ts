/**
 * A person's own email address (decision 0056): asking for a new confirmation link, and asking
 * to move the account to another address (the current password is required).
 */
import type { RateLimitDecision } from "../domain/rate-limit";
import type { Refusal } from "../domain/refusal";
import { requestEmailChange, resendEmailConfirmation } from "../models/account-links.server";
import { getPasswordHash } from "../models/users.server";
import { verifyPassword } from "./password.server";
import { limitAuthAttempt } from "./rate-limit.server";

type RateLimited = { ok: false; reason: "rate_limited"; decision: RateLimitDecision };

export type ResendResult = { ok: true; email: string } | RateLimited | (Refusal & { reason: "refused" });

/** "Send the link again", counted against the account and the IP like other account attempts. */
export async function resendConfirmation({ userId, ip }: { userId: number; ip: string }): Promise<ResendResult> {
  const decision = await limitAuthAttempt({ scope: "email-confirm", ip, account: `user:${userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const result = await resendEmailConfirmation({ userId });
  return result.ok ? result : { ...result, reason: "refused" };
}

export type EmailChangeResult =
  | { ok: true; email: string }
  | RateLimited
  | { ok: false; reason: "invalid"; status: number; fieldErrors?: Record<string, string[]>; formErrors?: string[] };

/**
 * Asks to move the account to `newEmail`: the current password must be right (attempts count
 * against the account's limit), and the new address must be free. The change waits for the link
 * sent to the new address.
 */
export async function changeEmailAddress(input: {
  userId: number;
  newEmail: string;
  currentPassword: string;
  ip: string;
}): Promise<EmailChangeResult> {
  const decision = await limitAuthAttempt({ scope: "email-change", ip: input.ip, account: `user:${input.userId}` });
  if (!decision.allowed) return { ok: false, reason: "rate_limited", decision };
  const stored = await getPasswordHash(input.userId);
  if (!stored || !(await verifyPassword(stored, input.currentPassword)))
    return {
      ok: false,
      reason: "invalid",
      status: 400,
      fieldErrors: { currentPassword: ["Your current password is not right"] },
    };
  const result = await requestEmailChange({ userId: input.userId, newEmail: input.newEmail, ip: input.ip });
  if (result.ok) return result;
  return result.field
    ? { ok: false, reason: "invalid", status: result.status, fieldErrors: { [result.field]: [result.message] } }
    : { ok: false, reason: "invalid", status: result.status, formErrors: [result.message] };
}
