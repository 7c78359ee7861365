/**
 * Moving a site from SQLite to PostgreSQL (issue 16): db/copy-to-postgres.ts copies the demo
 * site into an empty PostgreSQL database with every row, id, date, flag and JSON value as it was,
 * moves the id sequences on, rebuilds search, and refuses a database that already has data.
 * Runs only with TEST_DATABASE_URL (see tests/db/pg-migrations.test.ts).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getTableName, is, sql } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getWriterDb, migratePostgres, type PgDB } from "../../app/utils/db-postgres.server";
import { migrateDatabase, openDatabase, type DB } from "../../app/utils/db-sqlite.server";
import { copySqliteToPostgres, copyUploadsToPostgres, type CopyReport } from "../../db/copy-to-postgres";
import * as pgSchema from "../../db/schema.pg";
import * as sqliteSchema from "../../db/schema.sqlite";
import { seedDemoData } from "../../db/seed/demo";
import { removeDatabase } from "../setup/fresh-database";
import { runDir } from "../setup/paths";

const adminUrl = process.env.TEST_DATABASE_URL;

/** A value as JSON with every object's keys in order (jsonb keeps its own key order). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
/** A table's rows in a stable order, whatever order the store returns them in. */
const sorted = (rows: unknown[]) => rows.map(canonical).sort();

