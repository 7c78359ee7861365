import type { AppLoadContext } from "@remix-run/node";
import { AUTH_RULE, describeRetryTime, describeWait, type RateLimitDecision } from "../domain/rate-limit";
import { hitRateLimit, rateLimitKey } from "../models/rate-limits.server";
import { env } from "../utils/env.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's IP address as Express sees it (honouring TRUST_PROXY), set by server/index.ts. */
    clientIp?: string;
  }
}

/** The client's IP address from the load context; "unknown" when called outside the server (tests). */
export function clientIp(context: AppLoadContext | undefined): string {
  return context?.clientIp || "unknown";
}

export type AuthAttemptScope =
  | "login"
  | "signup"
  | "password"
  | "two-step"
  // Recovery and confirmation (decision 0056): asking for a reset link, for a new confirmation
  // link, and to change the email address.
  | "password-reset"
  | "email-confirm"
  | "email-change";

/**
 * Counts a log-in, sign-up or password-change attempt against both the client's IP address and
 * the account (email or user id), and says whether it may go ahead: at most AUTH_RATE_LIMIT
 * (default 10) a minute each. See docs/decisions/0011-rate-limits.md.
 */
export function limitAuthAttempt({
  scope,
  ip,
  account,
}: {
  scope: AuthAttemptScope;
  ip: string;
  account: string;
}): Promise<RateLimitDecision> {
  return hitRateLimit({
    keys: [rateLimitKey(`${scope}:ip`, ip), rateLimitKey(`${scope}:account`, account)],
    rule: { ...AUTH_RULE, max: env.AUTH_RATE_LIMIT },
  });
}

/** What a refused attempt says, and the Retry-After header that goes with the 429. */
export function tooManyAttempts(decision: RateLimitDecision) {
  const at = describeRetryTime(decision.resetAt);
  return {
    message: `Too many attempts. For your security, please wait ${describeWait(decision.retryAfterSeconds)} (until ${at}) and try again.`,
    headers: { "Retry-After": String(decision.retryAfterSeconds) },
  };
}

/**
 * A route `headers` export that carries an action's Retry-After onto the page (Remix passes only
 * cookies from actions to documents unless a route says otherwise). Use as
 * `export const headers = passRetryAfter;` on pages whose actions are rate-limited.
 */
export function passRetryAfter({ actionHeaders }: { actionHeaders: Headers }): HeadersInit {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : {};
}
