import { describe, expect, it } from "vitest";
import { gateGuidance, guidanceFor, guidanceWordCount, type GateGuidance } from "./gate-guidance";
import { gateItems } from "./gates";

/** Every field of an entry as one string, for checks on what it mentions. */
function fullText(g: GateGuidance): string {
  return [g.produce, g.why, g.who, g.good, ...g.rejected, ...g.sources].join(" ");
}

describe("gate guidance", () => {
  it("gives guidance for every gate item, including the derived ones", () => {
    for (const item of gateItems) expect(guidanceFor(item.key), item.key).toBeDefined();
    for (const key of ["clinical_champion", "problem_linked", "active_mentor", "success_story", "data_use_statement"])
      expect(guidanceFor(key), key).toBeDefined();
  });

  it("has no guidance left over for keys that are not gate items", () => {
    expect(Object.keys(gateGuidance).sort()).toEqual(gateItems.map((item) => item.key).sort());
  });

  it("gives nothing for an unknown key, including names inherited from Object", () => {
    expect(guidanceFor("not_a_gate_item")).toBeUndefined();
    expect(guidanceFor("")).toBeUndefined();
    expect(guidanceFor("toString")).toBeUndefined();
    expect(guidanceFor("__proto__")).toBeUndefined();
  });

  it("keeps every entry between 80 and 250 words", () => {
    for (const item of gateItems) {
      const words = guidanceWordCount(guidanceFor(item.key)!);
      expect(words, item.key).toBeGreaterThanOrEqual(80);
      expect(words, item.key).toBeLessThanOrEqual(250);
    }
  });

  it("names at least one source and two to four rejection reasons for every entry", () => {
    for (const item of gateItems) {
      const g = guidanceFor(item.key)!;
      expect(g.sources.length, item.key).toBeGreaterThanOrEqual(1);
      expect(g.rejected.length, item.key).toBeGreaterThanOrEqual(2);
      expect(g.rejected.length, item.key).toBeLessThanOrEqual(4);
      for (const field of [g.produce, g.why, g.who, g.good, ...g.rejected, ...g.sources])
        expect(field.trim(), item.key).not.toBe("");
    }
  });

  it("counts words across every field", () => {
    const g: GateGuidance = {
      produce: "one two",
      why: "three",
      who: " four  five ",
      good: "six",
      rejected: ["seven eight", "nine"],
      sources: ["DTAC (NHS England), section C1"],
    };
    expect(guidanceWordCount(g)).toBe(14);
  });

  it("points DTAC C2 to the Data Security and Protection Toolkit, the DPIA and the ICO register", () => {
    const text = fullText(guidanceFor("dtac_c2_data_protection")!);
    expect(text).toContain("Data Security and Protection Toolkit");
    expect(text).toContain("Article 35");
    expect(text).toContain("ICO register of fee payers");
  });

  it("says who may act as Clinical Safety Officer for DTAC C1 under DCB0129", () => {
    const g = guidanceFor("dtac_c1_clinical_safety")!;
    expect(fullText(g)).toContain("Clinical Safety Officer");
    expect(g.who).toContain("registered with a professional body");
    expect(g.sources.some((s) => s.startsWith("DCB0129"))).toBe(true);
  });

  it("names the DTAC section each DTAC item comes from", () => {
    const sections: Record<string, string> = {
      dtac_c1_clinical_safety: "section C1",
      dtac_c2_data_protection: "section C2",
      dtac_c3_technical_security: "section C3",
      dtac_c4_interoperability: "section C4",
      dtac_d_usability: "section D",
    };
    for (const [key, section] of Object.entries(sections))
      expect(
        guidanceFor(key)!.sources.some((s) => s.includes("DTAC") && s.includes(section)),
        key,
      ).toBe(true);
  });
});
