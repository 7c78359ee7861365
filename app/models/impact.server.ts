/**
 * The figures of /impact, each aggregated in SQL (through indexes) to a handful of rows: a
 * histogram, one row per month or hack day. app/domain/impact.ts turns those into the page's
 * numbers; no rows of a whole table reach JavaScript (docs/decisions/0041-impact-funnel.md,
 * 0062-impact-page.md).
 */
import { and, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { outcomes, projects } from "../../db/schema";
import {
  addMonths,
  buildFunnel,
  buildTimeInStage,
  chartMonths,
  fillMonths,
  monthBoundaries,
  monthOf,
  resolvePeriod,
  type HackDayOutcome,
  type ImpactFilters,
  type Period,
} from "../domain/impact";
import { stageIndex, stageKeys, type Stage } from "../domain/stages";
import type { CareSetting, Specialty } from "../domain/taxonomy";
import { getDb, readUntilNextWrite } from "./core.server";
import { greatest, integerParam, rawRows } from "./dialect.server";
import { pageWindow, toPage, type Page } from "../utils/pagination";
import { isPublicProject, listHackDaysWithProjects } from "./projects.server";

/** What every figure is filtered by: the facets and the resolved period (all time by default for stories). */
export type ImpactScope = {
  careSetting?: CareSetting;
  specialty?: Specialty;
  hackDay?: number;
  period: Period;
};

const ALL_TIME: ImpactScope = { period: { preset: null, from: null, to: null, start: null, end: null } };

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** `CASE <column> WHEN 'prototype' THEN 0 … END`: a stage's position, in SQL. Built from constants only. */
function stagePosition(column: string) {
  return sql.raw(`CASE ${column} ${stageKeys.map((key, i) => `WHEN '${key}' THEN ${i}`).join(" ")} END`);
}

/** `('pilot', 'evaluation', …)`: the stages from pilot on, which make a problem solved. Constants only. */
const PILOT_OR_LATER = sql.raw(
  `(${stageKeys
    .slice(stageIndex("pilot"))
    .map((k) => `'${k}'`)
    .join(", ")})`,
);

/** Timeline kinds that put a project into a stage. Requests and returns do not move it. */
const ENTERING_KINDS = sql.raw(`('submitted', 'approved', 'override', 'moved_back')`);

/**
 * A public project's furthest stage (as a position): the later of its current stage and the
 * furthest any approved or overridden move took it. One indexed look-up per project.
 */
const FURTHEST = greatest(
  stagePosition("p.stage"),
  sql`coalesce((
  SELECT max(${stagePosition("sm.to_stage")}) FROM stage_moves sm
  WHERE sm.project_id = p.id AND sm.kind IN ('approved', 'override') AND sm.to_stage IS NOT NULL
), 0)`,
);

/**
 * The WHERE of the projects (alias `p`) a scope covers: public, matching the facets, and, unless
 * `period` is false, submitted in the period.
 */
function projectScope(scope: ImpactScope, { period = true }: { period?: boolean } = {}): SQL {
  const parts: SQL[] = [sql`p.submitted_at IS NOT NULL`];
  if (scope.careSetting) parts.push(sql`p.care_setting = ${scope.careSetting}`);
  if (scope.specialty) parts.push(sql`p.specialty = ${scope.specialty}`);
  if (scope.hackDay) parts.push(sql`p.hack_day_id = ${scope.hackDay}`);
  if (period && scope.period.start) parts.push(sql`p.submitted_at >= ${seconds(scope.period.start)}`);
  if (period && scope.period.end) parts.push(sql`p.submitted_at < ${seconds(scope.period.end)}`);
  return sql.join(parts, sql` AND `);
}

/**
 * The WHERE of the problems (alias `pr`) a scope covers: listed (not hidden, not merged), matching
 * the facets, and, with a hack day, shortlisted for it. The period is the caller's (months).
 */
function problemScope(scope: ImpactScope): SQL {
  const parts: SQL[] = [sql`pr.hidden_at IS NULL AND pr.status <> 'duplicate'`];
  if (scope.careSetting) parts.push(sql`pr.care_setting = ${scope.careSetting}`);
  if (scope.specialty) parts.push(sql`pr.specialty = ${scope.specialty}`);
  if (scope.hackDay)
    parts.push(
      sql`pr.id IN (SELECT hp.problem_id FROM hack_day_problems hp WHERE hp.hack_day_id = ${scope.hackDay} AND hp.status = 'accepted')`,
    );
  return sql.join(parts, sql` AND `);
}

/** `YYYY-MM-DD` bounds of the period, for calendar-date columns (an outcome's measured_on, a pilot's starts_on). */
function dateScope(column: string, period: Period): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (period.from) parts.push(sql`${sql.raw(column)} >= ${`${period.from}-01`}`);
  if (period.to) parts.push(sql`${sql.raw(column)} < ${`${addMonths(period.to, 1)}-01`}`);
  return sql.join(parts, sql` AND `);
}

