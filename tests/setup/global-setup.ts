import fs from "node:fs";
import { migrateDatabase, openDatabase } from "../../app/utils/db.server";
import { BASE_DB, TMP_DIR } from "./paths";

/** Migrates one base database; every test file gets its own copy (faster than truncating). */
export default function setup() {
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const db = openDatabase(BASE_DB);
  migrateDatabase(db);
  // Fold the WAL into the main file so a plain copy carries everything.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.pragma("journal_mode = DELETE");
  db.$client.close();
  return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
}
