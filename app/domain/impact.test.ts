import { describe, expect, it } from "vitest";
import { buildFunnel, conversionRate, formatPercent, median, medianTimeInStage, stageStays } from "./impact";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe("buildFunnel", () => {
  it("counts a project in every stage up to the furthest it reached", () => {
    const funnel = buildFunnel({ prototype: 5, validation: 3, pilot: 2, adopted: 1 });
    expect(funnel.map((s) => [s.stage, s.reached])).toEqual([
      ["prototype", 11],
      ["validation", 6],
      ["pilot_ready", 3],
      ["pilot", 3],
      ["evaluation", 1],
      ["route_to_market", 1],
      ["adopted", 1],
    ]);
  });

  it("gives conversion from the previous stage, none for the first", () => {
    const funnel = buildFunnel({ prototype: 2, validation: 1, pilot_ready: 1 });
    expect(funnel[0]!.conversion).toBeNull();
    expect(funnel[1]!.conversion).toBeCloseTo(0.5);
    expect(funnel[2]!.conversion).toBeCloseTo(0.5);
    expect(funnel[3]!.conversion).toBe(0);
  });

  it("has no conversion after a stage nobody reached", () => {
    const funnel = buildFunnel({});
    expect(funnel.every((s) => s.reached === 0)).toBe(true);
    expect(funnel.slice(1).every((s) => s.conversion === null)).toBe(true);
  });
});

describe("conversionRate and formatPercent", () => {
  it("divides and clamps", () => {
    expect(conversionRate(4, 1)).toBe(0.25);
    expect(conversionRate(0, 0)).toBeNull();
    expect(conversionRate(2, 3)).toBe(1);
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(null)).toBe("–");
  });
});

describe("median", () => {
  it("takes the middle value of an odd list and the mean of the middle two of an even one", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it("does not reorder the caller's list", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("stageStays", () => {
  it("measures each finished stay and leaves the current one out", () => {
    const stays = stageStays([
      { stage: "validation", at: day(10) },
      { stage: "prototype", at: day(0) },
      { stage: "pilot_ready", at: day(40) },
    ]);
    expect(stays).toEqual([
      { stage: "prototype", days: 10 },
      { stage: "validation", days: 30 },
    ]);
  });

  it("counts a move back as a new stay and merges repeated entries into one stay", () => {
    const stays = stageStays([
      { stage: "prototype", at: day(0) },
      { stage: "prototype", at: day(2) },
      { stage: "validation", at: day(5) },
      { stage: "prototype", at: day(6) },
      { stage: "validation", at: day(16) },
    ]);
    expect(stays).toEqual([
      { stage: "prototype", days: 5 },
      { stage: "validation", days: 1 },
      { stage: "prototype", days: 10 },
    ]);
  });

  it("does not count a stay whose start is missing from the record", () => {
    const stays = stageStays([
      { stage: "prototype", at: day(0) },
      // The move into validation was never recorded: this move says it left validation.
      { stage: "pilot_ready", from: "validation", at: day(30) },
      { stage: "pilot", from: "pilot_ready", at: day(50) },
    ]);
    expect(stays).toEqual([{ stage: "pilot_ready", days: 20 }]);
  });
});

describe("medianTimeInStage", () => {
  it("takes the median per stage over every project's stays", () => {
    const result = medianTimeInStage([
      { stage: "prototype", days: 10 },
      { stage: "prototype", days: 30 },
      { stage: "prototype", days: 20 },
      { stage: "validation", days: 7 },
    ]);
    const byStage = Object.fromEntries(result.map((r) => [r.stage, r]));
    expect(byStage.prototype).toMatchObject({ medianDays: 20, stays: 3 });
    expect(byStage.validation).toMatchObject({ medianDays: 7, stays: 1 });
    expect(byStage.adopted).toMatchObject({ medianDays: null, stays: 0 });
  });
});
