/**
 * The SQL that differs between stores, in one place, so that a second store (PostgreSQL, issue 16)
 * changes this file and no model. Every helper below says what it is on SQLite (better-sqlite3,
 * the default) and on PostgreSQL (node-postgres, when DATABASE_URL names one). What it covers:
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
 * - table aliases (`alias`, drizzle's for the store);
 * - full-text search (`searchQuery`, `problemSearch`, `projectSearchMatches`, `projectMatches`):
 *   SQLite's FTS5 tables, PostgreSQL's weighted tsvectors.
 *
 * Inserts that skip rows already there use drizzle's `.onConflictDoNothing()` (standard on both
 * stores), not `INSERT OR IGNORE`. Connections, PRAGMAs and transactions are
 * app/utils/db.server.ts's (with db-sqlite.server.ts and db-postgres.server.ts).
 */
import type { RunResult } from "better-sqlite3";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias as pgAlias } from "drizzle-orm/pg-core";
import { alias as sqliteAlias } from "drizzle-orm/sqlite-core";
import type { QueryResult } from "pg";
import { HIGHLIGHT_END, HIGHLIGHT_START, toFtsQuery, toTsQuery } from "../domain/fts";
import type { DB } from "../utils/db.server";
import { usesPostgres } from "../utils/store.server";

// Decided once, when the module loads, like the schema facade (db/schema.ts).
const postgres = usesPostgres();

type PgClient = { execute: (query: SQLWrapper) => Promise<QueryResult> };
const onPostgres = (db: DB) => db as unknown as PgClient;

/** A table under another name in one query (drizzle's `alias` of the store in use). */
export const alias = (postgres ? pgAlias : sqliteAlias) as typeof sqliteAlias;

/** How many rows an insert, update or delete changed (what awaiting it without `.returning()` gave). */
export function affectedRows(result: RunResult | QueryResult): number {
  return "changes" in result ? result.changes : (result.rowCount ?? 0);
}

/**
 * Whether a write failed on a UNIQUE constraint over `table.column` (e.g. "users.email"). On
 * SQLite, its "UNIQUE constraint failed: users.email" message; on PostgreSQL, SQLSTATE 23505 on
 * that table with the column first in its key. drizzle wraps the driver's error as the cause.
 */
export function isUniqueViolation(error: unknown, column: string): boolean {
  const [table, name] = column.split(".");
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e.message.includes(`UNIQUE constraint failed: ${column}`)) return true;
    const pg = e as Error & { code?: string; table?: string; detail?: string };
    if (pg.code === "23505" && pg.table === table && pg.detail?.startsWith(`Key (${name})`)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- raw queries

/**
 * Every row a raw query returns, each an object keyed by the query's column names (write
 * `AS "camelCase"`: unquoted names are folded to lower case on PostgreSQL). On SQLite, drizzle's
 * `db.all`; on PostgreSQL, `db.execute`'s rows. Counts and sums come back as numbers on both.
 */
export async function rawRows<T>(db: DB, query: SQLWrapper): Promise<T[]> {
  if (postgres) return (await onPostgres(db).execute(query)).rows as T[];
  return db.all<T>(query);
}

/** The first row a raw query returns, or undefined when it returns none. On SQLite, `db.get`. */
export async function rawRow<T>(db: DB, query: SQLWrapper): Promise<T | undefined> {
  if (postgres) return (await onPostgres(db).execute(query)).rows[0] as T | undefined;
  return db.get<T | undefined>(query);
}

/** Runs a raw insert, update or delete and returns how many rows it changed. On SQLite, `db.run`. */
export async function rawRun(db: DB, query: SQLWrapper): Promise<number> {
  if (postgres) return affectedRows(await onPostgres(db).execute(query));
  return affectedRows(db.run(query));
}

// ---------------------------------------------------------------- expressions

/**
 * The non-null values of `expression` over a group, joined by `separator` into one string, or
 * NULL when there are none; in no particular order (callers that need one sort after splitting).
 * SQLite's `group_concat(expression, separator)`; PostgreSQL's `string_agg(expression::text, …)`.
 */
export function stringAgg(expression: SQLWrapper, separator = ","): SQL<string | null> {
  return postgres
    ? sql<string | null>`string_agg((${expression})::text, ${separator}::text)`
    : sql<string | null>`group_concat(${expression}, ${separator})`;
}

/** `text` with `%`, `_` and `\` taken literally, between wildcards: a LIKE pattern for "contains". */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether `value` contains `text`, ignoring case; `%`, `_` and `\` in `text` are matched
 * literally. SQLite: `LIKE … ESCAPE '\'`, whose case folding covers ASCII letters only (lower
 * both sides first where other letters matter; emails are stored lower-cased). PostgreSQL:
 * `ILIKE`, with the same escape.
 */
