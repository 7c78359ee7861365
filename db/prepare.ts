/**
 * Start-up preparation of the database: apply migrations, then seed the demo data into a
 * database that has no users yet (when demo data is enabled). Safe to run on every start, and on
 * several app servers starting at once.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import * as active from "./schema";
import * as sqlite from "./schema.sqlite";
import { getWriterDb, migrateDatabase, migrateStore, openDatabase, type DB } from "../app/utils/db.server";
import { getWriterDb as getPostgresDb } from "../app/utils/db-postgres.server";
import { postgresUrl } from "../app/utils/store.server";
import { copySqliteToPostgres } from "./copy-to-postgres";
import { DEMO_ACCOUNTS, isDemoSeeded, seedDemoData } from "./seed/demo";

/** `demoAccounts`: whether the demo accounts are in the database afterwards, seeded now or before. */
export type PrepareResult = { migrated: true; seeded: boolean; demoAccounts: boolean };

/** Whether the first demo account is in the store in use (SQLite or PostgreSQL). */
async function hasDemoAccounts(db: DB): Promise<boolean> {
  const first = DEMO_ACCOUNTS[0];
  if (!first) return false;
  const found = await db
    .select({ id: active.users.id })
    .from(active.users)
    .where(eq(active.users.email, first.email))
    .limit(1);
  return found.length > 0;
}

/** Migrates a SQLite database, and seeds the demo data when it has no users and `demoData` is on. */
export async function prepareDatabase(db: DB, { demoData }: { demoData: boolean }): Promise<PrepareResult> {
  migrateDatabase(db);
  const anyone = db.select({ id: sqlite.users.id }).from(sqlite.users).limit(1).get();
  if (!demoData || anyone) return { migrated: true, seeded: false, demoAccounts: isDemoSeeded(db) };
  const result = await seedDemoData(db);
  return { migrated: true, seeded: result.seeded, demoAccounts: isDemoSeeded(db) };
}

/**
 * What the server runs before taking traffic, on the store in use. On PostgreSQL the demo data
 * is seeded into a SQLite file in a temporary folder (the one seed there is) and copied across;
 * the copy refuses a database that is not empty, so of two servers starting at once one seeds.
 */
export async function prepareStore({ demoData }: { demoData: boolean }): Promise<PrepareResult> {
  const url = postgresUrl();
  if (!url) return prepareDatabase(getWriterDb(), { demoData });
  await migrateStore();
  const db = getWriterDb();
  const anyone = await db.select({ id: active.users.id }).from(active.users).limit(1);
  if (!demoData || anyone.length > 0) return { migrated: true, seeded: false, demoAccounts: await hasDemoAccounts(db) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hackpath-demo-"));
  const seedDb = openDatabase(path.join(dir, "demo.db"));
  try {
    migrateDatabase(seedDb);
    await seedDemoData(seedDb);
    await copySqliteToPostgres(seedDb, getPostgresDb(url));
  } catch (error) {
    // Another server copied first: its data is what this one serves.
    if (!(await hasDemoAccounts(db))) throw error;
    return { migrated: true, seeded: false, demoAccounts: true };
  } finally {
    seedDb.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { migrated: true, seeded: true, demoAccounts: true };
}
