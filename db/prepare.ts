/**
 * Start-up preparation of the database: apply migrations, then seed the demo data into a
 * database that has no users yet (when demo data is enabled). Safe to run on every start.
 */
import { users } from "./schema";
import { migrateDatabase, type DB } from "../app/utils/db.server";
import { isDemoSeeded, seedDemoData } from "./seed/demo";

/** `demoAccounts`: whether the demo accounts are in the database afterwards, seeded now or before. */
export type PrepareResult = { migrated: true; seeded: boolean; demoAccounts: boolean };

/** Migrates, and seeds the demo data when the database has no users and `demoData` is on. */
export async function prepareDatabase(db: DB, { demoData }: { demoData: boolean }): Promise<PrepareResult> {
  migrateDatabase(db);
  const anyone = db.select({ id: users.id }).from(users).limit(1).get();
  if (!demoData || anyone) return { migrated: true, seeded: false, demoAccounts: isDemoSeeded(db) };
  const result = await seedDemoData(db);
  return { migrated: true, seeded: result.seeded, demoAccounts: isDemoSeeded(db) };
}
