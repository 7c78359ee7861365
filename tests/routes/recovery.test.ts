import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import {
  requestEmailChange,
  requestPasswordReset,
  resendEmailConfirmation,
} from "../../app/models/account-links.server";
import * as confirmIndex from "../../app/routes/confirm-email._index";
import * as confirmPage from "../../app/routes/confirm-email.$token";
import * as forgot from "../../app/routes/forgot-password";
import * as newProblem from "../../app/routes/problems.new/route";
import * as problemPage from "../../app/routes/problems.$id/route";
import * as resetPage from "../../app/routes/reset-password.$token";
import * as emailSettings from "../../app/routes/settings_.email";
import { getWriterDb } from "../../app/utils/db.server";
import { problemPath } from "../../app/utils/paths";
import * as s from "../../db/schema";
import { emailsTo, latestToken } from "../account-links";
import { createProblem, createUser, TEST_PASSWORD } from "../factories";
import { cookieFrom, formRequest, makeRequest, run } from "../request";
import { oneRow } from "../rows";
import { cookieSignsIn, errorsOf, freshContext, outcome, sessionCookieFrom } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Route = {
  loader?: (args: never) => unknown;
  action?: (args: never) => unknown;
};
/** Runs a route's loader (GET) or action (POST) and returns what it answered. */
async function call(route: Route, kind: "loader" | "action", request: Request, params: Record<string, string> = {}) {
  const fn = route[kind] as (args: { request: Request; params: Record<string, string>; context: object }) => unknown;
  return outcome(await run(async () => fn({ request, params, context: freshContext() })));
}
const initialValue = (data: unknown) => (data as { initialValue?: Record<string, unknown> }).initialValue ?? {};
const userRow = (id: number) => oneRow(getWriterDb().select().from(s.users).where(eq(s.users.id, id)));

describe("/forgot-password", () => {
  it("answers 400 with the error beside the field, keeping what was typed", async () => {
    const answer = await call(forgot, "action", await formRequest("/forgot-password", { email: "not-an-email" }));
    expect(answer).toHaveStatus(400);
    expect(errorsOf(answer.data)).toEqual({
      email: ["Enter an email address in the correct format, like name@nhs.net"],
    });
    expect(initialValue(answer.data)).toEqual({ email: "not-an-email" });
  });

  it("gives the same redirect and notice whether or not an account uses the address", async () => {
    const user = await createUser();
    const known = await call(forgot, "action", await formRequest("/forgot-password", { email: user.email }));
    const unknown = await call(
      forgot,
      "action",
      await formRequest("/forgot-password", { email: "nobody@example.test" }),
    );
    expect(known).toRedirectTo("/forgot-password?notice=reset-link-sent");
    expect(unknown).toRedirectTo("/forgot-password?notice=reset-link-sent");
    expect(known.headers.get("Set-Cookie")).toBeNull();
    expect(await emailsTo(user.email)).toHaveLength(1);
    expect(await emailsTo("nobody@example.test")).toHaveLength(0);
  });
});

describe("/reset-password/:token", () => {
  const withLink = async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    return { user, token: await latestToken(user.email, "/reset-password/") };
  };
  const post = async (token: string, fields: Record<string, string>, cookie?: string) => {
    const request = await formRequest(`/reset-password/${token}`, fields);
    if (cookie) request.headers.set("Cookie", cookie);
    return call(resetPage, "action", request, { token });
  };

  it("sends no Referer and is never cached", () => {
    expect(resetPage.headers({} as never)).toEqual({ "Referrer-Policy": "same-origin", "Cache-Control": "no-store" });
    expect(confirmPage.headers({} as never)).toEqual({
      "Referrer-Policy": "same-origin",
      "Cache-Control": "no-store",
    });
  });

  it("shows the form for a working link without using it up, and 404 for one that does not work", async () => {
    const { user, token } = await withLink();
    for (let i = 0; i < 2; i++) {
      const page = await call(resetPage, "loader", await makeRequest(`/reset-password/${token}`), { token });
      expect(page).toHaveStatus(200);
      expect(page.data).toEqual({ email: user.email });
    }
    const bogus = await call(resetPage, "loader", await makeRequest("/reset-password/nonsense"), { token: "nonsense" });
    expect(bogus).toHaveStatus(404);
    expect(bogus.data).toEqual({ email: null });
  });

  it("answers 400 with field errors and never sends the passwords back", async () => {
    const { token } = await withLink();
    const mismatch = await post(token, { newPassword: "tea kettle lantern orbit", confirmPassword: "something else" });
    expect(mismatch).toHaveStatus(400);
    const result = (mismatch.data as { result: unknown }).result;
    expect(errorsOf(result)).toEqual({ confirmPassword: ["The passwords do not match"] });
    expect(initialValue(result)).toEqual({});
    const weak = await post(token, { newPassword: "Password123", confirmPassword: "Password123" });
    expect(weak).toHaveStatus(400);
    expect(errorsOf((weak.data as { result: unknown }).result).newPassword?.[0]).toMatch(/most common passwords/);
  });

  it("sets the password, signs out every device, signs in afresh and goes to the dashboard", async () => {
    const { user, token } = await withLink();
    const elsewhere = cookieFrom(await createUserSession(user.id));
    const here = cookieFrom(await createUserSession(user.id));
    const answer = await post(
      token,
      { newPassword: "tea kettle lantern orbit", confirmPassword: "tea kettle lantern orbit" },
      here,
    );
    expect(answer).toRedirectTo("/dashboard?notice=password-reset");
    const fresh = sessionCookieFrom(answer.headers)!;
    expect(await cookieSignsIn(fresh)).toBe(user.id);
    expect(await cookieSignsIn(elsewhere)).toBeNull();
    expect(await cookieSignsIn(here)).toBeNull();
    expect((await userRow(user.id)).passwordHash).not.toBe(user.passwordHash);

    const again = await post(token, {
      newPassword: "another long passphrase",
      confirmPassword: "another long passphrase",
    });
    expect(again).toHaveStatus(404);
    expect(again.data).toEqual({ state: "expired" });
  });
});

