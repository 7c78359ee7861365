import { describe, expect, it } from "vitest";
import { consumeAttempt, describeRetryTime, describeWait, isExpired, type RateLimitRule } from "./rate-limit";

const rule: RateLimitRule = { max: 3, windowSeconds: 60 };

describe("consumeAttempt", () => {
  it("starts a window at the first attempt", () => {
    const d = consumeAttempt(null, 1000, rule);
    expect(d).toMatchObject({
      allowed: true,
      counter: { windowStart: 1000, count: 1 },
      remaining: 2,
      resetAt: 1060,
      retryAfterSeconds: 60,
    });
  });

  it("allows up to the limit in one window and refuses the next", () => {
    let counter = consumeAttempt(null, 1000, rule).counter;
    counter = consumeAttempt(counter, 1010, rule).counter;
    const third = consumeAttempt(counter, 1020, rule);
    expect(third.allowed).toBe(true);
    expect(third.remaining).toBe(0);
    const fourth = consumeAttempt(third.counter, 1030, rule);
    expect(fourth.allowed).toBe(false);
    expect(fourth.retryAfterSeconds).toBe(30);
    expect(fourth.counter).toEqual({ windowStart: 1000, count: 4 });
  });

  it("keeps refusing until the window ends, then starts afresh", () => {
    const full = { windowStart: 1000, count: 3 };
    expect(consumeAttempt(full, 1059, rule).allowed).toBe(false);
    expect(consumeAttempt(full, 1059, rule).retryAfterSeconds).toBe(1);
    const fresh = consumeAttempt(full, 1060, rule);
    expect(fresh).toMatchObject({ allowed: true, counter: { windowStart: 1060, count: 1 } });
  });

  it("treats a counter from the future (clock moved back) as a new window", () => {
    expect(consumeAttempt({ windowStart: 5000, count: 99 }, 1000, rule)).toMatchObject({
      allowed: true,
      counter: { windowStart: 1000, count: 1 },
    });
  });

  it("works on fractional clocks", () => {
    expect(consumeAttempt(null, 1000.9, rule).counter.windowStart).toBe(1000);
  });
});

describe("isExpired", () => {
  it("is true once the window has ended", () => {
    expect(isExpired({ windowStart: 1000, count: 5 }, 1059, rule)).toBe(false);
    expect(isExpired({ windowStart: 1000, count: 5 }, 1060, rule)).toBe(true);
  });
});

describe("describeWait", () => {
  it("speaks in seconds under a minute and in whole minutes above", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(45)).toBe("45 seconds");
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(0)).toBe("1 second");
  });
});

describe("describeRetryTime", () => {
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  it("gives the UK time, rounded up to the minute", () => {
    expect(describeRetryTime(seconds("2026-01-10T14:32:05Z"))).toBe("2:33pm");
    expect(describeRetryTime(seconds("2026-01-10T14:33:00Z"))).toBe("2:33pm");
    expect(describeRetryTime(seconds("2026-07-10T14:32:05Z"))).toBe("3:33pm");
    expect(describeRetryTime(seconds("2026-01-10T11:59:30Z"))).toBe("midday");
  });
});
