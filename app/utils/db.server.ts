/**
 * The one way to reach the database, whichever store is in use (decision 0065): getDb for
 * reads, inTransaction for writes, readUntilNextWrite for reads kept until the next commit. SQLite
 * (db-sqlite.server.ts) by default, PostgreSQL (db-postgres.server.ts) when DATABASE_URL is a
 * postgres:// URL. The handles are typed as SQLite's drizzle database: the PostgreSQL twin of the
 * schema has the same tables, columns and values (tests/db/schema-parity.test.ts), and the query
 * builder calls models make (select, insert, update, delete, returning, onConflictDoNothing,
 * awaited) mean the same on both. What differs is in app/models/dialect.server.ts.
 */
import { postgresUrl } from "./store.server";
import * as postgres from "./db-postgres.server";
import * as sqlite from "./db-sqlite.server";

export type DB = sqlite.DB;
/** The handle a transaction body writes through. */
export type Tx = DB;

// SQLite-only tools (db/cli.ts, the seeds, tests of SQLite itself) open and migrate files directly.
export { MIGRATIONS_DIR, migrateDatabase, openDatabase } from "./db-sqlite.server";

/**
 * The database to read from: inside inTransaction, the transaction itself (so a helper called
 * from a transaction sees its writes and cannot escape it); anywhere else SQLite's read-only
 * connection or PostgreSQL's pool.
 */
export function getDb(): DB {
  const url = postgresUrl();
  return url ? (postgres.getDb(url) as unknown as DB) : sqlite.getDb();
}

/**
 * Runs `body` in one transaction and returns what it returns; a throw rolls everything back. The
 * only way Hackpath writes. SQLite: BEGIN IMMEDIATE on the one writer connection, one transaction
 * at a time. PostgreSQL: SERIALIZABLE, run again when it could not be serialized, so the body
 * must do nothing but database work. `isolation: "read committed"` (PostgreSQL only; SQLite's
 * transactions are serial) is for a body whose writes each read what they change in the same
 * statement, such as a counter, so that a burst of them queues on the row rather than failing.
 * Called inside another transaction, the body joins it.
 */
export function inTransaction<T>(
  body: (tx: Tx) => Promise<T> | T,
  { isolation }: { isolation?: postgres.Isolation } = {},
): Promise<T> {
  const url = postgresUrl();
  return url ? postgres.inTransaction(url, (tx) => body(tx as unknown as Tx), isolation) : sqlite.inTransaction(body);
}

/**
 * The database outside any transaction: for start-up (migrations, the demo seed) and for tests
 * that set up rows directly. App code writes through inTransaction.
 */
export function getWriterDb(): DB {
  const url = postgresUrl();
  return url ? (postgres.getWriterDb(url) as unknown as DB) : sqlite.getWriterDb();
}

/**
 * Names the committed state reads see now: it changes with every commit, from any connection or
 * app server, and when the connections are opened again. What every kept read and kept page is
 * labelled with.
 */
export async function committedState(): Promise<string> {
  const url = postgresUrl();
  return url ? postgres.committedState(url) : sqlite.committedState();
}

/** Applies any pending migrations of the store in use. */
export async function migrateStore(): Promise<void> {
  const url = postgresUrl();
  if (url) await postgres.migratePostgres(url);
  else sqlite.migrateDatabase(sqlite.getWriterDb());
}

/** Closes the process's database connections (tests and graceful shutdown). */
export async function closeDb(): Promise<void> {
  sqlite.closeDb();
  await postgres.closeDb();
}

/** Reads kept at once; past it the oldest goes (keys include user input, e.g. a search's count). */
const MAX_MEMOS = 1000;
const memos = new Map<string, { state: string; value: Promise<unknown> }>();

/**
 * A read whose answer depends only on committed rows, kept until the next commit (decision 0063):
 * figures, counts and lists that would otherwise be recounted over a whole table on every request.
 * `key` names the read and its arguments. Inside a transaction it reads afresh (the transaction
 * may hold writes of its own), and a read that fails is not kept.
 */
export async function readUntilNextWrite<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (sqlite.inOpenTransaction() || postgres.inOpenTransaction()) return read();
  const state = await committedState();
  const kept = memos.get(key);
  if (kept?.state === state) return kept.value as Promise<T>;
  const value = read();
  if (!kept && memos.size >= MAX_MEMOS) memos.delete(memos.keys().next().value!);
  memos.set(key, { state, value });
  value.catch(() => {
    if (memos.get(key)?.value === value) memos.delete(key);
  });
  return value;
}
