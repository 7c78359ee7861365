import { describe, expect, it } from "vitest";
import { gateItem } from "./gates";
import { openGateItems } from "./gate-progress";
import {
  careSettingsInSkills,
  expertiseNeeded,
  funderReason,
  gateItemName,
  listInWords,
  matchMentors,
  matchProblemsForDeveloper,
  matchProjectsForFunder,
  matchProjectsForMentor,
  mentorReason,
  poundsInWords,
  specialtiesInSkills,
  thesisFit,
  type FunderProjectCandidate,
  type MentorCandidate,
  type MentorProjectCandidate,
  type ProblemCandidate,
  type Thesis,
} from "./matching";

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

describe("reasons in words", () => {
  it("joins lists and writes pounds the UK way", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
    expect(poundsInWords(40_000)).toBe("£40,000");
    expect(poundsInWords(1_250_000)).toBe("£1,250,000");
    expect(poundsInWords(950)).toBe("£950");
  });

  it("names gate items by their DTAC code or their label inside a sentence", () => {
    expect(gateItemName(gateItem("dtac_c1_clinical_safety")!)).toBe("C1 clinical safety (DCB0129)");
    expect(gateItemName(gateItem("dtac_d_usability")!)).toBe("D usability and accessibility");
    expect(gateItemName(gateItem("pilot_site_committed")!)).toBe("pilot site committed (DCB0160)");
    expect(gateItemName(gateItem("intended_purpose")!)).toBe("intended purpose written");
    expect(gateItemName(gateItem("mhra_device_class")!)).toBe("MHRA medical device question answered");
  });

  it("says what a mentor covers, naming the expertise only where the items do not", () => {
    const c1 = gateItem("dtac_c1_clinical_safety")!;
    expect(mentorReason({ mentor: { areas: ["clinical_safety"] }, covers: [c1], spare: 2 })).toBe(
      "covers your open C1 clinical safety (DCB0129) item, 2 places free",
    );
    expect(
      mentorReason(
        {
          mentor: { areas: ["regulation", "cyber_security"] },
          covers: [gateItem("intended_purpose")!, gateItem("mhra_device_class")!],
          spare: 1,
        },
        { whose: "the" },
      ),
    ).toBe(
      "covers regulation for the open intended purpose written and MHRA medical device question answered items, 1 place free",
    );
    expect(
      mentorReason({
        mentor: { areas: ["clinical_safety", "procurement"] },
        covers: [c1, gateItem("pilot_site_committed")!],
        spare: 3,
      }),
    ).toBe(
      "covers clinical safety and procurement and commissioning for your open C1 clinical safety (DCB0129) and pilot site committed (DCB0160) items, 3 places free",
    );
  });
});

describe("matchProjectsForMentor", () => {
  const facts = { ...allFacts, activeMentors: 1 };
  const project = (id: number, extra: Partial<MentorProjectCandidate> = {}): MentorProjectCandidate => ({
    id,
    name: `Project ${id}`,
    stage: "pilot_ready",
    state: "active",
    stageEnteredAt: new Date("2026-01-01T00:00:00Z"),
    records: {},
    facts,
    ...extra,
  });
  const safety = { areas: ["clinical_safety"] as const, capacity: 2, activeCount: 0 };

  it("suggests projects whose open items need the mentor, with the reason in words", () => {
    const met = { status: "met" as const, verified: true };
    const matches = matchProjectsForMentor(safety, [
      project(1),
      // C1 done and verified, the pilot site too: nothing left for clinical safety.
      project(2, { records: { dtac_c1_clinical_safety: met, pilot_site_committed: met } }),
      // The team says C1 is met but nobody has verified it.
      project(3, {
        records: { dtac_c1_clinical_safety: { status: "met", verified: false }, pilot_site_committed: met },
      }),
    ]);
    expect(matches.map((m) => m.project.id)).toEqual([1, 3]);
    expect(matches.map((m) => m.reason)).toEqual([
      "its open C1 clinical safety (DCB0129) and pilot site committed (DCB0160) items need your expertise; 0 of 7 items for pilot done",
      "its C1 clinical safety (DCB0129) item awaits a verifier like you; 1 of 7 items for pilot done",
    ]);
    expect(matches[1]!.awaitingVerification).toEqual(["dtac_c1_clinical_safety"]);
  });

  it("ranks by items covered, then progress through the gate, then the longest waiting, then id", () => {
    const met = { status: "met" as const, verified: false };
    const early = new Date("2025-06-01T00:00:00Z");
    const matches = matchProjectsForMentor(safety, [
      project(5),
      project(4),
      project(7, { stageEnteredAt: early }),
      project(6, { records: { dtac_c3_technical_security: met } }),
      project(8, { records: { pilot_site_committed: { status: "met", verified: false } } }),
    ]);
    // 6 has one more item done; 7 has waited longest; 4 before 5 by id; 8 covers only C1.
    expect(matches.map((m) => m.project.id)).toEqual([6, 7, 4, 5, 8]);
  });

  it("counts derived items from the project's facts", () => {
    const matches = matchProjectsForMentor({ areas: ["information_governance"], capacity: 1, activeCount: 0 }, [
      project(1, { stage: "validation", facts: { ...facts, dataUsePublished: false } }),
      project(2, { stage: "validation", facts }),
    ]);
    expect(matches.map((m) => [m.project.id, m.covers.map((i) => i.key)])).toEqual([[1, ["data_use_statement"]]]);
    expect(matches[0]!.reason).toBe(
      "its open data-use statement published item needs your information governance and data protection expertise; 0 of 6 items for pilot ready done",
    );
  });

  it("suggests nothing to a mentor at capacity, and only active projects before the end", () => {
    expect(matchProjectsForMentor({ ...safety, activeCount: 2 }, [project(1)])).toEqual([]);
    expect(matchProjectsForMentor(safety, [project(1, { state: "paused" }), project(2, { stage: "adopted" })])).toEqual(
      [],
    );
    expect(matchProjectsForMentor(safety, [project(1), project(2)], { limit: 1 }).map((m) => m.project.id)).toEqual([
      1,
    ]);
  });
});

