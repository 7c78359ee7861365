import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMailSender, type MailSender } from "../../app/mail/sender.server";
import { createMailTransport } from "../../app/mail/transport.server";
import {
  claimDueEmails,
  deleteOldEmails,
  enqueueEmail,
  LEASE_MS,
  markEmailFailed,
  markEmailSent,
} from "../../app/models/outbox.server";
import { getWriterDb } from "../../app/utils/db.server";
import { emailOutbox } from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

withFreshDatabase();

const T0 = new Date("2030-03-04T09:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const RESET = {
  to: "Grace.Hopper@Example.NHS.uk",
  userId: null,
  kind: "account.password_reset",
  subject: "Reset your password",
  heading: "Reset your password",
  paragraphs: ["Someone asked to reset the password of your Hackpath account."],
  action: { label: "Choose a new password", url: "http://localhost:3000/reset-password/abc123" },
  reason: "You asked to reset the password of your Hackpath account.",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/tok456",
};

const row = async (id: number) => {
  const [found] = await getWriterDb().select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return found!;
};

let sink: SmtpSink;
let senders: MailSender[] = [];
/** A sender on the test's clock that polls only when kicked (an hour between ticks). */
const sender = (clock: () => Date = () => T0, options: { stopTimeoutMs?: number } = {}) => {
  const started = startMailSender({ intervalMs: 3_600_000, now: clock, ...options });
  senders.push(started);
  return started;
};

beforeEach(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = "Hackpath Test <mail@hackpath.test>";
});

afterEach(async () => {
  await Promise.all(senders.map((s) => s.stop()));
  senders = [];
  await sink.close();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

describe("delivering the outbox over SMTP", () => {
  it("delivers a queued message once, with its headers, and empties its body", async () => {
    const id = await enqueueEmail(RESET, T0);
    const { messageId } = await row(id);
    const mailer = sender();
    const [mail] = await sink.waitFor(1);
    await mailer.whenIdle();

    // nodemailer lowercases the domain (RFC 5321: only the local part may be case-sensitive).
    expect(mail!.envelope).toEqual({ from: "mail@hackpath.test", to: ["Grace.Hopper@example.nhs.uk"] });
    expect(mail!.from?.text).toBe('"Hackpath Test" <mail@hackpath.test>');
    expect(mail!.to && "text" in mail!.to ? mail!.to.text : undefined).toBe("Grace.Hopper@example.nhs.uk");
    expect(mail!.subject).toBe("Reset your password · Hackpath");
    expect(mail!.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@hackpath\.mail>$/);
    expect(mail!.text).toContain("Choose a new password: http://localhost:3000/reset-password/abc123");
    expect(mail!.html).toContain('href="http://localhost:3000/reset-password/abc123"');
    const header = (key: string) => mail!.headerLines.find((line) => line.key === key)?.line;
    expect(header("list-unsubscribe")).toBe("List-Unsubscribe: <http://localhost:3000/unsubscribe/tok456>");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    expect(await row(id)).toMatchObject({
      status: "sent",
      attempts: 1,
      sentAt: T0,
      claimedUntil: null,
      lastError: null,
      textBody: "",
      htmlBody: "",
      subject: "Reset your password · Hackpath",
      toAddress: "Grace.Hopper@Example.NHS.uk",
      kind: "account.password_reset",
      messageId,
    });
    mailer.kick();
    await mailer.whenIdle();
    expect(sink.messages).toHaveLength(1);
  });

  it("tries again after the backoff when the server answers 4xx, then delivers", async () => {
    let now = T0;
    const id = await enqueueEmail(RESET, T0);
    sink.failNext(1, 451);
    const mailer = sender(() => now);
    await mailer.whenIdle();
    expect(sink.refused()).toBe(1);
    const retried = await row(id);
    expect(retried).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: minutes(1), claimedUntil: null });
    expect(retried.lastError).toBe("EMESSAGE 451: Message failed: 451 Refused by the test sink (451)");

    now = new Date(minutes(1).getTime() - 1000);
    mailer.kick();
    await mailer.whenIdle();
    expect(sink.messages).toHaveLength(0);

    now = minutes(1);
    mailer.kick();
    await sink.waitFor(1);
    await mailer.whenIdle();
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, sentAt: minutes(1), lastError: null });
  });

  it("gives up at once when the server answers 5xx", async () => {
    const id = await enqueueEmail(RESET, T0);
    sink.failNext(1, 550);
    const mailer = sender();
    await mailer.whenIdle();
    expect(await row(id)).toMatchObject({
      status: "failed",
      attempts: 1,
      sentAt: null,
      claimedUntil: null,
      lastError: "EMESSAGE 550: Message failed: 550 Refused by the test sink (550)",
    });
    mailer.kick();
    await mailer.whenIdle();
    expect(sink.refused()).toBe(1);
    expect(sink.messages).toHaveLength(0);
  });

  it("retries a connection failure with no address in the error, and keeps the message", async () => {
    const id = await enqueueEmail(RESET, T0);
    const url = sink.url;
    await sink.close();
    process.env.SMTP_URL = url;
    const mailer = sender();
    await mailer.whenIdle();
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: minutes(1) });
    expect(failed.lastError).toMatch(/^ESOCKET: .*ECONNREFUSED/);
    expect(failed.lastError).not.toMatch(/example/i);
    sink = await startSmtpSink();
  });
});

