/**
 * Suggestions with reasons against a real database: which candidates the SQL reads (public,
 * active, not already linked), that its idea of an open item is the gate rules' own, the exact
 * reasons, and that each candidate walk is bounded and reads indexes only.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openItemsInto } from "../../app/domain/gate-progress";
import {
  CANDIDATE_LIMIT,
  developerCandidateSql,
  funderCandidateSql,
  loadGateStandings,
  mentorCandidateSql,
  suggestProblemsForDeveloper,
  suggestProjectsForFunder,
  suggestProjectsForMentor,
  unionOfIds,
} from "../../app/models/suggestions.server";
import { rawRows } from "../../app/models/dialect.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createGateItemStatus,
  createMentor,
  createMentorship,
  createProblem,
  createProject,
  createTag,
  createUser,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { describeOnSqlite } from "../setup/only-on";

withFreshDatabase();

const submitted = new Date("2026-01-10T10:00:00Z");
const days = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

/** A public project at pilot ready; `pilotSiteMet` settles the pilot site so only C1 is in play. */
async function pilotReady(name: string, extra: Parameters<typeof createProject>[0] = {}, { pilotSiteMet = true } = {}) {
  const project = await createProject({ name, stage: "pilot_ready", submittedAt: submitted, ...extra });
  if (pilotSiteMet)
    await createGateItemStatus({ projectId: project.id, itemKey: "pilot_site_committed", status: "met" });
  return project;
}

