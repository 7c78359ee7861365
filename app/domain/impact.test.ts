import { describe, expect, it } from "vitest";
import {
  addMonths,
  buildFunnel,
  buildTimeInStage,
  chartMonths,
  conversionRate,
  describeHackDayOutcome,
  describeImpactFilters,
  describePeriod,
  fillMonths,
  formatConversion,
  formatDays,
  formatMonth,
  formatMonthShort,
  formatPercent,
  medianOfCounts,
  monthBoundaries,
  monthOf,
  monthStart,
  resolvePeriod,
} from "./impact";

// A Thursday in December 2026, UK winter time.
const NOW = new Date("2026-12-03T08:00:00Z");

describe("months in UK time", () => {
  it("puts an instant in its UK month, which in summer starts an hour before UTC's", () => {
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (BST began on 29 March).
    expect(monthOf(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04");
    expect(monthOf(new Date("2026-01-31T23:30:00Z"))).toBe("2026-01");
    expect(monthStart("2026-04").toISOString()).toBe("2026-03-31T23:00:00.000Z");
    expect(monthStart("2026-01").toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(monthStart("2026-11").toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("counts months across years", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-03", -15)).toBe("2024-12");
    expect(addMonths("2026-03", 0)).toBe("2026-03");
  });

  it("bounds each month from its UK midnight to the next", () => {
    expect(monthBoundaries(["2026-03", "2026-04"]).map((d) => d.toISOString())).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2026-03-31T23:00:00.000Z",
      "2026-04-30T23:00:00.000Z",
    ]);
    expect(monthBoundaries([])).toEqual([]);
  });

  it("names months in full and short", () => {
    expect(formatMonth("2026-03")).toBe("March 2026");
    expect(formatMonthShort("2026-09")).toBe("Sep");
  });
});

describe("resolvePeriod", () => {
  const iso = (d: Date | null) => d?.toISOString() ?? null;

  it("turns presets into months and instants at now", () => {
    const twelve = resolvePeriod({ period: "12m" }, NOW);
    expect([twelve.from, twelve.to, iso(twelve.start), iso(twelve.end)]).toEqual([
      "2026-01",
      "2026-12",
      "2026-01-01T00:00:00.000Z",
      "2027-01-01T00:00:00.000Z",
    ]);
    expect(resolvePeriod({ period: "24m" }, NOW)).toMatchObject({ from: "2025-01", to: "2026-12" });
    expect(resolvePeriod({ period: "this-year" }, new Date("2026-05-10T12:00:00Z"))).toMatchObject({
      from: "2026-01",
      to: "2026-05",
    });
    const last = resolvePeriod({ period: "last-year" }, NOW);
    expect([last.from, last.to, iso(last.end)]).toEqual(["2025-01", "2025-12", "2026-01-01T00:00:00.000Z"]);
  });

  it("lets a preset win over months, swaps a reversed range and stops at the current month", () => {
    expect(resolvePeriod({ period: "last-year", from: "2020-01", to: "2020-02" }, NOW)).toMatchObject({
      preset: "last-year",
      from: "2025-01",
    });
    const swapped = resolvePeriod({ from: "2026-05", to: "2026-02" }, NOW);
    expect([swapped.from, swapped.to, iso(swapped.end)]).toEqual(["2026-02", "2026-05", "2026-05-31T23:00:00.000Z"]);
    expect(resolvePeriod({ from: "2026-06", to: "2027-06" }, NOW)).toMatchObject({ from: "2026-06", to: "2026-12" });
    expect(resolvePeriod({ from: "2030-01" }, NOW)).toMatchObject({ from: "2026-12", to: null, end: null });
  });

  it("is all time with no period", () => {
    expect(resolvePeriod({}, NOW)).toEqual({ preset: null, from: null, to: null, start: null, end: null });
  });
});

describe("chartMonths", () => {
  const months = (filters: Parameters<typeof resolvePeriod>[0]) => chartMonths(resolvePeriod(filters, NOW), NOW);

  it("shows the last 12 months when the period has no start", () => {
    expect(months({})).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(months({ to: "2026-06" })[0]).toBe("2025-07");
    expect(months({ to: "2026-06" })).toHaveLength(12);
  });

  it("shows the period's months, at most its last 24", () => {
    expect(months({ from: "2026-10" })).toEqual(["2026-10", "2026-11", "2026-12"]);
    const long = months({ from: "2023-01", to: "2026-12" });
    expect([long.length, long[0], long.at(-1)]).toEqual([24, "2025-01", "2026-12"]);
  });
});

describe("what is shown, in words", () => {
  it("describes the period", () => {
    expect(describePeriod(resolvePeriod({}, NOW))).toBe("all time");
    expect(describePeriod(resolvePeriod({ period: "12m" }, NOW))).toBe(
      "last 12 months (January 2026 to December 2026)",
    );
    expect(describePeriod(resolvePeriod({ from: "2026-03" }, NOW))).toBe("since March 2026");
    expect(describePeriod(resolvePeriod({ to: "2026-03" }, NOW))).toBe("up to March 2026");
    expect(describePeriod(resolvePeriod({ from: "2026-03", to: "2026-03" }, NOW))).toBe("March 2026");
  });

  it("writes one sentence for the filters", () => {
    expect(describeImpactFilters({ period: resolvePeriod({}, NOW) })).toBe(
      "Showing every public project, problem and published outcome, from the start.",
    );
    expect(
      describeImpactFilters({
        period: resolvePeriod({ period: "12m" }, NOW),
        careSetting: "Acute",
        specialty: "Cardiology",
        hackDay: "Leeds Hack Day",
      }),
    ).toBe(
      "Showing projects, problems and outcomes for care setting Acute and specialty Cardiology, from Leeds Hack Day, submitted, posted or published in the last 12 months (January 2026 to December 2026).",
    );
    expect(describeImpactFilters({ period: resolvePeriod({ from: "2026-02", to: "2026-05" }, NOW) })).toBe(
      "Showing projects, problems and outcomes, submitted, posted or published from February 2026 to May 2026.",
    );
    expect(describeImpactFilters({ period: resolvePeriod({ from: "2026-02" }, NOW), specialty: "Stroke" })).toBe(
      "Showing projects, problems and outcomes for specialty Stroke, submitted, posted or published since February 2026.",
    );
  });
});

describe("buildFunnel", () => {
  it("counts a project in every stage up to the furthest it reached, with those there now", () => {
    const funnel = buildFunnel({ prototype: 5, validation: 3, pilot: 2, adopted: 1 }, { prototype: 4, pilot: 1 });
    expect(funnel.map((s) => [s.stage, s.reached, s.now, s.previous])).toEqual([
      ["prototype", 11, 4, null],
      ["validation", 6, 0, 11],
      ["pilot_ready", 3, 0, 6],
      ["pilot", 3, 1, 3],
      ["evaluation", 1, 0, 3],
      ["route_to_market", 1, 0, 1],
      ["adopted", 1, 0, 1],
    ]);
  });

  it("gives conversion from the previous stage, with its counts; none for the first", () => {
    const funnel = buildFunnel({ prototype: 2, validation: 1, pilot_ready: 1 });
    expect(funnel.map((s) => s.conversion)).toEqual([null, 0.5, 0.5, 0, null, null, null]);
    expect(funnel.map(formatConversion)).toEqual(["–", "50% (2 of 4)", "50% (1 of 2)", "0% (0 of 1)", "–", "–", "–"]);
  });

  it("has no conversion after a stage nobody reached", () => {
    const funnel = buildFunnel({});
    expect(funnel.every((s) => s.reached === 0 && s.now === 0)).toBe(true);
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

describe("medianOfCounts", () => {
  it("gives the median of the expanded list without expanding it", () => {
    expect(medianOfCounts([{ value: 14, count: 3 }])).toBe(14);
    expect(
      medianOfCounts([
        { value: 3, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(2);
    // 1, 5, 5, 9
    expect(
      medianOfCounts([
        { value: 5, count: 2 },
        { value: 9, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(5);
    // 2, 10, 10
    expect(
      medianOfCounts([
        { value: 2, count: 1 },
        { value: 10, count: 2 },
      ]),
    ).toBe(10);
    // 1, 2, 3, 4: the middle two straddle two entries.
    expect(
      medianOfCounts([
        { value: 1, count: 2 },
        { value: 3, count: 0 },
        { value: 4, count: 2 },
      ]),
    ).toBe(2.5);
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([{ value: 6, count: 0 }])).toBeNull();
  });

  it("agrees with the middle of the sorted, expanded list", () => {
    for (let n = 1; n <= 30; n++) {
      const values = Array.from({ length: n }, (_, i) => (i * 7919) % 13).sort((a, b) => a - b);
      const middle = n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
      const counts = [...new Set(values)].map((value) => ({ value, count: values.filter((v) => v === value).length }));
      expect(medianOfCounts(counts)).toBe(middle);
    }
  });
});

describe("buildTimeInStage", () => {
  it("takes the median per stage from the histogram of finished stays", () => {
    const result = buildTimeInStage([
      { stage: "prototype", days: 10, stays: 1 },
      { stage: "prototype", days: 30, stays: 1 },
      { stage: "prototype", days: 20, stays: 2 },
      { stage: "validation", days: 7, stays: 1 },
    ]);
    const byStage = Object.fromEntries(result.map((r) => [r.stage, r]));
    expect(byStage.prototype).toEqual({ stage: "prototype", label: "Prototype", medianDays: 20, stays: 4 });
    expect(byStage.validation).toMatchObject({ medianDays: 7, stays: 1 });
    expect(byStage.adopted).toMatchObject({ medianDays: null, stays: 0 });
    expect(result).toHaveLength(7);
  });

  it("words days for people", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(formatDays(12.5)).toBe("12.5 days");
    expect(formatDays(1000)).toBe("1,000 days");
    expect(formatDays(null)).toBe("–");
  });
});

describe("fillMonths and describeHackDayOutcome", () => {
  it("gives every month a row, zero where the database had none", () => {
    expect(
      fillMonths(
        ["2026-01", "2026-02", "2026-03"],
        [
          { bucket: 0, n: 4 },
          { bucket: 2, n: 1 },
        ],
        [{ bucket: 2, n: 3 }],
      ),
    ).toEqual([
      { month: "2026-01", label: "January 2026", posted: 4, solved: 0 },
      { month: "2026-02", label: "February 2026", posted: 0, solved: 0 },
      { month: "2026-03", label: "March 2026", posted: 1, solved: 3 },
    ]);
  });

  it("says what became of a hack day's prototypes", () => {
    expect(describeHackDayOutcome({ name: "Leeds Hack", prototypes: 8, validation: 5, pilot: 1, adopted: 0 })).toBe(
      "Leeds Hack: 8 prototypes, 5 reached validation, 1 reached pilot, 0 adopted.",
    );
    expect(describeHackDayOutcome({ name: "Small", prototypes: 1, validation: 0, pilot: 0, adopted: 0 })).toBe(
      "Small: 1 prototype, 0 reached validation, 0 reached pilot, 0 adopted.",
    );
  });
});
