import { describe, expect, it } from "vitest";
import { getPipelineBoard } from "../../app/models/pipeline.server";
import { createMentor, createMentorship, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };
const longAgo = () => new Date(Date.now() - 120 * 86_400_000);

describe("getPipelineBoard", () => {
  it("groups active public projects into a column per stage with counts, and shelves paused and archived ones", async () => {
    const a = await createProject({ ...submitted, stage: "prototype" });
    const b = await createProject({ ...submitted, stage: "pilot" });
    const c = await createProject({ ...submitted, stage: "pilot" });
    const paused = await createProject({ ...submitted, stage: "pilot", state: "paused", stateReason: "Funding gap" });
    const archived = await createProject({
      ...submitted,
      stage: "prototype",
      state: "archived",
      archiveReason: "not_pursuing",
      stateReason: "Team moved on",
    });
    const draft = await createProject({ stage: "pilot" });

    const board = await getPipelineBoard({ filters: {}, viewer: null });
    expect(board.columns.map((col) => col.stage)).toEqual([
      "prototype",
      "validation",
      "pilot_ready",
      "pilot",
      "evaluation",
      "route_to_market",
      "adopted",
    ]);
    const pilot = board.columns.find((col) => col.stage === "pilot")!;
    expect(pilot.total).toBe(2);
    expect(pilot.cards.map((card) => card.id).sort()).toEqual([b.id, c.id].sort());
    expect(board.columns.find((col) => col.stage === "prototype")!.cards.map((card) => card.id)).toEqual([a.id]);
    const allIds = board.columns.flatMap((col) => col.cards.map((card) => card.id));
    expect(allIds).not.toContain(paused.id);
    expect(allIds).not.toContain(draft.id);
    expect(board.shelves.find((s) => s.state === "paused")!.cards.map((card) => card.id)).toEqual([paused.id]);
    expect(board.shelves.find((s) => s.state === "archived")!.cards.map((card) => card.id)).toEqual([archived.id]);
  });

  it("limits each column and keeps the full count for the see-all link", async () => {
    for (let i = 0; i < 4; i++) await createProject({ ...submitted, stage: "evaluation" });
    const board = await getPipelineBoard({ filters: { stage: "evaluation" }, viewer: null, perColumn: 3 });
    expect(board.columns).toHaveLength(1);
    expect(board.columns[0]!.total).toBe(4);
    expect(board.columns[0]!.cards).toHaveLength(3);
  });

  it("filters by care setting and specialty", async () => {
    const match = await createProject({
      ...submitted,
      stage: "route_to_market",
      careSetting: "ambulance",
      specialty: "stroke",
    });
    await createProject({ ...submitted, stage: "route_to_market", careSetting: "ambulance", specialty: "cardiology" });
    const board = await getPipelineBoard({ filters: { careSetting: "ambulance", specialty: "stroke" }, viewer: null });
    expect(board.columns.flatMap((col) => col.cards.map((card) => card.id))).toEqual([match.id]);
  });

  it("marks stalled projects only for organisers and the project's own team and mentors", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const stalled = await createProject({
      ...submitted,
      stage: "validation",
      leadId: lead.id,
      lastActivityAt: longAgo(),
    });
    const mentor = await createMentor();
    await createMentorship({ projectId: stalled.id, mentorId: mentor.id });
    const organiser = await createUser({ roles: ["organiser"] });
    const stranger = await createUser({ roles: ["developer", "mentor"] });
    const cardFor = async (viewer: Parameters<typeof getPipelineBoard>[0]["viewer"]) =>
      (await getPipelineBoard({ filters: { stage: "validation" }, viewer })).columns[0]!.cards.find(
        (card) => card.id === stalled.id,
      )!;
    expect((await cardFor(null)).stalled).toBe(false);
    expect((await cardFor(stranger)).stalled).toBe(false);
    expect((await cardFor(lead)).stalled).toBe(true);
    expect((await cardFor(mentor)).stalled).toBe(true);
    expect((await cardFor(organiser)).stalled).toBe(true);
    expect(JSON.stringify(await getPipelineBoard({ filters: {}, viewer: null }))).not.toContain("lastActivityAt");
  });

  it("honours the stalled filter for organisers only", async () => {
    const stalled = await createProject({ ...submitted, stage: "adopted", lastActivityAt: longAgo() });
    const fresh = await createProject({ ...submitted, stage: "adopted" });
    const organiser = await createUser({ roles: ["organiser"] });
    const forOrganiser = await getPipelineBoard({ filters: { stalled: true, stage: "adopted" }, viewer: organiser });
    expect(forOrganiser.stalledOnly).toBe(true);
    expect(forOrganiser.columns[0]!.cards.map((c) => c.id)).toEqual([stalled.id]);
    const forPublic = await getPipelineBoard({ filters: { stalled: true, stage: "adopted" }, viewer: null });
    expect(forPublic.stalledOnly).toBe(false);
    expect(forPublic.canFilterStalled).toBe(false);
    expect(forPublic.columns[0]!.cards.map((c) => c.id).sort()).toEqual([stalled.id, fresh.id].sort());
  });
});
