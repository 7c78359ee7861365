/**
 * Copies a whole SQLite site into an empty PostgreSQL database (issue 16, decision 0065): every
 * table of db/schema.sqlite.ts into its twin in db/schema.pg.ts, row for row with the same ids,
 * in one transaction, then moves each id sequence past the highest id copied, rebuilds the search
 * documents and checks that both stores hold the same number of rows in every table. Used by
 * `npm run db:copy-to-postgres` (db/cli.ts) and by a first start on an empty PostgreSQL with demo
 * data on (db/prepare.ts seeds SQLite and copies it).
 *
 * Rows move as drizzle values (dates, booleans, JSON), so each store's columns are named, never
 * matched by position. Parents are copied before children (ordered by their foreign keys), and
 * within a table that refers to itself, a row after the row it names. User triggers are off during the copy: the counters and timestamps are copied, not
 * recomputed (a recount would stamp every problem's last activity with the time of the copy).
 */
import fs from "node:fs";
import path from "node:path";
import { getTableColumns, getTableName, is, sql, Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { FileArea } from "../app/models/file-store.server";
import type { PgDB } from "../app/utils/db-postgres.server";
import type { DB as SqliteDB } from "../app/utils/db-sqlite.server";
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";
import { fileAreas } from "./schema.sqlite";

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

export type CopyReport = { table: string; rows: number }[];

/** The tables of one schema module, keyed by their JS export name. */
function tablesOf<T extends Table>(module: object): Map<string, T> {
  return new Map(Object.entries(module).filter(([, value]) => is(value, Table)) as [string, T][]);
}

/** Table export names with every table after the tables it refers to (self-references aside). */
function parentsFirst(tables: Map<string, SQLiteTable>): string[] {
  const byName = new Map([...tables].map(([key, table]) => [getTableName(table), key]));
  const order: string[] = [];
  const placed = new Set<string>();
  const visit = (key: string, path: Set<string>) => {
    if (placed.has(key)) return;
    if (path.has(key)) throw new Error(`Tables refer to each other in a cycle through ${key}.`);
    path.add(key);
    const table = tables.get(key)!;
    for (const fk of getSqliteTableConfig(table).foreignKeys) {
      const parent = byName.get(getTableName(fk.reference().foreignTable))!;
      if (parent !== key) visit(parent, path);
    }
    path.delete(key);
    placed.add(key);
    order.push(key);
  };
  for (const key of [...tables.keys()].sort()) visit(key, new Set());
  return order;
}

/** The JS names of a table's columns that refer to the same table (e.g. a comment's parent). */
function selfReferences(table: SQLiteTable): string[] {
  const columns = Object.entries(getTableColumns(table));
  return getSqliteTableConfig(table)
    .foreignKeys.filter((fk) => fk.reference().foreignTable === table)
    .flatMap((fk) => fk.reference().columns.map((column) => columns.find(([, c]) => c === column)![0]));
}

/** Whether the PostgreSQL database has any rows in any of Hackpath's tables. */
async function isEmpty(target: PgDB): Promise<boolean> {
  for (const table of tablesOf<PgTable>(pgSchema).values()) {
    const rows = await target
      .select({ one: sql`1` })
      .from(table)
      .limit(1);
    if (rows.length > 0) return false;
  }
  return true;
}

/**
 * Copies `source` into `target`, which must be migrated and empty; refuses (throws) otherwise.
 * One transaction: a failed copy leaves the target as empty as it was.
 */
export async function copySqliteToPostgres(source: SqliteDB, target: PgDB): Promise<CopyReport> {
  const sqliteTables = tablesOf<SQLiteTable>(sqliteSchema);
  const pgTables = tablesOf<PgTable>(pgSchema);
  const order = parentsFirst(sqliteTables);
  const report: CopyReport = [];

  await target.transaction(async (tx) => {
    // One copy at a time, and only into an empty database (two servers may start together).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('hackpath copy'))`);
    if (!(await isEmpty(tx as unknown as PgDB)))
      throw new Error("The PostgreSQL database already holds Hackpath data: copy only into an empty one.");
    for (const key of order) await tx.execute(sql`ALTER TABLE ${pgTables.get(key)!} DISABLE TRIGGER USER`);

    for (const key of order) {
      const from = sqliteTables.get(key)!;
      const to = pgTables.get(key)!;
      // rowid order: the order rows were written, which hack_day_participants' joined_order keeps.
      const rows = source
        .select()
        .from(from)
        .orderBy(sql`rowid`)
        .all() as Record<string, unknown>[];
      const ordered = referredFirst(rows, selfReferences(from));
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(getTableColumns(from)).length));
      for (let i = 0; i < ordered.length; i += perStatement)
        await tx.insert(to).values(ordered.slice(i, i + perStatement));
      report.push({ table: getTableName(from), rows: rows.length });
    }

    for (const key of order) await tx.execute(sql`ALTER TABLE ${pgTables.get(key)!} ENABLE TRIGGER USER`);
    await moveSequences(tx as unknown as PgDB, [...pgTables.values()]);
    await tx.execute(
      sql`INSERT INTO problem_search (problem_id, document) SELECT id, problem_search_document(id) FROM problems`,
    );
    await tx.execute(
      sql`INSERT INTO project_search (project_id, document) SELECT id, project_search_document(id) FROM projects`,
    );
    await verifyCounts(tx as unknown as PgDB, pgTables, report);
  });
  return report;
}

