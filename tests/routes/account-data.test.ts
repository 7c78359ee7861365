/**
 * The pages of a person's own data: /settings/data, the /settings/data.json download, closing
 * one's own account at /settings/data/close, and an admin doing the same at /admin/users/:id.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { newTotpSecret } from "../../app/auth/two-step.server";
import { FORMER_MEMBER } from "../../app/domain/account-closing";
import { action as userAction, loader as userLoader } from "../../app/routes/admin.users.$id/route";
import { action as adminCloseAction, loader as adminCloseLoader } from "../../app/routes/admin.users.$id_.close/route";
import { loader as adminDataLoader } from "../../app/routes/admin.users.$id_.data[.json]";
import { loader as dataPageLoader } from "../../app/routes/settings_.data/route";
import { loader as downloadLoader } from "../../app/routes/settings_.data[.json]";
import { action as closeAction, loader as closeLoader } from "../../app/routes/settings_.data_.close/route";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createProject, createUser, TEST_PASSWORD } from "../factories";
import { cookieFrom, formRequest, makeRequest, run } from "../request";
import { oneRow } from "../rows";
import { cookieSignsIn, errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type AnyLoader = (args: LoaderFunctionArgs) => Promise<unknown>;
const get = async (fn: AnyLoader, path: string, userId?: number, params: Record<string, string> = {}) =>
  outcome(await run(async () => fn({ request: await makeRequest(path, { userId }), params, context: freshContext() })));
const post = async (
  fn: AnyLoader,
  path: string,
  fields: Record<string, string>,
  init: { userId?: number; cookie?: string; params?: Record<string, string> } = {},
) => {
  const request = await formRequest(path, fields, init.cookie ? {} : { userId: init.userId });
  if (init.cookie) request.headers.set("Cookie", init.cookie);
  return outcome(await run(() => fn({ request, params: init.params ?? {}, context: freshContext() })));
};
/** An admin in good standing: two-step sign-in on, so the session may use the admin role. */
const createAdmin = () =>
  createUser({ roles: ["admin"], totpSecret: newTotpSecret(), totpEnabledAt: new Date(), name: "Ada Admin" });
const userRow = (id: number) => oneRow(getWriterDb().select().from(s.users).where(eq(s.users.id, id)));

