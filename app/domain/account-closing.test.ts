import { describe, expect, it } from "vitest";
import {
  closeAccountRefusal,
  closedEmailFor,
  FORMER_MEMBER,
  isClosedAccountEmail,
  scrubPersonalJson,
  scrubPersonalText,
  type ClosingCredentials,
  type ClosingStanding,
} from "./account-closing";
import { accountDataFileName, scrubAuditDetail } from "./account-data";

const own = (overrides: Partial<ClosingStanding> = {}): ClosingStanding => ({
  route: "settings",
  actor: { id: 7, isAdmin: false },
  target: { id: 7, closed: false, isActiveAdmin: false },
  otherActiveAdmins: 1,
  ...overrides,
});
const byAdmin = (overrides: Partial<ClosingStanding> = {}): ClosingStanding => ({
  route: "admin",
  actor: { id: 1, isAdmin: true },
  target: { id: 7, closed: false, isActiveAdmin: false },
  otherActiveAdmins: 1,
  ...overrides,
});
const right: ClosingCredentials = { passwordRight: true, twoStepOn: false, codeGiven: false, codeRight: false };

describe("closeAccountRefusal", () => {
  it("lets a person close their own account with the right password", () => {
    expect(closeAccountRefusal(own())).toBeUndefined();
    expect(closeAccountRefusal(own(), { credentials: right })).toBeUndefined();
  });

  it("wants the password, and with two-step sign-in on a right code as well", () => {
    expect(closeAccountRefusal(own(), { credentials: { ...right, passwordRight: false } })).toEqual({
      ok: false,
      status: 400,
      message: "Your password is not right",
      field: "password",
    });
    expect(closeAccountRefusal(own(), {})).toMatchObject({ status: 400, field: "password" });
    expect(closeAccountRefusal(own(), { credentials: { ...right, twoStepOn: true } })).toEqual({
      ok: false,
      status: 400,
      message: "Enter the 6-digit code from your app, or a recovery code",
      field: "code",
    });
    expect(
      closeAccountRefusal(own(), { credentials: { ...right, twoStepOn: true, codeGiven: true, codeRight: false } }),
    ).toMatchObject({ status: 400, field: "code", message: expect.stringContaining("That code is not right") });
    expect(
      closeAccountRefusal(own(), { credentials: { ...right, twoStepOn: true, codeGiven: true, codeRight: true } }),
    ).toBeUndefined();
  });

  it("never closes the last active admin, from settings or from the admin page", () => {
    const lastAdmin = { id: 7, closed: false, isActiveAdmin: true };
    expect(closeAccountRefusal(own({ target: lastAdmin, otherActiveAdmins: 0 }), { credentials: right })).toEqual({
      ok: false,
      status: 409,
      message:
        "You are the only admin. Make someone else an admin before you close your account, so someone can still run Hackpath.",
    });
    expect(closeAccountRefusal(byAdmin({ target: lastAdmin, otherActiveAdmins: 0 }))).toMatchObject({ status: 409 });
    expect(
      closeAccountRefusal(own({ target: lastAdmin, otherActiveAdmins: 1 }), { credentials: right }),
    ).toBeUndefined();
  });

  it("lets an admin close someone else's account with a reason, never their own through the admin page", () => {
    expect(closeAccountRefusal(byAdmin(), { reason: "Asked by email on 3 March" })).toBeUndefined();
    expect(closeAccountRefusal(byAdmin(), { reason: "   " })).toEqual({
      ok: false,
      status: 400,
      message: "Say why this account is being closed",
      field: "reason",
    });
    expect(closeAccountRefusal(byAdmin({ target: { id: 1, closed: false, isActiveAdmin: true } }))).toEqual({
      ok: false,
      status: 409,
      message: "Close your own account from your settings, where your password is asked for.",
    });
    expect(closeAccountRefusal(byAdmin({ actor: { id: 1, isAdmin: false } }))).toMatchObject({ status: 403 });
  });

  it("refuses someone else's account from settings, and an account already closed", () => {
    expect(closeAccountRefusal(own({ actor: { id: 8, isAdmin: true } }))).toMatchObject({ status: 403 });
    expect(closeAccountRefusal(own({ target: { id: 7, closed: true, isActiveAdmin: false } }))).toEqual({
      ok: false,
      status: 409,
      message: "This account is already closed.",
    });
  });
});

describe("placeholders and scrubbing", () => {
  it("gives each closed account a lower-case address on the reserved domain", () => {
    expect(closedEmailFor(12)).toBe("closed-12@closed.invalid");
    expect(closedEmailFor(12, "a1b2")).toBe("closed-12-a1b2@closed.invalid");
    expect(isClosedAccountEmail("Closed-12@CLOSED.invalid")).toBe(true);
    expect(isClosedAccountEmail("someone@nhs.net")).toBe(false);
  });

  it("replaces the name as a whole word and the address in any case", () => {
    const person = { name: "Sam Whit", email: "sam@example.test", placeholderEmail: "closed-3@closed.invalid" };
    expect(scrubPersonalText("Sam Whit asked to join Footpath (write to SAM@example.test)", person)).toBe(
      `${FORMER_MEMBER} asked to join Footpath (write to closed-3@closed.invalid)`,
    );
    expect(scrubPersonalText("Sam Whitfield is someone else", person)).toBe("Sam Whitfield is someone else");
    expect(scrubPersonalJson({ email: "sam@example.test", list: ["sam whit"], n: 3, none: null }, person)).toEqual({
      email: "closed-3@closed.invalid",
      list: [FORMER_MEMBER],
      n: 3,
      none: null,
    });
  });
});

describe("the data file", () => {
  it("is named after the day it was made", () => {
    expect(accountDataFileName(new Date("2026-03-01T23:30:00Z"))).toBe("hackpath-data-2026-03-01.json");
  });

  it("keeps the person's own ids and address in audit details and takes out everyone else's", () => {
    const self = { id: 5, email: "me@example.test" };
    expect(
      scrubAuditDetail(
        {
          userId: 9,
          promoted: [5, 6],
          reason: "Mail me@example.test or them@example.test",
          projectId: 9,
          roles: ["admin"],
        },
        self,
      ),
    ).toEqual({
      userId: "another member",
      promoted: ["you", "another member"],
      reason: "Mail me@example.test or an email address",
      projectId: 9,
      roles: ["admin"],
    });
    expect(scrubAuditDetail(null, self)).toBeNull();
  });
});
