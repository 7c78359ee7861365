import { describe, expect, it } from "vitest";
import { gateItems, gateItemsFor } from "./gates";
import { isStalled, nextStage, stageIndex, stageKeys, stageLabel } from "./stages";

describe("pipeline stages", () => {
  it("runs from prototype to adopted in order", () => {
    expect(stageKeys).toEqual([
      "prototype",
      "validation",
      "pilot_ready",
      "pilot",
      "evaluation",
      "route_to_market",
      "adopted",
    ]);
    expect(nextStage("prototype")).toBe("validation");
    expect(nextStage("adopted")).toBeNull();
    expect(stageIndex("pilot")).toBe(3);
    expect(stageLabel("route_to_market")).toBe("Route to market");
  });

  it("counts a project as stalled only after 90 days without activity", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(isStalled(new Date("2026-08-26T12:00:00Z"), now)).toBe(true);
    expect(isStalled(new Date("2026-09-10T12:00:00Z"), now)).toBe(false);
  });
});

describe("gate definitions", () => {
  it("gives every stage after prototype at least one required item, and none to prototype", () => {
    for (const stage of stageKeys.slice(1)) expect(gateItemsFor(stage).some((i) => i.required)).toBe(true);
    expect(gateItemsFor("prototype")).toEqual([]);
  });

  it("uses unique keys", () => {
    const keys = gateItems.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("asks a clinical safety mentor to verify DTAC C1", () => {
    expect(gateItems.find((i) => i.key === "dtac_c1_clinical_safety")?.verifier).toEqual({
      expertise: "clinical_safety",
    });
  });
});