/**
 * The funnel: for each stage, how many projects in scope ever reached it (their current stage or
 * the furthest stage any approved or overridden move took them to, whichever is further), how
 * many are in it now (not archived), and the conversion from the stage before. Paused and
 * archived projects count for how far they got. One grouped query: at most 98 rows.
 */
export async function getFunnel(scope: ImpactScope) {
  const rows = await rawRows<{ furthest: number; current: number; archived: number; n: number }>(
    getDb(),
    sql`
    SELECT furthest, current, archived, count(*) AS n FROM (
      SELECT ${FURTHEST} AS furthest, ${stagePosition("p.stage")} AS current, p.state = 'archived' AS archived
      FROM projects p WHERE ${projectScope(scope)}
    ) AS scoped GROUP BY furthest, current, archived`,
  );
  const furthest: Partial<Record<Stage, number>> = {};
  const now: Partial<Record<Stage, number>> = {};
  for (const row of rows) {
    const reached = stageKeys[row.furthest];
    if (reached) furthest[reached] = (furthest[reached] ?? 0) + row.n;
    const current = stageKeys[row.current];
    if (current && !row.archived) now[current] = (now[current] ?? 0) + row.n;
  }
  return buildFunnel(furthest, now);
}

/**
 * Median days projects in scope spent in each stage, over finished stays, from the timeline.
 * A project's history is its stage-entering moves; one whose submission was not recorded as a
 * move enters prototype when it was submitted. Repeated entries into the same stage continue the
 * stay; a stay ends when the project enters another stage; a move that says it left a stage other
 * than the one the project was seen to enter marks a gap, and that stay is not counted. The stay
 * a project is in now is unfinished and left out. SQL's window functions walk each project's
 * history and return a histogram of (stage, whole days, stays); the median is taken from it.
 */
export async function getTimeInStage(scope: ImpactScope) {
  const where = projectScope(scope);
  const rows = await rawRows<{ stage: Stage; days: number; stays: number }>(
    getDb(),
    sql`
    WITH entries AS (
      SELECT sm.project_id AS pid, sm.to_stage AS stage, sm.from_stage AS from_stage, sm.created_at AS at, sm.id AS seq
      FROM projects p JOIN stage_moves sm ON sm.project_id = p.id
      WHERE ${where} AND sm.kind IN ${ENTERING_KINDS} AND sm.to_stage IS NOT NULL
      UNION ALL
      SELECT p.id, 'prototype', NULL, p.submitted_at, 0 FROM projects p
      WHERE ${where} AND NOT EXISTS (SELECT 1 FROM stage_moves s2 WHERE s2.project_id = p.id AND s2.kind = 'submitted')
    ),
    ordered AS (
      SELECT pid, stage, from_stage, at, seq, lag(stage) OVER (PARTITION BY pid ORDER BY at, seq) AS prev_stage
      FROM entries
    ),
    stays AS (
      SELECT stage, at,
        lead(at) OVER (PARTITION BY pid ORDER BY at, seq) AS next_at,
        lead(from_stage) OVER (PARTITION BY pid ORDER BY at, seq) AS next_from
      FROM ordered WHERE prev_stage IS NULL OR prev_stage <> stage
    )
    SELECT stage, CAST(round(${greatest(sql`0`, sql`next_at - at`)} / 86400.0) AS INTEGER) AS days, count(*) AS stays
    FROM stays WHERE next_at IS NOT NULL AND (next_from IS NULL OR next_from = stage)
    GROUP BY stage, days`,
  );
  return buildTimeInStage(rows);
}

/** `CASE WHEN <column> < b1 THEN 0 WHEN <column> < b2 THEN 1 … END`: the month an instant falls in. */
function monthBucket(column: SQL, boundaries: readonly Date[]): SQL {
  const whens = boundaries.slice(1).map((b, i) => sql`WHEN ${column} < ${seconds(b)} THEN ${integerParam(i)}`);
  return sql`CASE ${sql.join(whens, sql` `)} END`;
}

/**
 * Problems in scope posted and solved in each month of the chart (the period's months, at most
 * 24; the last 12 when the period is open). A problem counts as solved in the month a project on
 * it (public, not archived, at pilot or later now) first entered pilot or a later stage by an
 * approved or overridden move, or, without such a move on record, entered its current stage;
 * only problems whose status is solved now count. Both are grouped in SQL: one row per month.
 */
