import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startMailSender } from "../../app/mail/sender.server";
import { describeSendFailure, firstLink } from "../../app/mail/transport.server";
import { enqueueEmail } from "../../app/models/outbox.server";
import { getWriterDb } from "../../app/utils/db.server";
import { logger } from "../../app/utils/logger.server";
import { emailOutbox } from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

describe("the file outbox (no SMTP_URL)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hackpath-outbox-"));
    delete process.env.SMTP_URL;
    process.env.OUTBOX_DIR = dir;
  });
  afterEach(() => {
    delete process.env.OUTBOX_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("writes each message as a parseable .eml and logs its subject, domain and link, never the address", async () => {
    const info = vi.spyOn(logger, "info");
    const id = await enqueueEmail({
      to: "ada@example.org",
      userId: null,
      kind: "account.confirm_email",
      subject: "Confirm your email address",
      heading: "Confirm your email address",
      paragraphs: ["Welcome to Hackpath."],
      action: { label: "Confirm your address", url: "http://localhost:3000/confirm-email/tok789" },
      reason: "You signed up to Hackpath with this address.",
    });
    const sender = startMailSender({ intervalMs: 3_600_000 });
    await sender.whenIdle();
    await sender.stop();

    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z-${id}\\.eml$`));
    const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0]!)));
    const [sent] = await getWriterDb().select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(mail.subject).toBe("Confirm your email address · Hackpath");
    expect(mail.from?.text).toBe('"Hackpath" <no-reply@hackpath.localhost>');
    expect(mail.messageId).toBe(sent!.messageId);
    expect(mail.text).toContain("Confirm your address: http://localhost:3000/confirm-email/tok789");
    expect(mail.html).toContain('href="http://localhost:3000/confirm-email/tok789"');
    expect(sent).toMatchObject({ status: "sent", textBody: "", htmlBody: "" });

    const file = path.join(dir, files[0]!);
    expect(info).toHaveBeenCalledWith(
      {
        outboxId: id,
        kind: "account.confirm_email",
        subject: "Confirm your email address · Hackpath",
        toDomain: "example.org",
        file,
        link: "http://localhost:3000/confirm-email/tok789",
      },
      `Email "Confirm your email address · Hackpath" for an address at example.org written to ${file}; its link: http://localhost:3000/confirm-email/tok789`,
    );
    expect(JSON.stringify(info.mock.calls)).not.toContain("ada@");
  });

  it("keeps the link out of the log when the site is public", async () => {
    process.env.APP_ORIGIN = "https://hackpath.example";
    try {
      const info = vi.spyOn(logger, "info");
      await enqueueEmail({
        to: "ada@example.org",
        userId: null,
        kind: "account.password_reset",
        subject: "Reset your password",
        heading: "Reset your password",
        paragraphs: [],
        action: { label: "Choose a new password", url: "https://hackpath.example/reset-password/secret" },
        reason: "You asked to reset your password.",
      });
      const sender = startMailSender({ intervalMs: 3_600_000 });
      await sender.whenIdle();
      await sender.stop();
      expect(fs.readdirSync(dir)).toHaveLength(1);
      expect(info).toHaveBeenCalledWith(
        expect.objectContaining({ toDomain: "example.org", link: undefined }),
        expect.any(String),
      );
      expect(JSON.stringify(info.mock.calls)).not.toContain("secret");
    } finally {
      delete process.env.APP_ORIGIN;
    }
  });
});

describe("reading a failed send", () => {
  it("gives up on a 5xx refusal, and takes the addresses out of the reason", () => {
    const error = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <grace@example.nhs.uk>: no such user"),
      { code: "EENVELOPE", responseCode: 550, permanent: true },
    );
    expect(describeSendFailure(error)).toEqual({
      permanent: true,
      reason: "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: no such user",
    });
  });

  it("tries again after a 4xx, a refused login or a lost connection", () => {
    const cases = [
      { code: "EENVELOPE", responseCode: 452, permanent: false },
      { code: "EAUTH", responseCode: 535, permanent: true },
      { code: "ECONNECTION" },
    ];
    expect(cases.map((c) => describeSendFailure(Object.assign(new Error("no"), c)).permanent)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("finds the first link in a text body", () => {
    expect(firstLink("Hello\n\nOpen it: https://hackpath.example/a?b=1 then\nhttp://other")).toBe(
      "https://hackpath.example/a?b=1",
    );
    expect(firstLink("No link here")).toBeUndefined();
  });
});
