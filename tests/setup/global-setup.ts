import fs from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../../app/utils/db.server";
import { TMP_ROOT } from "./paths";

/** Migrates one base database; every test file gets its own copy (faster than truncating). */
export default function setup() {
  const dir = path.join(TMP_ROOT, `run-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  // Workers are started after this and inherit the environment.
  process.env.HACKPATH_TEST_RUN_DIR = dir;
  const db = openDatabase(path.join(dir, "base.db"));
  migrateDatabase(db);
  // Fold the WAL into the main file so a plain copy carries everything. The file stays in WAL
  // mode (the mode is stored in the file), so opening a copy does not switch it again: that
  // switch, with its sync, cost more than the copy itself.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
