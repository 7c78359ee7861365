import { describe, expect, it } from "vitest";
import { isLinkUsable, linkExpiry, PASSWORD_RESET_LIFETIME_SECONDS } from "./account-links";
import { emailGate, unconfirmedRefusal } from "./email-confirmation";

describe("unconfirmedRefusal", () => {
  it("refuses an unconfirmed account with 403 and what it cannot do", () => {
    expect(unconfirmedRefusal({ emailConfirmedAt: null }, "post")).toEqual({
      ok: false,
      status: 403,
      message: "Confirm your email address to post a problem. Follow the link we emailed you, or ask for a new one.",
    });
    expect(unconfirmedRefusal({ emailConfirmedAt: null }, "comment")?.message).toBe(
      "Confirm your email address to comment. Follow the link we emailed you, or ask for a new one.",
    );
  });

  it("lets a confirmed account go ahead, whatever form the date takes", () => {
    for (const emailConfirmedAt of [new Date(), "2026-03-02T10:00:00.000Z", 1_770_000_000])
      expect(unconfirmedRefusal({ emailConfirmedAt }, "endorse")).toBeUndefined();
  });
});

describe("emailGate", () => {
  it("names the address to look in, only for an unconfirmed account", () => {
    expect(emailGate({ email: "ada@example.test", emailConfirmedAt: null }, "endorse")).toEqual({
      message: "Confirm your email address to endorse a problem. Follow the link we emailed you, or ask for a new one.",
      email: "ada@example.test",
    });
    expect(emailGate({ email: "ada@example.test", emailConfirmedAt: new Date() }, "endorse")).toBeNull();
    expect(emailGate(null, "post")).toBeNull();
  });
});

describe("isLinkUsable", () => {
  const sent = new Date("2026-03-02T10:00:00Z");
  const expiresAt = linkExpiry(sent, PASSWORD_RESET_LIFETIME_SECONDS);

  it("works until the expiry and not at it", () => {
    expect(expiresAt).toEqual(new Date("2026-03-02T11:00:00Z"));
    expect(isLinkUsable({ usedAt: null, expiresAt }, new Date("2026-03-02T10:59:59.999Z"))).toBe(true);
    expect(isLinkUsable({ usedAt: null, expiresAt }, expiresAt)).toBe(false);
  });

  it("never works once used", () => {
    expect(isLinkUsable({ usedAt: sent, expiresAt }, sent)).toBe(false);
  });
});
