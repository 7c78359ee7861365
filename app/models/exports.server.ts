/**
 * The rows of the organisers' CSV exports, read in keyset batches (BATCH_SIZE rows a query, plus
 * one query per batch for what the batch needs besides) while the file streams out, so 20,000
 * problems never sit in memory and no query grows with the table. Each function checks who is
 * asking (app/domain/exports.ts) before any row is read, and selects only the columns the export
 * shows: no email, no funding interest, no mentorship notes, no unpublished or per-judge scores.
 * Decision record 0061.
 */
import { and, asc, eq, gt, inArray, or, sql } from "drizzle-orm";
import { hackDayParticipants, hackDays, problems, projects, userRoles, users } from "../../db/schema";
import {
  exportRefusal,
  nextGateProgress,
  registrantsExportRefusal,
  resultsExportRefusal,
  type ProblemExportRow,
  type ProjectExportRow,
  type RegistrantExportRow,
  type ResultExportRow,
} from "../domain/exports";
import type { Role } from "../domain/taxonomy";
import { keysetBatches } from "../utils/batches";
import { getDb, type ModelResult, type Viewer } from "./core.server";
import { alias, insertionOrder } from "./dialect.server";
import { findHackDay, HACK_DAY_NOT_FOUND } from "./hack-days.server";
import { getPublishedResults } from "./judging.server";
import { loadGateStandings } from "./suggestions.server";
import { tagsForProblems } from "./tags.server";

type Rows<Row> = { rows: AsyncIterable<Row> };

// ---------------------------------------------------------------- problems

function readProblems(after: number | null, limit: number) {
  return getDb()
    .select({
      id: problems.id,
      title: problems.title,
      summary: problems.summary,
      status: problems.status,
      careSetting: problems.careSetting,
      specialty: problems.specialty,
      authorName: users.name,
      endorsementCount: problems.endorsementCount,
      organisationCount: problems.organisationCount,
      commentCount: problems.commentCount,
      projectCount: problems.projectCount,
      duplicateOfId: problems.duplicateOfId,
      closedReason: problems.closedReason,
      hiddenAt: problems.hiddenAt,
      createdAt: problems.createdAt,
      lastActivityAt: problems.lastActivityAt,
    })
    .from(problems)
    .innerJoin(users, eq(users.id, problems.authorId))
    .where(gt(problems.id, after ?? 0))
    .orderBy(asc(problems.id))
    .limit(limit);
}

async function* problemRows(): AsyncGenerator<ProblemExportRow> {
  for await (const batch of keysetBatches(readProblems, (row) => row.id)) {
    const tags = await tagsForProblems(batch.map((row) => row.id));
    for (const { hiddenAt, ...row } of batch)
      yield { ...row, hidden: hiddenAt !== null, tags: (tags.get(row.id) ?? []).map((t) => t.name).join("; ") };
  }
}

/** Every problem, hidden and merged ones too, oldest first; or the refusal for a non-organiser. */
export async function exportProblems({ viewer }: { viewer: Viewer }): Promise<ModelResult<Rows<ProblemExportRow>>> {
  return exportRefusal(viewer) ?? { ok: true, rows: problemRows() };
}

// ---------------------------------------------------------------- projects

const lead = alias(users, "lead");

function readProjects(after: number | null, limit: number) {
  return getDb()
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      problemId: projects.problemId,
      problemTitle: problems.title,
      hackDayName: hackDays.name,
      leadName: lead.name,
      teamSize:
        sql<number>`(SELECT count(*) FROM project_members tm WHERE tm.project_id = ${projects.id} AND tm.status = 'active')`.mapWith(
          Number,
        ),
      stage: projects.stage,
      state: projects.state,
      archiveReason: projects.archiveReason,
      stateReason: projects.stateReason,
      careSetting: projects.careSetting,
      specialty: projects.specialty,
      submittedAt: projects.submittedAt,
      stageEnteredAt: projects.stageEnteredAt,
      lastActivityAt: projects.lastActivityAt,
    })
    .from(projects)
    .innerJoin(lead, eq(lead.id, projects.leadId))
    .leftJoin(problems, eq(problems.id, projects.problemId))
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(gt(projects.id, after ?? 0))
    .orderBy(asc(projects.id))
    .limit(limit);
}

async function* projectRows(): AsyncGenerator<ProjectExportRow> {
  for await (const batch of keysetBatches(readProjects, (row) => row.id)) {
    // The gate records and the facts derived items come from: two queries for the whole batch.
    const standings = await loadGateStandings(batch.map((row) => row.id));
    for (const row of batch) {
      const standing = standings.get(row.id);
      const facts = standing?.facts ?? {
        hasClinician: false,
        problemLinked: false,
        activeMentors: 0,
        dataUsePublished: false,
        storiesPublished: 0,
      };
      yield {
        ...row,
        activeMentors: facts.activeMentors,
        storiesPublished: facts.storiesPublished,
        gate: nextGateProgress(row.stage, standing?.records ?? {}, facts),
      };
    }
  }
}

/**
 * Every project, submitted or not (organisers see drafts), oldest first, with its stage and how
 * far it is through its next gate; or the refusal for a non-organiser.
 */
export async function exportProjects({ viewer }: { viewer: Viewer }): Promise<ModelResult<Rows<ProjectExportRow>>> {
  return exportRefusal(viewer) ?? { ok: true, rows: projectRows() };
}

