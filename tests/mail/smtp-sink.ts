/**
 * A real SMTP server inside the test process (smtp-server, plain SMTP on a random local port, no
 * TLS; a login is optional and any one is accepted) that parses each message it accepts with mailparser. Point the app at it
 * with `process.env.SMTP_URL = sink.url` before starting a sender, and close it after the test:
 *
 *   const sink = await startSmtpSink();
 *   process.env.SMTP_URL = sink.url;
 *   …
 *   const [mail] = await sink.waitFor(1);
 *   expect(mail.subject).toBe("Reset your password · Hackpath");
 *   expect(mail.headers.get("list-unsubscribe")).toBe("<http://…>");
 *   await sink.close();
 *
 * `failNext(n, 451)` answers the next n messages with a temporary (4xx) or permanent (5xx)
 * refusal; `hold()` keeps the next message waiting at the end of its data until released.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A message the sink accepted, parsed, with the addresses of its SMTP envelope. */
export type ReceivedMail = ParsedMail & { envelope: { from: string; to: string[] } };

export type SmtpSink = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every message accepted so far, in order. */
  messages: ReceivedMail[];
  /** How many messages were refused (failNext). */
  refused: () => number;
  /** Resolves with the messages once at least n were accepted; rejects after timeoutMs. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Refuses the next `count` messages with this SMTP reply code (4xx: try later; 5xx: never). */
  failNext(count: number, code: number): void;
  /** Holds the next message before answering it: `arrived` resolves when it is held, `release` answers it. */
  hold(): { arrived: Promise<void>; release: () => void };
  close(): Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let failures: { count: number; code: number } = { count: 0, code: 0 };
  let refused = 0;
  let held: { arrived: () => void; released: Promise<void> } | undefined;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    async onData(stream, session, callback) {
      try {
        const parsed = await simpleParser(stream);
        const hold = held;
        held = undefined;
        if (hold) {
          hold.arrived();
          await hold.released;
        }
        if (failures.count > 0) {
          failures.count--;
          refused++;
          const error = Object.assign(new Error(`Refused by the test sink (${failures.code})`), {
            responseCode: failures.code,
          });
          return callback(error);
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        messages.push(Object.assign(parsed, { envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) } }));
        waiters.forEach((wake) => wake());
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refused: () => refused,
    waitFor(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          clear();
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          clear();
          reject(new Error(`The SMTP sink had ${messages.length} messages after ${timeoutMs} ms, not ${n}.`));
        }, timeoutMs);
        const clear = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    failNext(count, code) {
      failures = { count, code };
    },
    hold() {
      let arrived!: () => void;
      let release!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      held = { arrived, released: new Promise<void>((resolve) => (release = resolve)) };
      return { arrived: arrival, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
