import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { outcomes, projects } from "../../db/schema";
import {
  buildFunnel,
  medianTimeInStage,
  stageStays,
  type FunnelStep,
  type StageEntry,
  type StageStay,
  type TimeInStage,
} from "../domain/impact";
import { stageKeys, type Stage } from "../domain/stages";
import { getDb } from "./core.server";
import { databasePath } from "../utils/env.server";
import { pageWindow, toPage, type Page } from "../utils/pagination";
import { isPublicProject } from "./projects.server";

/** `CASE <column> WHEN 'prototype' THEN 0 … END`: a stage's position, in SQL. Built from constants only. */
function stagePosition(column: string) {
  return sql.raw(`CASE ${column} ${stageKeys.map((key, i) => `WHEN '${key}' THEN ${i}`).join(" ")} END`);
}

/** Timeline kinds that put a project into a stage. Requests and returns do not move it. */
const ENTERING_KINDS = sql.raw(`('submitted', 'approved', 'override', 'moved_back')`);

/**
 * The funnel: for each stage, how many public projects ever reached it (their current stage or the
 * furthest stage any approved or overridden move took them to, whichever is further), with the
 * conversion from the stage before. Paused and archived projects count for how far they got.
 */
export async function getFunnel() {
  const rows = getDb().all<{ furthest: number; n: number }>(sql`
    SELECT furthest, count(*) AS n FROM (
      SELECT max(${stagePosition("p.stage")}, coalesce((
        SELECT max(${stagePosition("sm.to_stage")}) FROM stage_moves sm
        WHERE sm.project_id = p.id AND sm.kind IN ('approved', 'override') AND sm.to_stage IS NOT NULL
      ), 0)) AS furthest
      FROM projects p WHERE p.submitted_at IS NOT NULL
    ) GROUP BY furthest`);
  const histogram: Partial<Record<Stage, number>> = {};
  for (const row of rows) {
    const stage = stageKeys[row.furthest];
    if (stage) histogram[stage] = row.n;
  }
  return buildFunnel(histogram);
}

/**
 * Median days public projects spent in each stage, over finished stays. A project's history is its
 * stage-entering moves; a project whose submission was not recorded as a move enters prototype when
 * it was submitted. One pass over the moves, grouped in memory (a few rows per project).
 */
export async function getTimeInStage() {
  const rows = getDb().all<{ projectId: number; stage: Stage; fromStage: Stage | null; at: number }>(sql`
    SELECT sm.project_id AS projectId, sm.to_stage AS stage, sm.from_stage AS fromStage, sm.created_at AS at, sm.id AS seq
    FROM stage_moves sm JOIN projects p ON p.id = sm.project_id
    WHERE p.submitted_at IS NOT NULL AND sm.kind IN ${ENTERING_KINDS} AND sm.to_stage IS NOT NULL
    UNION ALL
    SELECT p.id, 'prototype', NULL, p.submitted_at, 0
    FROM projects p
    WHERE p.submitted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stage_moves s2 WHERE s2.project_id = p.id AND s2.kind = 'submitted')
    ORDER BY 1, 4, 5`);
  const stays: StageStay[] = [];
  let entries: StageEntry[] = [];
  let projectId: number | null = null;
  for (const row of rows) {
    if (row.projectId !== projectId) {
      stays.push(...stageStays(entries));
      entries = [];
      projectId = row.projectId;
    }
    entries.push({ stage: row.stage, from: row.fromStage, at: new Date(row.at * 1000) });
  }
  stays.push(...stageStays(entries));
  return medianTimeInStage(stays);
}

