/**
 * The SQL that differs between stores, in one place, so that a second store (PostgreSQL, issue 16)
 * changes this file and no model. Today the store is SQLite (better-sqlite3); every helper below
 * says what it is there. What it covers:
 *
 * - raw queries: `rawRows`, `rawRow`, `rawRun` (models never call drizzle's `db.all/get/run`);
 * - how many rows a write touched (`affectedRows`) and which UNIQUE constraint a write broke
 *   (`isUniqueViolation`);
 * - string aggregation (`stringAgg`, SQLite's `group_concat`);
 * - matching text: case-insensitive "contains" (`containsText`, LIKE with an escape) and
 *   "contains as written" (`includesText`, SQLite's `instr`);
 * - the larger of several values (`greatest`, SQLite's scalar `max(a, b, …)`);
 * - the order rows were inserted in, for tables without an id (`insertionOrder`, SQLite's `rowid`);
 * - a join the planner must not reorder (`joinInWrittenOrder`, SQLite's `CROSS JOIN … ON`);
 * - table aliases (`alias`, from drizzle's sqlite-core).
 *
 * Inserts that skip rows already there use drizzle's `.onConflictDoNothing()` (standard on both
 * stores), not `INSERT OR IGNORE`. The one remaining exception is search: FTS5 `MATCH`, `bm25`,
 * `highlight`, `snippet`, `rowid` and `INDEXED BY` in problem-search.server.ts, projects.server.ts
 * and app/domain/fts.ts, to move here later. Connections, PRAGMAs and transactions are
 * app/utils/db.server.ts's.
 */
import type { RunResult } from "better-sqlite3";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { DB } from "../utils/db.server";

export { alias } from "drizzle-orm/sqlite-core";

/** How many rows an insert, update or delete changed. */
export function affectedRows(result: RunResult): number {
  return result.changes;
}

/** Whether a write failed on a UNIQUE constraint over `table.column` (e.g. "users.email"). */
export function isUniqueViolation(error: unknown, column: string): boolean {
  return error instanceof Error && error.message.includes(`UNIQUE constraint failed: ${column}`);
}

// ---------------------------------------------------------------- raw queries

/**
 * Every row a raw query returns, each an object keyed by the query's column names (write
 * `AS "camelCase"`: unquoted names are folded to lower case on PostgreSQL). On SQLite, drizzle's
 * `db.all`.
 */
export async function rawRows<T>(db: DB, query: SQLWrapper): Promise<T[]> {
  return db.all<T>(query);
}

/** The first row a raw query returns, or undefined when it returns none. On SQLite, `db.get`. */
export async function rawRow<T>(db: DB, query: SQLWrapper): Promise<T | undefined> {
  return db.get<T | undefined>(query);
}

/** Runs a raw insert, update or delete and returns how many rows it changed. On SQLite, `db.run`. */
export async function rawRun(db: DB, query: SQLWrapper): Promise<number> {
  return affectedRows(db.run(query));
}

// ---------------------------------------------------------------- expressions

/**
 * The non-null values of `expression` over a group, joined by `separator` into one string, or
 * NULL when there are none; in no particular order (callers that need one sort after splitting).
 * On SQLite, `group_concat(expression, separator)`.
 */
export function stringAgg(expression: SQLWrapper, separator = ","): SQL<string | null> {
  return sql<string | null>`group_concat(${expression}, ${separator})`;
}

/** `text` with `%`, `_` and `\` taken literally, between wildcards: a LIKE pattern for "contains". */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether `value` contains `text`, ignoring case; `%`, `_` and `\` in `text` are matched
 * literally. On SQLite, `LIKE … ESCAPE '\'`, whose case folding covers ASCII letters only: lower
 * both sides first where other letters matter (emails are stored lower-cased).
 */
export function containsText(value: SQLWrapper, text: string): SQL {
  return sql`${value} LIKE ${containsPattern(text)} ESCAPE '\\'`;
}

/**
 * Whether `value` contains `text` exactly as written (case and all, no wildcards); NULL when
 * `value` is NULL. On SQLite, `instr(value, text) > 0`.
 */
export function includesText(value: SQLWrapper, text: string): SQL {
  return sql`instr(${value}, ${text}) > 0`;
}

/**
 * The largest of two or more values in one row. Give it values that are never NULL (coalesce
 * them): SQLite's scalar `max(a, b, …)`, used here, is NULL when any value is, where
 * PostgreSQL's `greatest` would skip it.
 */
export function greatest(...values: [SQLWrapper, SQLWrapper, ...SQLWrapper[]]): SQL {
  return sql`max(${sql.join(values, sql`, `)})`;
}

/**
 * For a table without an id column (hack_day_participants), a number that grows with each row
 * inserted: the tie-break that keeps rows with the same timestamp in the order they came.
 * `qualifier` is the table or its alias in the query (e.g. `sql.raw("w")`). On SQLite, the
 * implicit `rowid`; PostgreSQL has no such column, so the table will need one there.
 */
export function insertionOrder(qualifier: SQLWrapper): SQL<number> {
  return sql<number>`${qualifier}.rowid`;
}

/**
 * Joins the next table after what is already written, in that order: `… ${joinInWrittenOrder}
 * projects p ON p.id = win.id` walks a bounded window first and looks each row up by its id.
 * On SQLite, `CROSS JOIN`, an inner join its planner never reorders; PostgreSQL's CROSS JOIN
 * takes no ON, and a plain JOIN is what it needs there.
 */
export const joinInWrittenOrder: SQL = sql.raw("CROSS JOIN");
