/**
 * Notification emails over real HTTP and real SMTP (decision 0057): the built server delivers an
 * immediate notification's email to an SMTP server in this process, and the List-Unsubscribe
 * address it carries works as a mail provider uses it (RFC 8058: a POST with no Origin and no
 * cookie), while every other write still needs our Origin. The settings form answers 400 or 302.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAll } from "../../app/domain/notification-email";
import { notify } from "../../app/models/notifications.server";
import { getWriterDb } from "../../app/utils/db.server";
import { deliveryField } from "../../app/domain/notification-settings";
import * as s from "../../db/schema";
import { createUser } from "../factories";
import { startSmtpSink, type SmtpSink } from "../mail/smtp-sink";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm, send } from "./client";
import type { TestServer } from "./server";

const EVIL = "https://evil.example";
/** What a mail provider sends for a one-click unsubscribe: the body only, no Origin, no cookie. */
const oneClick = (server: TestServer, path: string, headers: Record<string, string> = {}) =>
  send(server, path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: "List-Unsubscribe=One-Click",
  });
const choicesOf = (userId: number) =>
  getWriterDb()
    .select({ kind: s.notificationPreferences.kind, delivery: s.notificationPreferences.delivery })
    .from(s.notificationPreferences)
    .where(eq(s.notificationPreferences.userId, userId))
    .orderBy(asc(s.notificationPreferences.kind));

describe("notification emails, as served in production", () => {
  let server: TestServer;
  let sink: SmtpSink;
  let lead: { id: number; email: string };
  /** The path of the unsubscribe link in the email the sink received. */
  let unsubscribe: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServerWithDb({ env: { SMTP_URL: sink.url, MAIL_FROM: "Hackpath <mail@hackpath.test>" } });
    lead = await createUser({ email: "lead@example.test" });
    await notify({
      userId: lead.id,
      kind: "team.join_request",
      title: "Sam Whitfield asked to join Foot Check",
      body: "I build React apps.",
      link: "/projects/3-foot-check/team",
    });
    const [mail] = await sink.waitFor(1, 15_000);
    expect(mail!.envelope.to).toEqual(["lead@example.test"]);
    expect(mail!.subject).toBe("Sam Whitfield asked to join Foot Check · Hackpath");
    expect(mail!.text).toContain("/projects/3-foot-check/team");
    // Unfolded: a long header is folded over lines (RFC 5322).
    const header = (key: string) =>
      (mail!.headerLines.find((line) => line.key === key)?.line ?? "").replace(/\r?\n[ \t]+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    unsubscribe = new URL(/^List-Unsubscribe: ?<([^>]+)>$/.exec(header("list-unsubscribe"))![1]!).pathname;
    expect(unsubscribe).toMatch(/^\/unsubscribe\/[A-Za-z0-9_-]{27}$/);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it("shows what the link stops, without signing in", async () => {
    const page = await getPage(server, unsubscribe);
    expect(page).toHaveStatus(200);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("Stop emails about: Someone asked to join your team");
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Stop these emails<\/button>/);
  });

  it("refuses the link's POST from another site's page, and changes nothing", async () => {
    for (const headers of [{ Origin: EVIL }, { Origin: "null" }]) {
      const response = await oneClick(server, unsubscribe, headers);
      expect(response, JSON.stringify(headers)).toHaveStatus(403);
      await response.text();
    }
    expect(await choicesOf(lead.id)).toEqual([]);
  });

  it("takes a mail provider's one-click POST with no Origin and no cookie, and a second one harmlessly", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await oneClick(server, unsubscribe);
      expect(response).toHaveStatus(200);
      const html = await response.text();
      expect(html).toContain("You will not get these emails any more");
      expect(html).toContain('href="/settings/notifications"');
    }
    expect(await choicesOf(lead.id)).toEqual([{ kind: "team.join_request", delivery: "off" }]);
  });

  it("answers an unknown token with a 404 page, by GET or by one-click POST", async () => {
    for (const response of [
      await getPage(server, "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAA"),
      await oneClick(server, "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAA"),
    ]) {
      expect(response).toHaveStatus(404);
      expect(await response.text()).toContain("This unsubscribe link is not one we know");
    }
  });

  it("lets nothing else through without an Origin", async () => {
    const cookie = await sessionCookieFor(lead.id);
    for (const path of ["/settings/notifications", `${unsubscribe}/more`, "/unsubscribe/short", "/unsubscribe"]) {
      const response = await send(server, path, {
        method: "POST",
        cookie,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "intent=all-off",
      });
      expect(response, path).toHaveStatus(403);
      expect(await response.text()).toMatch(/did not come from a Hackpath page/);
    }
    expect(await choicesOf(lead.id)).toEqual([{ kind: "team.join_request", delivery: "off" }]);
  });

  describe("the settings page", () => {
    it("shows a fieldset with a legend and three radios for each kind, the current choice checked", async () => {
      const person = await createUser();
      const page = await getPage(server, "/settings/notifications", { cookie: await sessionCookieFor(person.id) });
      expect(page).toHaveStatus(200);
      const html = await page.text();
      expect(html.match(/<fieldset/g)?.length).toBe(Object.keys(resolveAll(new Map())).length);
      expect(html).toContain("<legend");
      const radios = html.match(/<input[^>]*name="problem__endorsed"[^>]*>/g) ?? [];
      expect(radios.map((r) => [/type="radio"/.test(r), /value="(\w+)"/.exec(r)?.[1], / checked/.test(r)])).toEqual([
        [true, "immediate", false],
        [true, "digest", true],
        [true, "off", false],
      ]);
      expect(html).toContain("Turn off all emails");
    });

    it("answers a form with a missing choice with 400 and the error beside it, and a whole one with 302", async () => {
      const person = await createUser();
      const cookie = await sessionCookieFor(person.id);
      const fields: Record<string, string> = {
        intent: "save",
        ...Object.fromEntries(
          Object.entries(resolveAll(new Map())).map(([kind, d]) => [deliveryField(kind as never), d]),
        ),
      };
      const { stage__approved: _dropped, ...missing } = fields;
      const bad = await postForm(server, "/settings/notifications", missing, { cookie });
      expect(bad).toHaveStatus(400);
      const html = await bad.text();
      expect(html).toContain("There is a problem");
      expect(html).toContain("Choose how you get these emails");
      expect(await choicesOf(person.id)).toEqual([]);

      const good = await postForm(
        server,
        "/settings/notifications",
        { ...fields, problem__endorsed: "off" },
        { cookie },
      );
      expect(good).toRedirectTo("/settings/notifications?notice=email-choices-saved");
      expect(await choicesOf(person.id)).toEqual([{ kind: "problem.endorsed", delivery: "off" }]);

      const allOff = await postForm(server, "/settings/notifications", { intent: "all-off" }, { cookie });
      expect(allOff).toRedirectTo("/settings/notifications?notice=emails-turned-off");
      expect(await choicesOf(person.id)).toEqual([{ kind: "all", delivery: "off" }]);
    });
  });
});
