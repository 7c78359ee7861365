import { and, count, desc, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { hackDays, problems, projects } from "../../db/schema";
import { isOrganiser } from "../domain/roles";
import { gateItem } from "../domain/gates";
import { isStalled, stageIndex, stageKeys, STALLED_AFTER_DAYS, type Stage } from "../domain/stages";
import { getDb, type Viewer } from "./core.server";
import type { PipelineFilters } from "../validation/browse";
import {
  cardColumns,
  isPublicProject,
  listHackDaysWithProjects,
  viewerIsMemberSql,
  viewerIsMentorSql,
  type ProjectCard,
} from "./projects.server";

/** A card on the board. `stalled` is only ever true for someone allowed to know it. */
export type BoardCard = Omit<ProjectCard, "createdAt"> & { stalled: boolean };
export type BoardColumn = { stage: Stage; total: number; cards: BoardCard[] };
export type BoardShelf = { state: "paused" | "archived"; total: number; cards: BoardCard[] };

/** How many cards a column shows before its "see all" link. */
export const CARDS_PER_COLUMN = 10;

/**
 * "Ready for funding" (docs/decisions/0048-pipeline-filters-and-views.md): active projects whose
 * next gate asks for the `funding_committed` item and have not settled it (no status row that is
 * met or not applicable). The gate holding the item is read from app/domain/gates.ts, so the stage
 * is the one before it: pilot ready today.
 */
export const FUNDING_ITEM_KEY = "funding_committed";
const fundingGate = gateItem(FUNDING_ITEM_KEY)?.stage ?? "pilot";
export const READY_FOR_FUNDING_STAGE: Stage = stageKeys[stageIndex(fundingGate) - 1] ?? "pilot_ready";

/**
 * How many ready-for-funding projects are listed. The gallery has no such filter to send "see all"
 * to, so this single column shows more than a board column does, and says when there are more.
 */
export const READY_FOR_FUNDING_LIMIT = 50;

// Settled means met or not applicable, as funders.server.ts reads it; the primary key
// (project_id, item_key) answers the lookup for each pilot-ready project.
const fundingNotSettled = sql`NOT EXISTS (SELECT 1 FROM gate_item_statuses g WHERE g.project_id = ${projects.id} AND g.item_key = ${FUNDING_ITEM_KEY} AND g.status IN ('met', 'not_applicable'))`;

/**
 * The pipeline board: active public projects by stage (most recently active first, at most
 * `perColumn` per column, with each column's total), and paused and archived projects on their own
 * shelves. "Stalled" (no activity for STALLED_AFTER_DAYS) is worked out per card and shown only to
 * organisers and to the project's own team and mentors; the stalled filter is honoured for organisers
 * only (docs/decisions/0042-stalled-visibility.md). Hack day narrows the board and the shelves;
 * "ready for funding" shows only the pilot-ready column and leaves the shelves out. The number of
 * queries is fixed whatever the data (decision 0047): the hack-day options, one grouped count, at
 * most seven column queries, two counts and two shelf queries.
 */
export async function getPipelineBoard({
  filters,
  viewer,
  perColumn = CARDS_PER_COLUMN,
  now = new Date(),
}: {
  filters: PipelineFilters;
  viewer: Viewer;
  perColumn?: number;
  now?: Date;
}) {
  const db = getDb();
  const organiser = isOrganiser(viewer);
  const stalledOnly = Boolean(filters.stalled) && organiser;
  const readyForFunding = Boolean(filters.readyForFunding);
  // The hack-day filter offers only hack days with public projects; any other id is dropped, like
  // a filter that does not parse, so the select never claims "any" while the board is narrowed.
  const hackDayOptions = await listHackDaysWithProjects();
  const hackDay = hackDayOptions.some((h) => h.id === filters.hackDay) ? filters.hackDay : undefined;
  const columnLimit = readyForFunding ? Math.max(perColumn, READY_FOR_FUNDING_LIMIT) : perColumn;
  const cutoff = new Date(now.getTime() - STALLED_AFTER_DAYS * 24 * 60 * 60 * 1000);

  const shared: SQL | undefined = and(
    isPublicProject,
    filters.careSetting ? eq(projects.careSetting, filters.careSetting) : undefined,
    filters.specialty ? eq(projects.specialty, filters.specialty) : undefined,
    hackDay ? eq(projects.hackDayId, hackDay) : undefined,
  );
  const active = and(
    shared,
    eq(projects.state, "active"),
    stalledOnly ? lt(projects.lastActivityAt, cutoff) : undefined,
    readyForFunding ? and(eq(projects.stage, READY_FOR_FUNDING_STAGE), fundingNotSettled) : undefined,
  );
  // Whether this viewer may see the stalled mark on the card in the current row.
  const related: SQL<boolean> = organiser
    ? sql<boolean>`1`.mapWith(Boolean)
    : viewer
      ? sql<boolean>`(${or(viewerIsMemberSql(viewer.id), viewerIsMentorSql(viewer.id))})`.mapWith(Boolean)
      : sql<boolean>`0`.mapWith(Boolean);

  const { createdAt: _createdAt, ...cardFields } = cardColumns;
  const cardsWhere = (where: SQL | undefined, limit = perColumn) =>
    db
      .select({ ...cardFields, lastActivityAt: projects.lastActivityAt, related })
      .from(projects)
      .leftJoin(problems, and(eq(problems.id, projects.problemId), isNull(problems.hiddenAt)))
      .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
      .where(where)
      .orderBy(desc(projects.lastActivityAt), desc(projects.id))
      .limit(limit);
  const toCard = ({
    lastActivityAt,
    related: mayKnow,
    ...card
  }: Awaited<ReturnType<typeof cardsWhere>>[number]): BoardCard => ({
    ...card,
    stalled: mayKnow && card.state === "active" && isStalled(lastActivityAt, now),
  });

  const stages = filters.stage ? [filters.stage] : readyForFunding ? [READY_FOR_FUNDING_STAGE] : stageKeys;
  const counts = await db
    .select({ stage: projects.stage, n: count() })
    .from(projects)
    .where(active)
    .groupBy(projects.stage);
  const totals = new Map(counts.map((c) => [c.stage, c.n]));
  // One small indexed query per column (projects_state_stage_idx), a fixed seven at most.
  const columns = await Promise.all(
    stages.map(async (stage): Promise<BoardColumn> => {
      const total = totals.get(stage) ?? 0;
      const cards = total === 0 ? [] : await cardsWhere(and(active, eq(projects.stage, stage)), columnLimit);
      return { stage, total, cards: cards.map(toCard) };
    }),
  );

  // Stalled and ready for funding are about active projects only, so the shelves are left out.
  const shelves =
    stalledOnly || readyForFunding
      ? []
      : await Promise.all(
          (["paused", "archived"] as const).map(async (state): Promise<BoardShelf> => {
            const where = and(
              shared,
              eq(projects.state, state),
              filters.stage ? eq(projects.stage, filters.stage) : undefined,
            );
            const [row] = await db.select({ n: count() }).from(projects).where(where);
            const total = row?.n ?? 0;
            const cards = total === 0 ? [] : await cardsWhere(where);
            return { state, total, cards: cards.map(toCard) };
          }),
        );

  return {
    columns,
    shelves,
    canFilterStalled: organiser,
    stalledOnly,
    readyForFunding,
    hackDay,
    hackDayOptions,
    activeTotal: counts.reduce((sum, c) => sum + c.n, 0),
  };
}

export type PipelineBoard = Awaited<ReturnType<typeof getPipelineBoard>>;
