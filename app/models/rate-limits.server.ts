import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { rateLimits } from "../../db/schema";
import { consumeAttempt, type RateLimitDecision, type RateLimitRule } from "../domain/rate-limit";
import { inTransaction } from "./core.server";

/**
 * A rate-limit key that does not store who it is about: `scope:sha256(subject)`. IP addresses and
 * email addresses are personal data and the counters only need to tell them apart.
 */
export function rateLimitKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

/**
 * Counts one attempt against each key and says whether all of them are within `rule`. The read and
 * the write run in one immediate transaction, so concurrent requests (and other processes on the
 * same file) cannot both take the last attempt. Counters live in the database: limits survive a
 * restart. The decision returned is the most restrictive one.
 */
export async function hitRateLimit({
  keys,
  rule,
  now = Date.now(),
}: {
  keys: string[];
  rule: RateLimitRule;
  now?: number;
}): Promise<RateLimitDecision> {
  const nowSeconds = Math.floor(now / 1000);
  const decisions = await inTransaction(async (tx) => {
    const made: RateLimitDecision[] = [];
    for (const key of keys) {
      const [current] = await tx
        .select({ windowStart: rateLimits.windowStart, count: rateLimits.count })
        .from(rateLimits)
        .where(eq(rateLimits.key, key))
        .limit(1);
      const decision = consumeAttempt(current, nowSeconds, rule);
      await tx
        .insert(rateLimits)
        .values({ key, ...decision.counter })
        .onConflictDoUpdate({ target: rateLimits.key, set: decision.counter });
      made.push(decision);
    }
    return made;
  });
  await maybePurge(nowSeconds);
  const refused = decisions.filter((d) => !d.allowed).sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds);
  return refused[0] ?? decisions.sort((a, b) => a.remaining - b.remaining)[0] ?? consumeAttempt(null, nowSeconds, rule);
}

/** The longest window any limit uses; counters older than this can go. */
const LONGEST_WINDOW_SECONDS = 60 * 60;
let lastPurge = 0;
/** Deletes finished windows at most once a minute per process, so the table stays small. */
async function maybePurge(nowSeconds: number) {
  if (nowSeconds - lastPurge < 60) return;
  lastPurge = nowSeconds;
  await purgeRateLimits(nowSeconds - LONGEST_WINDOW_SECONDS);
}

/** Deletes counters whose window started before `beforeSeconds` (uses the window index). */
async function purgeRateLimits(beforeSeconds: number): Promise<void> {
  await inTransaction((tx) => tx.delete(rateLimits).where(lt(rateLimits.windowStart, beforeSeconds)));
}
