import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "../validation/admin";
import { auditActions } from "./audit";

describe("audit actions", () => {
  it("names each action for the audit log", () => {
    expect(auditActions.label("role.granted")).toBe("Role granted");
    expect(auditActions.label("hack_day.waitlisted")).toBe("Joined a hack day's waiting list");
    expect(auditActions.label("team.join_declined")).toBe("Join request declined");
  });

  it("shows an action from before the vocabulary as it was recorded", () => {
    expect(auditActions.label("user.role_granted")).toBe("user.role_granted");
  });
});

describe("the audit log filter", () => {
  it("filters by an action the app records", () => {
    expect(auditFilterSchema.parse({ action: "problem.hidden", user: "12" })).toEqual({
      action: "problem.hidden",
      user: 12,
    });
  });

  it("treats an empty, unknown or hostile action as no filter", () => {
    for (const action of ["", "problem.liked", "'; drop", "x".repeat(500)])
      expect(auditFilterSchema.parse({ action })).toEqual({ action: undefined, user: undefined });
  });
});
