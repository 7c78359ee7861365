import type { LoaderFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticate } from "../../app/auth/login.server";
import { createUserSession } from "../../app/auth/session.server";
import { loader as layoutLoader } from "../../app/routes/admin/route";
import { loader as overviewLoader } from "../../app/routes/admin._index/route";
import { loader as auditLoader } from "../../app/routes/admin.audit/route";
import { loader as usersLoader } from "../../app/routes/admin.users._index/route";
import { action as userAction, loader as userLoader } from "../../app/routes/admin.users.$id/route";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser, TEST_PASSWORD } from "../factories";
import { cookieFrom, formRequest, makeRequest, run } from "../request";
import { cookieSignsIn, errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type AnyLoader = (args: LoaderFunctionArgs) => Promise<unknown>;
const get = async (fn: AnyLoader, path: string, userId?: number, params: Record<string, string> = {}) =>
  outcome(await run(async () => fn({ request: await makeRequest(path, { userId }), params, context: {} })));
const act = async (adminId: number, targetId: number | string, fields: Record<string, string>) =>
  outcome(
    await run(async () =>
      userAction({
        request: await formRequest(`/admin/users/${targetId}`, fields, { userId: adminId }),
        params: { id: String(targetId) },
        context: freshContext(),
      }),
    ),
  );
const rolesOf = async (userId: number) =>
  (await getWriterDb().select({ role: s.userRoles.role }).from(s.userRoles).where(eq(s.userRoles.userId, userId)))
    .map((r) => r.role)
    .sort();
const auditFor = (action: string, objectId: number) =>
  getWriterDb()
    .select()
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.action, action), eq(s.auditEvents.objectId, objectId)));

describe("/admin access", () => {
  it("sends anonymous people to sign in, refuses non-admins with 403 and lets admins in", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    const organiser = await createUser({ roles: ["organiser"] });
    const admin = await createUser({ roles: ["admin"] });
    for (const [fn, path] of [
      [layoutLoader, "/admin"],
      [overviewLoader, "/admin"],
      [usersLoader, "/admin/users"],
      [auditLoader, "/admin/audit"],
    ] as const) {
      const anonymous = await get(fn, path);
      expect(anonymous, path).toRedirectTo(`/login?redirectTo=${encodeURIComponent(path)}`);
      expect(await get(fn, path, clinician.id), path).toHaveStatus(403);
      expect(await get(fn, path, organiser.id), path).toHaveStatus(403);
      expect(await get(fn, path, admin.id), path).toHaveStatus(200);
    }
  });

  it("refuses a non-admin's action with 403 and changes nothing", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const target = await createUser();
    expect(await act(organiser.id, target.id, { intent: "grant", role: "admin" })).toHaveStatus(403);
    expect(await rolesOf(target.id)).toEqual([]);
  });
});