export async function getProblemsByMonth(scope: ImpactScope, now: Date) {
  const months = chartMonths(scope.period, now);
  const bounds = monthBoundaries(months);
  const [first, last] = [seconds(bounds[0]!), seconds(bounds[bounds.length - 1]!)];
  const where = problemScope(scope);
  const db = getDb();
  const [posted, solved] = await Promise.all([
    // One indexed range count per month (a covering partial index for each facet).
    rawRows<{ bucket: number; n: number }>(
      db,
      sql`
      WITH m(i, lo, hi) AS (VALUES ${sql.join(
        months.map(
          (_, i) =>
            sql`(${integerParam(i)}, ${integerParam(seconds(bounds[i]!))}, ${integerParam(seconds(bounds[i + 1]!))})`,
        ),
        sql`, `,
      )})
      SELECT m.i AS bucket, (
        SELECT count(*) FROM problems pr WHERE ${where} AND pr.created_at >= m.lo AND pr.created_at < m.hi
      ) AS n FROM m`,
    ),
    rawRows<{ bucket: number; n: number }>(
      db,
      sql`
      SELECT ${monthBucket(sql`solved_at`, bounds)} AS bucket, count(*) AS n FROM (
        SELECT pr.id, min(coalesce((
          SELECT min(sm.created_at) FROM stage_moves sm
          WHERE sm.project_id = p.id AND sm.kind IN ('approved', 'override') AND sm.to_stage IN ${PILOT_OR_LATER}
        ), p.stage_entered_at)) AS solved_at
        FROM problems pr JOIN projects p ON p.problem_id = pr.id
        WHERE pr.status = 'solved' AND ${where}
          AND p.submitted_at IS NOT NULL AND p.state <> 'archived' AND p.stage IN ${PILOT_OR_LATER}
        GROUP BY pr.id
      ) AS solved WHERE solved_at >= ${first} AND solved_at < ${last}
      GROUP BY bucket`,
    ),
  ]);
  return fillMonths(months, posted, solved);
}

/** How many hack days the outcomes table shows at most (newest first). */
const HACK_DAY_ROWS = 20;

/**
 * Per announced hack day (newest first, at most HACK_DAY_ROWS; drafts are organisers' business):
 * the projects in scope that came from it (its prototypes) and how many of them ever reached
 * validation, pilot and adoption, with the number of hack days that had any.
 */
