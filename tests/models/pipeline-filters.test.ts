import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PipelineList } from "../../app/components/pipeline/list";
import { getPipelineBoard, READY_FOR_FUNDING_STAGE } from "../../app/models/pipeline.server";
import { loader } from "../../app/routes/pipeline";
import { getDb } from "../../app/utils/db.server";
import { stageKeys } from "../../app/domain/stages";
import { createGateItemStatus, createHackDay, createProject, createUser } from "../factories";
import { makeRequest } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";
import { onPostgres } from "../setup/store";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const boardIds = (board: Awaited<ReturnType<typeof getPipelineBoard>>) =>
  sorted(board.columns.flatMap((col) => col.cards.map((card) => card.id)));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the hack-day filter", () => {
  it("shows only that hack day's projects, on the board and on the shelves", async () => {
    const winter = await createHackDay({ name: "Winter hack day" });
    const spring = await createHackDay({ name: "Spring hack day" });
    const a = await createProject({ ...submitted, stage: "prototype", hackDayId: winter.id });
    const b = await createProject({ ...submitted, stage: "pilot", hackDayId: winter.id });
    const paused = await createProject({
      ...submitted,
      stage: "pilot",
      state: "paused",
      stateReason: "Funding gap",
      hackDayId: winter.id,
    });
    await createProject({ ...submitted, stage: "prototype", hackDayId: spring.id });
    await createProject({ ...submitted, stage: "prototype" });
    await createProject({
      ...submitted,
      stage: "pilot",
      state: "paused",
      stateReason: "Waiting",
      hackDayId: spring.id,
    });

    const board = await getPipelineBoard({ filters: { hackDay: winter.id }, viewer: null });
    expect(board.hackDay).toBe(winter.id);
    expect(boardIds(board)).toEqual(sorted([a.id, b.id]));
    expect(board.activeTotal).toBe(2);
    expect(board.columns.find((col) => col.stage === "prototype")!.total).toBe(1);
    expect(board.shelves.find((s) => s.state === "paused")!.cards.map((c) => c.id)).toEqual([paused.id]);
    expect(board.shelves.find((s) => s.state === "archived")!.total).toBe(0);
    expect(sorted(board.hackDayOptions.map((h) => h.id))).toEqual(sorted([winter.id, spring.id]));
  });

  it("drops a hack day that is not among the options instead of showing an empty board", async () => {
    const draft = await createHackDay({ status: "draft" });
    const empty = await createHackDay();
    const project = await createProject({ ...submitted, stage: "validation" });
    const other = await createProject({ ...submitted, stage: "validation", hackDayId: draft.id });
    for (const hackDay of [draft.id, empty.id, 999_999]) {
      const board = await getPipelineBoard({ filters: { hackDay }, viewer: null });
      expect(board.hackDay).toBeUndefined();
      expect(board.hackDayOptions).toEqual([]);
      expect(boardIds(board)).toEqual(sorted([project.id, other.id]));
    }
  });
});

describe("the ready-for-funding filter", () => {
  it("shows active pilot-ready projects whose funding item is neither met nor not applicable", async () => {
    const noStatus = await createProject({ ...submitted, stage: "pilot_ready" });
    const inProgress = await createProject({ ...submitted, stage: "pilot_ready" });
    await createGateItemStatus({ projectId: inProgress.id, itemKey: "funding_committed", status: "in_progress" });
    const notStarted = await createProject({ ...submitted, stage: "pilot_ready" });
    await createGateItemStatus({ projectId: notStarted.id, itemKey: "funding_committed", status: "not_started" });
    // Another item met does not count as funding.
    await createGateItemStatus({ projectId: notStarted.id, itemKey: "pilot_site_committed", status: "met" });

    const funded = await createProject({ ...submitted, stage: "pilot_ready" });
    await createGateItemStatus({ projectId: funded.id, itemKey: "funding_committed", status: "met" });
    const notApplicable = await createProject({ ...submitted, stage: "pilot_ready" });
    await createGateItemStatus({
      projectId: notApplicable.id,
      itemKey: "funding_committed",
      status: "not_applicable",
      notApplicableReason: "Run inside the trust's own budget",
    });
    await createProject({ ...submitted, stage: "validation" });
    await createProject({ ...submitted, stage: "pilot" });
    await createProject({ ...submitted, stage: "pilot_ready", state: "paused", stateReason: "Funding gap" });
    await createProject({ stage: "pilot_ready" }); // a draft: not public

    const board = await getPipelineBoard({ filters: { readyForFunding: true }, viewer: null });
    expect(READY_FOR_FUNDING_STAGE).toBe("pilot_ready");
    expect(board.readyForFunding).toBe(true);
    expect(board.columns.map((col) => col.stage)).toEqual(["pilot_ready"]);
    expect(board.columns[0]!.total).toBe(3);
    expect(boardIds(board)).toEqual(sorted([noStatus.id, inProgress.id, notStarted.id]));
    expect(board.activeTotal).toBe(3);
    expect(board.shelves).toEqual([]);
  });

  it("combines with care setting and hack day, and finds nothing at another stage", async () => {
    const hackDay = await createHackDay();
    const match = await createProject({
      ...submitted,
      stage: "pilot_ready",
      careSetting: "community",
      hackDayId: hackDay.id,
    });
    await createProject({ ...submitted, stage: "pilot_ready", careSetting: "community" });
    await createProject({ ...submitted, stage: "pilot_ready", careSetting: "acute", hackDayId: hackDay.id });
    const filters = { readyForFunding: true as const, careSetting: "community" as const, hackDay: hackDay.id };
    expect(boardIds(await getPipelineBoard({ filters, viewer: null }))).toEqual([match.id]);
    const atPilot = await getPipelineBoard({ filters: { ...filters, stage: "pilot" }, viewer: null });
    expect(atPilot.columns.map((col) => [col.stage, col.total])).toEqual([["pilot", 0]]);
  });

  it("lists up to fifty, beyond a board column's ten, with the full count", async () => {
    for (let i = 0; i < 12; i++) await createProject({ ...submitted, stage: "pilot_ready" });
    const board = await getPipelineBoard({ filters: { readyForFunding: true }, viewer: null });
    expect(board.columns[0]!.total).toBe(12);
    expect(board.columns[0]!.cards).toHaveLength(12);
    const plain = await getPipelineBoard({ filters: { stage: "pilot_ready" }, viewer: null });
    expect(plain.columns[0]!.cards).toHaveLength(10);
  });
});

