import { describe, expect, it } from "vitest";
import {
  acceptsScores,
  acceptsSubmissions,
  canMoveHackDay,
  hackDayMoveRefusal,
  hackDaySectionStatuses,
  isPublicHackDay,
  nextHackDayStatus,
  resultsArePublished,
  submissionRefusal,
} from "./hack-day-status";
import { hackDayStatuses, type HackDayStatus } from "./taxonomy";

const chain: HackDayStatus[] = ["draft", "open", "live", "judging", "results_published", "archived"];

describe("hack day status chain", () => {
  it("allows exactly the five forward steps of the chain and nothing else", () => {
    const allowed: string[] = [];
    for (const from of hackDayStatuses.values)
      for (const to of hackDayStatuses.values) if (canMoveHackDay(from, to)) allowed.push(`${from}→${to}`);
    expect(allowed).toEqual([
      "draft→open",
      "open→live",
      "live→judging",
      "judging→results_published",
      "results_published→archived",
    ]);
  });

  it("gives the next status and none after archived", () => {
    expect(chain.map(nextHackDayStatus)).toEqual(["open", "live", "judging", "results_published", "archived", null]);
  });

  it("refuses skipping, going back and standing still with a reason", () => {
    expect(hackDayMoveRefusal("draft", "live")).toMatch(/can only move to “Open for registration”/);
    expect(hackDayMoveRefusal("judging", "live")).toMatch(/can only move to “Results published”/);
    expect(hackDayMoveRefusal("open", "open")).toMatch(/already/);
    expect(hackDayMoveRefusal("archived", "draft")).toMatch(/archived hack day cannot change/i);
    expect(hackDayMoveRefusal("live", "judging")).toBeNull();
  });

  it("hides only drafts from the public", () => {
    expect(chain.filter(isPublicHackDay)).toEqual(["open", "live", "judging", "results_published", "archived"]);
  });

  it("puts every status in exactly one section of the list", () => {
    const all = Object.values(hackDaySectionStatuses).flat().sort();
    expect(all).toEqual([...hackDayStatuses.values].sort());
  });
});

describe("what each status allows", () => {
  const deadline = new Date("2026-03-14T16:00:00Z");
  it("accepts submissions only while live and before the deadline", () => {
    expect(acceptsSubmissions("live", deadline, new Date("2026-03-14T15:59:59Z"))).toBe(true);
    expect(acceptsSubmissions("live", deadline, new Date("2026-03-14T16:00:00Z"))).toBe(false);
    expect(acceptsSubmissions("open", deadline, new Date("2026-03-01T00:00:00Z"))).toBe(false);
    expect(acceptsSubmissions("judging", deadline, new Date("2026-03-01T00:00:00Z"))).toBe(false);
    expect(submissionRefusal("live", deadline, new Date("2026-03-14T17:00:00Z"))).toMatch(/deadline has passed/);
    expect(submissionRefusal("open", deadline, new Date("2026-03-01T00:00:00Z"))).toMatch(
      /when the hack day goes live/,
    );
  });

  it("takes scores only during judging and publishes results from results_published on", () => {
    expect(chain.filter(acceptsScores)).toEqual(["judging"]);
    expect(chain.filter(resultsArePublished)).toEqual(["results_published", "archived"]);
  });
});
