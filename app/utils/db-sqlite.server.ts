/**
 * The SQLite store (the default; decision 0003): one file in WAL mode through better-sqlite3, a
 * writer connection used one transaction at a time and a read-only connection for everything
 * else. app/utils/db.server.ts chooses between this and db-postgres.server.ts; only it and the
 * SQLite-only tools (db/cli.ts, the seeds, tests of SQLite itself) import this module.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../../db/schema.sqlite";
import { databasePath } from "./env.server";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle a transaction body writes through (on SQLite, the writer connection inside BEGIN … COMMIT). */
export type Tx = DB;

/** Folder of the drizzle-kit migrations; scripts and the server always run from the project root. */
export const MIGRATIONS_DIR = path.resolve("db/migrations");

/** Statements kept per connection, the least recently prepared going first past it. */
const KEPT_STATEMENTS = 500;

/**
 * Keeps the connection's prepared statements by their SQL text, so a query run again (drizzle
 * prepares every query it runs) is not compiled again. A kept statement is handed out only when
 * no iteration is running on it, and in its default modes (drizzle turns raw mode on for some
 * reads).
 */
function keepStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (!statement) {
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      kept.set(source, fresh);
    }
    return fresh;
  }) as typeof sqlite.prepare;
}

function configure(sqlite: Database.Database): void {
  keepStatements(sqlite);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MB page cache (negative = KiB): the default 2 MB halves search speed at 20,000 problems.
  sqlite.pragma("cache_size = -64000");
}

/** Opens a SQLite file for writing, in WAL mode, with the pragmas Hackpath relies on. */
export function openDatabase(file: string): DB {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  configure(sqlite);
  return drizzle(sqlite, { schema, casing: "snake_case" }) as DB;
}

/** Opens a read-only connection to a database already in WAL mode. */
function openReader(file: string): DB {
  const sqlite = new Database(file, { readonly: true });
  configure(sqlite);
  return drizzle(sqlite, { schema, casing: "snake_case" }) as DB;
}

/**
 * Applies any pending migrations. drizzle runs them in one transaction, where SQLite ignores
 * `PRAGMA foreign_keys`; so foreign keys are switched off around it, or a generated table rebuild
 * (create the new table, copy, DROP the old one) would cascade-delete the rows that refer to the
 * old table. The keys are checked before they are switched back on: a migration that leaves a
 * dangling reference fails loudly instead of starting.
 */
export function migrateDatabase(db: DB): void {
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const dangling = db.$client.pragma("foreign_key_check") as unknown[];
    if (dangling.length > 0)
      throw new Error(`A migration left ${dangling.length} rows referring to rows that do not exist.`);
  } finally {
    db.$client.pragma("foreign_keys = ON");
  }
}

/**
 * The process's two connections to one file: the writer, used only inside inTransaction and one
 * transaction at a time (`queue` is the async mutex), and a read-only one for everything else.
 * WAL lets the reader see every committed write at once, and never what an open transaction has
 * not committed.
 */
type Connections = {
  file: string;
  writer: DB;
  reader: DB;
  queue: Promise<unknown>;
  opened: number;
  /** `PRAGMA data_version` on the reader, prepared once (better-sqlite3's pragma() prepares every call). */
  dataVersion: Database.Statement<[], number>;
};

// Kept on globalThis so Vite's dev reloads do not leak handles.
// `opened` counts the openings, so that committedState() never repeats across them (the server
// bundle and the Remix build each hold a copy of this module; both see the one on globalThis).
const globalForDb = globalThis as unknown as { __hackpathDb?: Connections; __hackpathDbOpened?: number };

function connections(): Connections {
  const file = databasePath();
  if (globalForDb.__hackpathDb?.file !== file) {
    closeDb();
    const writer = openDatabase(file);
    migrateDatabase(writer);
    const opened = (globalForDb.__hackpathDbOpened ?? 0) + 1;
    globalForDb.__hackpathDbOpened = opened;
    const reader = openReader(file);
    const dataVersion = reader.$client.prepare<[], number>("PRAGMA data_version").pluck();
    globalForDb.__hackpathDb = { file, writer, reader, queue: Promise.resolve(), opened, dataVersion };
  }
  return globalForDb.__hackpathDb;
}

const openTransaction = new AsyncLocalStorage<Tx>();

/**
 * The database to read from: inside inTransaction, the transaction itself (so a helper called
 * from a transaction sees its writes and cannot escape it); anywhere else the read-only
 * connection. Writes go through inTransaction; a write on the read-only connection fails loudly.
 */
export function getDb(): DB {
  return openTransaction.getStore() ?? connections().reader;
}

/** Whether the caller runs inside inTransaction's body. */
export function inOpenTransaction(): boolean {
  return openTransaction.getStore() !== undefined;
}

/**
 * Runs `body` in one transaction and returns what it returns; a throw rolls everything back. The
 * only way Hackpath writes. On SQLite: BEGIN IMMEDIATE … COMMIT on the writer connection, one
 * transaction at a time in this process (the body may await, and no other request's statement
 * can run inside it), and SQLite's file lock (with busy_timeout) between processes. Called inside
 * another transaction, the body joins it.
 */
export function inTransaction<T>(body: (tx: Tx) => Promise<T> | T): Promise<T> {
  const open = openTransaction.getStore();
  if (open) return Promise.resolve(body(open));
  const db = connections();
  const run = db.queue.then(async () => {
    const { writer } = db;
    writer.$client.exec("BEGIN IMMEDIATE");
    try {
      const result = await openTransaction.run(writer, () => body(writer));
      writer.$client.exec("COMMIT");
      return result;
    } catch (error) {
      if (writer.$client.inTransaction) writer.$client.exec("ROLLBACK");
      throw error;
    }
  });
  db.queue = run.catch(() => undefined);
  return run;
}

/**
 * Which committed state the read-only connection sees: SQLite's `PRAGMA data_version` there, which
 * changes whenever any other connection commits (this process's writer, or another process on the
 * same file) and at no other time. The reader never writes, so every commit anywhere changes it.
 */
function dataVersion(db: Connections): number {
  // A raw SQLite statement in the one module that knows the store, not a drizzle query to await.
  // eslint-disable-next-line no-restricted-syntax
  return db.dataVersion.get() as number;
}

/**
 * Names the committed state reads see now: it changes with every commit, from any connection, and
 * when the connections are opened again. What every kept read and kept page is labelled with.
 */
export function committedState(): string {
  const db = connections();
  return `${db.opened}:${dataVersion(db)}`;
}

/**
 * The writer connection itself, outside any transaction: for start-up (migrations, the demo seed)
 * and for tests that set up rows directly. App code writes through inTransaction.
 */
export function getWriterDb(): DB {
  return connections().writer;
}

/** Closes the process's database connections (tests and graceful shutdown). */
export function closeDb(): void {
  const open = globalForDb.__hackpathDb;
  globalForDb.__hackpathDb = undefined;
  open?.reader.$client.close();
  open?.writer.$client.close();
}
