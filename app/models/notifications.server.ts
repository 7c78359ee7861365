import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "../../db/schema";
import { getDb } from "../utils/db.server";
import type { Tx } from "./audit.server";

export type NotificationInput = { userId: number; kind: string; title: string; body?: string; link?: string | null };

/** Sends in-app notifications. Synchronous, so it can share the caller's transaction. */
export function notify(input: NotificationInput | NotificationInput[], tx: Tx = getDb()): void {
  const rows = [input].flat();
  if (rows.length === 0) return;
  tx.insert(notifications)
    .values(
      rows.map((r) => ({ userId: r.userId, kind: r.kind, title: r.title, body: r.body ?? "", link: r.link ?? null })),
    )
    .run();
}

/** A person's newest notifications, unread first. */
export async function listNotifications({ userId, limit = 20 }: { userId: number; limit?: number }) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(isNull(notifications.readAt)), desc(notifications.createdAt))
    .limit(limit);
}

/** How many unread notifications a person has. */
export async function countUnreadNotifications(userId: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks a person's notifications read (only their own). */
export async function markNotificationsRead({ userId, ids }: { userId: number; ids?: number[] }) {
  const own = eq(notifications.userId, userId);
  const db = getDb();
  if (!ids) {
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(own, isNull(notifications.readAt)));
    return;
  }
  for (const id of ids)
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(own, eq(notifications.id, id)));
}
