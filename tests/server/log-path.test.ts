import { describe, expect, it } from "vitest";
import { loggedPath } from "../../server/log-path";

describe("the path the request log records", () => {
  it("drops the query and hides the secret of emailed links", () => {
    expect(loggedPath("/admin/users?q=someone@example.test")).toBe("/admin/users");
    expect(loggedPath("/reset-password/AbC_123-xyz")).toBe("/reset-password/:token");
    expect(loggedPath("/confirm-email/AbC_123-xyz?x=1")).toBe("/confirm-email/:token");
    expect(loggedPath("/unsubscribe/AbC_123-xyz.data")).toBe("/unsubscribe/:token");
    expect(loggedPath("/problems/12-insulin")).toBe("/problems/12-insulin");
    expect(loggedPath("/reset-password")).toBe("/reset-password");
  });
});
