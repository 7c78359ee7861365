import { describe, expect, it } from "vitest";
import {
  canTurnOffTwoStep,
  codeKind,
  formatRecoveryCode,
  groupSecret,
  normaliseCode,
  twoStepRequired,
  usableRoles,
} from "./two-step";

describe("twoStepRequired", () => {
  it("is required for admins and organisers, whatever else they hold", () => {
    expect(twoStepRequired({ roles: ["admin"], exempt: false })).toBe(true);
    expect(twoStepRequired({ roles: ["organiser"], exempt: false })).toBe(true);
    expect(twoStepRequired({ roles: ["clinician", "organiser"], exempt: false })).toBe(true);
  });

  it("is not required for the other roles, nor for nobody's roles", () => {
    expect(twoStepRequired({ roles: ["clinician", "developer", "mentor", "funder"], exempt: false })).toBe(false);
    expect(twoStepRequired({ roles: [], exempt: false })).toBe(false);
  });

  it("is not required of an exempt account (the local demo's own)", () => {
    expect(twoStepRequired({ roles: ["admin"], exempt: true })).toBe(false);
  });
});

describe("usableRoles", () => {
  it("withholds admin and organiser until two-step sign-in is on, keeping the other roles", () => {
    expect(usableRoles({ roles: ["clinician", "organiser", "admin"], exempt: false, enabled: false })).toEqual({
      roles: ["clinician"],
      withheld: ["organiser", "admin"],
    });
  });

  it("withholds nothing once it is on, for an exempt account, or for roles that do not need it", () => {
    const all = { roles: ["organiser"], withheld: [] };
    expect(usableRoles({ roles: ["organiser"], exempt: false, enabled: true })).toEqual(all);
    expect(usableRoles({ roles: ["organiser"], exempt: true, enabled: false })).toEqual(all);
    expect(usableRoles({ roles: ["mentor"], exempt: false, enabled: false })).toEqual({
      roles: ["mentor"],
      withheld: [],
    });
  });
});

describe("canTurnOffTwoStep", () => {
  it("refuses with 403 when the roles require it", () => {
    expect(canTurnOffTwoStep({ roles: ["organiser"], exempt: false })).toEqual({
      ok: false,
      status: 403,
      message: "Two-step sign-in stays on for organisers and admins: their roles require it.",
    });
  });

  it("allows anyone else, and the exempt demo accounts", () => {
    expect(canTurnOffTwoStep({ roles: ["developer"], exempt: false })).toBeUndefined();
    expect(canTurnOffTwoStep({ roles: ["admin"], exempt: true })).toBeUndefined();
  });
});

describe("codes as typed", () => {
  it("ignores spaces and hyphens and case", () => {
    expect(normaliseCode(" 123 456 ")).toBe("123456");
    expect(normaliseCode("ABCDE-fghij")).toBe("abcdefghij");
  });

  it("tells an app's code from a recovery code, and refuses anything else", () => {
    expect(codeKind("123456")).toBe("totp");
    expect(codeKind("abcde23456")).toBe("recovery");
    expect(codeKind("12345")).toBeNull();
    expect(codeKind("1234567")).toBeNull();
    expect(codeKind("abcde1fghi")).toBeNull(); // 1 is not in base32
    expect(codeKind("")).toBeNull();
  });

  it("shows recovery codes in two halves and a secret in groups of four", () => {
    expect(formatRecoveryCode("abcdefghij")).toBe("abcde-fghij");
    expect(groupSecret("ABCDEFGHIJ")).toEqual(["ABCD", "EFGH", "IJ"]);
  });
});