describe("/confirm-email/:token", () => {
  const withLink = async () => {
    const user = await createUser({ roles: ["clinician"], emailConfirmedAt: null });
    await resendEmailConfirmation({ userId: user.id });
    return { user, token: await latestToken(user.email, "/confirm-email/") };
  };

  it("shows a Confirm button page to anyone, changing nothing, and 404 once used", async () => {
    const { user, token } = await withLink();
    const page = await call(confirmPage, "loader", await makeRequest(`/confirm-email/${token}`), { token });
    expect(page).toHaveStatus(200);
    expect(page.data).toEqual({
      link: { email: user.email, change: false },
      visitor: { signedIn: false, canResend: false },
    });
    expect((await userRow(user.id)).emailConfirmedAt).toBeNull();

    const confirmed = await call(
      confirmPage,
      "action",
      await formRequest(`/confirm-email/${token}`, { intent: "confirm" }),
      { token },
    );
    expect(confirmed).toRedirectTo("/confirm-email?notice=email-confirmed");
    expect((await userRow(user.id)).emailConfirmedAt).not.toBeNull();

    const used = await call(confirmPage, "loader", await makeRequest(`/confirm-email/${token}`), { token });
    expect(used).toHaveStatus(404);
    const again = await call(
      confirmPage,
      "action",
      await formRequest(`/confirm-email/${token}`, { intent: "confirm" }),
      { token },
    );
    expect(again).toHaveStatus(404);
  });

  it("sends the person it confirms to their dashboard when they are signed in", async () => {
    const { user, token } = await withLink();
    const answer = await call(
      confirmPage,
      "action",
      await formRequest(`/confirm-email/${token}`, { intent: "confirm" }, { userId: user.id }),
      { token },
    );
    expect(answer).toRedirectTo("/dashboard?notice=email-confirmed");
  });

  it("answers 409 and changes nothing when the new address was taken meanwhile", async () => {
    const user = await createUser({ email: "before@example.test" });
    await requestEmailChange({ userId: user.id, newEmail: "after@example.test" });
    const token = await latestToken("after@example.test", "/confirm-email/");
    await createUser({ email: "after@example.test" });
    const answer = await call(
      confirmPage,
      "action",
      await formRequest(`/confirm-email/${token}`, { intent: "confirm" }),
      { token },
    );
    expect(answer).toHaveStatus(409);
    expect(answer.data).toEqual({
      message: "There is already an account with this email address. Choose a different one.",
    });
    expect((await userRow(user.id)).email).toBe("before@example.test");
  });
});

describe("/confirm-email (send the link again)", () => {
  it("sends a new link and goes back where the person was, with a notice", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    const answer = await call(
      confirmIndex,
      "action",
      await formRequest("/confirm-email", { intent: "resend", redirectTo: "/problems?page=2" }, { userId: user.id }),
    );
    expect(answer).toRedirectTo("/problems?page=2&notice=confirmation-sent");
    expect((await emailsTo(user.email)).map((m) => m.kind)).toEqual(["account.email_confirm"]);
  });

  it("never goes to another site, and sends anonymous people to sign in", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    const offsite = await call(
      confirmIndex,
      "action",
      await formRequest("/confirm-email", { intent: "resend", redirectTo: "//evil.example" }, { userId: user.id }),
    );
    expect(offsite).toRedirectTo("/confirm-email?notice=confirmation-sent");
    const anonymous = await call(confirmIndex, "action", await formRequest("/confirm-email", { intent: "resend" }));
    expect(anonymous).toRedirectTo("/login?redirectTo=%2Fconfirm-email");
  });

  it("answers 409 for an address already confirmed", async () => {
    const user = await createUser();
    const answer = await call(
      confirmIndex,
      "action",
      await formRequest("/confirm-email", { intent: "resend" }, { userId: user.id }),
    );
    expect(answer).toHaveStatus(409);
    expect(answer.data).toEqual({ message: "Your email address is already confirmed." });
    expect(await emailsTo(user.email)).toEqual([]);
  });
});

