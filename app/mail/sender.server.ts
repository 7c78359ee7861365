/**
 * The outbox sender (decision 0055): in the server process, it polls the outbox every couple of
 * seconds and delivers what is due, one claimed batch at a time and one run at a time. No request
 * waits on it, and no database transaction is open while it talks to the mail server: each batch
 * is claimed in one transaction, each message sent outside any, and its outcome recorded in another.
 */
import {
  CLAIM_BATCH,
  claimDueEmails,
  markEmailFailed,
  markEmailSent,
  releaseEmails,
  type ClaimedEmail,
} from "../models/outbox.server";
import { isLoopbackOrigin, outboxDir, siteOrigin } from "../utils/env.server";
import { logger } from "../utils/logger.server";
import { createMailTransport, describeSendFailure, recipientDomain, type MailTransport } from "./transport.server";

export type MailSenderOptions = {
  /** How often to look for due messages; default 2 s. */
  intervalMs?: number;
  /** How long stop() waits for the message in flight; default 5 s (shutdown allows 10 s in all). */
  stopTimeoutMs?: number;
  /** The clock (tests pass one to move time on instead of waiting for the backoff). */
  now?: () => Date;
  /** Where mail goes; default: the one the environment asks for (createMailTransport). */
  transport?: MailTransport;
};

export type MailSender = {
  /** Stops polling and waits (bounded) for the message in flight; never rejects. */
  stop(): Promise<void>;
  /** Looks for due messages now rather than at the next tick. */
  kick(): void;
  /** Resolves once the run in flight, and any asked for meanwhile, is over (tests wait on it). */
  whenIdle(): Promise<void>;
};

/** Starts the sender; the server calls stop() on shutdown before it closes the database. */
export function startMailSender(options: MailSenderOptions = {}): MailSender {
  const { intervalMs = 2000, stopTimeoutMs = 5000, now = () => new Date() } = options;
  const transport = options.transport ?? createMailTransport();
  if (transport.via === "file") {
    const where = `SMTP_URL is not set: email is written as .eml files to ${outboxDir()}`;
    if (isLoopbackOrigin(siteOrigin())) logger.info(where);
    else logger.warn(`${where}, and nobody receives it. Set SMTP_URL to deliver it.`);
  }

  let running: Promise<void> | undefined;
  let again = false;
  let stopping = false;
  let stopped: Promise<void> | undefined;
  /** Set when stop() gave up waiting: the database may be closing, so nothing more is recorded. */
  let abandoned = false;

  async function run(): Promise<void> {
    do {
      again = false;
      const batch = await claimDueEmails({ now: now() });
      for (const [index, message] of batch.entries()) {
        if (stopping) {
          await releaseEmails(batch.slice(index).map((m) => m.id));
          return;
        }
        await deliver(message);
      }
      // A full batch may have left more behind.
      if (batch.length === CLAIM_BATCH) again = true;
    } while (again && !stopping);
  }

  async function deliver(message: ClaimedEmail): Promise<void> {
    try {
      await transport.send(message);
    } catch (error) {
      if (abandoned) return;
      const failure = describeSendFailure(error);
      const outcome = await markEmailFailed({ id: message.id, ...failure }, now());
      const fields = { outboxId: message.id, kind: message.kind, attempts: message.attempts, reason: failure.reason };
      const about = `Email ${message.id} (${message.kind}) to an address at ${recipientDomain(message.to)}`;
      if (outcome === "retry") logger.warn(fields, `${about} will be tried again: ${failure.reason}`);
      else logger.error(fields, `${about} failed for good: ${failure.reason}`);
      return;
    }
    if (!abandoned) await markEmailSent(message.id, now());
  }

  function kick(): void {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch((error: unknown) => logger.error({ err: error }, "The mail sender failed; it tries again shortly."))
      .finally(() => {
        running = undefined;
      });
  }

  const timer = setInterval(kick, intervalMs);
  timer.unref();
  kick();

  function stop(): Promise<void> {
    stopped ??= (async () => {
      stopping = true;
      clearInterval(timer);
      const inFlight = running;
      if (inFlight) {
        let timeout: NodeJS.Timeout | undefined;
        const gaveUp = await Promise.race([
          inFlight.then(() => false),
          new Promise<boolean>((resolve) => {
            timeout = setTimeout(() => resolve(true), stopTimeoutMs);
          }),
        ]);
        clearTimeout(timeout);
        // Its lease runs out and the next sender delivers it (perhaps a second time: decision 0055).
        abandoned = gaveUp;
        if (gaveUp) logger.warn(`An email was still being sent after ${stopTimeoutMs / 1000} s; stopping anyway.`);
      }
      transport.close();
    })();
    return stopped;
  }

  return { stop, kick, whenIdle: () => running ?? Promise.resolve() };
}