export function containsText(value: SQLWrapper, text: string): SQL {
  return postgres
    ? sql`${value} ILIKE ${containsPattern(text)} ESCAPE '\\'`
    : sql`${value} LIKE ${containsPattern(text)} ESCAPE '\\'`;
}

/**
 * Whether `value` contains `text` exactly as written (case and all, no wildcards); NULL when
 * `value` is NULL. SQLite's `instr(value, text) > 0`; PostgreSQL's `strpos`.
 */
export function includesText(value: SQLWrapper, text: string): SQL {
  return postgres ? sql`strpos(${value}, ${text}::text) > 0` : sql`instr(${value}, ${text}) > 0`;
}

/**
 * The largest of two or more values in one row, and NULL when any of them is NULL (coalesce the
 * values that may be). SQLite's scalar `max(a, b, …)`; on PostgreSQL `greatest`, which would skip
 * NULLs, only when `num_nulls` finds none. Each value must have a type PostgreSQL can see (a
 * column, an expression, `integerParam`): a bare bound number would be read as text.
 */
export function greatest(...values: [SQLWrapper, SQLWrapper, ...SQLWrapper[]]): SQL {
  const list = sql.join(values, sql`, `);
  return postgres ? sql`(CASE WHEN num_nulls(${list}) = 0 THEN greatest(${list}) END)` : sql`max(${list})`;
}

/**
 * For a table without an id column (hack_day_participants), a number that grows with each row
 * inserted: the tie-break that keeps rows with the same timestamp in the order they came.
 * `qualifier` is the table or its alias in the query (e.g. `sql.raw("w")`). SQLite: the implicit
 * `rowid`. PostgreSQL: the table's `joined_order` column, which only that store needs.
 */
export function insertionOrder(qualifier: SQLWrapper): SQL<number> {
  return postgres ? sql<number>`${qualifier}.joined_order` : sql<number>`${qualifier}.rowid`;
}

/**
 * Joins the next table after what is already written, in that order: `… ${joinInWrittenOrder}
 * projects p ON p.id = win.id` walks a bounded window first and looks each row up by its id.
 * On SQLite, `CROSS JOIN`, an inner join its planner never reorders; PostgreSQL's CROSS JOIN
 * takes no ON, and a plain JOIN is what it needs there (its planner starts from the small side).
 */
export const joinInWrittenOrder: SQL = sql.raw(postgres ? "JOIN" : "CROSS JOIN");

// ---------------------------------------------------------------- full-text search

/**
 * The store's search expression for what a person typed (app/domain/fts.ts reads both the same
 * way), or null when there is nothing to search for. Bind it as a parameter.
 */
export function searchQuery(input: unknown): string | null {
  return postgres ? toTsQuery(input) : toFtsQuery(input);
}

const HEADLINE = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}"`;

/**
 * Problem search, as pieces of the /problems queries (problem-search.server.ts), with `p` the
 * problems row. SQLite: the FTS5 table `problems_fts` (bm25 with the title weighted 10, tags 6,
 * summary 4 and canvas 1.5; highlight and snippet). PostgreSQL: `problem_search`'s weighted
 * tsvector under a GIN index (ts_rank; ts_headline, run on the page's rows only).
 */
