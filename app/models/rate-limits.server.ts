import { createHash } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { rateLimits } from "../../db/schema";
import { consumeAttempt, decisionFor, type RateLimitDecision, type RateLimitRule } from "../domain/rate-limit";
import { inTransaction } from "./core.server";

/**
 * A rate-limit key that does not store who it is about: `scope:sha256(subject)`. IP addresses and
 * email addresses are personal data and the counters only need to tell them apart.
 */
export function rateLimitKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

/**
 * Counts one attempt against each key and says whether all of them are within `rule`. Each key's
 * counter is read and written by one statement (a window that has ended starts afresh), in one
 * transaction, so concurrent requests (and other processes or app servers) cannot both take the
 * last attempt: they queue on the counter's row. On PostgreSQL that transaction is read committed,
 * where a serializable one would fail all but one of a burst of posts. Counters live in the
 * database: limits survive a restart. The decision returned is the most restrictive one.
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
  // As consumeAttempt: the stored window is still open at `nowSeconds`.
  const inWindow = sql`${rateLimits.windowStart} <= ${nowSeconds} AND ${rateLimits.windowStart} + ${rule.windowSeconds} > ${nowSeconds}`;
  const decisions = await inTransaction(
    async (tx) => {
      const made: RateLimitDecision[] = [];
      for (const key of keys) {
        const [counter] = await tx
          .insert(rateLimits)
          .values({ key, windowStart: nowSeconds, count: 1 })
          .onConflictDoUpdate({
            target: rateLimits.key,
            set: {
              windowStart: sql`CASE WHEN ${inWindow} THEN ${rateLimits.windowStart} ELSE ${nowSeconds} END`,
              count: sql`CASE WHEN ${inWindow} THEN ${rateLimits.count} + 1 ELSE 1 END`,
            },
          })
          .returning({ windowStart: rateLimits.windowStart, count: rateLimits.count });
        made.push(decisionFor(counter!, nowSeconds, rule));
      }
      return made;
    },
    { isolation: "read committed" },
  );
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