describe("projects for a mentor", () => {
  it("suggests public active projects whose open clinical safety item needs the mentor, with the reason", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"], capacity: 2 });
    const open = await pilotReady("Open Safety", { stageEnteredAt: days(3) });
    const both = await pilotReady("Both Open", { stageEnteredAt: days(5) }, { pilotSiteMet: false });
    const done = await pilotReady("Safety Done");
    await createGateItemStatus({
      projectId: done.id,
      itemKey: "dtac_c1_clinical_safety",
      status: "met",
      verifiedAt: days(1),
    });
    await pilotReady("Draft", { submittedAt: null });
    await pilotReady("Paused", { state: "paused", stateReason: "Waiting for a site" });
    const asked = await pilotReady("Already Asked");
    await createMentorship({ projectId: asked.id, mentorId: mentor.id, status: "requested" });
    const ended = await pilotReady("Ended Before", { stageEnteredAt: days(9) });
    await createMentorship({ projectId: ended.id, mentorId: mentor.id, status: "completed" });
    await pilotReady("On The Team", { members: [mentor.id] });
    // At prototype the next gate calls on a clinical champion, not on clinical safety.
    await createProject({ name: "Prototype", submittedAt: submitted });

    const { standing, items } = await suggestProjectsForMentor({ mentorId: mentor.id });
    expect(standing).toEqual({ capacity: 2, activeCount: 0, areas: ["clinical_safety"] });
    expect(items.map((p) => [p.id, p.reason])).toEqual([
      [
        both.id,
        "its open C1 clinical safety (DCB0129) and pilot site committed (DCB0160) items need your expertise; 0 of 7 items for pilot done",
      ],
      [open.id, "its open C1 clinical safety (DCB0129) item needs your expertise; 1 of 7 items for pilot done"],
      [ended.id, "its open C1 clinical safety (DCB0129) item needs your expertise; 1 of 7 items for pilot done"],
    ]);
    expect(items[1]).toEqual({
      id: open.id,
      name: "Open Safety",
      stage: "pilot_ready",
      nextStage: "pilot",
      covers: [{ key: "dtac_c1_clinical_safety", label: "DTAC C1 clinical safety (DCB0129)" }],
      reason: items[1]!.reason,
    });
  });

  it("reads an item as open exactly when the gate rules do, verification included", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"] });
    const cases = [
      ["No record", null],
      ["In progress", { status: "in_progress" as const }],
      ["Met, unverified", { status: "met" as const }],
      ["Met, verified", { status: "met" as const, verifiedAt: days(2) }],
      [
        "Not applicable, unverified",
        { status: "not_applicable" as const, notApplicableReason: "No clinical function" },
      ],
      [
        "Not applicable, verified",
        { status: "not_applicable" as const, notApplicableReason: "No clinical function", verifiedAt: days(2) },
      ],
    ] as const;
    const ids: Record<string, number> = {};
    for (const [name, record] of cases) {
      const project = await pilotReady(name);
      ids[name] = project.id;
      if (record) await createGateItemStatus({ projectId: project.id, itemKey: "dtac_c1_clinical_safety", ...record });
    }
    const fromSql = await rawRows<{ id: number }>(
      getWriterDb(),
      unionOfIds(mentorCandidateSql({ mentorId: mentor.id, areas: ["clinical_safety"] })),
    );
    const standings = await loadGateStandings(Object.values(ids));
    const fromRules = Object.values(ids).filter((id) =>
      openItemsInto("pilot", standings.get(id)!.records, standings.get(id)!.facts).some(
        (item) => item.key === "dtac_c1_clinical_safety",
      ),
    );
    expect(fromSql.map((r) => r.id).sort((a, b) => a - b)).toEqual(fromRules);
    expect(fromRules).toEqual([
      ids["No record"],
      ids["In progress"],
      ids["Met, unverified"],
      ids["Not applicable, unverified"],
    ]);

    const { items } = await suggestProjectsForMentor({ mentorId: mentor.id, limit: 10 });
    expect(items.find((p) => p.id === ids["Met, unverified"])!.reason).toBe(
      "its C1 clinical safety (DCB0129) item awaits a verifier like you; 1 of 7 items for pilot done",
    );
  });

  it("works derived items out from the project's record, as the gate does", async () => {
    const mentor = await createMentor({ areas: ["information_governance"] });
    const at = (name: string, published: Date | null) =>
      createProject({ name, stage: "validation", submittedAt: submitted, dataUsePublishedAt: published });
    const unpublished = await at("Unpublished", null);
    await at("Published", days(4));
    const { items } = await suggestProjectsForMentor({ mentorId: mentor.id });
    expect(items.map((p) => [p.id, p.reason])).toEqual([
      [
        unpublished.id,
        "its open data-use statement published item needs your information governance and data protection expertise; 0 of 6 items for pilot ready done",
      ],
    ]);
  });

  it("suggests nothing to a mentor with no place free, and says so", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"], capacity: 1 });
    const busy = await createProject({ name: "Busy", submittedAt: submitted });
    await createMentorship({ projectId: busy.id, mentorId: mentor.id, status: "active" });
    await pilotReady("Needs Safety");
    expect(await suggestProjectsForMentor({ mentorId: mentor.id })).toEqual({
      standing: { capacity: 1, activeCount: 1, areas: ["clinical_safety"] },
      items: [],
    });
    const stranger = await createUser({ roles: ["mentor"] });
    expect(await suggestProjectsForMentor({ mentorId: stranger.id })).toEqual({ standing: null, items: [] });
  });

  it("reads at most CANDIDATE_LIMIT projects per stage, most recently active first", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"] });
    const lead = await createUser({ roles: ["developer"] });
    const db = getWriterDb();
    const base = submitted.getTime();
    await db.insert(s.projects).values(
      Array.from({ length: 250 }, (_, i) => ({
        name: `Scale ${i}`,
        leadId: lead.id,
        stage: "pilot_ready" as const,
        submittedAt: submitted,
        lastActivityAt: new Date(base + i * 1000),
        stageEnteredAt: submitted,
      })),
    );
    const ids = await rawRows<{ id: number }>(
      db,
      unionOfIds(mentorCandidateSql({ mentorId: mentor.id, areas: ["clinical_safety"] })),
    );
    expect(ids).toHaveLength(CANDIDATE_LIMIT);
    const names = await rawRows<{ name: string }>(
      db,
      sql`SELECT name AS "name" FROM projects WHERE id IN ${ids.map((r) => r.id)} ORDER BY last_activity_at LIMIT 1`,
    );
    expect(names).toEqual([{ name: `Scale ${250 - CANDIDATE_LIMIT}` }]);
    const { items } = await suggestProjectsForMentor({ mentorId: mentor.id });
    expect(items.map((p) => p.name)).toEqual(["Scale 150", "Scale 151", "Scale 152", "Scale 153", "Scale 154"]);
  });
});

