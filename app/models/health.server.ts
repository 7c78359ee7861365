import { sql } from "drizzle-orm";
import { getDb } from "./core.server";

/** Whether the database answers a trivial query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const row = await getDb().get<{ ok: number }>(sql`SELECT 1 AS ok`);
    return row?.ok === 1;
  } catch {
    return false;
  }
}