export async function getHackDayOutcomes(scope: ImpactScope): Promise<{ items: HackDayOutcome[]; total: number }> {
  const [validation, pilot, adopted] = (["validation", "pilot", "adopted"] as const).map(stageIndex);
  const rows = await rawRows<Omit<HackDayOutcome, "startsAt"> & { startsAt: number; total: number }>(
    getDb(),
    sql`
    SELECT h.id, h.name, h.starts_at AS "startsAt", count(*) AS prototypes,
      count(CASE WHEN x.furthest >= ${validation} THEN 1 END) AS validation,
      count(CASE WHEN x.furthest >= ${pilot} THEN 1 END) AS pilot,
      count(CASE WHEN x.furthest >= ${adopted} THEN 1 END) AS adopted, count(*) OVER () AS total
    FROM (
      SELECT p.hack_day_id AS hid, ${FURTHEST} AS furthest FROM projects p
      WHERE ${projectScope(scope)} AND p.hack_day_id IS NOT NULL
    ) x JOIN hack_days h ON h.id = x.hid AND h.status <> 'draft'
    GROUP BY h.id ORDER BY h.starts_at DESC, h.id DESC LIMIT ${HACK_DAY_ROWS}`,
  );
  return {
    items: rows.map(({ total: _total, startsAt, ...row }) => ({ ...row, startsAt: new Date(startsAt * 1000) })),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * Headline figures about pilots and measured outcomes on public projects in scope (the facets;
 * the period applies to each figure's own date: a pilot's start, an outcome's measurement, a
 * story's publication).
 */
export async function getOutcomeFigures(scope: ImpactScope) {
  const projectsIn = projectScope(scope, { period: false });
  const measured = dateScope("o.measured_on", scope.period);
  const started = dateScope("pl.starts_on", scope.period);
  const published: SQL[] = [sql`o.published_at IS NOT NULL`];
  if (scope.period.start) published.push(sql`o.published_at >= ${seconds(scope.period.start)}`);
  if (scope.period.end) published.push(sql`o.published_at < ${seconds(scope.period.end)}`);
  const [row] = await rawRows<{
    outcomes: number;
    stories: number;
    projectsWithOutcomes: number;
    pilotsLive: number;
    pilotsCompleted: number;
    pilotOrganisations: number;
  }>(
    getDb(),
    sql`
    SELECT
      (SELECT count(*) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE ${projectsIn} AND ${measured}) AS outcomes,
      (SELECT count(*) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE ${projectsIn} AND ${sql.join(published, sql` AND `)}) AS stories,
      (SELECT count(DISTINCT o.project_id) FROM outcomes o JOIN projects p ON p.id = o.project_id WHERE ${projectsIn} AND ${measured}) AS "projectsWithOutcomes",
      (SELECT count(*) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE ${projectsIn} AND ${started} AND pl.status = 'live') AS "pilotsLive",
      (SELECT count(*) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE ${projectsIn} AND ${started} AND pl.status = 'completed') AS "pilotsCompleted",
      (SELECT count(DISTINCT lower(trim(pl.organisation))) FROM pilots pl JOIN projects p ON p.id = pl.project_id WHERE ${projectsIn} AND ${started} AND pl.status IN ('live', 'completed')) AS "pilotOrganisations"`,
  );
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

/**
 * Published success stories on public projects, newest first; with a scope, only those on
 * projects matching its facets and published in its period.
 */
export async function listSuccessStories({
  page,
  pageSize = 10,
  scope = ALL_TIME,
}: {
  page: number;
  pageSize?: number;
  scope?: ImpactScope;
}): Promise<Page<SuccessStory>> {
  const db = getDb();
  const where = and(
    isNotNull(outcomes.publishedAt),
    isPublicProject,
    scope.careSetting ? eq(projects.careSetting, scope.careSetting) : undefined,
    scope.specialty ? eq(projects.specialty, scope.specialty) : undefined,
    scope.hackDay ? eq(projects.hackDayId, scope.hackDay) : undefined,
    scope.period.start ? gte(outcomes.publishedAt, scope.period.start) : undefined,
    scope.period.end ? lt(outcomes.publishedAt, scope.period.end) : undefined,
  );
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

// The funnel, time in stage, months and hack days read every matching project's history, which
// grows with the programme: they are counted again only after a write (decision 0063).
type Flow = {
  funnel: Awaited<ReturnType<typeof getFunnel>>;
  timeInStage: Awaited<ReturnType<typeof getTimeInStage>>;
  months: Awaited<ReturnType<typeof getProblemsByMonth>>;
  hackDays: Awaited<ReturnType<typeof getHackDayOutcomes>>;
};

/**
 * The figures of a scope that follow the pipeline (funnel, time in stage, problems by month, hack
 * days), kept per scope and month until the next write.
 */
export function getImpactFlow(scope: ImpactScope, { now = new Date() }: { now?: Date } = {}): Promise<Flow> {
  const { careSetting, specialty, hackDay, period } = scope;
  const key = `impact-flow:${JSON.stringify([careSetting, specialty, hackDay, period.from, period.to, monthOf(now)])}`;
  return readUntilNextWrite(key, () =>
    Promise.all([
      getFunnel(scope),
      getTimeInStage(scope),
      getProblemsByMonth(scope, now),
      getHackDayOutcomes(scope),
    ]).then(([funnel, timeInStage, months, hackDays]) => ({ funnel, timeInStage, months, hackDays })),
  );
}

/**
 * Everything /impact shows for the filters, the stories a page at a time. A hack day that is not
 * among those offered (none with public projects, or a draft) is dropped like any filter that does
 * not parse; a preset period drops from/to. Returns the filters in force and the hack days offered.
 */
export async function getImpact({
  filters,
  storiesPage,
  now = new Date(),
}: {
  filters: ImpactFilters;
  storiesPage: number;
  now?: Date;
}) {
  const hackDayOptions = await listHackDaysWithProjects();
  const hackDay = hackDayOptions.find((h) => h.id === filters.hackDay);
  const applied: ImpactFilters = {
    careSetting: filters.careSetting,
    specialty: filters.specialty,
    hackDay: hackDay?.id,
    period: filters.period,
    from: filters.period ? undefined : filters.from,
    to: filters.period ? undefined : filters.to,
  };
  const period = resolvePeriod(applied, now);
  const scope: ImpactScope = { ...applied, period };
  // Outcome figures and stories are cheap (a few indexed rows) and not cached, so a story
  // published or withdrawn shows at once.
  const [flow, figures, stories] = await Promise.all([
    getImpactFlow(scope, { now }),
    getOutcomeFigures(scope),
    listSuccessStories({ page: storiesPage, scope }),
  ]);
  return {
    filters: applied,
    period,
    hackDayName: hackDay?.name ?? null,
    hackDayOptions,
    ...flow,
    figures,
    stories,
  };
}
