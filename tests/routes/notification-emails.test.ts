import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resolveAll } from "../../app/domain/notification-email";
import { notificationKinds } from "../../app/domain/notifications";
import { notify } from "../../app/models/notifications.server";
import { action, loader } from "../../app/routes/settings_.notifications/route";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/unsubscribe.$token/route";
import { getWriterDb } from "../../app/utils/db.server";
import { deliveryField } from "../../app/domain/notification-settings";
import * as s from "../../db/schema";
import { createUser } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const PATH = "/settings/notifications";
const load = async (userId?: number) =>
  outcome(await run(async () => loader({ request: await makeRequest(PATH, { userId }), params: {}, context: {} })));
const post = async (userId: number | undefined, fields: Record<string, string>) =>
  outcome(
    await run(async () =>
      action({ request: await formRequest(PATH, fields, { userId }), params: {}, context: freshContext() }),
    ),
  );
const choicesOf = (userId: number) =>
  getWriterDb()
    .select({ kind: s.notificationPreferences.kind, delivery: s.notificationPreferences.delivery })
    .from(s.notificationPreferences)
    .where(eq(s.notificationPreferences.userId, userId))
    .orderBy(asc(s.notificationPreferences.kind));
/** The whole form as the page posts it, with the defaults and some changes. */
const form = (changes: Record<string, string> = {}) => ({
  intent: "save",
  ...Object.fromEntries(Object.entries(resolveAll(new Map())).map(([kind, d]) => [deliveryField(kind as never), d])),
  ...changes,
});

describe("/settings/notifications", () => {
  it("sends anonymous people to sign in and back, and refuses their posts the same way", async () => {
    expect(await load()).toRedirectTo("/login?redirectTo=%2Fsettings%2Fnotifications");
    expect(await post(undefined, { intent: "all-off" })).toRedirectTo("/login?redirectTo=%2Fsettings%2Fnotifications");
  });

  it("shows every kind's delivery, the defaults until the person chooses", async () => {
    const person = await createUser();
    const page = await load(person.id);
    expect(page).toHaveStatus(200);
    const { deliveries, emailConfirmed } = page.data as { deliveries: Record<string, string>; emailConfirmed: boolean };
    expect(emailConfirmed).toBe(true);
    expect(Object.keys(deliveries).sort()).toEqual([...notificationKinds.values].sort());
    expect(deliveries["mentorship.requested"]).toBe("immediate");
    expect(deliveries["problem.endorsed"]).toBe("digest");
  });

  it("saves the form, storing only what differs from the defaults, and redirects with a notice", async () => {
    const person = await createUser();
    const saved = await post(person.id, form({ problem__endorsed: "off", stage__approved: "digest" }));
    expect(saved).toRedirectTo("/settings/notifications?notice=email-choices-saved");
    expect(await choicesOf(person.id)).toEqual([
      { kind: "problem.endorsed", delivery: "off" },
      { kind: "stage.approved", delivery: "digest" },
    ]);
    const page = await load(person.id);
    expect((page.data as { deliveries: Record<string, string> }).deliveries["problem.endorsed"]).toBe("off");
  });

  it("answers a missing or unknown choice with 400 and the field's error, saving nothing", async () => {
    const person = await createUser();
    const missing: Record<string, string> = form();
    delete missing.stage__approved;
    const bad = await post(person.id, { ...missing, problem__endorsed: "hourly" });
    expect(bad).toHaveStatus(400);
    expect(errorsOf(bad.data)).toEqual({
      problem__endorsed: ["Choose how you get these emails"],
      stage__approved: ["Choose how you get these emails"],
    });
    expect(await choicesOf(person.id)).toEqual([]);
    expect(await post(person.id, { intent: "weekly" })).toHaveStatus(400);
  });

  it("turns off all emails in one go", async () => {
    const person = await createUser();
    expect(await post(person.id, { intent: "all-off" })).toRedirectTo(
      "/settings/notifications?notice=emails-turned-off",
    );
    expect(await choicesOf(person.id)).toEqual([{ kind: "all", delivery: "off" }]);
  });
});

describe("/unsubscribe/:token", () => {
  const tokenFor = async (userId: number) => {
    await notify({ userId, kind: "team.join_request", title: "Sam asked to join Foot Check" });
    const [email] = await getWriterDb()
      .select({ headers: s.emailOutbox.headers })
      .from(s.emailOutbox)
      .where(eq(s.emailOutbox.userId, userId));
    return /\/unsubscribe\/([^>]+)>$/.exec(email!.headers["List-Unsubscribe"]!)![1]!;
  };
  const call = async (fn: typeof unsubscribeLoader | typeof unsubscribeAction, token: string, method = "GET") => {
    const request = new Request(`http://localhost:3000/unsubscribe/${token}`, {
      method,
      ...(method === "POST"
        ? {
            body: "List-Unsubscribe=One-Click",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
          }
        : {}),
    });
    return outcome(await run(async () => fn({ request, params: { token }, context: {} })));
  };

  it("says what will stop, then stops it without signing in, twice harmlessly", async () => {
    const lead = await createUser();
    const token = await tokenFor(lead.id);
    const page = await call(unsubscribeLoader, token);
    expect(page).toHaveStatus(200);
    expect(page.data).toEqual({ what: "Stop emails about: Someone asked to join your team" });
    for (let i = 0; i < 2; i++) {
      const done = await call(unsubscribeAction, token, "POST");
      expect(done).toHaveStatus(200);
      expect(done.data).toEqual({ unsubscribed: "No more emails about: Someone asked to join your team." });
    }
    expect(await choicesOf(lead.id)).toEqual([{ kind: "team.join_request", delivery: "off" }]);
  });

  it("answers an unknown token with a 404 page, never a 500", async () => {
    for (const fn of [unsubscribeLoader, unsubscribeAction]) {
      const answer = await call(fn, "not-a-real-token-at-all-000", fn === unsubscribeAction ? "POST" : "GET");
      expect(answer).toHaveStatus(404);
      expect(answer.data).toMatch(/not one we know/);
    }
  });
});