describe("matchProjectsForFunder", () => {
  const thesis: Thesis = {
    stages: ["pilot_ready"],
    careSettings: ["acute"],
    specialties: ["cardiology"],
    ticketMin: 10_000,
    ticketMax: 50_000,
    offersPilotSite: false,
  };
  const candidate = (id: number, extra: Partial<FunderProjectCandidate> = {}): FunderProjectCandidate => ({
    id,
    name: `Project ${id}`,
    stage: "pilot_ready",
    state: "active",
    careSetting: "acute",
    specialty: "cardiology",
    ask: null,
    lastActivityAt: new Date("2026-02-01T00:00:00Z"),
    ...extra,
  });

  it("says why a project fits, in the thesis's own terms", () => {
    const project = candidate(1, { ask: 40_000 });
    expect(funderReason(thesis, project, thesisFit(thesis, project))).toBe(
      "fits your thesis: pilot-ready, acute care, cardiology, asks £40,000 within your £10,000–£50,000 tickets",
    );
    const open: Thesis = { ...thesis, careSettings: [], specialties: [], ticketMin: null, offersPilotSite: true };
    const needsSite = candidate(2, { ask: 20_000, needsPilotSite: true });
    expect(funderReason(open, needsSite, thesisFit(open, needsSite))).toBe(
      "fits your thesis: pilot-ready, asks £20,000, within your tickets up to £50,000, needs a pilot site, which you offer",
    );
  });

  it("ranks by facets confirmed, then most recently active, then id, and leaves out misfits", () => {
    const later = new Date("2026-03-01T00:00:00Z");
    const matches = matchProjectsForFunder(thesis, [
      candidate(1),
      candidate(2, { ask: 30_000 }),
      candidate(3, { lastActivityAt: later }),
      candidate(4, { ask: 90_000 }),
      candidate(5, { careSetting: "community" }),
      candidate(6),
    ]);
    expect(matches.map((m) => m.project.id)).toEqual([2, 3, 1, 6]);
    expect(matches[1]!.reason).toBe("fits your thesis: pilot-ready, acute care, cardiology");
  });

  it("suggests nothing for a thesis that names nothing", () => {
    const empty: Thesis = { ...thesis, stages: [], careSettings: [], specialties: [] };
    expect(matchProjectsForFunder(empty, [candidate(1)])).toEqual([]);
  });
});

describe("matchProblemsForDeveloper", () => {
  const problem = (id: number, extra: Partial<ProblemCandidate> = {}): ProblemCandidate => ({
    id,
    title: `Problem ${id}`,
    careSetting: "community",
    specialty: "podiatry",
    tags: [],
    endorsementCount: 0,
    createdAt: new Date("2026-01-01T00:00:00Z"),
    ...extra,
  });
  const none = { skills: [], ownSpecialty: null, projectSpecialties: [] };

  it("reads specialties and care settings out of free-text skills", () => {
    expect(specialtiesInSkills(["react", "paediatrics", "diabetes", "Mental Health"])).toEqual([
      "diabetes_endocrinology",
      "paediatrics",
      "mental_health",
    ]);
    expect(careSettingsInSkills(["primary care", "acute care", "python"])).toEqual(["primary_care", "acute"]);
  });

  it("suggests problems in what the developer listed, with the reason in words", () => {
    const matches = matchProblemsForDeveloper({ ...none, skills: ["paediatrics", "remote monitoring", "react"] }, [
      problem(1, { specialty: "paediatrics", endorsementCount: 14 }),
      problem(2, { tags: [{ name: "Remote monitoring", slug: "remote-monitoring" }], endorsementCount: 1 }),
      problem(3),
      problem(4, {
        specialty: "paediatrics",
        tags: [{ name: "Remote monitoring", slug: "remote-monitoring" }],
      }),
    ]);
    expect(matches.map((m) => [m.problem.id, m.reason])).toEqual([
      [4, "in paediatrics, tagged Remote monitoring, which you listed; no endorsements yet"],
      [1, "in paediatrics, which you listed; 14 endorsements"],
      [2, "tagged Remote monitoring, which you listed; 1 endorsement"],
    ]);
  });

  it("uses the developer's own specialty and their projects' specialties", () => {
    const matches = matchProblemsForDeveloper(
      { ...none, ownSpecialty: "cardiology", projectSpecialties: [{ specialty: "stroke", projectName: "StrokeLink" }] },
      [problem(1, { specialty: "stroke", endorsementCount: 3 }), problem(2, { specialty: "cardiology" })],
    );
    expect(matches.map((m) => m.reason)).toEqual([
      "in stroke, like your project StrokeLink; 3 endorsements",
      "in cardiology, your specialty; no endorsements yet",
    ]);
  });

  it("breaks ties by endorsements, then newest, then id, and honours the limit", () => {
    const interests = { ...none, skills: ["podiatry"] };
    const newer = new Date("2026-02-01T00:00:00Z");
    const matches = matchProblemsForDeveloper(interests, [
      problem(3),
      problem(2),
      problem(1, { createdAt: newer }),
      problem(9, { endorsementCount: 2 }),
    ]);
    expect(matches.map((m) => m.problem.id)).toEqual([9, 1, 2, 3]);
    expect(matchProblemsForDeveloper(interests, [problem(3), problem(2)], { limit: 1 })).toHaveLength(1);
    expect(matchProblemsForDeveloper(none, [problem(1)])).toEqual([]);
  });
});
