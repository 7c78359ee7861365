import { describe, expect, it } from "vitest";
import { gateItem } from "./gates";
import { openGateItems } from "./gate-progress";
import { expertiseNeeded, matchMentors, thesisFit, type MentorCandidate, type Thesis } from "./matching";

const noFacts = {
  hasClinician: false,
  problemLinked: false,
  activeMentors: 0,
  dataUsePublished: false,
  storiesPublished: 0,
};
const allFacts = {
  hasClinician: true,
  problemLinked: true,
  activeMentors: 1,
  dataUsePublished: true,
  storiesPublished: 1,
};

const mentor = (
  id: number,
  areas: MentorCandidate["areas"],
  extra: Partial<MentorCandidate> = {},
): MentorCandidate => ({
  id,
  name: `Mentor ${String.fromCharCode(64 + id)}`,
  areas,
  capacity: 3,
  activeCount: 0,
  acceptingRequests: true,
  ...extra,
});

describe("matchMentors", () => {
  const open = openGateItems("pilot_ready", {}, allFacts); // the DTAC gate into pilot

  it("ranks mentors by how many open items their expertise covers", () => {
    const matches = matchMentors(open, [
      mentor(1, ["cyber_security"]),
      mentor(2, ["clinical_safety", "information_governance"]),
      mentor(3, ["dementia" as never]),
    ]);
    expect(matches.map((m) => m.mentor.id)).toEqual([2, 1]);
    expect(matches[0]!.covers.map((i) => i.key)).toEqual([
      "dtac_c1_clinical_safety",
      "dtac_c2_data_protection",
      "pilot_site_committed",
    ]);
    expect(matches[0]!.coverage).toBeCloseTo(3 / 7);
  });

  it("leaves out mentors at capacity, not accepting requests, or excluded", () => {
    const matches = matchMentors(
      open,
      [
        mentor(1, ["clinical_safety"], { capacity: 2, activeCount: 2 }),
        mentor(2, ["clinical_safety"], { acceptingRequests: false }),
        mentor(3, ["clinical_safety"]),
        mentor(4, ["clinical_safety"]),
      ],
      { exclude: [4] },
    );
    expect(matches.map((m) => m.mentor.id)).toEqual([3]);
  });

  it("breaks ties by spare capacity, then name, and honours the limit", () => {
    const matches = matchMentors(
      open,
      [
        mentor(2, ["commercial"], { capacity: 1 }),
        mentor(1, ["commercial"], { capacity: 1 }),
        mentor(3, ["commercial"], { capacity: 5 }),
      ],
      { limit: 2 },
    );
    expect(matches.map((m) => m.mentor.id)).toEqual([3, 1]);
  });

  it("suggests nobody when the open items need no expertise", () => {
    const open = openGateItems(
      "prototype",
      { working_demo: { status: "met", verified: false } },
      { ...noFacts, hasClinician: true },
    );
    expect(matchMentors(open, [mentor(1, ["clinical_safety", "software_engineering"])])).toEqual([]);
  });

  it("counts the verifier's expertise as covering the item", () => {
    expect(expertiseNeeded([gateItem("mhra_device_class")!])).toEqual(["regulation"]);
    expect(expertiseNeeded([gateItem("dtac_c1_clinical_safety")!, gateItem("pilot_site_committed")!])).toEqual([
      "clinical_safety",
      "procurement",
    ]);
  });
});

describe("thesisFit", () => {
  const thesis: Thesis = {
    stages: ["pilot_ready", "pilot"],
    careSettings: ["acute"],
    specialties: [],
    ticketMin: 10_000,
    ticketMax: 50_000,
    offersPilotSite: true,
  };
  const project = {
    stage: "pilot_ready" as const,
    state: "active" as const,
    careSetting: "acute" as const,
    specialty: "cardiology" as const,
  };

  it("fits a project on every facet the thesis names and says why", () => {
    expect(thesisFit(thesis, { ...project, needsPilotSite: true })).toEqual({
      fits: true,
      reasons: ["stage", "care_setting", "pilot_site"],
    });
  });

  it("refuses a project at another stage, in another setting, or of unknown setting", () => {
    expect(thesisFit(thesis, { ...project, stage: "prototype" }).fits).toBe(false);
    expect(thesisFit(thesis, { ...project, careSetting: "community" }).fits).toBe(false);
    expect(thesisFit(thesis, { ...project, careSetting: null }).fits).toBe(false);
  });

  it("refuses paused and archived projects", () => {
    expect(thesisFit(thesis, { ...project, state: "paused" }).fits).toBe(false);
  });

  it("compares a known ask with the ticket range", () => {
    expect(thesisFit(thesis, { ...project, ask: 5_000 }).fits).toBe(false);
    expect(thesisFit(thesis, { ...project, ask: 60_000 }).fits).toBe(false);
    expect(thesisFit(thesis, { ...project, ask: 20_000 })).toEqual({
      fits: true,
      reasons: ["stage", "care_setting", "ticket"],
    });
  });

  it("treats an empty facet as any", () => {
    const open: Thesis = {
      stages: [],
      careSettings: [],
      specialties: [],
      ticketMin: null,
      ticketMax: null,
      offersPilotSite: false,
    };
    expect(thesisFit(open, { ...project, careSetting: null, specialty: null }).fits).toBe(true);
  });
});
