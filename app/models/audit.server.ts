import { auditEvents } from "../../db/schema";
import { getDb, type DB } from "../utils/db.server";

/** A database handle or an open transaction: both take the same synchronous `.run()` calls. */
export type Tx = Pick<DB, "insert" | "update" | "delete" | "select">;

export type AuditInput = {
  actorId: number | null;
  action: string;
  objectType: string;
  objectId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/**
 * Records who did what to which object. Synchronous so it can run inside the same
 * transaction as the change it records.
 */
export function recordAudit(event: AuditInput, tx: Tx = getDb()): void {
  tx.insert(auditEvents)
    .values({
      actorId: event.actorId,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      ip: event.ip ?? null,
    })
    .run();
}
