/**
 * The transactional outbox (decision 0055). A write that should email someone calls enqueueEmail
 * inside its own transaction (inTransaction joins the caller's), so the message exists exactly
 * when the write does; the sender (app/mail/sender.server.ts) delivers it later, with retries.
 * Nothing here talks to a mail server: the sender claims rows in one transaction, sends outside
 * any transaction, and records the outcome in another.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import { emailSubject, renderEmail, type EmailContent } from "../mail/layout";
import type { MailMessage } from "../mail/transport.server";
import { inTransaction } from "./core.server";
import { affectedRows } from "./dialect.server";

export type OutgoingEmail = EmailContent & {
  /** The address to send to (for an address change, the new or the old one). */
  to: string;
  /** The person it is for, when it is for an account (null: kept when the account is closed). */
  userId: number | null;
  /** What it is, for logs and tests: "account.password_reset", "notification.immediate", … */
  kind: string;
};

/** The host part of our Message-IDs. */
const MESSAGE_ID_DOMAIN = "hackpath.mail";

/** Queues one email in the current transaction; returns its outbox id. */
export async function enqueueEmail(email: OutgoingEmail, now = new Date()): Promise<number> {
  const { text, html } = renderEmail(email);
  const headers: Record<string, string> = {};
  if (email.unsubscribeUrl) {
    // RFC 8058 one-click: a POST to this URL with "List-Unsubscribe=One-Click" unsubscribes.
    headers["List-Unsubscribe"] = `<${email.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  const [row] = await inTransaction((tx) =>
    tx
      .insert(emailOutbox)
      .values({
        userId: email.userId,
        toAddress: email.to,
        kind: email.kind,
        subject: emailSubject(email),
        textBody: text,
        htmlBody: html,
        headers,
        messageId: `<${randomUUID()}@${MESSAGE_ID_DOMAIN}>`,
        nextAttemptAt: now,
      })
      .returning({ id: emailOutbox.id }),
  );
  return row!.id;
}

/** How long a claimed message is the claiming sender's: past it, another sender may take it. */
export const LEASE_MS = 10 * 60_000;
/** Messages one claim takes at most; the sender claims again once they are done. */
export const CLAIM_BATCH = 10;
/** The wait after each failed attempt (1 min, 5 min, 30 min, 2 h, 6 h); the next failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
/** Attempts before a message that keeps failing is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Delivered (and given-up) messages are kept this long, then deleted. */
export const KEEP_DAYS = 30;

const claimed = {
  id: emailOutbox.id,
  kind: emailOutbox.kind,
  to: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  text: emailOutbox.textBody,
  html: emailOutbox.htmlBody,
  messageId: emailOutbox.messageId,
  headers: emailOutbox.headers,
  attempts: emailOutbox.attempts,
};
/** A claimed message, with its attempts so far (this one included). */
export type ClaimedEmail = MailMessage & { attempts: number };

/**
 * Takes up to `limit` messages that are due (queued and past their next attempt, or left
 * "sending" by a sender whose lease ran out: it crashed or was killed mid-send) and marks them
 * "sending" with a lease, all in one transaction, so two senders never take the same message.
 * Each claim counts as an attempt. A message whose sender died on it MAX_ATTEMPTS times is given
 * up instead of taken again.
 */
export async function claimDueEmails({
  now = new Date(),
  limit = CLAIM_BATCH,
}: { now?: Date; limit?: number } = {}): Promise<ClaimedEmail[]> {
  return inTransaction(async (tx) => {
    const abandoned = and(eq(emailOutbox.status, "sending"), lte(emailOutbox.claimedUntil, now));
    await tx
      .update(emailOutbox)
      .set({ status: "failed", claimedUntil: null, lastError: "The sender stopped while delivering it, every time." })
      .where(and(abandoned, sql`${emailOutbox.attempts} >= ${MAX_ATTEMPTS}`));
    const due = await tx
      .select(claimed)
      .from(emailOutbox)
      .where(or(and(eq(emailOutbox.status, "queued"), lte(emailOutbox.nextAttemptAt, now)), abandoned))
      .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
      .limit(limit);
    if (due.length === 0) return [];
    await tx
      .update(emailOutbox)
      .set({
        status: "sending",
        claimedUntil: new Date(now.getTime() + LEASE_MS),
        attempts: sql`${emailOutbox.attempts} + 1`,
      })
      .where(
        inArray(
          emailOutbox.id,
          due.map((m) => m.id),
        ),
      );
    return due.map((m) => ({ ...m, attempts: m.attempts + 1 }));
  });
}

/**
 * Records a delivery. The bodies are emptied (a reset link must not outlive its delivery in the
 * database); the subject, address, kind and Message-ID stay as the record of what was sent.
 */
export async function markEmailSent(id: number, now = new Date()): Promise<void> {
  await inTransaction((tx) =>
    tx
      .update(emailOutbox)
      .set({ status: "sent", sentAt: now, claimedUntil: null, lastError: null, textBody: "", htmlBody: "" })
      .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "sending"))),
  );
}

/**
 * Records a failed attempt. A temporary failure queues the message again after the backoff for
 * its attempt count (or gives it up after MAX_ATTEMPTS); a permanent one gives up at once. The
 * reason must hold no address (describeSendFailure in app/mail/transport.server.ts).
 */
export async function markEmailFailed(
  { id, permanent, reason }: { id: number; permanent: boolean; reason: string },
  now = new Date(),
): Promise<"retry" | "failed"> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .select({ attempts: emailOutbox.attempts })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "sending")));
    if (!row) return "failed";
    const delay = permanent ? undefined : RETRY_DELAYS_MS[row.attempts - 1];
    await tx
      .update(emailOutbox)
      .set(
        delay === undefined
          ? { status: "failed", claimedUntil: null, lastError: reason }
          : { status: "queued", claimedUntil: null, lastError: reason, nextAttemptAt: new Date(now.getTime() + delay) },
      )
      .where(eq(emailOutbox.id, id));
    return delay === undefined ? "failed" : "retry";
  });
}

/**
 * Hands claimed messages that were never tried back to the queue (the sender is stopping): they
 * are due at once for the next sender, and the claim does not count as an attempt.
 */
export async function releaseEmails(ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await inTransaction((tx) =>
    tx
      .update(emailOutbox)
      .set({ status: "queued", claimedUntil: null, attempts: sql`${emailOutbox.attempts} - 1` })
      .where(and(inArray(emailOutbox.id, [...ids]), eq(emailOutbox.status, "sending"))),
  );
}

/** Deletes delivered and given-up messages older than KEEP_DAYS; returns how many. */
export async function deleteOldEmails(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
  const result = await inTransaction((tx) =>
    tx
      .delete(emailOutbox)
      .where(
        or(
          and(eq(emailOutbox.status, "sent"), lt(emailOutbox.sentAt, cutoff)),
          and(eq(emailOutbox.status, "failed"), lt(emailOutbox.createdAt, cutoff)),
        ),
      ),
  );
  return affectedRows(result);
}