describe("/settings/email", () => {
  const post = async (userId: number, fields: Record<string, string>) =>
    call(emailSettings, "action", await formRequest("/settings/email", fields, { userId }));

  it("answers 400 with errors beside the fields, keeping the address but not the password", async () => {
    const user = await createUser();
    const empty = await post(user.id, { email: "nope", currentPassword: "" });
    expect(empty).toHaveStatus(400);
    expect(errorsOf(empty.data)).toEqual({
      email: ["Enter an email address in the correct format, like name@nhs.net"],
      currentPassword: ["Enter your current password"],
    });
    const wrong = await post(user.id, { email: "new@example.test", currentPassword: "not my password" });
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(wrong.data)).toEqual({ currentPassword: ["Your current password is not right"] });
    expect(initialValue(wrong.data)).toEqual({ email: "new@example.test" });
    const taken = await createUser();
    const clash = await post(user.id, { email: taken.email, currentPassword: TEST_PASSWORD });
    expect(clash).toHaveStatus(400);
    expect(errorsOf(clash.data)).toEqual({
      email: ["There is already an account with this email address. Choose a different one."],
    });
    expect(await getWriterDb().select().from(s.emailOutbox)).toEqual([]);
  });

  it("sends the link and shows the change as waiting", async () => {
    const user = await createUser();
    const answer = await post(user.id, { email: "moved@example.test", currentPassword: TEST_PASSWORD });
    expect(answer).toRedirectTo("/settings/email?notice=email-change-requested");
    const page = await call(emailSettings, "loader", await makeRequest("/settings/email", { userId: user.id }));
    expect(page.data).toMatchObject({
      email: user.email,
      confirmed: true,
      pending: { email: "moved@example.test" },
    });
  });
});

describe("the confirmation reminder on the problem pages", () => {
  it("shows the reminder instead of the post, endorse and comment forms until the address is confirmed", async () => {
    const unconfirmed = await createUser({ roles: ["clinician"], emailConfirmedAt: null });
    const confirmed = await createUser({ roles: ["clinician"] });
    const problem = await createProblem();
    const gateFor = async (userId: number) =>
      (await call(newProblem, "loader", await makeRequest("/problems/new", { userId }))).data;
    expect(await gateFor(unconfirmed.id)).toEqual({
      gate: {
        message: "Confirm your email address to post a problem. Follow the link we emailed you, or ask for a new one.",
        email: unconfirmed.email,
      },
    });
    expect(await gateFor(confirmed.id)).toEqual({ gate: null });

    const path = problemPath(problem);
    const pageFor = async (userId: number) =>
      (await call(problemPage, "loader", await makeRequest(path, { userId }), { id: path.split("/")[2]! })).data as {
        emailGates: unknown;
      };
    expect((await pageFor(unconfirmed.id)).emailGates).toEqual({
      endorse: {
        message:
          "Confirm your email address to endorse a problem. Follow the link we emailed you, or ask for a new one.",
        email: unconfirmed.email,
      },
      comment: {
        message: "Confirm your email address to comment. Follow the link we emailed you, or ask for a new one.",
        email: unconfirmed.email,
      },
    });
    expect((await pageFor(confirmed.id)).emailGates).toEqual({ endorse: null, comment: null });
  });

  it("refuses a posted comment from an unconfirmed account with 403 and the reason", async () => {
    const unconfirmed = await createUser({ roles: ["clinician"], emailConfirmedAt: null });
    const problem = await createProblem();
    const path = problemPath(problem);
    const answer = await call(
      problemPage,
      "action",
      await formRequest(path, { intent: "comment", body: "Same on our ward" }, { userId: unconfirmed.id }),
      { id: path.split("/")[2]! },
    );
    expect(answer).toHaveStatus(403);
    expect(errorsOf(answer.data)[""]).toEqual([
      "Confirm your email address to comment. Follow the link we emailed you, or ask for a new one.",
    ]);
    expect(initialValue((answer.data as { result: unknown }).result)).toMatchObject({ body: "Same on our ward" });
  });
});