describe("/admin/users", () => {
  it("finds people by name or email, a page at a time, with their roles", async () => {
    const admin = await createUser({ roles: ["admin"] });
    for (let i = 0; i < 23; i++)
      await createUser({ name: `Florence Nightingale ${i}`, roles: i === 0 ? ["clinician", "mentor"] : [] });
    await createUser({ name: "Someone Else", email: "florence.unique@nhs.example" });
    const first = await get(usersLoader, "/admin/users?q=nightingale", admin.id);
    const page1 = (
      first.data as { results: { items: { name: string; roles: string[] }[]; total: number; pageCount: number } }
    ).results;
    expect(page1.total).toBe(23);
    expect(page1.items).toHaveLength(20);
    expect(page1.pageCount).toBe(2);
    const second = await get(usersLoader, "/admin/users?q=nightingale&page=2", admin.id);
    expect((second.data as { results: { items: unknown[] } }).results.items).toHaveLength(3);
    const withRoles =
      page1.items.find((u) => u.name === "Florence Nightingale 0") ??
      (second.data as { results: { items: { name: string; roles: string[] }[] } }).results.items.find(
        (u) => u.name === "Florence Nightingale 0",
      );
    expect(withRoles!.roles.sort()).toEqual(["clinician", "mentor"]);
    const byEmail = await get(usersLoader, "/admin/users?q=FLORENCE.UNIQUE", admin.id);
    expect((byEmail.data as { results: { items: { name: string }[] } }).results.items.map((u) => u.name)).toEqual([
      "Someone Else",
    ]);
  });

  it("takes % and _ in a search literally", async () => {
    const admin = await createUser({ roles: ["admin"] });
    await createUser({ name: "Percent 100% Person" });
    const result = await get(usersLoader, "/admin/users?q=%25", admin.id);
    expect((result.data as { results: { items: { name: string }[] } }).results.items.map((u) => u.name)).toEqual([
      "Percent 100% Person",
    ]);
  });

  it("filters suspended accounts", async () => {
    const admin = await createUser({ roles: ["admin"] });
    await createUser({ name: "Suspended Sam", suspendedAt: new Date() });
    const result = await get(usersLoader, "/admin/users?status=suspended", admin.id);
    expect((result.data as { results: { items: { name: string }[] } }).results.items.map((u) => u.name)).toEqual([
      "Suspended Sam",
    ]);
  });
});

