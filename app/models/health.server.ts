import { sql } from "drizzle-orm";
import { getDb } from "./core.server";
import { rawRow } from "./dialect.server";

/** Whether the database answers a trivial query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const row = await rawRow<{ ok: number }>(getDb(), sql`SELECT 1 AS ok`);
    return row?.ok === 1;
  } catch {
    return false;
  }
}