export const problemSearch = {
  /** The FROM of a search: the index joined to the problems it matches. */
  from: postgres
    ? sql.raw("problem_search ps JOIN problems p ON p.id = ps.problem_id")
    : // A search checks each match's filters and sort keys in the narrow index rather than the wide row.
      sql.raw("problems_fts JOIN problems p INDEXED BY problems_search_filter_idx ON p.id = problems_fts.rowid"),
  /** The condition that a row of `from` matches `query`. */
  matches: (query: string): SQL =>
    postgres ? sql`ps.document @@ to_tsquery('hackpath', ${query})` : sql`problems_fts MATCH ${query}`,
  /** An ORDER BY term, best match first. */
  rank: (query: string): SQL =>
    postgres
      ? sql`ts_rank('{0.15, 0.4, 0.6, 1.0}', ps.document, to_tsquery('hackpath', ${query})) DESC`
      : sql.raw("bm25(problems_fts, 10.0, 4.0, 1.5, 6.0)"),
  /**
   * The columns "titleHighlight" (the title with matches marked) and "snippet" (about 24 words
   * around the best match), for the problems `p` with ids `ids`, and the FROM and WHERE that
   * reach them.
   */
  highlights: (query: string, ids: SQL): { columns: SQL; from: SQL; where: SQL } =>
    postgres
      ? {
          columns: sql`ts_headline('hackpath', p.title, to_tsquery('hackpath', ${query}), ${`HighlightAll=true, ${HEADLINE}`}) AS "titleHighlight",
            ts_headline('hackpath', concat_ws(' ', p.summary, p.who_affected, p.frequency, p.current_workaround, p.ideal_outcome, p.data_available, p.data_constraints),
              to_tsquery('hackpath', ${query}), ${`MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter="…", ${HEADLINE}`}) AS "snippet"`,
          from: sql.raw("problems p"),
          where: sql`p.id IN (${ids})`,
        }
      : {
          columns: sql`highlight(problems_fts, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "titleHighlight",
            snippet(problems_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 24) AS "snippet"`,
          from: sql.raw("problems_fts JOIN problems p ON p.id = problems_fts.rowid"),
          where: sql`problems_fts MATCH ${query} AND problems_fts.rowid IN (${ids})`,
        },
};

/**
 * Project search (the /projects gallery): the ids of projects matching `query` with their rank,
 * as a subquery `fts(fts_id, fts_rank)` to join and order by (ascending: best first). SQLite:
 * bm25 over `projects_fts` with the name weighted 10, tagline 4, description 1, technology 2.
 * PostgreSQL: ts_rank over `project_search`'s weighted tsvector.
 */
export function projectSearchMatches(query: string): SQL {
  return postgres
    ? sql`(SELECT project_id AS fts_id, -ts_rank('{0.1, 0.2, 0.4, 1.0}', document, to_tsquery('hackpath', ${query})) AS fts_rank
        FROM project_search WHERE document @@ to_tsquery('hackpath', ${query})) AS fts`
    : sql`(SELECT rowid AS fts_id, bm25(projects_fts, 10.0, 4.0, 1.0, 2.0) AS fts_rank FROM projects_fts WHERE projects_fts MATCH ${query}) AS fts`;
}

/** The condition that project `id` matches `query` (for counts and filters without the rank). */
export function projectMatches(id: SQLWrapper, query: string): SQL {
  return postgres
    ? sql`${id} IN (SELECT project_id FROM project_search WHERE document @@ to_tsquery('hackpath', ${query}))`
    : sql`${id} IN (SELECT rowid FROM projects_fts WHERE projects_fts MATCH ${query})`;
}

/**
 * A bound whole number in a place where nothing tells the store its type, such as a `VALUES`
 * list: PostgreSQL reads such a parameter as text (so `created_at >= m.lo` would compare a bigint
 * with text), and is told `bigint`; SQLite binds the number as it is.
 */
export function integerParam(value: number): SQL<number> {
  return postgres ? sql<number>`${value}::bigint` : sql<number>`${value}`;
}
