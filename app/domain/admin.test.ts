import { describe, expect, it } from "vitest";
import { adminActionRefusal } from "./admin";

const other = { actorId: 1, targetId: 2, targetSuspended: false };
const self = { actorId: 1, targetId: 1, targetSuspended: false };

describe("adminActionRefusal", () => {
  it("lets an admin grant and revoke roles and suspend other people", () => {
    expect(adminActionRefusal({ kind: "grant", role: "admin" }, other)).toBeUndefined();
    expect(adminActionRefusal({ kind: "revoke", role: "admin" }, other)).toBeUndefined();
    expect(adminActionRefusal({ kind: "suspend" }, other)).toBeUndefined();
    expect(adminActionRefusal({ kind: "restore" }, { ...other, targetSuspended: true })).toBeUndefined();
  });

  it("stops an admin removing their own admin role or suspending themselves", () => {
    expect(adminActionRefusal({ kind: "revoke", role: "admin" }, self)?.message).toMatch(/own admin role/);
    expect(adminActionRefusal({ kind: "suspend" }, self)?.message).toMatch(/your own account/);
  });

  it("lets an admin drop their own organiser role", () => {
    expect(adminActionRefusal({ kind: "revoke", role: "organiser" }, self)).toBeUndefined();
  });

  it("does not suspend twice or restore an active account", () => {
    expect(adminActionRefusal({ kind: "suspend" }, { ...other, targetSuspended: true })?.message).toMatch(
      /already suspended/,
    );
    expect(adminActionRefusal({ kind: "restore" }, other)?.message).toMatch(/not suspended/);
  });
});
