/**
 * Which store this process uses (decision 0065): PostgreSQL when DATABASE_URL is a postgres://
 * URL, SQLite (the file at DATABASE_PATH) otherwise. Read from the environment each time, so a
 * test can choose before it opens a connection; the schema facade (db/schema.ts) reads it once,
 * when it is first imported.
 */

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** DATABASE_URL when it names a PostgreSQL database, else null. */
export function postgresUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url && POSTGRES_URL.test(url) ? url : null;
}

/** Whether this process stores its data in PostgreSQL. */
export function usesPostgres(): boolean {
  return postgresUrl() !== null;
}