/**
 * The rows with each one after any row of the same table it names in `columns` (a problem merged
 * into another comes after that other), otherwise in the order given.
 */
function referredFirst(rows: Record<string, unknown>[], columns: string[]): Record<string, unknown>[] {
  if (columns.length === 0) return rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered: Record<string, unknown>[] = [];
  const placed = new Set<unknown>();
  // Marked before its parents are placed, so a cycle (which the foreign key then refuses) cannot loop.
  const place = (row: Record<string, unknown>) => {
    if (placed.has(row.id)) return;
    placed.add(row.id);
    for (const column of columns) {
      const parent = byId.get(row[column]);
      if (parent) place(parent);
    }
    ordered.push(row);
  };
  for (const row of rows) place(row);
  return ordered;
}

/** Moves every identity sequence past the highest id copied, so the next row gets a new id. */
async function moveSequences(tx: PgDB, tables: PgTable[]): Promise<void> {
  for (const table of tables) {
    const id = getTableColumns(table).id;
    if (id?.getSQLType() !== "integer") continue;
    await tx.execute(
      sql`SELECT setval(pg_get_serial_sequence(${getTableName(table)}, 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
    );
  }
}

/** Throws unless every table holds exactly the rows copied into it. */
async function verifyCounts(tx: PgDB, tables: Map<string, PgTable>, report: CopyReport): Promise<void> {
  const byName = new Map([...tables.values()].map((table) => [getTableName(table), table]));
  for (const { table, rows } of report) {
    const [counted] = await tx.select({ n: sql<number>`count(*)` }).from(byName.get(table)!);
    if (counted!.n !== rows) throw new Error(`${table}: copied ${rows} rows but PostgreSQL holds ${counted!.n}.`);
  }
}

/**
 * Moves the files under a SQLite site's uploads folder (`screenshots/`, `documents/`) into
 * PostgreSQL's stored_files, for app servers with UPLOADS_STORE=database; a file already there
 * is left as it is. Returns how many files each area holds in the database afterwards.
 */
export async function copyUploadsToPostgres(uploadsDir: string, target: PgDB): Promise<Record<FileArea, number>> {
  const counts = {} as Record<FileArea, number>;
  for (const area of fileAreas) {
    const dir = path.join(uploadsDir, area);
    const names = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isFile())
      : [];
    for (const name of names)
      await target
        .insert(pgSchema.storedFiles)
        .values({ area, name, bytes: fs.readFileSync(path.join(dir, name)) })
        .onConflictDoNothing();
    const [row] = await target
      .select({ n: sql<number>`count(*)` })
      .from(pgSchema.storedFiles)
      .where(sql`${pgSchema.storedFiles.area} = ${area}`);
    counts[area] = row!.n;
  }
  return counts;
}
