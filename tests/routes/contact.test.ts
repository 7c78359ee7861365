import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as contactAction, loader as contactLoader } from "../../app/routes/contact/route";
import { action as adminAction, loader as adminLoader } from "../../app/routes/admin.feedback/route";
import { deleteOldFeedback } from "../../app/models/feedback.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const post = async (fields: Record<string, string>, userId?: number) =>
  outcome(
    await run(async () =>
      contactAction({
        request: await formRequest("/contact", fields, { userId }),
        params: {},
        context: freshContext(),
      }),
    ),
  );
const loadAdmin = async (userId?: number, query = "") =>
  outcome(
    await run(async () =>
      adminLoader({ request: await makeRequest(`/admin/feedback${query}`, { userId }), params: {}, context: {} }),
    ),
  );
const postAdmin = async (fields: Record<string, string>, userId?: number) =>
  outcome(
    await run(async () =>
      adminAction({ request: await formRequest("/admin/feedback", fields, { userId }), params: {}, context: {} }),
    ),
  );
// In the order they were written (by id), as SQLite reads the table.
const messages = () => getWriterDb().select().from(s.feedbackMessages).orderBy(asc(s.feedbackMessages.id));

describe("/contact", () => {
  it("takes a message from a visitor and says it was sent", async () => {
    const sent = await post({ topic: "problem", name: "Ada", email: "Ada@Example.test", message: "The map is blank." });
    expect(sent).toRedirectTo("/contact?notice=feedback-sent");
    expect(await messages()).toMatchObject([
      {
        userId: null,
        topic: "problem",
        name: "Ada",
        email: "ada@example.test",
        message: "The map is blank.",
        handledAt: null,
      },
    ]);
  });

  it("records who sent it when signed in, without asking for an address", async () => {
    const me = await createUser();
    expect(await post({ topic: "accessibility", message: "The chart has no table." }, me.id)).toRedirectTo(
      "/contact?notice=feedback-sent",
    );
    expect(await messages()).toMatchObject([{ userId: me.id, topic: "accessibility", name: "", email: null }]);
  });

  it("refuses an empty message and a data request with no address to answer, keeping what was typed", async () => {
    const empty = await post({ topic: "other", message: "   " });
    expect(empty).toHaveStatus(400);
    expect(errorsOf(empty.data)).toEqual({ message: ["Write your message"] });
    const privacy = await post({ topic: "privacy", message: "Please send me my data." });
    expect(privacy).toHaveStatus(400);
    expect(errorsOf(privacy.data)).toEqual({ email: ["Enter your email address so we can answer your request"] });
    expect((privacy.data as { result: { initialValue: Record<string, string> } }).result.initialValue.message).toBe(
      "Please send me my data.",
    );
    expect(await messages()).toEqual([]);
  });

  it("offers the topic a link asked for, and ignores one it does not know", async () => {
    const page = async (query: string) =>
      outcome(
        await run(async () =>
          contactLoader({ request: await makeRequest(`/contact${query}`), params: {}, context: {} }),
        ),
      );
    expect(((await page("?topic=accessibility")).data as { topic: string | null }).topic).toBe("accessibility");
    expect(((await page("?topic=<script>")).data as { topic: string | null }).topic).toBeNull();
  });
});

describe("/admin/feedback", () => {
  it("is for admins only", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    const organiser = await createUser({ roles: ["organiser"] });
    expect(await loadAdmin()).toRedirectTo("/login?redirectTo=%2Fadmin%2Ffeedback");
    expect(await loadAdmin(clinician.id)).toHaveStatus(403);
    expect(await loadAdmin(organiser.id)).toHaveStatus(403);
    await post({ topic: "problem", message: "x" });
    expect(
      await postAdmin({ intent: "handled", messageId: String((await messages())[0]!.id) }, organiser.id),
    ).toHaveStatus(403);
    expect((await messages())[0]!.handledAt).toBeNull();
  });

  it("lists waiting messages oldest first, and marks one dealt with once, with an audit event", async () => {
    const admin = await createUser({ roles: ["admin"] });
    await post({ topic: "problem", message: "First", email: "first@example.test" });
    await post({ topic: "other", message: "Second" });
    const [first, second] = await messages();
    const page = await loadAdmin(admin.id);
    expect(page).toHaveStatus(200);
    const data = page.data as {
      open: number;
      results: { total: number; items: { id: number; message: string; email: string | null }[] };
    };
    expect(data.open).toBe(2);
    expect(data.results.items.map((m) => [m.message, m.email])).toEqual([
      ["First", "first@example.test"],
      ["Second", null],
    ]);

    expect(await postAdmin({ intent: "handled", messageId: String(first!.id) }, admin.id)).toRedirectTo(
      "/admin/feedback?notice=feedback-handled",
    );
    const again = await postAdmin({ intent: "handled", messageId: String(first!.id) }, admin.id);
    expect(again).toHaveStatus(409);
    const waiting = (await loadAdmin(admin.id)).data as typeof data;
    expect([waiting.open, waiting.results.items.map((m) => m.id)]).toEqual([1, [second!.id]]);
    const handled = (await loadAdmin(admin.id, "?show=handled")).data as typeof data;
    expect(handled.results.items.map((m) => m.id)).toEqual([first!.id]);
    const audit = await getWriterDb().select().from(s.auditEvents);
    expect(audit.map((e) => [e.action, e.actorId, e.objectType, e.objectId])).toEqual([
      ["feedback.handled", admin.id, "feedback", first!.id],
    ]);
  });

  it("deletes messages 12 months after they were dealt with, and no others", async () => {
    const now = new Date("2026-12-03T09:00:00Z");
    const day = 86_400_000;
    const db = getWriterDb();
    await db.insert(s.feedbackMessages).values([
      { topic: "other", message: "old, dealt with", handledAt: new Date(now.getTime() - 366 * day) },
      { topic: "other", message: "dealt with recently", handledAt: new Date(now.getTime() - 364 * day) },
      { topic: "other", message: "old, still waiting", createdAt: new Date(now.getTime() - 800 * day) },
    ]);
    expect(await deleteOldFeedback(now)).toBe(1);
    expect((await messages()).map((m) => m.message)).toEqual(["dealt with recently", "old, still waiting"]);
  });
});
