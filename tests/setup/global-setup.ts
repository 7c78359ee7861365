import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { closeDb, migrateDatabase, migrateStore, openDatabase } from "../../app/utils/db.server";
import { TMP_ROOT } from "./paths";
import { databaseUrl, onPostgres, onServer, runPrefix, templateName } from "./store";

/**
 * Migrates one base database; every test file gets its own copy (faster than truncating). On
 * PostgreSQL (tests/setup/store.ts) the base is a template database on the test server.
 */
export default async function setup() {
  const id = `${process.pid}_${Date.now()}`;
  const dir = path.join(TMP_ROOT, `run-${id}`);
  fs.mkdirSync(dir, { recursive: true });
  // Workers are started after this and inherit the environment.
  process.env.HACKPATH_TEST_RUN_DIR = dir;
  process.env.HACKPATH_TEST_RUN_ID = id;
  const db = openDatabase(path.join(dir, "base.db"));
  migrateDatabase(db);
  // Fold the WAL into the main file so a plain copy carries everything. The file stays in WAL
  // mode (the mode is stored in the file), so opening a copy does not switch it again: that
  // switch, with its sync, cost more than the copy itself.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  if (onPostgres) await migrateTemplate();
  return async () => {
    if (onPostgres) await dropRunDatabases();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function migrateTemplate(): Promise<void> {
  await onServer(`CREATE DATABASE "${templateName()}"`);
  process.env.DATABASE_URL = databaseUrl(templateName());
  try {
    await migrateStore();
  } finally {
    // A template must have no connections while it is copied.
    await closeDb();
    delete process.env.DATABASE_URL;
  }
}

/** Drops the template and every database a worker left behind (a crashed file, a killed run). */
async function dropRunDatabases(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [runPrefix()],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
