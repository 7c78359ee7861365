import { Link } from "@remix-run/react";
import { Time } from "~/components/ui/time";
import { auditActions } from "~/domain/audit";
import type { AuditRow } from "~/models/admin.server";
import { adminUserPath } from "~/utils/paths";

/** The actions the audit log filter offers: every one the app records. */
export const auditActionOptions = auditActions.values.map((value) => ({ value, label: auditActions.labels[value] }));

/** Short "what changed" text from an event's before/after. */
function detail(before: unknown, after: unknown): string {
  const a = (after ?? {}) as Record<string, unknown>;
  const b = (before ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof a.role === "string") parts.push(`role: ${a.role}`);
  if (typeof b.role === "string" && !a.role) parts.push(`role: ${b.role}`);
  if (typeof a.reason === "string" && a.reason) parts.push(`reason: ${a.reason.replace(/_/g, " ")}`);
  if (Array.isArray(a.roles)) parts.push(`roles: ${a.roles.join(", ") || "none"}`);
  if (typeof a.endedSessions === "number")
    parts.push(`${a.endedSessions} session${a.endedSessions === 1 ? "" : "s"} ended`);
  return parts.join("; ");
}

/** An audit row as the page receives it: its time may arrive serialized. */
export type AuditEventView = Omit<AuditRow, "createdAt"> & { createdAt: string | Date };

/** A list of audit events: when, who, what, to which account. */
export function AuditList({ events }: { events: AuditEventView[] }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {events.map((e) => (
        <li key={e.id} className="grid gap-1 p-3 sm:grid-cols-[11rem_1fr]">
          <span className="text-sm text-muted">
            <Time value={e.createdAt} withTime />
          </span>
          <span>
            <span className="font-semibold">{auditActions.label(e.action)}</span>
            {" by "}
            {e.actorId ? (
              <Link to={adminUserPath(e.actorId)}>{e.actorName ?? `account ${e.actorId}`}</Link>
            ) : (
              <span>someone not signed in</span>
            )}
            {e.objectType === "user" && e.objectId && e.objectId !== e.actorId ? (
              <>
                {" to "}
                <Link to={adminUserPath(e.objectId)}>account {e.objectId}</Link>
              </>
            ) : e.objectType !== "user" && e.objectId ? (
              <span>
                {" "}
                on {e.objectType} {e.objectId}
              </span>
            ) : null}
            {detail(e.before, e.after) ? (
              <span className="block text-sm text-muted">{detail(e.before, e.after)}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
