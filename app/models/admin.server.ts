import { and, count, desc, eq, gte, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { auditEvents, sessions, userRoles, users } from "../../db/schema";
import { adminActionRefusal, type AdminAction } from "../domain/admin";
import type { AuditAction } from "../domain/audit";
import { roles as roleVocabulary, type Role } from "../domain/taxonomy";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { affectedRows, containsText } from "./dialect.server";
import { pageWindow, toPage, type Page } from "../utils/pagination";
import { recordAudit } from "./audit.server";
import { notify } from "./notifications.server";

/** Roles of several users in one query (no N+1). */
async function rolesOf(userIds: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (!userIds.length) return map;
  const rows = await getDb()
    .select({ userId: userRoles.userId, role: userRoles.role })
    .from(userRoles)
    .where(inArray(userRoles.userId, userIds));
  for (const row of rows) map.set(row.userId, [...(map.get(row.userId) ?? []), row.role]);
  return map;
}

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  organisation: string;
  roles: Role[];
  suspendedAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Finds accounts by name or email (admins only), newest first, a page at a time. */
export async function searchUsers({
  q,
  status,
  page,
}: {
  q?: string;
  status?: "active" | "suspended";
  page: number;
}): Promise<Page<AdminUserRow>> {
  const conditions: SQL[] = [];
  if (q) conditions.push(or(containsText(users.name, q), containsText(users.email, q.toLowerCase()))!);
  if (status === "suspended") conditions.push(isNotNull(users.suspendedAt));
  if (status === "active") conditions.push(isNull(users.suspendedAt));
  const where = conditions.length ? and(...conditions) : undefined;
  const db = getDb();
  const { limit, offset } = pageWindow(page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        organisation: users.organisation,
        suspendedAt: users.suspendedAt,
        lastLoginAt: users.lastLoginAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const roles = await rolesOf(rows.map((r) => r.id));
  return toPage(
    rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] })),
    total?.n ?? 0,
    page,
  );
}

/** One account as an admin sees it, with its recent audit trail and how many sessions it has open. */
export async function getUserForAdmin(userId: number) {
  const db = getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisation: users.organisation,
      suspendedAt: users.suspendedAt,
      suspendedReason: users.suspendedReason,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const [roles, [openSessions], history] = await Promise.all([
    rolesOf([userId]).then((m) => m.get(userId) ?? []),
    db
      .select({ n: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gte(sessions.expiresAt, Math.floor(Date.now() / 1000)))),
    listAuditEvents({ userId, page: 1, pageSize: 10 }),
  ]);
  return { user, roles, openSessions: openSessions?.n ?? 0, history: history.items };
}

/**
 * Grants or revokes organiser/admin, suspends or restores an account: checks the rule, writes the
 * change, its audit event and a notification to the person in one transaction. Suspension also
 * ends every session the account has.
 */
export async function applyAdminAction({
  actorId,
  userId,
  action,
  reason,
  ip,
}: {
  actorId: number;
  userId: number;
  action: AdminAction;
  reason?: string;
  ip?: string | null;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, suspendedAt: users.suspendedAt, suspendedReason: users.suspendedReason })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!target) return refuse(404, "We could not find that account.");
    const refusal = adminActionRefusal(action, {
      actorId,
      targetId: userId,
      targetSuspended: target.suspendedAt !== null,
    });
    if (refusal) return refusal;
    const audit = (auditAction: AuditAction, before: unknown, after: unknown) =>
      recordAudit({ actorId, action: auditAction, objectType: "user", objectId: userId, before, after, ip });
    switch (action.kind) {
      case "grant": {
        const granted = await tx
          .insert(userRoles)
          .values({ userId, role: action.role, grantedBy: actorId })
          .onConflictDoNothing();
        if (affectedRows(granted)) {
          await audit("role.granted", null, { role: action.role });
          await notify({
            userId,
            kind: "role.granted",
            title: `You are now ${action.role === "admin" ? "an admin" : "an organiser"} on Hackpath`,
            body: `An admin gave you the ${roleVocabulary.label(action.role).toLowerCase()} role.`,
            link: "/dashboard",
          });
        }
        break;
      }
      case "revoke": {
        const revoked = await tx
          .delete(userRoles)
          .where(and(eq(userRoles.userId, userId), eq(userRoles.role, action.role)));
        if (affectedRows(revoked)) {
          await audit("role.revoked", { role: action.role }, null);
          await notify({
            userId,
            kind: "role.revoked",
            title: `Your ${roleVocabulary.label(action.role).toLowerCase()} role was removed`,
            body: "An admin removed the role. Ask them if you think this is a mistake.",
            link: "/dashboard",
          });
        }
        break;
      }
      case "suspend": {
        await tx
          .update(users)
          .set({ suspendedAt: new Date(), suspendedReason: reason ?? "" })
          .where(eq(users.id, userId));
        const ended = await tx.delete(sessions).where(eq(sessions.userId, userId));
        await audit(
          "user.suspended",
          { suspended: false },
          { suspended: true, reason: reason ?? "", endedSessions: affectedRows(ended) },
        );
        break;
      }
      case "restore": {
        await tx.update(users).set({ suspendedAt: null, suspendedReason: null }).where(eq(users.id, userId));
        await audit("user.restored", { suspended: true, reason: target.suspendedReason }, { suspended: false });
        await notify({
          userId,
          kind: "user.restored",
          title: "Your account has been restored",
          body: "You can use Hackpath again.",
          link: "/dashboard",
        });
        break;
      }
    }
    return { ok: true as const };
  });
}

export type AuditRow = {
  id: number;
  action: string;
  objectType: string;
  objectId: number | null;
  actorId: number | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  createdAt: Date;
};

/** The audit log, newest first, filtered by action and/or a user (as actor or as the account acted on). */
export async function listAuditEvents({
  action,
  userId,
  page,
  pageSize,
}: {
  action?: AuditAction;
  userId?: number;
  page: number;
  pageSize?: number;
}): Promise<Page<AuditRow>> {
  const conditions: SQL[] = [];
  if (action) conditions.push(eq(auditEvents.action, action));
  if (userId)
    conditions.push(
      or(eq(auditEvents.actorId, userId), and(eq(auditEvents.objectType, "user"), eq(auditEvents.objectId, userId)))!,
    );
  const where = conditions.length ? and(...conditions) : undefined;
  const db = getDb();
  const { limit, offset } = pageWindow(page, pageSize);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        objectType: auditEvents.objectType,
        objectId: auditEvents.objectId,
        actorId: auditEvents.actorId,
        actorName: users.name,
        before: auditEvents.before,
        after: auditEvents.after,
        ip: auditEvents.ip,
        createdAt: auditEvents.createdAt,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, page, pageSize);
}

/** Figures for the admin overview. */
export async function getAdminOverview() {
  const db = getDb();
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const [[all], [suspended], byRole, [failed]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(users).where(isNotNull(users.suspendedAt)),
    db.select({ role: userRoles.role, n: count() }).from(userRoles).groupBy(userRoles.role),
    db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "login.failed"), gte(auditEvents.createdAt, dayAgo))),
  ]);
  return {
    users: all?.n ?? 0,
    suspended: suspended?.n ?? 0,
    roles: Object.fromEntries(byRole.map((r) => [r.role, r.n])) as Partial<Record<Role, number>>,
    failedLoginsToday: failed?.n ?? 0,
  };
}
