/**
 * db/migrations-pg applied to a real PostgreSQL 15 server (issue 16): drizzle's node-postgres
 * migrator builds every table, the catalogue it leaves has the same tables, column names and NOT
 * NULLs as SQLite's after the app's own migrations (so the two stores agree in the
 * database, not only in db/schema.sqlite.ts and db/schema.pg.ts), a timestamp goes in and comes back as
 * epoch seconds through drizzle, and the CHECK constraints hold.
 *
 * Runs only when TEST_DATABASE_URL names a database on a server the test may create databases on:
 * `.ci/run` starts one with scripts/test-postgres.sh; locally,
 *   eval "$(bash scripts/test-postgres.sh | grep ^TEST_DATABASE_URL=)" && export TEST_DATABASE_URL
 * The file makes a database of its own and drops it at the end.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getTableName, is, eq, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../app/utils/db.server";
import * as sqliteSchema from "../../db/schema.sqlite";
import * as pgSchema from "../../db/schema.pg";
import { removeDatabase } from "../setup/fresh-database";
import { runDir } from "../setup/paths";

const PG_MIGRATIONS = "db/migrations-pg";
const adminUrl = process.env.TEST_DATABASE_URL;

/**
 * A table's columns by name, each with whether it is NOT NULL. By name, not in table order: SQLite's
 * ALTER TABLE ADD COLUMN puts a later column last (users.email_confirmed_at after created_at), while
 * db/migrations-pg/0000 creates each table in db/schema.pg.ts's order; nothing reads by position.
 */
type Columns = { name: string; notNull: boolean }[];
const byName = (columns: Columns): Columns => [...columns].sort((a, b) => (a.name < b.name ? -1 : 1));

/** SQLite's tables other than its own, the FTS5 tables and their shadows, and drizzle's journal. */
const isAppTable = (name: string) =>
  !name.startsWith("sqlite_") && !name.includes("_fts") && !name.startsWith("__drizzle");

/** The catalogue of a fresh SQLite file after the app's migrations (app/utils/db.server.ts). */
function sqliteCatalogue(): Map<string, Columns> {
  const file = path.join(runDir(), `pg-migrations-${randomUUID()}.db`);
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const tables = db.$client
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
      .filter(isAppTable);
    return new Map(
      tables.map((table) => {
        const info = db.$client.pragma(`table_info(${JSON.stringify(table)})`) as { name: string; notnull: number }[];
        return [table, byName(info.map((c) => ({ name: c.name, notNull: c.notnull === 1 })))];
      }),
    );
  } finally {
    db.$client.close();
    removeDatabase(file);
  }
}

/**
 * PostgreSQL's twins of SQLite's FTS5 tables (db/migrations-pg/0001) and of its PRAGMA
 * data_version (0002), hand-written and left out of the comparison as SQLite's own are
 * (isAppTable), like the twin of its implicit rowid, hack_day_participants.joined_order.
 */
const PG_ONLY_TABLES = ["problem_search", "project_search", "commit_counts"];

/**
 * The catalogue of schema public (drizzle's journal lives in schema drizzle), without the search
 * tables and hack_day_participants.joined_order.
 */
async function pgCatalogue(pool: pg.Pool): Promise<Map<string, Columns>> {
  const tables = await pool.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const columns = await pool.query<{ table_name: string; column_name: string; is_nullable: "YES" | "NO" }>(
    "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
  );
  const out = new Map<string, Columns>(
    tables.rows.filter((t) => !PG_ONLY_TABLES.includes(t.table_name)).map((t) => [t.table_name, []]),
  );
  for (const c of columns.rows) {
    if (c.table_name === "hack_day_participants" && c.column_name === "joined_order") continue;
    out.get(c.table_name)?.push({ name: c.column_name, notNull: c.is_nullable === "NO" });
  }
  return new Map([...out].map(([table, list]) => [table, byName(list)]));
}

/** The error a query failed with: drizzle wraps the driver's in DrizzleQueryError's cause. */
async function failure(query: PromiseLike<unknown>): Promise<pg.DatabaseError> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    if (cause instanceof pg.DatabaseError) return cause;
    throw error;
  }
  throw new Error("the query succeeded");
}