// ---------------------------------------------------------------- registrants

type RegistrantCursor = { createdAt: Date; rowid: number };

/** People with one status at a hack day, in the order they joined it (the waiting list's order). */
function readRegistrants(hackDayId: number, status: "registered" | "waitlisted") {
  return (after: RegistrantCursor | null, limit: number) =>
    getDb()
      .select({
        rowid: insertionOrder(hackDayParticipants).mapWith(Number),
        userId: hackDayParticipants.userId,
        name: users.name,
        organisation: users.organisation,
        status: hackDayParticipants.status,
        registeredAt: hackDayParticipants.createdAt,
        team: sql<
          string | null
        >`(SELECT tp.name FROM project_members tpm JOIN projects tp ON tp.id = tpm.project_id WHERE tpm.user_id = ${hackDayParticipants.userId} AND tp.hack_day_id = ${hackDayParticipants.hackDayId} AND tpm.status = 'active' ORDER BY tp.id LIMIT 1)`,
      })
      .from(hackDayParticipants)
      .innerJoin(users, eq(users.id, hackDayParticipants.userId))
      .where(
        and(
          eq(hackDayParticipants.hackDayId, hackDayId),
          eq(hackDayParticipants.status, status),
          after
            ? or(
                gt(hackDayParticipants.createdAt, after.createdAt),
                and(
                  eq(hackDayParticipants.createdAt, after.createdAt),
                  sql`${insertionOrder(hackDayParticipants)} > ${after.rowid}`,
                ),
              )
            : undefined,
        ),
      )
      .orderBy(asc(hackDayParticipants.createdAt), insertionOrder(hackDayParticipants))
      .limit(limit);
}

async function* registrantRows(hackDayId: number): AsyncGenerator<RegistrantExportRow> {
  for (const status of ["registered", "waitlisted"] as const) {
    let position = 0;
    const batches = keysetBatches(readRegistrants(hackDayId, status), (row) => ({
      createdAt: row.registeredAt,
      rowid: row.rowid,
    }));
    for await (const batch of batches) {
      const roleRows = await getDb()
        .select({ userId: userRoles.userId, role: userRoles.role })
        .from(userRoles)
        .where(
          inArray(
            userRoles.userId,
            batch.map((row) => row.userId),
          ),
        );
      const rolesOf = new Map<number, Role[]>();
      for (const { userId, role } of roleRows) rolesOf.set(userId, [...(rolesOf.get(userId) ?? []), role]);
      for (const row of batch)
        yield {
          name: row.name,
          organisation: row.organisation,
          roles: rolesOf.get(row.userId) ?? [],
          status,
          position: status === "waitlisted" ? ++position : null,
          registeredAt: row.registeredAt,
          team: row.team,
        };
    }
  }
}

/**
 * A hack day's registrants: everyone with a place, then the waiting list in its order (cancelled
 * registrations are left out). Only its organiser or an admin; 404 for no such hack day.
 */
export async function exportRegistrants({
  viewer,
  hackDayId,
}: {
  viewer: Viewer;
  hackDayId: number;
}): Promise<ModelResult<Rows<RegistrantExportRow> & { hackDay: { id: number; name: string } }>> {
  const denied = exportRefusal(viewer);
  if (denied) return denied;
  const hackDay = await findHackDay(hackDayId);
  if (!hackDay) return HACK_DAY_NOT_FOUND;
  return (
    registrantsExportRefusal(viewer, hackDay) ?? {
      ok: true,
      hackDay: { id: hackDayId, name: hackDay.name },
      rows: registrantRows(hackDayId),
    }
  );
}

// ---------------------------------------------------------------- results

/**
 * A hack day's published ranking with each criterion's mean and the awards; 409 before the
 * results are published, 404 for no such hack day. The ranking is worked out in memory as the
 * results page does (one hack day's projects, not a table's worth).
 */
export async function exportResults({ viewer, hackDayId }: { viewer: Viewer; hackDayId: number }): Promise<
  ModelResult<
    Rows<ResultExportRow> & {
      hackDay: { id: number; name: string };
      criteria: { id: number; name: string; weight: number }[];
    }
  >
> {
  const denied = exportRefusal(viewer);
  if (denied) return denied;
  const hackDay = await findHackDay(hackDayId);
  if (!hackDay) return HACK_DAY_NOT_FOUND;
  const refusal = resultsExportRefusal(viewer, hackDay);
  if (refusal) return refusal;
  // Published results stay published (the status only moves on to archived), so this is null
  // only for a hack day that has gone since.
  const published = await getPublishedResults(hackDayId);
  if (!published) return HACK_DAY_NOT_FOUND;
  const awardsOf = new Map<number, string[]>();
  for (const award of published.awards)
    awardsOf.set(award.projectId, [...(awardsOf.get(award.projectId) ?? []), award.name]);
  const rows = published.results.map((r): ResultExportRow => ({
    rank: r.rank,
    projectId: r.projectId,
    name: r.name,
    weightedMean: r.weightedMean,
    judgeCount: r.judgeCount,
    criterionMeans: r.criterionMeans,
    awards: awardsOf.get(r.projectId) ?? [],
  }));
  return {
    ok: true,
    hackDay: { id: hackDayId, name: hackDay.name },
    criteria: published.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    rows: (async function* () {
      yield* rows;
    })(),
  };
}
