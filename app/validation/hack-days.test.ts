import { describe, expect, it } from "vitest";
import { optionalHttpUrl } from "./hack-days";

describe("optionalHttpUrl", () => {
  const link = optionalHttpUrl("demo link");
  const refusal = (value: string) => {
    const parsed = link.safeParse(value);
    return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
  };

  it("keeps an http(s) address as typed, trimmed", () => {
    expect(link.parse("  https://example.nhs.uk/demo?x=1  ")).toBe("https://example.nhs.uk/demo?x=1");
    expect(link.parse("http://localhost:3000/")).toBe("http://localhost:3000/");
    expect(link.parse(undefined)).toBe(undefined);
  });

  it("refuses other schemes, and addresses with spaces or control characters inside", () => {
    expect(refusal("javascript:alert(1)")).toEqual([
      "Enter the demo link as a full web address starting with https://",
    ]);
    expect(refusal("data:text/html,<p>x</p>")).toEqual([
      "Enter the demo link as a full web address starting with https://",
    ]);
    for (const value of [
      "https://example.test/a page",
      "https://example.test/a\tb",
      "https://exa\u0000mple.test/",
      "https://example.test/\u0085",
    ])
      expect(refusal(value)).toEqual(["The demo link cannot contain spaces"]);
  });
});