describe("projects for a funder", () => {
  const thesis = async (overrides: Partial<typeof s.funderProfiles.$inferInsert> = {}) => {
    const funder = await createFunder({ ticketMin: 10_000, ticketMax: 50_000, ...overrides });
    await getWriterDb()
      .insert(s.funderFocus)
      .values([
        { userId: funder.id, facet: "stage", value: "pilot_ready" },
        { userId: funder.id, facet: "care_setting", value: "acute" },
        { userId: funder.id, facet: "specialty", value: "cardiology" },
      ]);
    return funder;
  };
  const fits = (name: string, extra: Parameters<typeof createProject>[0] = {}) =>
    createProject({
      name,
      stage: "pilot_ready",
      careSetting: "acute",
      specialty: "cardiology",
      submittedAt: submitted,
      lastActivityAt: days(10),
      ...extra,
    });

  it("suggests projects that fit the thesis and the tickets, with the reason, leaving out those already followed up", async () => {
    const funder = await thesis();
    const asks = await fits("Asks Forty", { fundingAsk: 40_000 });
    const quiet = await fits("No Ask Yet", { lastActivityAt: days(20) });
    await fits("Asks Too Much", { fundingAsk: 90_000 });
    await fits("Community", { careSetting: "community" });
    await fits("Draft", { submittedAt: null });
    await fits("Archived", { state: "archived", archiveReason: "not_pursuing" });
    const followed = await fits("Already Interested");
    await createFundingInterest({ projectId: followed.id, funderId: funder.id, status: "declined" });
    await fits("Their Own", { members: [funder.id] });
    await fits("Pilot", { stage: "pilot" });

    expect(await suggestProjectsForFunder({ funderId: funder.id })).toEqual({
      thesisSet: true,
      items: [
        {
          id: asks.id,
          name: "Asks Forty",
          tagline: asks.tagline,
          stage: "pilot_ready",
          reason:
            "fits your thesis: pilot-ready, acute care, cardiology, asks £40,000 within your £10,000–£50,000 tickets",
        },
        {
          id: quiet.id,
          name: "No Ask Yet",
          tagline: quiet.tagline,
          stage: "pilot_ready",
          reason: "fits your thesis: pilot-ready, acute care, cardiology",
        },
      ],
    });
  });

  it("says a project needs the pilot site the funder offers", async () => {
    const funder = await thesis({ offersPilotSite: true, ticketMin: null, ticketMax: null });
    const needs = await fits("Needs A Site");
    const has = await fits("Has A Site");
    await createGateItemStatus({ projectId: has.id, itemKey: "pilot_site_committed", status: "met" });
    const { items } = await suggestProjectsForFunder({ funderId: funder.id });
    expect(items.map((p) => [p.id, p.reason])).toEqual([
      [needs.id, "fits your thesis: pilot-ready, acute care, cardiology, needs a pilot site, which you offer"],
      [has.id, "fits your thesis: pilot-ready, acute care, cardiology"],
    ]);
  });

  it("suggests nothing for a thesis that names nothing", async () => {
    const funder = await createFunder();
    await fits("Anything");
    expect(await suggestProjectsForFunder({ funderId: funder.id })).toEqual({ thesisSet: false, items: [] });
  });
});

