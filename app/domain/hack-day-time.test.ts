import { describe, expect, it } from "vitest";
import { parseUkLocalDateTime, toUkLocalInput } from "./hack-day-time";

describe("UK wall-clock times", () => {
  it("reads winter times as GMT and summer times as BST", () => {
    expect(parseUkLocalDateTime("2026-01-10T09:00")?.toISOString()).toBe("2026-01-10T09:00:00.000Z");
    expect(parseUkLocalDateTime("2026-07-10T09:00")?.toISOString()).toBe("2026-07-10T08:00:00.000Z");
  });

  it("handles the clock changes", () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST; 01:30 does not exist and moves forward.
    expect(parseUkLocalDateTime("2026-03-29T00:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(parseUkLocalDateTime("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parseUkLocalDateTime("2026-03-29T01:30")).not.toBeNull();
    // 25 October 2026: 01:30 happens twice; the first (BST) wins.
    expect(parseUkLocalDateTime("2026-10-25T01:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses text that is not a real date and time", () => {
    for (const bad of ["", "2026-02-30T09:00", "2026-13-01T09:00", "2026-01-01T24:00", "tomorrow", "2026-01-01"])
      expect(parseUkLocalDateTime(bad)).toBeNull();
  });

  it("round-trips through the input format", () => {
    for (const v of ["2026-01-10T09:00", "2026-07-10T18:45", "2026-12-31T23:59"])
      expect(toUkLocalInput(parseUkLocalDateTime(v)!)).toBe(v);
  });
});
