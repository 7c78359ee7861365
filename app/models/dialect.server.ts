/**
 * The few things that differ between SQL stores, in one place so that a second store changes one
 * file: how many rows a write touched, which constraint a write broke, and (as they move here)
 * search syntax and upserts.
 */
import type { RunResult } from "better-sqlite3";

/** How many rows an insert, update or delete changed. */
export function affectedRows(result: RunResult): number {
  return result.changes;
}

/** Whether a write failed on a UNIQUE constraint over `table.column` (e.g. "users.email"). */
export function isUniqueViolation(error: unknown, column: string): boolean {
  return error instanceof Error && error.message.includes(`UNIQUE constraint failed: ${column}`);
}
