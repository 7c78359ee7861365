import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "../../db/schema";
import type { NotificationKind } from "../domain/notifications";
import { getDb, inTransaction, oncePerRequest } from "./core.server";
import { emailNewNotifications } from "./notification-email.server";

/** One notification to send: its kind from the vocabulary, its own wording, and a link from the paths module. */
export type NotificationInput = {
  userId: number;
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string | null;
};

/** Rows per INSERT, well inside SQLite's limit on bound parameters. */
const INSERT_CHUNK = 500;

/**
 * Sends in-app notifications, inside the caller's transaction when there is one, and by email as
 * each recipient chose (decision 0057): the immediate ones are queued in the outbox in the same
 * transaction, the digest ones wait for the daily digest.
 */
export async function notify(input: NotificationInput | NotificationInput[]): Promise<void> {
  const rows = [input]
    .flat()
    .map((r) => ({ userId: r.userId, kind: r.kind, title: r.title, body: r.body ?? "", link: r.link ?? null }));
  if (rows.length === 0) return;
  await inTransaction(async (tx) => {
    const now = new Date();
    const deliveries = await emailNewNotifications(rows, now);
    const values = rows.map((r, i) => ({
      ...r,
      emailDelivery: deliveries[i] ?? null,
      emailedAt: deliveries[i] === "immediate" ? now : null,
    }));
    for (let i = 0; i < values.length; i += INSERT_CHUNK)
      await tx.insert(notifications).values(values.slice(i, i + INSERT_CHUNK));
  });
}

/** A person's notifications, unread first then newest, a window at a time, with the total. */
export async function listNotifications(userId: number, { limit, offset }: { limit: number; offset: number }) {
  const db = getDb();
  const own = eq(notifications.userId, userId);
  const [items, [total]] = await Promise.all([
    db
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
      .where(own)
      .orderBy(desc(isNull(notifications.readAt)), desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(own),
  ]);
  return { items, total: total?.n ?? 0 };
}
export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>["items"][number];

/** How many unread notifications a person has (counted once per page: the header and the page both show it). */
export function countUnreadNotifications(userId: number): Promise<number> {
  return oncePerRequest(`unread-notifications:${userId}`, async () => {
    const [row] = await getDb()
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  });
}

/** Marks a person's notifications read (only their own). */
export async function markNotificationsRead({ userId, ids }: { userId: number; ids?: number[] }) {
  const own = eq(notifications.userId, userId);
  await inTransaction(async (tx) => {
    if (!ids) {
      await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(own, isNull(notifications.readAt)));
      return;
    }
    for (const id of ids)
      await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(own, eq(notifications.id, id), isNull(notifications.readAt)));
  });
}
