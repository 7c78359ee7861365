import { describe, expect, it } from "vitest";
import { getHomeFigures, listNextHackDays } from "../../app/models/home.server";
import {
  getFunnel,
  getOutcomeFigures,
  getPipelineFlow,
  getTimeInStage,
  listSuccessStories,
} from "../../app/models/impact.server";
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

describe("impact figures", () => {
  it("counts, for each stage, the projects that ever reached it", async () => {
    // At pilot now.
    await createProject({ submittedAt: at("2026-01-01"), stage: "pilot" });
    // Reached evaluation, then moved back to pilot: still counts as having reached evaluation.
    const back = await createProject({ submittedAt: at("2026-01-01"), stage: "pilot" });
    await createStageMove({ projectId: back.id, kind: "approved", fromStage: "pilot", toStage: "evaluation" });
    await createStageMove({
      projectId: back.id,
      kind: "moved_back",
      fromStage: "evaluation",
      toStage: "pilot",
      reason: "Site withdrew",
    });
    // Archived at prototype.
    await createProject({
      submittedAt: at("2026-01-01"),
      state: "archived",
      archiveReason: "not_pursuing",
      stateReason: "No clinician",
    });
    // A returned request is not a move.
    const returned = await createProject({ submittedAt: at("2026-01-01"), stage: "prototype" });
    await createStageMove({
      projectId: returned.id,
      kind: "returned",
      fromStage: "prototype",
      toStage: "validation",
      reason: "No demo yet",
    });
    // Unsubmitted drafts do not count.
    await createProject({ stage: "adopted" });

    const funnel = await getFunnel();
    expect(Object.fromEntries(funnel.map((s) => [s.stage, s.reached]))).toEqual({
      prototype: 4,
      validation: 2,
      pilot_ready: 2,
      pilot: 2,
      evaluation: 1,
      route_to_market: 0,
      adopted: 0,
    });
    // Of the two that reached pilot, one went on to evaluation.
    expect(funnel.find((s) => s.stage === "evaluation")!.conversion).toBe(0.5);
  });

  it("takes the median time in stage from the recorded moves", async () => {
    // Three projects leave prototype after 10, 20 and 60 days; one leaves validation after 30.
    for (const [i, days] of [10, 20, 60].entries()) {
      const project = await createProject({ submittedAt: at(`2025-0${i + 1}-01`), stage: "validation" });
      await createStageMove({
        projectId: project.id,
        kind: "submitted",
        toStage: "prototype",
        createdAt: at(`2025-0${i + 1}-01`),
      });
      const left = new Date(at(`2025-0${i + 1}-01`).getTime() + days * 86_400_000);
      await createStageMove({
        projectId: project.id,
        kind: "approved",
        fromStage: "prototype",
        toStage: "validation",
        createdAt: left,
      });
      if (i === 0)
        await createStageMove({
          projectId: project.id,
          kind: "approved",
          fromStage: "validation",
          toStage: "pilot_ready",
          createdAt: new Date(left.getTime() + 30 * 86_400_000),
        });
    }
    const byStage = Object.fromEntries((await getTimeInStage()).map((s) => [s.stage, s]));
    expect(byStage.prototype).toMatchObject({ medianDays: 20, stays: 3 });
    expect(byStage.validation).toMatchObject({ medianDays: 30, stays: 1 });
  });

  it("lists published success stories of public projects only, newest first, with outcome figures", async () => {
    const project = await createProject({ submittedAt: at("2026-01-01"), stage: "adopted", name: "Footfall" });
    await createPilot({ projectId: project.id, organisation: "Leeds Community Healthcare", status: "completed" });
    await createOutcome({ projectId: project.id });
    await createOutcome({
      projectId: project.id,
      storyTitle: "Older story",
      storyBody: "…",
      publishedAt: at("2026-02-01"),
    });
    const newest = await createOutcome({
      projectId: project.id,
      storyTitle: "Amputations down 40%",
      storyBody: "…",
      publishedAt: at("2026-03-01"),
    });
    const draft = await createProject({ stage: "adopted" });
    await createOutcome({
      projectId: draft.id,
      storyTitle: "Unsubmitted",
      storyBody: "…",
      publishedAt: at("2026-04-01"),
    });

    const stories = await listSuccessStories({ page: 1 });
    expect(stories.items[0]).toMatchObject({ id: newest.id, title: "Amputations down 40%", projectName: "Footfall" });
    // Not the unsubmitted project's story.
    expect(stories.items.map((s) => s.title)).toEqual(["Amputations down 40%", "Older story"]);
    expect(await getOutcomeFigures()).toMatchObject({ outcomes: 3, stories: 2, pilotsCompleted: 1 });
  });
});

describe("getPipelineFlow", () => {
  it("keeps the funnel for a minute, but recomputes as soon as a project or move is added", async () => {
    const first = await getPipelineFlow();
    expect(await getPipelineFlow()).toBe(first);
    await createProject({ submittedAt: at("2026-01-01"), stage: "route_to_market" });
    const second = await getPipelineFlow();
    expect(second).not.toBe(first);
    expect(first.funnel[5]!.reached).toBe(0);
    expect(second.funnel[5]!.reached).toBe(1);
    expect(await getPipelineFlow({ now: Date.now() + 61_000 })).not.toBe(second);
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