describe("the number of queries", () => {
  /**
   * Counts the statements the board sends: each one SQLite's read connection prepares, or
   * PostgreSQL's pool is asked to run.
   */
  async function queriesFor(filters: Parameters<typeof getPipelineBoard>[0]["filters"]) {
    const viewer = await createUser({ roles: ["organiser"] });
    const client = getDb().$client as unknown as Record<"prepare" | "query", (...args: unknown[]) => unknown>;
    const sent = vi.spyOn(client, onPostgres ? "query" : "prepare");
    await getPipelineBoard({ filters, viewer });
    const n = sent.mock.calls.length;
    sent.mockRestore();
    return n;
  }
  async function fill(perStage: number) {
    const hackDay = await createHackDay();
    for (const stage of stageKeys) {
      for (let i = 0; i < perStage; i++) await createProject({ ...submitted, stage, hackDayId: hackDay.id });
    }
    for (const state of ["paused", "archived"] as const) {
      for (let i = 0; i < perStage; i++) {
        await createProject({
          ...submitted,
          stage: "pilot",
          state,
          stateReason: "Why",
          archiveReason: state === "archived" ? "not_pursuing" : null,
          hackDayId: hackDay.id,
        });
      }
    }
    return hackDay.id;
  }

  it("stays the same whatever the data size: options, one count, seven columns, two shelves", async () => {
    const hackDay = await fill(1);
    // 1 hack-day options + 1 grouped count + 7 columns + 2 × (shelf count + shelf cards).
    expect(await queriesFor({})).toBe(13);
    expect(await queriesFor({ hackDay })).toBe(13);
    expect(await queriesFor({ readyForFunding: true })).toBe(3);
    await fill(12);
    expect(await queriesFor({})).toBe(13);
    expect(await queriesFor({ hackDay })).toBe(13);
    expect(await queriesFor({ readyForFunding: true })).toBe(3);
  });
});

describe("/pipeline?view=list", () => {
  it("returns the list view with the honoured filters, and renders a stacked list grouped by stage", async () => {
    const hackDay = await createHackDay({ name: "Autumn hack day" });
    const ready = await createProject({
      ...submitted,
      name: "Ward Watch",
      stage: "pilot_ready",
      hackDayId: hackDay.id,
    });
    await createProject({ ...submitted, stage: "pilot", hackDayId: hackDay.id });
    const data = await loader({
      request: await makeRequest(`/pipeline?view=list&hackDay=${hackDay.id}&readyForFunding=1&stalled=1`),
      params: {},
      context: {},
    });
    expect(data.filters).toEqual({ view: "list", hackDay: hackDay.id, readyForFunding: true, stalled: undefined });
    expect(data.board.columns.map((col) => [col.stage, col.cards.map((c) => c.id)])).toEqual([
      ["pilot_ready", [ready.id]],
    ]);

    const html = renderToStaticMarkup(
      createElement(
        StaticRouter,
        { location: "/pipeline?view=list" },
        createElement(PipelineList, { columns: data.board.columns, seeAllHref: () => null }),
      ),
    );
    expect(html).not.toContain("<table");
    expect(html).toContain('<h2 id="list-pilot_ready"');
    expect(html).toContain(`href="/projects/${ready.id}-ward-watch"`);
    expect(html).toContain("Autumn hack day");
  });

  it("defaults to the board view and ignores an unknown view", async () => {
    for (const query of ["", "?view=table"]) {
      const data = await loader({ request: await makeRequest(`/pipeline${query}`), params: {}, context: {} });
      expect(data.filters.view).toBe("board");
      expect(data.board.columns).toHaveLength(7);
    }
  });
});
