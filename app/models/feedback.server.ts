/**
 * Messages sent through the contact page, and the admins' list of them (app/domain/feedback.ts).
 */
import { and, count, desc, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { feedbackMessages, users } from "../../db/schema";
import { handleFeedbackRefusal } from "../domain/feedback";
import type { FeedbackInput } from "../validation/feedback";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";

/** Stores a message from the contact page; `viewer` is the sender when signed in. */
export async function sendFeedback({ viewer, input }: { viewer: Viewer; input: FeedbackInput }): Promise<ModelResult> {
  await inTransaction((tx) =>
    tx.insert(feedbackMessages).values({
      userId: viewer?.id ?? null,
      topic: input.topic,
      name: input.name,
      email: input.email ?? null,
      message: input.message,
      page: input.page ?? null,
    }),
  );
  return { ok: true };
}

/** A window of messages for the admins: open ones (oldest first, so none waits) or dealt-with ones (newest first). */
export async function listFeedback({
  viewer,
  handled,
  limit,
  offset,
}: {
  viewer: Viewer;
  handled: boolean;
  limit: number;
  offset: number;
}) {
  if (handleFeedbackRefusal(viewer)) return null;
  const db = getDb();
  const where = handled ? isNotNull(feedbackMessages.handledAt) : isNull(feedbackMessages.handledAt);
  const [items, [total], [open]] = await Promise.all([
    db
      .select({
        id: feedbackMessages.id,
        topic: feedbackMessages.topic,
        name: feedbackMessages.name,
        email: feedbackMessages.email,
        message: feedbackMessages.message,
        page: feedbackMessages.page,
        createdAt: feedbackMessages.createdAt,
        handledAt: feedbackMessages.handledAt,
        senderId: feedbackMessages.userId,
        senderName: users.name,
      })
      .from(feedbackMessages)
      .leftJoin(users, eq(users.id, feedbackMessages.userId))
      .where(where)
      .orderBy(handled ? desc(feedbackMessages.handledAt) : feedbackMessages.createdAt, feedbackMessages.id)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(feedbackMessages).where(where),
    db.select({ n: count() }).from(feedbackMessages).where(isNull(feedbackMessages.handledAt)),
  ]);
  return { items, total: total!.n, open: open!.n };
}

/** Marks a message dealt with (once), with an audit event. */
export async function markFeedbackHandled({
  viewer,
  messageId,
}: {
  viewer: Viewer;
  messageId: number;
}): Promise<ModelResult> {
  const refusal = handleFeedbackRefusal(viewer);
  if (refusal || !viewer) return refusal ?? refuse(403, "Sign in first.");
  return inTransaction(async (tx) => {
    const [row] = await tx
      .update(feedbackMessages)
      .set({ handledAt: new Date(), handledBy: viewer.id })
      .where(and(eq(feedbackMessages.id, messageId), isNull(feedbackMessages.handledAt)))
      .returning({ id: feedbackMessages.id });
    if (!row) return refuse(409, "That message was already dealt with, or is not there any more.");
    await recordAudit({ actorId: viewer.id, action: "feedback.handled", objectType: "feedback", objectId: row.id });
    return { ok: true };
  });
}

/** Contact messages are kept 12 months after they were dealt with (the privacy notice says so). */
export const FEEDBACK_RETENTION_DAYS = 365;

/** Deletes messages dealt with more than FEEDBACK_RETENTION_DAYS ago; returns how many. */
export async function deleteOldFeedback(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - FEEDBACK_RETENTION_DAYS * 86_400_000);
  const gone = await inTransaction((tx) =>
    tx.delete(feedbackMessages).where(lt(feedbackMessages.handledAt, cutoff)).returning({ id: feedbackMessages.id }),
  );
  return gone.length;
}
