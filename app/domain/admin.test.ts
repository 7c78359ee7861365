import { describe, expect, it } from "vitest";
import { adminActionProblem } from "./admin";

const other = { actorId: 1, targetId: 2, targetSuspended: false };
const self = { actorId: 1, targetId: 1, targetSuspended: false };

describe("adminActionProblem", () => {
  it("lets an admin grant and revoke roles and suspend other people", () => {
    expect(adminActionProblem({ kind: "grant", role: "admin" }, other)).toBeNull();
    expect(adminActionProblem({ kind: "revoke", role: "admin" }, other)).toBeNull();
    expect(adminActionProblem({ kind: "suspend" }, other)).toBeNull();
    expect(adminActionProblem({ kind: "restore" }, { ...other, targetSuspended: true })).toBeNull();
  });

  it("stops an admin removing their own admin role or suspending themselves", () => {
    expect(adminActionProblem({ kind: "revoke", role: "admin" }, self)).toMatch(/own admin role/);
    expect(adminActionProblem({ kind: "suspend" }, self)).toMatch(/your own account/);
  });

  it("lets an admin drop their own organiser role", () => {
    expect(adminActionProblem({ kind: "revoke", role: "organiser" }, self)).toBeNull();
  });

  it("does not suspend twice or restore an active account", () => {
    expect(adminActionProblem({ kind: "suspend" }, { ...other, targetSuspended: true })).toMatch(/already suspended/);
    expect(adminActionProblem({ kind: "restore" }, other)).toMatch(/not suspended/);
  });
});