describe("/admin/users/:id", () => {
  it("shows an account, and 404s for one that does not exist", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const target = await createUser({ name: "Edith Cavell" });
    const page = await get(userLoader, `/admin/users/${target.id}`, admin.id, { id: String(target.id) });
    expect(page).toHaveStatus(200);
    expect(page.data).toMatchObject({
      account: { user: { name: "Edith Cavell", email: target.email } },
      revokeRefusals: { organiser: null, admin: null },
      suspendRefusal: null,
    });
    // On their own account the page says, in the rule's words, what they may not do.
    const own = await get(userLoader, `/admin/users/${admin.id}`, admin.id, { id: String(admin.id) });
    expect(own.data).toMatchObject({
      revokeRefusals: { organiser: null, admin: "You cannot remove your own admin role. Ask another admin to do it." },
      suspendRefusal: "You cannot suspend your own account.",
    });
    expect(JSON.stringify(page.data)).not.toContain("argon2");
    expect(await get(userLoader, "/admin/users/999999", admin.id, { id: "999999" })).toHaveStatus(404);
    expect(await get(userLoader, "/admin/users/nope", admin.id, { id: "nope" })).toHaveStatus(404);
    expect(await act(admin.id, 999999, { intent: "grant", role: "organiser" })).toHaveStatus(404);
  });

  it("grants and revokes organiser and admin, auditing and telling the person", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const target = await createUser({ roles: ["clinician"] });
    const granted = await act(admin.id, target.id, { intent: "grant", role: "organiser" });
    expect(granted).toRedirectTo(`/admin/users/${target.id}?notice=role-granted`);
    expect(await rolesOf(target.id)).toEqual(["clinician", "organiser"]);
    expect((await auditFor("role.granted", target.id))[0]).toMatchObject({
      actorId: admin.id,
      after: { role: "organiser" },
    });
    const notes = await getWriterDb().select().from(s.notifications).where(eq(s.notifications.userId, target.id));
    expect(notes.map((n) => n.title)).toContain("You are now an organiser on Hackpath");
    await act(admin.id, target.id, { intent: "grant", role: "admin" });
    expect(await rolesOf(target.id)).toEqual(["admin", "clinician", "organiser"]);
    expect(await act(admin.id, target.id, { intent: "revoke", role: "admin" })).toHaveStatus(302);
    expect(await rolesOf(target.id)).toEqual(["clinician", "organiser"]);
    expect((await auditFor("role.revoked", target.id))[0]).toMatchObject({
      actorId: admin.id,
      before: { role: "admin" },
    });
  });

  it("only grants organiser and admin", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const target = await createUser();
    expect(await act(admin.id, target.id, { intent: "grant", role: "funder" })).toHaveStatus(400);
    expect(await rolesOf(target.id)).toEqual([]);
  });

  it("does not let an admin remove their own admin role or suspend themselves", async () => {
    const admin = await createUser({ roles: ["admin", "organiser"] });
    const revoke = await act(admin.id, admin.id, { intent: "revoke", role: "admin" });
    expect(revoke).toHaveStatus(409);
    expect(errorsOf(revoke.data)[""]?.[0]).toMatch(/own admin role/);
    expect(await rolesOf(admin.id)).toContain("admin");
    const suspend = await act(admin.id, admin.id, { intent: "suspend", reason: "Testing" });
    expect(suspend).toHaveStatus(409);
    const [row] = await getWriterDb().select().from(s.users).where(eq(s.users.id, admin.id));
    expect(row!.suspendedAt).toBeNull();
    // Dropping their own organiser role is fine.
    expect(await act(admin.id, admin.id, { intent: "revoke", role: "organiser" })).toHaveStatus(302);
  });

  it("suspends an account: it is signed out everywhere and cannot sign in; restoring lets it back", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const target = await createUser();
    const cookie = cookieFrom(await createUserSession(target.id));
    expect(await cookieSignsIn(cookie)).toBe(target.id);
    const missingReason = await act(admin.id, target.id, { intent: "suspend" });
    expect(missingReason).toHaveStatus(400);
    expect(errorsOf(missingReason.data).reason?.[0]).toMatch(/Say why/);
    const suspended = await act(admin.id, target.id, { intent: "suspend", reason: "Posting patient data" });
    expect(suspended).toHaveStatus(302);
    expect(await cookieSignsIn(cookie)).toBeNull();
    expect(await getWriterDb().select().from(s.sessions).where(eq(s.sessions.userId, target.id))).toHaveLength(0);
    expect((await auditFor("user.suspended", target.id))[0]).toMatchObject({
      actorId: admin.id,
      after: { suspended: true, reason: "Posting patient data", endedSessions: 1 },
    });
    expect(await authenticate({ email: target.email, password: TEST_PASSWORD, ip: "10.9.9.9" })).toEqual({
      ok: false,
      reason: "suspended",
    });
    expect(await act(admin.id, target.id, { intent: "suspend", reason: "Again" })).toHaveStatus(409);
    const restored = await act(admin.id, target.id, { intent: "restore" });
    expect(restored).toHaveStatus(302);
    expect(await auditFor("user.restored", target.id)).toHaveLength(1);
    expect(await authenticate({ email: target.email, password: TEST_PASSWORD, ip: "10.9.9.10" })).toMatchObject({
      ok: true,
      userId: target.id,
    });
  });
});

describe("/admin/audit", () => {
  it("lists events newest first, filtered by kind and by account", async () => {
    const admin = await createUser({ roles: ["admin"] });
    const target = await createUser();
    await act(admin.id, target.id, { intent: "grant", role: "organiser" });
    await act(admin.id, target.id, { intent: "suspend", reason: "Spam" });
    const all = await get(auditLoader, `/admin/audit?user=${target.id}`, admin.id);
    const actions = (all.data as { events: { items: { action: string }[] } }).events.items.map((e) => e.action);
    expect(actions).toEqual(["user.suspended", "role.granted"]);
    const filtered = await get(auditLoader, `/admin/audit?user=${target.id}&action=role.granted`, admin.id);
    expect((filtered.data as { events: { items: { action: string; actorName: string }[] } }).events.items).toEqual([
      expect.objectContaining({ action: "role.granted", actorName: admin.name }),
    ]);
    const junk = await get(auditLoader, "/admin/audit?action=%27%3B+drop&user=abc", admin.id);
    expect(junk).toHaveStatus(200);
  });
});
