/**
 * Tests that check SQLite itself (PRAGMAs, query plans, FTS5 tables, its triggers, its files) are
 * skipped by name on a PostgreSQL run (`npm run test:pg`), and reported as skipped; their
 * PostgreSQL counterparts, where there are any, run only there.
 */
import { describe, it } from "vitest";
import { onPostgres } from "./store";

/** A test of SQLite itself: skipped on PostgreSQL. */
export const itOnSqlite = it.skipIf(onPostgres);
/** A group of tests of SQLite itself: skipped on PostgreSQL. */
export const describeOnSqlite = describe.skipIf(onPostgres);
/** A test of PostgreSQL itself: skipped on SQLite. */
export const itOnPostgres = it.runIf(onPostgres);
