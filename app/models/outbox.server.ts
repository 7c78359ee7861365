/**
 * The transactional outbox (decision 0055). A write that should email someone calls enqueueEmail
 * inside its own transaction (inTransaction joins the caller's), so the message exists exactly
 * when the write does; the sender (app/mail/sender.server.ts) delivers it later, with retries.
 * Nothing here talks to a mail server.
 */
import { randomUUID } from "node:crypto";
import { emailOutbox } from "../../db/schema";
import { emailSubject, renderEmail, type EmailContent } from "../mail/layout";
import { inTransaction } from "./core.server";

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
