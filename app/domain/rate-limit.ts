/**
 * Fixed-window rate limiting, as a pure rule: given the stored counter for a key (or none), the
 * time now and a limit, what the counter becomes and whether this attempt may go ahead.
 * The store (app/models/rate-limits.server.ts) keeps one `{ windowStart, count }` row per key.
 */
import { formatTime } from "./dates";

/** A limit: at most `max` attempts in each window of `windowSeconds`. */
export type RateLimitRule = { max: number; windowSeconds: number };

/** The stored state of one key. `windowStart` is in whole seconds since the epoch. */
export type RateLimitCounter = { windowStart: number; count: number };

export type RateLimitDecision = {
  /** Whether this attempt is within the limit. */
  allowed: boolean;
  /** The counter to store after this attempt. */
  counter: RateLimitCounter;
  /** Attempts left in the current window after this one. */
  remaining: number;
  /** Whole seconds until the window ends and attempts are allowed again (at least 1). */
  retryAfterSeconds: number;
  /** When the current window ends, in seconds since the epoch. */
  resetAt: number;
};

/** The limit on log-in and sign-up attempts, per IP address and per account. */
export const AUTH_RULE: RateLimitRule = { max: 10, windowSeconds: 60 };
/** The looser limit on every other write, per IP address. */
export const WRITE_RULE: RateLimitRule = { max: 60, windowSeconds: 60 };

/**
 * Counts one attempt against a key. A counter whose window has ended starts afresh; attempts
 * beyond the limit are still counted (so a client that keeps hammering stays refused until the
 * window ends) but are not allowed.
 */
export function consumeAttempt(
  current: RateLimitCounter | null | undefined,
  nowSeconds: number,
  rule: RateLimitRule,
): RateLimitDecision {
  const now = Math.floor(nowSeconds);
  const inWindow = current != null && now >= current.windowStart && now < current.windowStart + rule.windowSeconds;
  const counter: RateLimitCounter = inWindow
    ? { windowStart: current.windowStart, count: current.count + 1 }
    : { windowStart: now, count: 1 };
  return decisionFor(counter, now, rule);
}

/** The decision for an attempt already counted: `counter` is the stored counter, this attempt in it. */
export function decisionFor(counter: RateLimitCounter, nowSeconds: number, rule: RateLimitRule): RateLimitDecision {
  const now = Math.floor(nowSeconds);
  const resetAt = counter.windowStart + rule.windowSeconds;
  return {
    allowed: counter.count <= rule.max,
    counter,
    remaining: Math.max(0, rule.max - counter.count),
    retryAfterSeconds: Math.max(1, resetAt - now),
    resetAt,
  };
}

/** Whether a stored counter can be forgotten: its window ended before `nowSeconds`. */
export function isExpired(counter: RateLimitCounter, nowSeconds: number, rule: RateLimitRule): boolean {
  return counter.windowStart + rule.windowSeconds <= nowSeconds;
}

/** "45 seconds" / "1 minute" / "2 minutes": how long to wait, for people. */
export function describeWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
}

/**
 * "2:33pm": when attempts are allowed again, in UK time, rounded up to the whole minute so that
 * nobody who comes back at the time shown is refused again.
 */
export function describeRetryTime(resetAtSeconds: number): string {
  return formatTime(new Date(Math.ceil(resetAtSeconds / 60) * 60_000));
}
