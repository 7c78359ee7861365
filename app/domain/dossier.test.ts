import { describe, expect, it } from "vitest";
import {
  dcb0129Artefacts,
  describeItem,
  dossierGateItem,
  dossierItemKeys,
  dossierSections,
  formatByteSize,
  matchDcb0129,
  missingNeed,
  verificationOf,
  type StoredItem,
} from "./dossier";
import type { ProjectFacts } from "./gate-progress";
import { gateItem, gateItems } from "./gates";

const facts: ProjectFacts = {
  hasClinician: false,
  problemLinked: false,
  activeMentors: 0,
  dataUsePublished: false,
  storiesPublished: 0,
};
const stored = (overrides: Partial<StoredItem> = {}): StoredItem => ({
  status: "met",
  evidence: "",
  choice: null,
  notApplicableReason: "",
  verifiedAt: null,
  verifiedByName: null,
  ...overrides,
});
const item = (key: string) => gateItem(key)!;

describe("the dossier layout", () => {
  it("follows DTAC's sections in order, each answered by at least one gate item", () => {
    expect(dossierSections.map((s) => s.code)).toEqual(["A", "B", "C1", "C2", "C3", "C4", "D"]);
    for (const section of dossierSections) expect(section.itemKeys.length, section.code).toBeGreaterThan(0);
  });

  it("names only gate items that exist, each once", () => {
    const known = new Set(gateItems.map((i) => i.key));
    const keys = dossierItemKeys();
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.map((key) => dossierGateItem(key).key)).toEqual(keys);
    expect(() => dossierGateItem("no_such_item")).toThrow("unknown gate item: no_such_item");
  });

  it("puts the DTAC and DCB items where DTAC asks for them", () => {
    const of = (code: string) => dossierSections.find((s) => s.code === code)!.itemKeys;
    expect(of("C1")).toEqual(["dtac_c1_clinical_safety", "pilot_site_committed", "mhra_device_class"]);
    expect(of("C2")).toEqual(["dtac_c2_data_protection", "data_use_statement"]);
    expect(of("C3")).toEqual(["dtac_c3_technical_security"]);
    expect(of("C4")).toEqual(["dtac_c4_interoperability"]);
    expect(of("D")).toEqual(["dtac_d_usability", "user_testing"]);
    expect(of("B")).toContain("intended_purpose");
  });
});

describe("what an item still needs", () => {
  const c1 = item("dtac_c1_clinical_safety");

  it("asks for the item's evidence, then its verifier, until it is done", () => {
    expect(missingNeed(c1, undefined, facts)).toBe(
      `${c1.guidance} Then verification by a mentor with clinical safety expertise who is active on the project, or an organiser.`,
    );
    expect(missingNeed(c1, { status: "met", verified: false }, facts)).toBe(
      "Verification by a mentor with clinical safety expertise who is active on the project, or an organiser.",
    );
    expect(missingNeed(c1, { status: "not_applicable", verified: false }, facts)).toBe(
      "Verification by a mentor with clinical safety expertise who is active on the project, or an organiser.",
    );
    expect(missingNeed(c1, { status: "met", verified: true }, facts)).toBeNull();
  });

  it("takes the team's word for items without a verifier, and the record for derived ones", () => {
    const c3 = item("dtac_c3_technical_security");
    expect(missingNeed(c3, { status: "in_progress", verified: false }, facts)).toBe(c3.guidance);
    expect(missingNeed(c3, { status: "met", verified: false }, facts)).toBeNull();
    const dataUse = item("data_use_statement");
    expect(missingNeed(dataUse, { status: "met", verified: false }, facts)).toBe(dataUse.guidance);
    expect(missingNeed(dataUse, undefined, { ...facts, dataUsePublished: true })).toBeNull();
  });
});

