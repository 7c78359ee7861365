import type { NextFunction, Request, Response } from "express";
import { describeRetryTime, describeWait, WRITE_RULE } from "../app/domain/rate-limit";
import { hitRateLimit, rateLimitKey } from "../app/models/rate-limits.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The 429 page: plain HTML with no scripts, so it needs nothing from the app to render. */
function tooManyRequestsPage(seconds: number, resetAt: number): string {
  const until = describeRetryTime(resetAt);
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests · Hackpath</title></head>
<body style="font-family: system-ui, sans-serif; color: #1f2933; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<p style="color: #4b5563; font-weight: 600">Error 429</p>
<h1>Too many requests</h1>
<p>You have sent a lot of changes in a short time. Please wait ${describeWait(seconds)} (until ${until}) and try again.</p>
<p><a href="/" style="color: #004c97">Go to the Hackpath home page</a></p>
</main>
</body>
</html>`;
}

/**
 * The general limit on writes: every non-GET request counts against the client's IP address (at
 * most `max` a minute, default 60). Counters live in the database, so a restart does not reset
 * them. Log-in and sign-up have their own, tighter limits in their actions, per IP and per account
 * (docs/decisions/0011-rate-limits.md).
 */
export function writeRateLimit({ max }: { max: number }) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    try {
      const decision = await hitRateLimit({
        keys: [rateLimitKey("write:ip", req.ip ?? "unknown")],
        rule: { ...WRITE_RULE, max },
      });
      if (decision.allowed) return next();
      res
        .status(429)
        .set("Retry-After", String(decision.retryAfterSeconds))
        .set("Cache-Control", "no-store")
        .type("html")
        .send(tooManyRequestsPage(decision.retryAfterSeconds, decision.resetAt));
    } catch (error) {
      next(error);
    }
  };
}
