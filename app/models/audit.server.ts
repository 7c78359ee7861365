import { auditEvents } from "../../db/schema";
import type { AuditAction } from "../domain/audit";
import { inTransaction } from "./core.server";

export type AuditInput = {
  actorId: number | null;
  action: AuditAction;
  objectType: string;
  objectId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** Records who did what to which object, inside the caller's transaction when there is one. */
export async function recordAudit(event: AuditInput): Promise<void> {
  await inTransaction((tx) =>
    tx.insert(auditEvents).values({
      actorId: event.actorId,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      ip: event.ip ?? null,
    }),
  );
}
