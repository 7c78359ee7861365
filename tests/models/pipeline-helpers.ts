import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { rawRow, rawRun } from "../../app/models/dialect.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createMentor, createProblem, createProject, createUser } from "../factories";
import { onPostgres } from "../setup/store";

/**
 * A submitted project at prototype with its people: a developer lead, a clinician on the team, an
 * organiser, and an active clinical-safety mentor; `ready` fills the gate into validation.
 */
export async function pipelineProject({ ready = false }: { ready?: boolean } = {}) {
  // Another project and its mentorships first, so this project's id and its rows' ids differ (a
  // subquery that compared the wrong id would then be seen).
  const elsewhere = await createProject({ name: "Elsewhere", submittedAt: new Date("2026-02-01T10:00:00Z") });
  for (const areas of [["clinical_safety"], ["regulation"]] as const)
    await getWriterDb()
      .insert(s.mentorships)
      .values({ projectId: elsewhere.id, mentorId: (await createMentor({ areas: [...areas] })).id, status: "active" });
  const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
  const clinician = await createUser({ roles: ["clinician"], name: "Cara Clinician" });
  const organiser = await createUser({ roles: ["organiser"], name: "Olu Organiser" });
  const mentor = await createMentor({ areas: ["clinical_safety"] });
  const stranger = await createUser({ roles: ["developer"], name: "Sam Stranger" });
  const problem = await createProblem({ title: "Missed foot checks", status: "in_progress" });
  const project = await createProject({
    name: "Foot Check",
    leadId: lead.id,
    members: [clinician.id],
    problemId: problem.id,
    submittedAt: new Date("2026-03-01T10:00:00Z"),
  });
  const db = getWriterDb();
  await db.insert(s.mentorships).values({ projectId: project.id, mentorId: mentor.id, status: "active" });
  if (ready)
    await db
      .insert(s.gateItemStatusesTable)
      .values({ projectId: project.id, itemKey: "working_demo", status: "met", evidence: "https://demo.example" });
  return { lead, clinician, organiser, mentor, stranger, problem, project };
}

type FailingTable = "audit_events" | "notifications" | "stage_moves" | "gate_item_events";

/**
 * Makes every insert into `table` fail, to prove a transaction leaves nothing behind: a trigger
 * `fail_<table>` (on PostgreSQL with its function `fail_<table>()`); `allowInsertsInto` drops it.
 */
export async function failInsertsInto(table: FailingTable) {
  const db = getWriterDb();
  if (onPostgres) {
    await rawRun(
      db,
      sql.raw(
        `CREATE FUNCTION fail_${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$`,
      ),
    );
    await rawRun(
      db,
      sql.raw(`CREATE TRIGGER fail_${table} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_${table}()`),
    );
  } else {
    await rawRun(
      db,
      sql.raw(
        `CREATE TRIGGER fail_${table} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
      ),
    );
  }
}

/**
 * What a write stopped by `failInsertsInto` throws, for `rejects.toThrow(forcedFailure)`: SQLite's
 * error says "forced failure"; on PostgreSQL drizzle's DrizzleQueryError ("Failed query: …") wraps
 * the trigger's exception, which says it, as its cause (an asymmetric matcher, which toThrow
 * takes though its type names only strings, classes, RegExps and errors).
 */
export const forcedFailure: string = onPostgres
  ? expect.objectContaining({ cause: expect.objectContaining({ message: "forced failure" }) })
  : "forced failure";

/** Lets inserts into `table` succeed again, dropping what `failInsertsInto` made. */
export async function allowInsertsInto(table: FailingTable) {
  const db = getWriterDb();
  if (onPostgres) {
    await rawRun(db, sql.raw(`DROP TRIGGER fail_${table} ON ${table}`));
    await rawRun(db, sql.raw(`DROP FUNCTION fail_${table}()`));
  } else {
    await rawRun(db, sql.raw(`DROP TRIGGER fail_${table}`));
  }
}

/** Counts rows of a table for one project. */
export async function countRows(table: "stage_requests" | "stage_moves" | "gate_item_events", projectId: number) {
  const row = await rawRow<{ n: number }>(
    getWriterDb(),
    sql.raw(`SELECT count(*) AS "n" FROM ${table} WHERE project_id = ${Number(projectId)}`),
  );
  return row!.n;
}
