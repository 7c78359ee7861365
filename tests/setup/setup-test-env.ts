import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "../../app/utils/db.server";
import { baseDb, runDir } from "./paths";

// Each test file works on its own copy of the migrated base database.
const file = path.join(runDir(), `test-${randomUUID()}.db`);
fs.copyFileSync(baseDb(), file);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
process.env.DEMO_DATA = "false";

afterAll(() => {
  closeDb();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
});
