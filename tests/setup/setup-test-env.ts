import { afterAll } from "vitest";
import { closeDb } from "../../app/utils/db.server";
import { copyBaseDatabase, removeDatabase } from "./fresh-database";
import "./custom-matchers";

// Each test file works on its own copy of the migrated base database; files whose tests write
// give each test a copy of its own with withFreshDatabase().
const file = copyBaseDatabase();
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
process.env.DEMO_DATA = "false";

afterAll(() => {
  closeDb();
  removeDatabase(file);
});