describe("an item's verification", () => {
  const at = new Date("2026-04-02T09:00:00Z");
  it("says who verified it and when, that it waits, or that no verifier is needed", () => {
    const c1 = item("dtac_c1_clinical_safety");
    expect(verificationOf(c1, stored({ verifiedAt: at, verifiedByName: "Vic Verifier" }))).toEqual({
      kind: "verified",
      by: "Vic Verifier",
      at,
    });
    expect(verificationOf(c1, stored())).toEqual({ kind: "awaiting", expertise: "clinical safety" });
    expect(verificationOf(c1, stored({ status: "in_progress" }))).toEqual({
      kind: "once_met",
      expertise: "clinical safety",
    });
    expect(verificationOf(c1, undefined)).toEqual({ kind: "once_met", expertise: "clinical safety" });
    expect(verificationOf(item("user_testing"), stored())).toEqual({ kind: "not_needed" });
    expect(verificationOf(item("data_use_statement"), undefined)).toEqual({ kind: "not_needed" });
  });
});

describe("describing an item", () => {
  it("shows the chosen answer, the reasoning and why an item does not apply", () => {
    const mhra = describeItem(
      item("mhra_device_class"),
      stored({ choice: "class_i", evidence: "It records foot checks only." }),
      facts,
      false,
    );
    expect(mhra).toMatchObject({
      answer: "Class I",
      evidence: "It records foot checks only.",
      done: false,
      evidencePrivate: false,
    });
    const c4 = describeItem(
      item("dtac_c4_interoperability"),
      stored({ status: "not_applicable", notApplicableReason: "No data leaves the device.", evidence: "old" }),
      facts,
      false,
    );
    expect(c4).toMatchObject({
      status: "not_applicable",
      notApplicableReason: "No data leaves the device.",
      done: true,
    });
    const reverted = describeItem(
      item("dtac_c4_interoperability"),
      stored({ status: "in_progress", notApplicableReason: "left over" }),
      facts,
      false,
    );
    expect(reverted.notApplicableReason).toBe("");
  });

  it("keeps private evidence from anyone who may not see it", () => {
    const funding = item("funding_committed");
    const row = stored({ evidence: "NHS Innovation grant, £48,000" });
    expect(describeItem(funding, row, facts, false)).toMatchObject({
      evidence: "",
      evidencePrivate: true,
      status: "met",
      done: true,
    });
    expect(describeItem(funding, row, facts, true)).toMatchObject({
      evidence: "NHS Innovation grant, £48,000",
      evidencePrivate: false,
    });
  });

  it("works derived items out from the record", () => {
    const linked = describeItem(item("problem_linked"), undefined, { ...facts, problemLinked: true }, false);
    expect(linked).toMatchObject({ status: "met", done: true, missing: null, derived: true });
  });
});

describe("DCB0129 artefacts", () => {
  it("finds each artefact by a document's title or the evidence, and says which are not found", () => {
    const docs = [
      { id: 1, title: "Hazard Log v3" },
      { id: 2, title: "Clinical Safety Case Report (CSCR)" },
      { id: 3, title: "Penetration test" },
    ];
    const matched = matchDcb0129(docs, "Our CSO is Dr Amira Khan, registered with the GMC.");
    expect(matched.map((m) => [m.key, m.documents.map((d) => d.id), m.inEvidence])).toEqual([
      ["risk_management_plan", [], false],
      ["hazard_log", [1], false],
      ["safety_case_report", [2], false],
      ["clinical_safety_officer", [], true],
    ]);
    expect(matched.map((m) => m.label)).toEqual(dcb0129Artefacts.map((a) => a.label));
  });

  it("does not take a word inside another word for an abbreviation", () => {
    expect(
      matchDcb0129([{ title: "Discsoft notes" }], "crmpx").map((m) => m.documents.length + Number(m.inEvidence)),
    ).toEqual([0, 0, 0, 0]);
  });
});

describe("document sizes", () => {
  it("reads in KB below a megabyte and MB above", () => {
    expect(formatByteSize(200)).toBe("1 KB");
    expect(formatByteSize(348_160)).toBe("340 KB");
    expect(formatByteSize(2_516_582)).toBe("2.4 MB");
  });
});
