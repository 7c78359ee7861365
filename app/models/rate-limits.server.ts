import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { rateLimits } from "../../db/schema";
import { consumeAttempt, type RateLimitDecision, type RateLimitRule } from "../domain/rate-limit";
import { getDb } from "../utils/db.server";

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
  const db = getDb();
  const decisions = db.transaction(
    (tx) =>
      keys.map((key) => {
        const current = tx
          .select({ windowStart: rateLimits.windowStart, count: rateLimits.count })
          .from(rateLimits)
          .where(eq(rateLimits.key, key))
          .get();
        const decision = consumeAttempt(current, nowSeconds, rule);
        tx.insert(rateLimits)
          .values({ key, ...decision.counter })
          .onConflictDoUpdate({ target: rateLimits.key, set: decision.counter })
          .run();
        return decision;
      }),
    { behavior: "immediate" },
  );
  maybePurge(nowSeconds);
  const refused = decisions.filter((d) => !d.allowed).sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds);
  return refused[0] ?? decisions.sort((a, b) => a.remaining - b.remaining)[0] ?? consumeAttempt(null, nowSeconds, rule);
}

/** Forgets one key, e.g. an account's failed-attempt counter. */
export async function clearRateLimit(key: string): Promise<void> {
  await getDb().delete(rateLimits).where(eq(rateLimits.key, key));
}

/** The longest window any limit uses; counters older than this can go. */
const LONGEST_WINDOW_SECONDS = 60 * 60;
let lastPurge = 0;
/** Deletes finished windows at most once a minute per process, so the table stays small. */
function maybePurge(nowSeconds: number) {
  if (nowSeconds - lastPurge < 60) return;
  lastPurge = nowSeconds;
  purgeRateLimits(nowSeconds - LONGEST_WINDOW_SECONDS);
}

/** Deletes counters whose window started before `beforeSeconds` (uses the window index). */
export function purgeRateLimits(beforeSeconds: number): void {
  getDb().delete(rateLimits).where(lt(rateLimits.windowStart, beforeSeconds)).run();
}