describe.skipIf(!adminUrl)("PostgreSQL migrations (needs TEST_DATABASE_URL; .ci/run starts a server)", () => {
  const database = `hackpath_migrations_${randomUUID().replaceAll("-", "")}`;
  let admin: pg.Client;
  let pool: pg.Pool;
  let db: NodePgDatabase<typeof pgSchema>;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // A query's own failure rejects its promise; this only keeps a connection that the server
    // closes while the pool is letting it go (the database dropped in afterAll) from being
    // reported as an unhandled error of the run.
    pool.on("connect", (client) => client.on("error", () => undefined));
    db = drizzle(pool, { schema: pgSchema, casing: "snake_case" });
    await migrate(db, { migrationsFolder: PG_MIGRATIONS });
  });

  afterAll(async () => {
    await pool?.end();
    if (admin) {
      // pool.end() has sent each connection's goodbye, but the server may not have closed them
      // yet: dropping WITH (FORCE) then would kill a closing connection, whose client reports it as
      // an unhandled error. Wait (at most 5 s) until the server has let them all go.
      for (let tries = 0; tries < 50; tries += 1) {
        const open = await admin.query<{ n: string | number }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1",
          [database],
        );
        if (Number(open.rows[0]?.n) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it("records every migration in db/migrations-pg in drizzle's journal", async () => {
    const journal = JSON.parse(fs.readFileSync(`${PG_MIGRATIONS}/meta/_journal.json`, "utf8")) as {
      entries: { when: number }[];
    };
    const applied = await pool.query<{ created_at: string }>(
      "SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id",
    );
    expect(applied.rows.map((r) => Number(r.created_at))).toEqual(journal.entries.map((e) => e.when));
  });

  it("builds the same tables as SQLite's migrations, with the same columns and the same NOT NULLs", async () => {
    const onSqlite = sqliteCatalogue();
    const onPg = await pgCatalogue(pool);
    // Every table of db/schema.sqlite.ts, on both: neither side can pass by being empty.
    const schemaTables = Object.values(sqliteSchema)
      .filter((v) => is(v, SQLiteTable))
      .map((t) => getTableName(t))
      .sort();
    expect([...onSqlite.keys()].sort()).toEqual(schemaTables);
    expect([...onPg.keys()].sort()).toEqual(schemaTables);
    for (const [table, columns] of onSqlite) {
      expect({ table, columns: onPg.get(table) }).toEqual({ table, columns });
    }
  });

  it("counts the commits of every table, so a write anywhere gives kept reads a new label", async () => {
    const tables = await pool.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'commit_counts' ORDER BY table_name",
    );
    const triggers = await pool.query<{ table_name: string }>(
      `SELECT c.relname AS table_name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname = c.relname || '_count_commit' AND NOT t.tgisinternal ORDER BY c.relname`,
    );
    expect(triggers.rows.map((r) => r.table_name)).toEqual(tables.rows.map((r) => r.table_name));
    const writes = async () =>
      Number((await pool.query<{ n: number }>("SELECT coalesce(sum(n), 0) AS n FROM commit_counts")).rows[0]!.n);
    const before = await writes();
    await db.insert(pgSchema.tags).values({ name: "Counted", slug: "counted" });
    await db.delete(pgSchema.tags).where(eq(pgSchema.tags.slug, "counted"));
    // Three statements: the insert, the delete, and the delete it cascades to problem_tags.
    expect(await writes()).toBe(before + 3);
    // A rolled-back write is not counted.
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(pgSchema.tags).values({ name: "Undone", slug: "undone" });
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await writes()).toBe(before + 3);
  });

  it("stores a Date as epoch seconds and gives it back to the second", async () => {
    const lastLoginAt = new Date(1_700_000_123_999);
    const [inserted] = await db
      .insert(pgSchema.users)
      .values({ email: "ada@example.nhs.uk", name: "Ada", passwordHash: "x", lastLoginAt })
      .returning({ id: pgSchema.users.id });
    const [read] = await db
      .select({ lastLoginAt: pgSchema.users.lastLoginAt, createdAt: pgSchema.users.createdAt })
      .from(pgSchema.users)
      .where(eq(pgSchema.users.id, inserted!.id));
    expect(read!.lastLoginAt).toBeInstanceOf(Date);
    expect(read!.lastLoginAt!.getTime()).toBe(1_700_000_123_000);
    // The column default (floor of now) is whole seconds too.
    expect(read!.createdAt.getTime() % 1000).toBe(0);
    // In the table: a bigint of seconds (which app/utils/db-postgres.server.ts has node-postgres read as a number).
    const raw = await pool.query<{ last_login_at: number; type: string }>(
      "SELECT last_login_at, pg_typeof(last_login_at)::text AS type FROM users WHERE id = $1",
      [inserted!.id],
    );
    expect(raw.rows).toEqual([{ last_login_at: 1_700_000_123, type: "bigint" }]);
  });

  it("rejects a row that breaks a CHECK constraint with SQLSTATE 23514", async () => {
    const [user] = await db
      .insert(pgSchema.users)
      .values({ email: "grace@example.nhs.uk", name: "Grace", passwordHash: "x" })
      .returning({ id: pgSchema.users.id });
    const badRole = await failure(
      db.insert(pgSchema.userRoles).values({ userId: user!.id, role: "wizard" as "mentor" }),
    );
    expect({ code: badRole.code, constraint: badRole.constraint }).toEqual({
      code: "23514",
      constraint: "user_roles_role_check",
    });
    const upperCaseEmail = await failure(
      db.insert(pgSchema.users).values({ email: "Alan@example.nhs.uk", name: "Alan", passwordHash: "x" }),
    );
    expect({ code: upperCaseEmail.code, constraint: upperCaseEmail.constraint }).toEqual({
      code: "23514",
      constraint: "users_email_lowercase",
    });
    // Neither bad row went in; a good role does.
    await db.insert(pgSchema.userRoles).values({ userId: user!.id, role: "mentor" });
    const left = await db.execute<{ alans: number; roles: string[] }>(
      sql`SELECT (SELECT count(*)::int FROM users WHERE lower(email) = 'alan@example.nhs.uk') AS alans,
        (SELECT array_agg(role ORDER BY role) FROM user_roles WHERE user_id = ${user!.id}) AS roles`,
    );
    expect(left.rows).toEqual([{ alans: 0, roles: ["mentor"] }]);
  });
});
