import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps same-site relative paths with their query", () => {
    expect(safeRedirect("/problems?page=2&q=foot")).toBe("/problems?page=2&q=foot");
    expect(safeRedirect("/projects/12-foot-check#team")).toBe("/projects/12-foot-check#team");
  });

  it.each([
    ["an absolute URL", "https://evil.example/steal"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a backslash inside", "/foo\\..\\\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a path without a leading slash", "dashboard"],
    ["control characters", "/\t/evil.example"],
    ["an empty value", ""],
    ["nothing", null],
    ["the log-in page itself", "/login?redirectTo=/admin"],
    ["log-out", "/logout"],
  ])("refuses %s", (_what, value) => {
    expect(safeRedirect(value)).toBe("/dashboard");
  });

  it("uses the fallback it is given", () => {
    expect(safeRedirect("https://evil.example", "/")).toBe("/");
  });
});