describe.skipIf(!adminUrl)("copying a SQLite site into PostgreSQL (needs TEST_DATABASE_URL)", () => {
  const database = `hackpath_copy_${randomUUID().replaceAll("-", "")}`;
  const file = path.join(runDir(), `copy-${randomUUID()}.db`);
  let url: string;
  let source: DB;
  let target: PgDB;
  let report: CopyReport;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const parsed = new URL(adminUrl!);
    parsed.pathname = `/${database}`;
    url = parsed.href;
    source = openDatabase(file);
    migrateDatabase(source);
    await seedDemoData(source);
    await migratePostgres(url);
    target = getWriterDb(url);
    report = await copySqliteToPostgres(source, target);
  }, 60_000);

  afterAll(async () => {
    await closeDb();
    source?.$client.close();
    removeDatabase(file);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it("copies every row of every table with the same values, ids, dates, flags and JSON", async () => {
    const sqliteTables = Object.entries(sqliteSchema).filter(([, v]) => is(v, SQLiteTable)) as [string, SQLiteTable][];
    const pgTables = new Map(Object.entries(pgSchema).filter(([, v]) => is(v, PgTable)) as [string, PgTable][]);
    expect(report.map((r) => r.table).sort()).toEqual(sqliteTables.map(([, t]) => getTableName(t)).sort());
    for (const [key, table] of sqliteTables) {
      const from = source.select().from(table).all();
      const to = await target.select().from(pgTables.get(key)!);
      expect({ table: key, rows: sorted(to) }).toEqual({ table: key, rows: sorted(from) });
    }
    // The demo is not empty anywhere that matters: problems, people and the pipeline all moved.
    const rows = Object.fromEntries(report.map((r) => [r.table, r.rows]));
    expect([rows.users, rows.problems, rows.projects]).toEqual([
      source.$client.prepare("SELECT count(*) FROM users").pluck().get(),
      source.$client.prepare("SELECT count(*) FROM problems").pluck().get(),
      source.$client.prepare("SELECT count(*) FROM projects").pluck().get(),
    ]);
  });

  it("keeps the hack-day sign-up order and gives the next new row the next id", async () => {
    const order = await target.execute<{ userId: number }>(
      sql`SELECT user_id AS "userId" FROM hack_day_participants ORDER BY joined_order`,
    );
    const written = source.$client.prepare("SELECT user_id FROM hack_day_participants ORDER BY rowid").pluck().all();
    expect(order.rows.map((r) => r.userId)).toEqual(written);
    const highest = source.$client.prepare("SELECT max(id) FROM tags").pluck().get() as number;
    const [tag] = await target
      .insert(pgSchema.tags)
      .values({ name: "Copied next", slug: "copied-next" })
      .returning({ id: pgSchema.tags.id });
    expect(tag!.id).toBe(highest + 1);
    await target.delete(pgSchema.tags).where(sql`${pgSchema.tags.id} = ${tag!.id}`);
  });

  it("builds the search documents, so the copied problems and projects are found", async () => {
    const counted = await target.execute<{
      problems: number;
      projects: number;
      indexed: number;
      projectsIndexed: number;
    }>(
      sql`SELECT (SELECT count(*) FROM problems) AS problems, (SELECT count(*) FROM projects) AS projects,
        (SELECT count(*) FROM problem_search) AS indexed, (SELECT count(*) FROM project_search) AS "projectsIndexed"`,
    );
    const { problems, projects, indexed, projectsIndexed } = counted.rows[0]!;
    expect([indexed, projectsIndexed]).toEqual([problems, projects]);
    const found = await target.execute<{ id: number }>(
      sql`SELECT problem_id AS id FROM problem_search WHERE document @@ to_tsquery('hackpath', 'ambulance') ORDER BY problem_id`,
    );
    const onSqlite = source.$client
      .prepare("SELECT rowid FROM problems_fts WHERE problems_fts MATCH 'ambulance' ORDER BY rowid")
      .pluck()
      .all();
    expect(found.rows.map((r) => r.id)).toEqual(onSqlite);
    expect(onSqlite.length).toBe(7);
  });

  it("copies the counters and activity times as they were, not recounted at the time of the copy", async () => {
    const columns = sql.raw(
      `id AS "id", endorsement_count AS "e", organisation_count AS "o", comment_count AS "c", project_count AS "p", last_activity_at AS "at"`,
    );
    const copied = await target.execute(sql`SELECT ${columns} FROM problems ORDER BY id`);
    const original = source.all(sql`SELECT ${columns} FROM problems ORDER BY id`);
    expect(copied.rows).toEqual(original);
  });

  it("moves the uploads folder's files into stored_files, once, for servers with UPLOADS_STORE=database", async () => {
    const uploads = path.join(runDir(), `copy-uploads-${randomUUID()}`);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const pdf = Buffer.from("%PDF-1.7 evidence");
    fs.mkdirSync(path.join(uploads, "screenshots"), { recursive: true });
    fs.mkdirSync(path.join(uploads, "documents"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "screenshots", "a.png"), png);
    fs.writeFileSync(path.join(uploads, "documents", "b.pdf"), pdf);
    try {
      expect(await copyUploadsToPostgres(uploads, target)).toEqual({ screenshots: 1, documents: 1 });
      expect(await copyUploadsToPostgres(uploads, target)).toEqual({ screenshots: 1, documents: 1 });
      const stored = await target
        .select({ area: pgSchema.storedFiles.area, name: pgSchema.storedFiles.name, bytes: pgSchema.storedFiles.bytes })
        .from(pgSchema.storedFiles)
        .orderBy(pgSchema.storedFiles.area);
      expect(stored).toEqual([
        { area: "documents", name: "b.pdf", bytes: pdf },
        { area: "screenshots", name: "a.png", bytes: png },
      ]);
    } finally {
      fs.rmSync(uploads, { recursive: true, force: true });
      await target.delete(pgSchema.storedFiles);
    }
  });

  it("refuses a database that already holds data, and leaves it as it was", async () => {
    const before = await target.execute<{ n: number }>(sql`SELECT count(*) AS n FROM problems`);
    await expect(copySqliteToPostgres(source, target)).rejects.toThrow(
      "The PostgreSQL database already holds Hackpath data: copy only into an empty one.",
    );
    const after = await target.execute<{ n: number }>(sql`SELECT count(*) AS n FROM problems`);
    expect(after.rows).toEqual(before.rows);
  });
});
