import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { closeDb, getWriterDb } from "../../app/utils/db.server";
import { baseDb, runDir } from "./paths";
import { createTestDatabase, dropTestDatabase, onPostgres } from "./store";

/** Copies the migrated base database to a new file in this run's folder and returns its path. */
export function copyBaseDatabase(): string {
  const file = path.join(runDir(), `test-${randomUUID()}.db`);
  fs.copyFileSync(baseDb(), file);
  return file;
}

/** Deletes a database file with its WAL and shared-memory files. */
export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Gives every test in the enclosing `describe` (or file, when called at the top) its own copy of
 * the migrated base database, so a test sees only the rows it made and can assert exact counts.
 * Before each test it copies the base file, points DATABASE_PATH at the copy and closes the cached
 * connections, so the next getDb()/getWriterDb() opens the copy; after it, it closes them again,
 * deletes the copy and puts DATABASE_PATH back. Copying the small base file takes about a
 * millisecond and opening the copy a few more (decision 0006). On PostgreSQL the same with
 * DATABASE_URL and a database copied from the run's template (tests/setup/store.ts).
 */
export function withFreshDatabase(): void {
  let previous: { path?: string; url?: string } = {};
  let file: string | undefined;
  let url: string | undefined;
  beforeEach(async () => {
    previous = { path: process.env.DATABASE_PATH, url: process.env.DATABASE_URL };
    await closeDb();
    file = copyBaseDatabase();
    process.env.DATABASE_PATH = file;
    if (onPostgres) {
      url = await createTestDatabase();
      process.env.DATABASE_URL = url;
    } else {
      // The copy is thrown away after the test: skip the syncs (above all the checkpoint's at close).
      getWriterDb().$client.pragma("synchronous = OFF");
    }
  });
  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_PATH = previous.path;
    if (previous.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous.url;
    if (file) removeDatabase(file);
    if (url) await dropTestDatabase(url);
    file = url = undefined;
  });
}
