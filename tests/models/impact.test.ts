import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resolvePeriod, type ImpactFilters } from "../../app/domain/impact";
import { getHomeFigures, listNextHackDays } from "../../app/models/home.server";
import {
  getFunnel,
  getHackDayOutcomes,
  getImpact,
  getImpactFlow,
  getOutcomeFigures,
  getProblemsByMonth,
  getTimeInStage,
  listSuccessStories,
  type ImpactScope,
} from "../../app/models/impact.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createEndorsement,
  createHackDay,
  createOutcome,
  createPilot,
  createProblem,
  createProject,
  createStageMove,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
// Every figure is computed as if today were 3 December 2026.
const NOW = new Date("2026-12-03T08:00:00Z");
const scope = (filters: ImpactFilters = {}): ImpactScope => ({ ...filters, period: resolvePeriod(filters, NOW) });
const reached = async (filters?: ImpactFilters) => (await getFunnel(scope(filters))).map((s) => s.reached);
const medians = async (filters?: ImpactFilters) =>
  Object.fromEntries((await getTimeInStage(scope(filters))).map((s) => [s.stage, [s.medianDays, s.stays]]));
const byMonth = async (filters?: ImpactFilters) =>
  (await getProblemsByMonth(scope(filters), NOW))
    .filter((m) => m.posted > 0 || m.solved > 0)
    .map((m) => [m.month, m.posted, m.solved]);

/** Moves a project through `stages` (from prototype), one approved move at each date. */
async function walk(projectId: number, submitted: string, steps: [s.NewProject["stage"] & string, string][]) {
  await createStageMove({ projectId, kind: "submitted", toStage: "prototype", createdAt: at(submitted) });
  let from: string = "prototype";
  for (const [to, date] of steps) {
    await createStageMove({
      projectId,
      kind: "approved",
      fromStage: from as never,
      toStage: to as never,
      createdAt: at(date),
    });
    from = to;
  }
}

/**
 * A small programme with every case the figures must get right:
 * - A (acute, cardiology, Leeds Hack, on problem P1): prototype 10 days, validation 30, pilot ready 20, at pilot
 *   since 8 April 2026 (so P1 is solved in April).
 * - B (acute, Leeds Hack): prototype 30 days, at validation, with a repeated entry into validation.
 * - C (community, archived at prototype, no recorded submission move).
 * - D (acute, Bristol Hack, on problem P6, 2025): 10, 30, 30 days to pilot (August 2025), 30 days in pilot,
 *   30 in evaluation, moved back to pilot.
 * - F (mental health): a move that says it left pilot ready, which it was never seen to enter.
 * - G (community, on problem P7): at pilot since 15 June 2026 with no recorded moves.
 * - E: not submitted, so nowhere.
 */
