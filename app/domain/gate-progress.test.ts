import { describe, expect, it } from "vitest";
import { gateItem } from "./gates";
import {
  awaitsVerification,
  effectiveGateStatus,
  isItemDone,
  openGateItems,
  unmetRequiredItems,
  type ProjectFacts,
} from "./gate-progress";

const noFacts: ProjectFacts = {
  hasClinician: false,
  problemLinked: false,
  activeMentors: 0,
  dataUsePublished: false,
  storiesPublished: 0,
};
const allFacts: ProjectFacts = {
  hasClinician: true,
  problemLinked: true,
  activeMentors: 1,
  dataUsePublished: true,
  storiesPublished: 1,
};
const met = { status: "met", verified: false } as const;
const verified = { status: "met", verified: true } as const;

describe("effectiveGateStatus", () => {
  it("works derived items out from the record and ignores what was stored for them", () => {
    const champion = gateItem("clinical_champion")!;
    expect(effectiveGateStatus(champion, "met", noFacts)).toBe("not_started");
    expect(effectiveGateStatus(champion, undefined, allFacts)).toBe("met");
    expect(effectiveGateStatus(gateItem("active_mentor")!, undefined, { ...noFacts, activeMentors: 2 })).toBe("met");
    expect(effectiveGateStatus(gateItem("data_use_statement")!, "met", noFacts)).toBe("not_started");
    expect(
      effectiveGateStatus(gateItem("data_use_statement")!, undefined, { ...noFacts, dataUsePublished: true }),
    ).toBe("met");
    expect(effectiveGateStatus(gateItem("success_story")!, undefined, { ...noFacts, storiesPublished: 2 })).toBe("met");
  });

  it("uses the stored status for other items, not started when none", () => {
    expect(effectiveGateStatus(gateItem("working_demo")!, "in_progress", allFacts)).toBe("in_progress");
    expect(effectiveGateStatus(gateItem("working_demo")!, undefined, allFacts)).toBe("not_started");
  });
});

describe("isItemDone and awaitsVerification", () => {
  const c1 = gateItem("dtac_c1_clinical_safety")!;
  const c3 = gateItem("dtac_c3_technical_security")!;

  it("takes the team's word for an item without a verifier", () => {
    expect(isItemDone(c3, met, noFacts)).toBe(true);
    expect(isItemDone(c3, { status: "not_applicable", verified: false }, noFacts)).toBe(true);
    expect(isItemDone(c3, { status: "in_progress", verified: false }, noFacts)).toBe(false);
    expect(isItemDone(c3, undefined, noFacts)).toBe(false);
    expect(awaitsVerification(c3, met)).toBe(false);
  });

  it("needs the verifier for an item that names one", () => {
    expect(isItemDone(c1, met, noFacts)).toBe(false);
    expect(awaitsVerification(c1, met)).toBe(true);
    expect(isItemDone(c1, verified, noFacts)).toBe(true);
    expect(awaitsVerification(c1, verified)).toBe(false);
    expect(awaitsVerification(c1, { status: "in_progress", verified: false })).toBe(false);
    expect(awaitsVerification(c1, undefined)).toBe(false);
  });
});

describe("openGateItems and unmetRequiredItems", () => {
  it("lists the next stage's items that are not done, in gate order", () => {
    const open = openGateItems(
      "validation",
      {
        user_testing: met,
        intended_purpose: { status: "not_applicable", verified: false },
        mhra_device_class: met,
        nice_esf_tier: { status: "in_progress", verified: false },
      },
      { ...allFacts, dataUsePublished: false },
    );
    expect(open.map((i) => i.key)).toEqual(["mhra_device_class", "nice_esf_tier", "data_use_statement", "trl_6"]);
  });

  it("includes derived items that the record does not satisfy", () => {
    const open = openGateItems("prototype", { working_demo: met }, { ...noFacts, hasClinician: true });
    expect(open.map((i) => i.key)).toEqual(["problem_linked", "active_mentor"]);
  });

  it("is empty when everything is done and at the end of the pipeline", () => {
    expect(openGateItems("prototype", { working_demo: met }, allFacts)).toEqual([]);
    expect(openGateItems("adopted", {}, noFacts)).toEqual([]);
    expect(unmetRequiredItems("adopted", {}, noFacts)).toEqual([]);
  });

  it("lists the required items a move request is refused for", () => {
    expect(unmetRequiredItems("route_to_market", { routine_use_two_orgs: met }, noFacts).map((i) => i.key)).toEqual([
      "success_story",
    ]);
  });
});
