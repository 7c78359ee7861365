/**
 * Which store a test run uses (issue 16): SQLite files by default (`npm test`), or PostgreSQL
 * when HACKPATH_TEST_STORE=postgres (`npm run test:pg`, which needs TEST_DATABASE_URL: a server
 * the tests may create databases on, e.g. from scripts/test-postgres.sh). On PostgreSQL the
 * global setup migrates one template database per run, and every test file, test or test server
 * that needs a database of its own gets a copy of it (CREATE DATABASE … TEMPLATE), dropped after.
 */
import pg from "pg";

export const onPostgres = process.env.HACKPATH_TEST_STORE === "postgres";

/** The server the PostgreSQL run creates its databases on. */
function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("HACKPATH_TEST_STORE=postgres needs TEST_DATABASE_URL (see scripts/test-postgres.sh).");
  return url;
}

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.href;
}

/** This run's prefix for database names (the global setup sets it; workers inherit it). */
export function runPrefix(): string {
  const id = process.env.HACKPATH_TEST_RUN_ID;
  if (!id) throw new Error("HACKPATH_TEST_RUN_ID is not set: run the tests through vitest (npm run test:pg).");
  return `hp_${id}`;
}

export const templateName = () => `${runPrefix()}_template`;

/** Runs one statement on the test server's maintenance database, on a connection of its own. */
export async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let made = 0;

/** A new database copied from this run's migrated template; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `${runPrefix()}_${process.pid}_${++made}`;
  await onServer(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}" STRATEGY FILE_COPY`);
  return databaseUrl(name);
}

/** Drops a database made by createTestDatabase, closing any connection still open on it. */
export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith(runPrefix())) throw new Error(`Not a test database of this run: ${name}`);
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
