import { describe, expect, it } from "vitest";
import { barWidthPercent, columnHeight, columnSlots, countAxis, labelledSlots, stackRows, wrapText } from "./charts";

describe("barWidthPercent", () => {
  it("scales to 98% at the maximum, keeps a sliver for tiny values and nothing for zero", () => {
    expect(barWidthPercent(100, 100)).toBe(98);
    expect(barWidthPercent(50, 100)).toBe(49);
    expect(barWidthPercent(1, 3)).toBe(32.67);
    expect(barWidthPercent(0.001, 100)).toBe(0.5);
    expect(barWidthPercent(0, 100)).toBe(0);
    expect(barWidthPercent(200, 100)).toBe(98);
    expect(barWidthPercent(5, 0)).toBe(0);
  });
});

describe("countAxis", () => {
  it("picks a step of 1, 2 or 5 times a power of ten and tops the axis at or above the maximum", () => {
    expect(countAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countAxis(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis(23)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(countAxis(1181)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(countAxis(4.2)).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
  });
});

describe("columnSlots and columnHeight", () => {
  it("splits the width into equal slots with the series side by side in the middle", () => {
    expect(columnSlots({ count: 2, series: 2, gap: 0.2 })).toEqual([
      {
        x: 0,
        width: 50,
        center: 25,
        bars: [
          { x: 5, width: 20 },
          { x: 25, width: 20 },
        ],
      },
      {
        x: 50,
        width: 50,
        center: 75,
        bars: [
          { x: 55, width: 20 },
          { x: 75, width: 20 },
        ],
      },
    ]);
    const inset = columnSlots({ count: 3, series: 1, left: 2, right: 98, gap: 0.5 });
    expect(inset.map((s) => [s.x, s.width, s.center, s.bars[0]!.x, s.bars[0]!.width])).toEqual([
      [2, 32, 18, 10, 16],
      [34, 32, 50, 42, 16],
      [66, 32, 82, 74, 16],
    ]);
    expect(columnSlots({ count: 0, series: 2 })).toEqual([]);
  });

  it("gives a column's height in pixels, capped at the plot", () => {
    expect(columnHeight(50, 100, 180)).toBe(90);
    expect(columnHeight(1, 3, 100)).toBe(33.33);
    expect(columnHeight(0, 100, 180)).toBe(0);
    expect(columnHeight(200, 100, 180)).toBe(180);
  });
});

describe("labelledSlots", () => {
  it("labels every slot up to 12, then every third counted back from the newest", () => {
    expect(labelledSlots(5)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledSlots(13)).toEqual([0, 3, 6, 9, 12]);
    expect(labelledSlots(24)).toEqual([2, 5, 8, 11, 14, 17, 20, 23]);
    expect(labelledSlots(0)).toEqual([]);
  });
});

describe("stackRows and wrapText", () => {
  it("stacks headings (a line each) and bars (one or two lines)", () => {
    expect(
      stackRows([{ kind: "heading", lines: 2 }, { kind: "bar" }, { kind: "bar", lines: 2 }, { kind: "heading" }]),
    ).toEqual({
      tops: [0, 50, 96, 160],
      height: 190,
    });
    expect(stackRows([])).toEqual({ tops: [], height: 46 });
  });

  it("breaks text at spaces to fit a line", () => {
    expect(wrapText("Winter Pressures Hack Day: Flow, Frailty and the Front Door", 38)).toEqual([
      "Winter Pressures Hack Day: Flow,",
      "Frailty and the Front Door",
    ]);
    expect(wrapText("Short", 38)).toEqual(["Short"]);
    expect(wrapText("Averyveryverylongword and more", 10)).toEqual(["Averyveryverylongword", "and more"]);
    expect(wrapText("  ", 10)).toEqual([""]);
  });
});