describe("problems for a developer", () => {
  const developer = async (skills: string[]) => {
    const dev = await createUser({ roles: ["developer"] });
    if (skills.length)
      await getWriterDb()
        .insert(s.developerSkills)
        .values(skills.map((skill) => ({ userId: dev.id, skill })));
    return dev;
  };

  it("suggests open problems in the specialties and tags the developer listed, with the reason", async () => {
    const dev = await developer(["paediatrics", "remote monitoring", "react"]);
    const tag = await createTag("Remote monitoring");
    const popular = await createProblem({
      title: "Sick children",
      specialty: "paediatrics",
      endorsementCount: 14,
      createdAt: days(1),
    });
    const tagged = await createProblem({ title: "Oximeters at home", endorsementCount: 1, createdAt: days(2) });
    await getWriterDb().insert(s.problemTags).values({ problemId: tagged.id, tagId: tag.id });
    await createProblem({ title: "Taken on", specialty: "paediatrics", status: "in_progress" });
    await createProblem({ title: "Hidden", specialty: "paediatrics", hiddenAt: days(3) });
    await createProblem({ title: "Their own", specialty: "paediatrics", authorId: dev.id });
    const worked = await createProblem({ title: "Already on it", specialty: "paediatrics" });
    await createProject({ name: "Their Project", problemId: worked.id, members: [dev.id] });
    await createProblem({ title: "Elsewhere", specialty: "renal" });

    expect(await suggestProblemsForDeveloper({ developerId: dev.id })).toEqual({
      hasInterests: true,
      items: [
        { id: popular.id, title: "Sick children", reason: "in paediatrics, which you listed; 14 endorsements" },
        {
          id: tagged.id,
          title: "Oximeters at home",
          reason: "tagged Remote monitoring, which you listed; 1 endorsement",
        },
      ],
    });
  });

  it("uses the specialties of the developer's projects and their own clinical specialty", async () => {
    const dev = await developer([]);
    await getWriterDb().insert(s.clinicianProfiles).values({ userId: dev.id, specialty: "cardiology" });
    await createProject({ name: "StrokeLink", specialty: "stroke", members: [dev.id] });
    const stroke = await createProblem({ title: "Thrombolysis delays", specialty: "stroke", endorsementCount: 3 });
    const heart = await createProblem({ title: "ECG by fax", specialty: "cardiology" });
    const { items } = await suggestProblemsForDeveloper({ developerId: dev.id });
    expect(items.map((p) => [p.id, p.reason])).toEqual([
      [stroke.id, "in stroke, like your project StrokeLink; 3 endorsements"],
      [heart.id, "in cardiology, your specialty; no endorsements yet"],
    ]);
  });

  it("says when nothing in the profile could match", async () => {
    const dev = await developer(["typescript", "kotlin"]);
    await createProblem({ title: "Anything" });
    expect(await suggestProblemsForDeveloper({ developerId: dev.id })).toEqual({ hasInterests: false, items: [] });
  });
});

describeOnSqlite("query plans", () => {
  const planOf = (query: ReturnType<typeof sql>) =>
    getWriterDb()
      .all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`)
      .map((r) => r.detail);
  /**
   * A whole-table read, a sort or a temporary index over what a walk found, or a joined row read
   * any way but by its id (which would start from every row the conditions might match).
   */
  const unbounded = (detail: string) =>
    /^SCAN (p|pr|pt|w|projects|problems)( |$)(?!USING)/.test(detail) ||
    detail.startsWith("USE TEMP B-TREE") ||
    detail.includes("AUTOMATIC") ||
    (/^SEARCH (p|pr) /.test(detail) && !detail.includes("INTEGER PRIMARY KEY"));

  it.each([
    ["mentor", () => mentorCandidateSql({ mentorId: 1, areas: ["clinical_safety", "information_governance"] })],
    [
      "funder",
      () =>
        funderCandidateSql({
          funderId: 1,
          thesis: {
            stages: ["pilot_ready", "pilot"],
            careSettings: ["acute"],
            specialties: ["cardiology"],
            ticketMin: 10_000,
            ticketMax: 50_000,
            offersPilotSite: false,
          },
        }),
    ],
    [
      "developer",
      () => developerCandidateSql({ developerId: 1, specialties: ["stroke"], careSettings: ["acute"], tagIds: [1] }),
    ],
  ])("the %s candidates are index walks with no sort", (_who, parts) => {
    const plan = planOf(unionOfIds(parts()));
    expect(plan.filter(unbounded), plan.join("\n")).toEqual([]);
    expect(
      plan.some((line) => /USING (COVERING )?INDEX/.test(line)),
      plan.join("\n"),
    ).toBe(true);
  });
});
