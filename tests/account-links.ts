/**
 * Reading the account emails back from the outbox, as a person reads their inbox: the messages
 * queued for an address, and the token in the link a message carries (decision 0056).
 */
import { asc, eq } from "drizzle-orm";
import { getWriterDb } from "../app/utils/db.server";
import * as s from "../db/schema";

/** Every message queued for an address, oldest first. */
export async function emailsTo(address: string) {
  return getWriterDb()
    .select()
    .from(s.emailOutbox)
    .where(eq(s.emailOutbox.toAddress, address))
    .orderBy(asc(s.emailOutbox.id));
}

/** The token of the `/reset-password/…` or `/confirm-email/…` link in a message's text, or fails. */
export function tokenIn(message: { textBody: string }, path: "/reset-password/" | "/confirm-email/"): string {
  const match = new RegExp(`https?://[^\\s/]+${path}([A-Za-z0-9_-]+)`).exec(message.textBody);
  if (!match) throw new Error(`No ${path} link in:\n${message.textBody}`);
  return match[1]!;
}

/** The token in the newest message to an address that links to `path`. */
export async function latestToken(address: string, path: "/reset-password/" | "/confirm-email/"): Promise<string> {
  const message = (await emailsTo(address)).reverse().find((m) => m.textBody.includes(path));
  if (!message) throw new Error(`No message to ${address} links to ${path}`);
  return tokenIn(message, path);
}

/** An account's links of one purpose, oldest first. */
export async function linksOf(userId: number, purpose: "password_reset" | "email_confirm") {
  const rows = await getWriterDb()
    .select()
    .from(s.accountTokens)
    .where(eq(s.accountTokens.userId, userId))
    .orderBy(asc(s.accountTokens.id));
  return rows.filter((row) => row.purpose === purpose);
}