async function programme() {
  const leeds = await createHackDay({
    name: "Leeds Hack",
    startsAt: at("2026-02-06"),
    endsAt: at("2026-02-06"),
    submissionDeadline: at("2026-02-06"),
    status: "results_published",
  });
  const bristol = await createHackDay({
    name: "Bristol Hack",
    startsAt: at("2025-06-01"),
    endsAt: at("2025-06-01"),
    submissionDeadline: at("2025-06-01"),
    status: "archived",
  });
  const acute = { careSetting: "acute", specialty: "cardiology" } as const;
  const community = { careSetting: "community", specialty: "podiatry" } as const;
  const p1 = await createProblem({ ...acute, status: "solved", createdAt: at("2026-03-10") });
  const p2 = await createProblem({ ...community, createdAt: at("2026-03-20") });
  await createProblem({ ...acute, hiddenAt: at("2026-05-06"), createdAt: at("2026-05-05") });
  await createProblem({ ...acute, createdAt: at("2025-08-01") });
  // 23:30 UTC on 30 April is 00:30 on 1 May in the UK.
  await createProblem({ ...community, createdAt: new Date("2026-04-30T23:30:00Z") });
  const p6 = await createProblem({ ...acute, status: "solved", createdAt: at("2025-05-01") });
  const p7 = await createProblem({ ...community, status: "solved", createdAt: at("2026-01-15") });
  await getWriterDb()
    .insert(s.hackDayProblems)
    .values([
      { hackDayId: leeds.id, problemId: p1.id, status: "accepted" },
      { hackDayId: leeds.id, problemId: p2.id, status: "declined" },
    ]);

  const a = await createProject({
    ...acute,
    name: "A",
    hackDayId: leeds.id,
    problemId: p1.id,
    stage: "pilot",
    submittedAt: at("2026-02-07"),
  });
  await walk(a.id, "2026-02-07", [
    ["validation", "2026-02-17"],
    ["pilot_ready", "2026-03-19"],
    ["pilot", "2026-04-08"],
  ]);
  const b = await createProject({
    ...acute,
    name: "B",
    hackDayId: leeds.id,
    stage: "validation",
    submittedAt: at("2026-02-07"),
  });
  await walk(b.id, "2026-02-07", [["validation", "2026-03-09"]]);
  await createStageMove({
    projectId: b.id,
    kind: "override",
    toStage: "validation",
    reason: "Recorded twice",
    createdAt: at("2026-03-20"),
  });
  await createProject({
    ...community,
    name: "C",
    submittedAt: at("2025-09-01"),
    state: "archived",
    archiveReason: "not_pursuing",
    stateReason: "No champion",
  });
  const d = await createProject({
    careSetting: "acute",
    specialty: "stroke",
    name: "D",
    hackDayId: bristol.id,
    problemId: p6.id,
    stage: "pilot",
    submittedAt: at("2025-06-02"),
  });
  await walk(d.id, "2025-06-02", [
    ["validation", "2025-06-12"],
    ["pilot_ready", "2025-07-12"],
    ["pilot", "2025-08-11"],
    ["evaluation", "2025-09-10"],
  ]);
  await createStageMove({
    projectId: d.id,
    kind: "moved_back",
    fromStage: "evaluation",
    toStage: "pilot",
    reason: "Site withdrew",
    createdAt: at("2025-10-10"),
  });
  const f = await createProject({
    careSetting: "mental_health",
    specialty: "mental_health",
    name: "F",
    stage: "pilot",
    submittedAt: at("2026-06-01"),
  });
  await createStageMove({ projectId: f.id, kind: "submitted", toStage: "prototype", createdAt: at("2026-06-01") });
  await createStageMove({
    projectId: f.id,
    kind: "approved",
    fromStage: "pilot_ready",
    toStage: "pilot",
    createdAt: at("2026-07-01"),
  });
  const g = await createProject({
    ...community,
    name: "G",
    problemId: p7.id,
    stage: "pilot",
    submittedAt: at("2026-01-20"),
    stageEnteredAt: at("2026-06-15"),
  });
  const e = await createProject({ ...acute, name: "E", stage: "adopted" });

  await createOutcome({
    projectId: a.id,
    measuredOn: "2026-05-01",
    storyTitle: "Faster ECGs",
    storyBody: "…",
    publishedAt: at("2026-06-01"),
  });
  await createOutcome({
    projectId: d.id,
    measuredOn: "2025-10-01",
    storyTitle: "Older story",
    storyBody: "…",
    publishedAt: at("2025-11-01"),
  });
  await createOutcome({ projectId: d.id, measuredOn: "2025-09-01" });
  await createOutcome({
    projectId: e.id,
    measuredOn: "2026-05-01",
    storyTitle: "Unsubmitted",
    storyBody: "…",
    publishedAt: at("2026-06-01"),
  });
  await createPilot({
    projectId: a.id,
    organisation: "Leeds Teaching Hospitals",
    startsOn: "2026-04-08",
    endsOn: null,
    status: "live",
  });
  await createPilot({
    projectId: d.id,
    organisation: " leeds teaching hospitals ",
    startsOn: "2025-08-11",
    endsOn: "2025-09-10",
    status: "completed",
  });
  await createPilot({ projectId: g.id, startsOn: "2026-07-01", endsOn: null, status: "planned" });
  return { leeds, bristol };
}