describe("the backoff", () => {
  it("waits 1 min, 5 min, 30 min, 2 h and 6 h, then gives up on the sixth failure", async () => {
    const id = await enqueueEmail(RESET, T0);
    let now = T0;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const [claimed] = await claimDueEmails({ now });
      expect(claimed).toMatchObject({ id, attempts: attempt });
      const outcome = await markEmailFailed({ id, permanent: false, reason: "ECONNECTION: Connection closed" }, now);
      const after = await row(id);
      if (attempt < 6) {
        expect(outcome).toBe("retry");
        waits.push((after.nextAttemptAt.getTime() - now.getTime()) / 60_000);
        now = after.nextAttemptAt;
      } else {
        expect(outcome).toBe("failed");
        expect(after).toMatchObject({ status: "failed", attempts: 6, lastError: "ECONNECTION: Connection closed" });
      }
    }
    expect(waits).toEqual([1, 5, 30, 120, 360]);
    expect(await claimDueEmails({ now: new Date(now.getTime() + 86_400_000) })).toEqual([]);
  });
});

describe("crashes and restarts", () => {
  it("delivers a message committed while no sender ran, once, and never again after a restart", async () => {
    const id = await enqueueEmail(RESET, T0);
    expect((await row(id)).status).toBe("queued");

    const first = sender();
    await sink.waitFor(1);
    await first.stop();
    // The restart: a new sender, later, finds nothing to send.
    const second = sender(() => minutes(60 * 24));
    await second.whenIdle();
    second.kick();
    await second.whenIdle();
    expect(sink.messages).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("sends a message claimed by a sender that died, once its lease has run out", async () => {
    const id = await enqueueEmail(RESET, T0);
    // The sender that died claimed it and never sent it.
    expect(await claimDueEmails({ now: T0 })).toHaveLength(1);

    let now = new Date(T0.getTime() + LEASE_MS - 1000);
    const next = sender(() => now);
    await next.whenIdle();
    expect(sink.messages).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: "sending", attempts: 1 });

    now = new Date(T0.getTime() + LEASE_MS);
    next.kick();
    const [mail] = await sink.waitFor(1);
    await next.whenIdle();
    expect(mail!.messageId).toBe((await row(id)).messageId);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, sentAt: now });
  });

  it("sends again, with the same Message-ID, what a sender delivered but died before recording", async () => {
    const id = await enqueueEmail(RESET, T0);
    const [claimed] = await claimDueEmails({ now: T0 });
    const transport = createMailTransport();
    await transport.send(claimed!);
    transport.close();
    // …and the process died here, before markEmailSent.

    const next = sender(() => new Date(T0.getTime() + LEASE_MS));
    const [first, second] = await sink.waitFor(2);
    await next.whenIdle();
    expect(second!.messageId).toBe(first!.messageId);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("gives up a message whose sender died on it six times", async () => {
    const id = await enqueueEmail(RESET, T0);
    let now = T0;
    for (let i = 0; i < 6; i++) {
      expect(await claimDueEmails({ now })).toHaveLength(1);
      now = new Date(now.getTime() + LEASE_MS);
    }
    expect(await claimDueEmails({ now })).toEqual([]);
    expect(await row(id)).toMatchObject({
      status: "failed",
      attempts: 6,
      lastError: "The sender stopped while delivering it, every time.",
    });
  });
});

describe("stopping", () => {
  it("waits for the message in flight and hands the rest of the batch back", async () => {
    const first = await enqueueEmail(RESET, T0);
    const second = await enqueueEmail({ ...RESET, subject: "Second" }, T0);
    const held = sink.hold();
    const mailer = sender();
    await held.arrived;

    let stopped = false;
    const stopping = mailer.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    held.release();
    await stopping;

    expect(sink.messages.map((m) => m.subject)).toEqual(["Reset your password · Hackpath"]);
    expect(await row(first)).toMatchObject({ status: "sent", attempts: 1 });
    expect(await row(second)).toMatchObject({ status: "queued", attempts: 0, claimedUntil: null });
  });

  it("stops waiting after its bound, and leaves the message to its lease", async () => {
    const id = await enqueueEmail(RESET, T0);
    const held = sink.hold();
    const mailer = sender(() => T0, { stopTimeoutMs: 50 });
    await held.arrived;
    await mailer.stop();
    expect(await row(id)).toMatchObject({
      status: "sending",
      attempts: 1,
      claimedUntil: new Date(T0.getTime() + LEASE_MS),
    });
    held.release();
    await sink.waitFor(1);
    await mailer.whenIdle();
    expect((await row(id)).status).toBe("sending");
  });
});

describe("clearing out", () => {
  it("deletes sent messages 30 days after they were sent", async () => {
    const old = await enqueueEmail(RESET, T0);
    const recent = await enqueueEmail(RESET, T0);
    const waiting = await enqueueEmail(RESET, T0);
    await claimDueEmails({ now: T0, limit: 2 });
    await markEmailSent(old, T0);
    await markEmailSent(recent, minutes(1));
    expect(await deleteOldEmails(new Date(T0.getTime() + 30 * 86_400_000 + 30_000))).toBe(1);
    const left = await getWriterDb().select({ id: emailOutbox.id }).from(emailOutbox).orderBy(emailOutbox.id);
    expect(left.map((r) => r.id)).toEqual([recent, waiting]);
  });
});
