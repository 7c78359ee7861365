/**
 * The one place that knows how mail leaves Hackpath (decision 0055): nodemailer over SMTP when
 * SMTP_URL is set; otherwise each message is written as an .eml file under outboxDir() and logged
 * (subject, the recipient's domain, the first link), so a local start shows the whole journey.
 * The outbox sender (app/mail/sender.server.ts) is its only caller.
 */
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type NodemailerError, type SendMailOptions } from "nodemailer";
import { env, isLoopbackOrigin, outboxDir, siteOrigin } from "../utils/env.server";
import { logger } from "../utils/logger.server";

/** One outbox row, as it goes out. */
export type MailMessage = {
  /** The outbox row's id (in the .eml file name and the logs). */
  id: number;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The row's Message-ID, the same on every attempt, so a resend can be recognised. */
  messageId: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers: Record<string, string>;
};

export type MailTransport = {
  /** "smtp" or "file", for the start-up log line. */
  readonly via: "smtp" | "file";
  /** Delivers one message; resolves once the server accepted it (or the file is written). */
  send(message: MailMessage): Promise<void>;
  /** Releases the transport's resources. */
  close(): void;
};

/** What a failed send means for the outbox: try again later, or never. */
export type SendFailure = { permanent: boolean; reason: string };

// Short enough that one message cannot hold the lease (outbox LEASE_MS) or a shutdown for long;
// a query string on SMTP_URL (e.g. ?socketTimeout=60000) overrides them.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** The transport the environment asks for, read now (tests set SMTP_URL before calling it). */
export function createMailTransport(): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport(outboxDir());
}

function composed(message: MailMessage): SendMailOptions {
  return {
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    headers: message.headers,
  };
}

function smtpTransport(url: string): MailTransport {
  // One connection per message: a failure touches one message, and nothing stays open between polls.
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    via: "smtp",
    async send(message) {
      await transporter.sendMail(composed(message));
      logger.info(
        { outboxId: message.id, kind: message.kind, toDomain: recipientDomain(message.to) },
        `Email ${message.id} (${message.kind}) sent to an address at ${recipientDomain(message.to)}`,
      );
    },
    close: () => transporter.close(),
  };
}

function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  // A reset or confirmation link is a credential: print it only where this machine is the site.
  const logLinks = isLoopbackOrigin(siteOrigin());
  return {
    via: "file",
    async send(message) {
      const info = await composer.sendMail(composed(message));
      await fs.mkdir(dir, { recursive: true });
      // ISO time with the colons as dashes (a valid name on every file system); names sort by time.
      const file = path.join(dir, `${new Date().toISOString().replace(/:/g, "-")}-${message.id}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      const link = logLinks ? firstLink(message.text) : undefined;
      // data/outbox/… on a local start: short enough to copy from the log.
      const relative = path.relative(process.cwd(), file);
      const shown = relative.startsWith("..") ? file : relative;
      logger.info(
        {
          outboxId: message.id,
          kind: message.kind,
          subject: message.subject,
          toDomain: recipientDomain(message.to),
          file,
          link,
        },
        `Email "${message.subject}" for an address at ${recipientDomain(message.to)} written to ${shown}` +
          (link ? `; its link: ${link}` : ""),
      );
    },
    close: () => composer.close(),
  };
}

/** The domain of an address: all that the logs ever say about a recipient. */
export function recipientDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

/** The first http(s) link in a text body, if any. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"]+/.exec(text)?.[0];
}

// Anything shaped like an address (or a Message-ID) in a server's reply.
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/**
 * Reads a failed send: an SMTP 5xx reply to the message or its recipient (nodemailer marks it
 * `permanent`) will never succeed; anything else (a 4xx, a connection, timeout or authentication
 * failure, a full disk) may succeed later. The reason keeps the code and the server's words with
 * every address taken out, and is short enough to store.
 */
export function describeSendFailure(error: unknown): SendFailure {
  const e = (error ?? {}) as NodemailerError;
  // A refused login is our configuration, not this message: retry, so fixing SMTP_URL delivers it.
  const permanent = e.permanent === true && e.code !== "EAUTH";
  const words = (e.message ?? String(error)).replace(ADDRESS, "[address]").replace(/\s+/g, " ").trim();
  const reason = [e.code, e.responseCode].filter((part) => part !== undefined).join(" ");
  return { permanent, reason: `${reason ? `${reason}: ` : ""}${words}`.slice(0, 500) };
}
