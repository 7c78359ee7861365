/**
 * The PostgreSQL store (decision 0065), chosen when DATABASE_URL is a postgres:// URL: one
 * connection pool per process, shared by every app server's reads, and transactions at
 * SERIALIZABLE isolation retried on serialization failures and deadlocks, so that a
 * check-then-write rule (capacity, one team per person, waiting-list order) holds across app
 * servers as it does under SQLite's single writer. app/utils/db.server.ts chooses between this
 * and db-sqlite.server.ts.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type * as schema from "../../db/schema.pg";

export type PgDB = NodePgDatabase<typeof schema> & { $client: pg.Pool | pg.PoolClient };

/** Folder of the PostgreSQL migrations (drizzle-kit's, with db/drizzle.pg.config.ts). */
export const PG_MIGRATIONS_DIR = path.resolve("db/migrations-pg");

// int8 (count(*), sums of integers, epoch seconds) and numeric (avg, sums of int8) come back from
// node-postgres as strings, to be safe past 2^53; every such value Hackpath reads is far inside it,
// and SQLite hands back numbers. drizzle reads these parsers for every query, so they are set on
// pg's registry, once, by the only module that opens PostgreSQL connections.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** Connections per app server: PgBouncer or the server's max_connections bounds the sum (docs/deployment.md). */
const POOL_SIZE = 10;
/** Tries of one transaction before its serialization failure reaches the caller. */
const MAX_ATTEMPTS = 12;
/** SQLSTATEs after which the whole transaction may simply run again. */
const RETRYABLE = new Set([
  "40001", // serialization_failure
  "40P01", // deadlock_detected
]);

type Connections = { url: string; pool: pg.Pool; db: PgDB; opened: number };

/**
 * How a transaction is isolated on PostgreSQL: serializable (the default), or read committed for
 * a body whose every write is one statement that reads what it changes (a counter's
 * `count = count + 1`), where concurrent transactions wait for the row instead of failing.
 */
export type Isolation = "serializable" | "read committed";

const globalForDb = globalThis as unknown as { __hackpathPg?: Connections; __hackpathPgOpened?: number };

const withDrizzle = (client: pg.Pool | pg.PoolClient): PgDB =>
  drizzle({ client, casing: "snake_case" }) as unknown as PgDB;

function connections(url: string): Connections {
  if (globalForDb.__hackpathPg?.url !== url) {
    void closeDb();
    const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: "hackpath" });
    // An idle connection the server drops (a restart, a failover) must not crash the process:
    // the pool discards it and the next query opens another.
    pool.on("error", () => undefined);
    const opened = (globalForDb.__hackpathPgOpened ?? 0) + 1;
    globalForDb.__hackpathPgOpened = opened;
    globalForDb.__hackpathPg = { url, pool, db: withDrizzle(pool), opened };
  }
  return globalForDb.__hackpathPg;
}

const openTransaction = new AsyncLocalStorage<PgDB>();

/** Inside inTransaction, the transaction; anywhere else the pool. */
export function getDb(url: string): PgDB {
  return openTransaction.getStore() ?? connections(url).db;
}

/** The pool itself, outside any transaction (start-up, tests that set up rows). */
export function getWriterDb(url: string): PgDB {
  return connections(url).db;
}

/** Whether the caller runs inside inTransaction's body. */
export function inOpenTransaction(): boolean {
  return openTransaction.getStore() !== undefined;
}

/** The SQLSTATE of a failed query (drizzle wraps the driver's error as its cause). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * Runs `body` in one SERIALIZABLE transaction (or READ COMMITTED, when `isolation` says so) on a
 * connection of its own and returns what it returns; a throw rolls everything back. When
 * PostgreSQL reports that the transaction could not be serialized with another (or deadlocked),
 * it runs the whole body again after a short random pause, up to MAX_ATTEMPTS: the body must do
 * nothing but database work (what it sends goes through the outbox, written in the same
 * transaction). Called inside another transaction, the body joins it.
 */
export async function inTransaction<T>(
  url: string,
  body: (tx: PgDB) => Promise<T> | T,
  isolation: Isolation = "serializable",
): Promise<T> {
  const open = openTransaction.getStore();
  if (open) return body(open);
  const { pool } = connections(url);
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(
        isolation === "read committed" ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN ISOLATION LEVEL SERIALIZABLE",
      );
      const tx = withDrizzle(client);
      const result = await openTransaction.run(tx, () => body(tx));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackFailed) {
        // The connection itself has failed: release() below throws it away.
        broken = rollbackFailed instanceof Error ? rollbackFailed : new Error(String(rollbackFailed));
      }
      if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? "")) throw error;
    } finally {
      client.release(broken);
    }
    await sleep(Math.random() * 5 * attempt);
  }
}

/**
 * Names the committed state a read sees now: how many write statements have been committed in
 * this database, from any app server or connection (db/migrations-pg/0002 counts them with a
 * trigger on every table, in the writing transaction itself). The count only grows, and a read
 * that sees a commit's rows sees its count too; a commit in another database on the same server
 * changes nothing.
 */
export async function committedState(url: string): Promise<string> {
  const { pool, opened } = connections(url);
  const result = await pool.query<{ writes: number }>("SELECT coalesce(sum(n), 0) AS writes FROM commit_counts");
  return `${opened}:${result.rows[0]!.writes}`;
}

/**
 * Applies any pending PostgreSQL migrations, one app server at a time: a session-level advisory
 * lock makes a second server starting at once wait, then find nothing left to apply.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = await connections(url).pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('hackpath migrations'))");
    await migrate(withDrizzle(client), { migrationsFolder: PG_MIGRATIONS_DIR });
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('hackpath migrations'))").catch(() => undefined);
    client.release();
  }
}

/** Closes the process's pool (tests and graceful shutdown). */
export async function closeDb(): Promise<void> {
  const open = globalForDb.__hackpathPg;
  globalForDb.__hackpathPg = undefined;
  await open?.pool.end();
}
