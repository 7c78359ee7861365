/**
 * The browser tests' inbox: the messages the server wrote as .eml files to its outbox folder
 * (no SMTP server is configured for them, so every email lands there: scripts/e2e-server.mjs),
 * read back with mailparser as a person would read the message.
 */
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser } from "mailparser";

const OUTBOX = path.resolve("tests/.tmp/e2e/outbox");

/** The text of every message written for `to`, newest first. */
async function messagesTo(to: string): Promise<string[]> {
  const files = fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).filter((f) => f.endsWith(".eml")) : [];
  const texts: { at: number; text: string }[] = [];
  for (const file of files) {
    const full = path.join(OUTBOX, file);
    const mail = await simpleParser(fs.readFileSync(full));
    const addresses = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
    if (addresses.includes(to.toLowerCase())) texts.push({ at: fs.statSync(full).mtimeMs, text: mail.text ?? "" });
  }
  return texts.sort((a, b) => b.at - a.at).map((t) => t.text);
}

/**
 * The path (with its token) of the newest link to `linkPath` in the mail for `to`. The server
 * sends from its outbox a moment after the request that queued the message, so this waits for it
 * (up to 20 seconds).
 */
export async function latestLinkTo(to: string, linkPath: "/confirm-email/" | "/reset-password/"): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s/]+(${linkPath}[A-Za-z0-9_-]+)`);
  for (let waited = 0; waited < 20_000; waited += 250) {
    for (const text of await messagesTo(to)) {
      const match = pattern.exec(text);
      if (match) return match[1]!;
    }
    await sleep(250);
  }
  throw new Error(`No email to ${to} with a ${linkPath} link arrived in ${OUTBOX}`);
}