/** Headline figures about pilots and measured outcomes on public projects. */
export async function getOutcomeFigures() {
  const [row] = getDb().all<{
    outcomes: number;
    stories: number;
    projectsWithOutcomes: number;
    pilotsLive: number;
    pilotsCompleted: number;
    pilotOrganisations: number;
  }>(sql`
    SELECT
      (SELECT count(*) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE p.submitted_at IS NOT NULL) AS outcomes,
      (SELECT count(*) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE p.submitted_at IS NOT NULL AND o.published_at IS NOT NULL) AS stories,
      (SELECT count(DISTINCT o.project_id) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE p.submitted_at IS NOT NULL) AS projectsWithOutcomes,
      (SELECT count(*) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE p.submitted_at IS NOT NULL AND pl.status = 'live') AS pilotsLive,
      (SELECT count(*) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE p.submitted_at IS NOT NULL AND pl.status = 'completed') AS pilotsCompleted,
      (SELECT count(DISTINCT lower(trim(pl.organisation))) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE p.submitted_at IS NOT NULL AND pl.status IN ('live', 'completed')) AS pilotOrganisations`);
  return row!;
}

export type SuccessStory = {
  id: number;
  title: string;
  body: string;
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  source: string;
  measuredOn: string;
  publishedAt: Date;
  projectId: number;
  projectName: string;
  projectStage: Stage;
};

/** Published success stories on public projects, newest first. */
export async function listSuccessStories({
  page,
  pageSize = 10,
}: {
  page: number;
  pageSize?: number;
}): Promise<Page<SuccessStory>> {
  const db = getDb();
  const where = and(isNotNull(outcomes.publishedAt), isPublicProject);
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select({
      id: outcomes.id,
      title: outcomes.storyTitle,
      body: outcomes.storyBody,
      metric: outcomes.metric,
      baseline: outcomes.baseline,
      result: outcomes.result,
      unit: outcomes.unit,
      source: outcomes.source,
      measuredOn: outcomes.measuredOn,
      publishedAt: outcomes.publishedAt,
      projectId: projects.id,
      projectName: projects.name,
      projectStage: projects.stage,
    })
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .where(where)
    .orderBy(desc(outcomes.publishedAt), desc(outcomes.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .where(where);
  // The schema's CHECK guarantees a published outcome has a title and body.
  const stories = rows.map((r) => ({ ...r, title: r.title ?? "", body: r.body ?? "", publishedAt: r.publishedAt! }));
  return toPage(stories, total?.n ?? 0, page, pageSize);
}

// The funnel and time in stage read every public project's history; they change only when a
// project or a move is added, so they are kept for a minute and recomputed at once when the newest
// project or timeline id changes (docs/decisions/0041-impact-funnel.md).
const FLOW_TTL_MS = 60_000;
type Flow = { funnel: FunnelStep[]; timeInStage: TimeInStage[] };
let flowCache: { key: string; at: number; value: Promise<Flow> } | null = null;

/** The funnel and time in stage, from a short-lived cache keyed by the database's newest rows. */
export async function getPipelineFlow({ now = Date.now() }: { now?: number } = {}): Promise<Flow> {
  const mark = getDb().get<{ moves: number | null; projects: number | null }>(
    sql`SELECT (SELECT max(id) FROM stage_moves) AS moves, (SELECT max(id) FROM projects) AS projects`,
  );
  const key = `${databasePath()}:${mark?.moves ?? 0}:${mark?.projects ?? 0}`;
  if (!flowCache || flowCache.key !== key || now - flowCache.at > FLOW_TTL_MS) {
    const value = Promise.all([getFunnel(), getTimeInStage()]).then(([funnel, timeInStage]) => ({
      funnel,
      timeInStage,
    }));
    flowCache = { key, at: now, value };
    value.catch(() => {
      if (flowCache?.value === value) flowCache = null;
    });
  }
  return flowCache.value;
}

/** Everything /impact shows, the stories a page at a time. */
export async function getImpact({ storiesPage }: { storiesPage: number }) {
  const [flow, figures, stories] = await Promise.all([
    getPipelineFlow(),
    getOutcomeFigures(),
    listSuccessStories({ page: storiesPage }),
  ]);
  return { ...flow, figures, stories };
}
