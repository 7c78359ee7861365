import { afterAll } from "vitest";
import { closeDb } from "../../app/utils/db.server";
import { copyBaseDatabase, removeDatabase } from "./fresh-database";
import { createTestDatabase, dropTestDatabase, onPostgres } from "./store";
import "./custom-matchers";

// Each test file works on its own copy of the migrated base database; files whose tests write
// give each test a copy of its own with withFreshDatabase(). On PostgreSQL the copy is a database
// made from the run's template, and DATABASE_URL (set before any test module is imported, so the
// schema facade and the dialect module see it) points at it; on SQLite a developer's own
// DATABASE_URL is put aside.
const file = copyBaseDatabase();
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
process.env.DEMO_DATA = "false";
const url = onPostgres ? await createTestDatabase() : undefined;
if (url) process.env.DATABASE_URL = url;
else delete process.env.DATABASE_URL;

afterAll(async () => {
  await closeDb();
  removeDatabase(file);
  if (url) await dropTestDatabase(url);
});