describe("the funnel", () => {
  it("counts, for each stage, the projects that ever reached it and those there now", async () => {
    await programme();
    const funnel = await getFunnel(scope());
    expect(funnel.map((s) => [s.stage, s.reached, s.now])).toEqual([
      ["prototype", 6, 0],
      ["validation", 5, 1],
      ["pilot_ready", 4, 0],
      ["pilot", 4, 4],
      ["evaluation", 1, 0],
      ["route_to_market", 0, 0],
      ["adopted", 0, 0],
    ]);
    expect(funnel.map((s) => s.conversion)).toEqual([null, 5 / 6, 0.8, 1, 0.25, 0, null]);
  });

  it("applies the care setting, hack day and period (projects submitted in it)", async () => {
    const { leeds } = await programme();
    expect(await reached({ careSetting: "acute" })).toEqual([3, 3, 2, 2, 1, 0, 0]);
    expect(await reached({ specialty: "cardiology" })).toEqual([2, 2, 1, 1, 0, 0, 0]);
    expect(await reached({ hackDay: leeds.id })).toEqual([2, 2, 1, 1, 0, 0, 0]);
    expect(await reached({ period: "12m" })).toEqual([4, 4, 3, 3, 0, 0, 0]);
    expect(await reached({ from: "2025-01", to: "2025-12" })).toEqual([2, 1, 1, 1, 1, 0, 0]);
    expect(await reached({ careSetting: "social_care" })).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("does not count a returned request as a move", async () => {
    const project = await createProject({ submittedAt: at("2026-01-01"), stage: "prototype" });
    await createStageMove({
      projectId: project.id,
      kind: "returned",
      fromStage: "prototype",
      toStage: "validation",
      reason: "No demo yet",
    });
    expect(await reached()).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });
});

describe("time in stage", () => {
  it("takes the median of finished stays, continuing repeated entries and skipping gaps", async () => {
    await programme();
    // Prototype: A 10, B 30, D 10 (C has no exit; F's exit says it left another stage). Validation:
    // A 30, D 30 (B's repeated entry continues its stay). Pilot ready: A 20, D 30. Pilot: D 30
    // (its stay since moving back is unfinished). Evaluation: D 30.
    expect(await medians()).toEqual({
      prototype: [10, 3],
      validation: [30, 2],
      pilot_ready: [25, 2],
      pilot: [30, 1],
      evaluation: [30, 1],
      route_to_market: [null, 0],
      adopted: [null, 0],
    });
  });

  it("applies the filters", async () => {
    const { leeds } = await programme();
    expect(await medians({ period: "12m" })).toMatchObject({
      prototype: [20, 2],
      validation: [30, 1],
      pilot_ready: [20, 1],
      pilot: [null, 0],
    });
    expect(await medians({ hackDay: leeds.id })).toMatchObject({ prototype: [20, 2], validation: [30, 1] });
    expect(await medians({ careSetting: "community" })).toMatchObject({ prototype: [null, 0] });
  });

  it("counts a submission not recorded as a move from the submission date", async () => {
    const project = await createProject({ submittedAt: at("2026-01-01"), stage: "validation" });
    await createStageMove({
      projectId: project.id,
      kind: "approved",
      fromStage: "prototype",
      toStage: "validation",
      createdAt: at("2026-01-15"),
    });
    expect(await medians()).toMatchObject({ prototype: [14, 1] });
  });
});

describe("problems by month", () => {
  it("counts problems posted (in UK months) and solved in the last 12 months by default", async () => {
    await programme();
    expect(await byMonth()).toEqual([
      ["2026-01", 1, 0],
      ["2026-03", 2, 0],
      // Solved when A reached pilot.
      ["2026-04", 0, 1],
      // Posted at 00:30 UK time on 1 May.
      ["2026-05", 1, 0],
      // Solved when G entered its current stage (no move on record).
      ["2026-06", 0, 1],
    ]);
    expect(await getProblemsByMonth(scope(), NOW)).toHaveLength(12);
  });

  it("applies the care setting, the hack day's shortlist and the period", async () => {
    const { leeds } = await programme();
    expect(await byMonth({ careSetting: "acute" })).toEqual([
      ["2026-03", 1, 0],
      ["2026-04", 0, 1],
    ]);
    expect(await byMonth({ hackDay: leeds.id })).toEqual([
      ["2026-03", 1, 0],
      ["2026-04", 0, 1],
    ]);
    expect(await byMonth({ from: "2025-01", to: "2025-12" })).toEqual([
      ["2025-05", 1, 0],
      ["2025-08", 1, 1],
    ]);
    const months = await getProblemsByMonth(scope({ period: "24m" }), NOW);
    expect([months.length, months[0]!.month, months.at(-1)!.month]).toEqual([24, "2025-01", "2026-12"]);
  });
});

describe("hack-day outcomes", () => {
  it("gives each hack day's prototypes and how far they got, newest first", async () => {
    const { leeds, bristol } = await programme();
    const all = await getHackDayOutcomes(scope());
    expect(all.total).toBe(2);
    expect(
      all.items.map(({ id, prototypes, validation, pilot, adopted }) => [id, prototypes, validation, pilot, adopted]),
    ).toEqual([
      [leeds.id, 2, 2, 1, 0],
      [bristol.id, 1, 1, 1, 0],
    ]);
    expect(all.items[0]!.startsAt.toISOString()).toBe("2026-02-06T09:00:00.000Z");
    expect((await getHackDayOutcomes(scope({ period: "12m" }))).items.map((h) => h.name)).toEqual(["Leeds Hack"]);
    expect(await getHackDayOutcomes(scope({ careSetting: "community" }))).toEqual({ items: [], total: 0 });
    // A draft hack day's name stays private, even with a submitted project on it.
    const draft = await createHackDay({ status: "draft", name: "Secret draft" });
    await createProject({ hackDayId: draft.id, submittedAt: at("2026-03-01") });
    expect((await getHackDayOutcomes(scope())).items.map((h) => h.name)).toEqual(["Leeds Hack", "Bristol Hack"]);
  });
});

describe("outcomes and stories", () => {
  it("counts pilots, outcomes and stories of public projects, each by its own date in the period", async () => {
    const { bristol } = await programme();
    expect(await getOutcomeFigures(scope())).toEqual({
      outcomes: 3,
      stories: 2,
      projectsWithOutcomes: 2,
      pilotsLive: 1,
      pilotsCompleted: 1,
      pilotOrganisations: 1,
    });
    expect(await getOutcomeFigures(scope({ period: "12m" }))).toEqual({
      outcomes: 1,
      stories: 1,
      projectsWithOutcomes: 1,
      pilotsLive: 1,
      pilotsCompleted: 0,
      pilotOrganisations: 1,
    });
    expect(await getOutcomeFigures(scope({ hackDay: bristol.id }))).toMatchObject({
      outcomes: 2,
      stories: 1,
      pilotsLive: 0,
    });
  });

  it("lists published stories of public projects, newest first, filtered like the figures", async () => {
    const { bristol } = await programme();
    const titles = async (filters?: ImpactFilters) =>
      (await listSuccessStories({ page: 1, scope: scope(filters) })).items.map((s) => s.title);
    // Not the unsubmitted project's story.
    expect(await titles()).toEqual(["Faster ECGs", "Older story"]);
    expect(await titles({ period: "12m" })).toEqual(["Faster ECGs"]);
    expect(await titles({ hackDay: bristol.id })).toEqual(["Older story"]);
    expect(await titles({ careSetting: "community" })).toEqual([]);
    expect((await listSuccessStories({ page: 1 })).items[0]).toMatchObject({ title: "Faster ECGs", projectName: "A" });
  });
});

describe("getImpact", () => {
  it("drops a hack day that is not offered and from/to under a preset, and gives the hack day's name", async () => {
    const { leeds } = await programme();
    const draft = await createHackDay({ status: "draft" });
    const shown = await getImpact({
      filters: { hackDay: leeds.id, period: "12m", from: "2020-01" },
      storiesPage: 1,
      now: NOW,
    });
    expect(shown.filters).toEqual({
      hackDay: leeds.id,
      period: "12m",
      careSetting: undefined,
      specialty: undefined,
      from: undefined,
      to: undefined,
    });
    expect([shown.hackDayName, shown.period.from, shown.period.to]).toEqual(["Leeds Hack", "2026-01", "2026-12"]);
    expect(shown.funnel.map((s) => s.reached)).toEqual([2, 2, 1, 1, 0, 0, 0]);
    expect(shown.hackDayOptions.map((h) => h.name)).toEqual(["Leeds Hack", "Bristol Hack"]);
    const dropped = await getImpact({ filters: { hackDay: draft.id }, storiesPage: 1, now: NOW });
    expect([dropped.filters.hackDay, dropped.hackDayName, dropped.funnel[0]!.reached]).toEqual([undefined, null, 6]);
  });
});

describe("getImpactFlow", () => {
  it("keeps the figures per filter and month until the next write, an edit that adds no row included", async () => {
    const first = await getImpactFlow(scope(), { now: NOW });
    expect(await getImpactFlow(scope(), { now: NOW })).toBe(first);
    expect(await getImpactFlow(scope({ careSetting: "acute" }), { now: NOW })).not.toBe(first);
    await createProject({ submittedAt: at("2026-01-01"), stage: "route_to_market" });
    const second = await getImpactFlow(scope(), { now: NOW });
    expect(second).not.toBe(first);
    expect([first.funnel[5]!.reached, second.funnel[5]!.reached]).toEqual([0, 1]);
    await createProblem({ createdAt: at("2026-11-02") });
    const third = await getImpactFlow(scope(), { now: NOW });
    expect([second.months.at(-2)!.posted, third.months.at(-2)!.posted]).toEqual([0, 1]);
    expect(await getImpactFlow(scope(), { now: new Date(NOW.getTime() + 61_000) })).toBe(third);
    // Moved back a stage in place: no new row, and the funnel still follows.
    await getWriterDb().update(s.projects).set({ stage: "pilot" }).where(eq(s.projects.stage, "route_to_market"));
    const fourth = await getImpactFlow(scope(), { now: NOW });
    expect([third.funnel[5]!.reached, fourth.funnel[5]!.reached]).toEqual([1, 0]);
    // Another month is another key.
    expect(await getImpactFlow(scope(), { now: new Date("2027-01-15T12:00:00Z") })).not.toBe(fourth);
  });
});

describe("home figures", () => {
  it("counts problems, endorsing organisations, projects, pilots and beyond, adopted and announced hack days", async () => {
    const problem = await createProblem();
    await createProblem({ hiddenAt: new Date() });
    await createEndorsement({ problemId: problem.id, organisation: "Bradford Teaching Hospitals" });
    await createEndorsement({ problemId: problem.id, organisation: " bradford teaching hospitals " });
    await createProject({ submittedAt: at("2026-01-01"), stage: "evaluation" });
    await createProject({ submittedAt: at("2026-01-01"), stage: "adopted" });
    await createProject({ stage: "adopted" });
    await createHackDay({ status: "draft" });
    await createHackDay({ status: "open" });
    expect(await getHomeFigures()).toEqual({
      problems: 1,
      organisations: 1,
      projects: 2,
      pilotOrBeyond: 2,
      adopted: 1,
      hackDays: 1,
    });
  });

  it("shows the next announced hack days", async () => {
    const now = new Date();
    const soon = await createHackDay({
      status: "open",
      startsAt: new Date(now.getTime() + 86_400_000),
      endsAt: new Date(now.getTime() + 2 * 86_400_000),
      submissionDeadline: new Date(now.getTime() + 2 * 86_400_000),
    });
    await createHackDay({
      status: "draft",
      startsAt: new Date(now.getTime() + 3600_000),
      endsAt: new Date(now.getTime() + 7200_000),
      submissionDeadline: new Date(now.getTime() + 7200_000),
    });
    await createHackDay({
      status: "results_published",
      startsAt: new Date(now.getTime() - 10 * 86_400_000),
      endsAt: new Date(now.getTime() - 9 * 86_400_000),
      submissionDeadline: new Date(now.getTime() - 9 * 86_400_000),
    });
    const next = await listNextHackDays({ limit: 3, now });
    // Not the draft, nor the one that has ended.
    expect(next.map((h) => h.id)).toEqual([soon.id]);
  });
});