describe("/settings/data and its download", () => {
  it("sends anonymous people to sign in, for the page and the file", async () => {
    expect(await get(dataPageLoader, "/settings/data")).toRedirectTo("/login?redirectTo=%2Fsettings%2Fdata");
    expect(await get(downloadLoader, "/settings/data.json")).toRedirectTo("/login?redirectTo=%2Fsettings%2Fdata.json");
  });

  it("downloads the person's own data as a JSON file that no cache keeps", async () => {
    const person = await createUser({ name: "Dora Download", email: "dora.download@example.test" });
    const file = await get(downloadLoader, "/settings/data.json", person.id);
    expect(file).toHaveStatus(200);
    expect(file.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(file.headers.get("Content-Disposition")).toBe(
      `attachment; filename="hackpath-data-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    expect(file.headers.get("Cache-Control")).toBe("no-store");
    expect(file.data).toMatchObject({
      account: { id: person.id, name: "Dora Download", email: "dora.download@example.test" },
    });
    expect(JSON.stringify(file.data)).not.toContain("$argon2");
  });

  it("offers closing, except to the only admin, who is told why", async () => {
    const person = await createUser();
    expect((await get(dataPageLoader, "/settings/data", person.id)).data).toEqual({ closingRefusal: null });
    const admin = await createAdmin();
    expect((await get(dataPageLoader, "/settings/data", admin.id)).data).toEqual({
      closingRefusal:
        "You are the only admin. Make someone else an admin before you close your account, so someone can still run Hackpath.",
    });
  });
});

describe("/settings/data/close", () => {
  it("shows what goes and what stays, and asks for a code only with two-step sign-in on", async () => {
    const person = await createUser({ name: "Lena Lead" });
    const teammate = await createUser({ name: "Tom Teammate" });
    await createProject({ name: "Handover", leadId: person.id, members: [teammate.id] });
    const page = await get(closeLoader, "/settings/data/close", person.id);
    expect(page.data).toMatchObject({
      askCode: false,
      refusal: null,
      summary: { projectsLed: [{ name: "Handover", successorName: "Tom Teammate" }] },
    });
    const careful = await createUser({ totpSecret: newTotpSecret(), totpEnabledAt: new Date() });
    expect((await get(closeLoader, "/settings/data/close", careful.id)).data).toMatchObject({ askCode: true });
  });

  it("refuses a wrong password with the error beside the field, and changes nothing", async () => {
    const person = await createUser({ name: "Wren Wrong" });
    const answer = await post(closeAction, "/settings/data/close", { password: "not it" }, { userId: person.id });
    expect(answer).toHaveStatus(400);
    expect(errorsOf(answer.data)).toEqual({ password: ["Your password is not right"] });
    expect(JSON.stringify(answer.data)).not.toContain("not it");
    expect((await userRow(person.id)).name).toBe("Wren Wrong");
    const empty = await post(closeAction, "/settings/data/close", {}, { userId: person.id });
    expect(empty).toHaveStatus(400);
    expect(errorsOf(empty.data)).toEqual({ password: ["Enter your password"] });
  });

  it("closes the account, signs the person out and shows the closed page; the old cookie no longer works", async () => {
    const person = await createUser({ name: "Cleo Closes" });
    const request = await makeRequest("/settings/data/close", { userId: person.id });
    const cookie = request.headers.get("Cookie")!;
    expect(await cookieSignsIn(cookie)).toBe(person.id);
    const answer = await post(closeAction, "/settings/data/close", { password: TEST_PASSWORD }, { cookie });
    expect(answer).toRedirectTo("/account-closed");
    expect(cookieFrom(answer.headers.get("Set-Cookie")!)).toBe("hackpath_session=");
    expect(await cookieSignsIn(cookie)).toBeNull();
    expect(await userRow(person.id)).toMatchObject({ name: FORMER_MEMBER, passwordHash: "" });
  });
});

describe("an admin closing an account on request", () => {
  it("is for admins only", async () => {
    const person = await createUser();
    const other = await createUser({ roles: ["organiser"] });
    const params = { id: String(person.id) };
    expect(await get(adminCloseLoader, `/admin/users/${person.id}/close`, other.id, params)).toHaveStatus(403);
    expect(
      await post(
        adminCloseAction,
        `/admin/users/${person.id}/close`,
        { reason: "x", confirmed: "on" },
        { userId: other.id, params },
      ),
    ).toHaveStatus(403);
    expect(await get(adminDataLoader, `/admin/users/${person.id}/data.json`, other.id, params)).toHaveStatus(403);
  });

  it("asks for a reason, closes, comes back to the account page that now says it is closed, and refuses changes", async () => {
    const admin = await createAdmin();
    const person = await createUser({ name: "Rory Request", email: "rory.request@example.test" });
    const params = { id: String(person.id) };
    const page = await get(adminCloseLoader, `/admin/users/${person.id}/close`, admin.id, params);
    expect(page.data).toMatchObject({ person: { name: "Rory Request" }, refusal: null });
    const noReason = await post(
      adminCloseAction,
      `/admin/users/${person.id}/close`,
      { reason: " " },
      { userId: admin.id, params },
    );
    expect(noReason).toHaveStatus(400);
    expect(errorsOf(noReason.data)).toEqual({
      reason: ["Say why this account is being closed"],
      confirmed: ["Confirm that this is the account the person asked you to close"],
    });
    expect((noReason.data as { result: { initialValue: { reason: string } } }).result.initialValue.reason).toBe(" ");
    const unticked = await post(
      adminCloseAction,
      `/admin/users/${person.id}/close`,
      { reason: "Asked by email on 3 March" },
      { userId: admin.id, params },
    );
    expect(unticked).toHaveStatus(400);
    expect((await userRow(person.id)).name).toBe("Rory Request");
    const closed = await post(
      adminCloseAction,
      `/admin/users/${person.id}/close`,
      { reason: "Asked by email on 3 March", confirmed: "on" },
      { userId: admin.id, params },
    );
    expect(closed).toRedirectTo(`/admin/users/${person.id}?notice=account-closed`);
    const account = await get(userLoader, `/admin/users/${person.id}`, admin.id, params);
    expect(account).toHaveStatus(200);
    expect(account.data).toMatchObject({
      account: { user: { name: FORMER_MEMBER, email: `closed-${person.id}@closed.invalid`, organisation: "" } },
      closedAt: expect.any(Date),
    });
    expect(JSON.stringify(account.data)).not.toContain("Rory");
    expect(JSON.stringify(account.data)).not.toContain("rory.request");
    const grant = await post(
      userAction,
      `/admin/users/${person.id}`,
      { intent: "grant", role: "admin" },
      { userId: admin.id, params },
    );
    expect(grant).toHaveStatus(409);
    expect(await getWriterDb().select().from(s.userRoles).where(eq(s.userRoles.userId, person.id))).toEqual([]);
    const again = await get(adminCloseLoader, `/admin/users/${person.id}/close`, admin.id, params);
    expect(again.data).toMatchObject({ refusal: "This account is already closed." });
  });

  it("never offers closing the admin's own account there", async () => {
    const admin = await createAdmin();
    const params = { id: String(admin.id) };
    const page = await get(userLoader, `/admin/users/${admin.id}`, admin.id, params);
    expect(page.data).toMatchObject({
      closeRefusal: "Close your own account from your settings, where your password is asked for.",
    });
  });

  it("downloads someone's data for them, and records that it did", async () => {
    const admin = await createAdmin();
    const person = await createUser({ email: "sara.subject@example.test" });
    const file = await get(adminDataLoader, `/admin/users/${person.id}/data.json`, admin.id, { id: String(person.id) });
    expect(file).toHaveStatus(200);
    expect(file.headers.get("Cache-Control")).toBe("no-store");
    expect(file.data).toMatchObject({ account: { email: "sara.subject@example.test" } });
    expect(
      await getWriterDb()
        .select({ actorId: s.auditEvents.actorId, objectId: s.auditEvents.objectId })
        .from(s.auditEvents)
        .where(eq(s.auditEvents.action, "account.data_exported")),
    ).toEqual([{ actorId: admin.id, objectId: person.id }]);
    expect(await get(adminDataLoader, "/admin/users/999999/data.json", admin.id, { id: "999999" })).toHaveStatus(404);
  });
});
