import { describe, expect, it } from "vitest";
import { excerpt, isSafeHttpUrl, linkify, paragraphsOf } from "./text";

describe("linkify", () => {
  it("turns http and https addresses into links and leaves the rest as text", () => {
    expect(linkify("See https://nhs.uk/foot-care for more")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://nhs.uk/foot-care", href: "https://nhs.uk/foot-care" },
      { kind: "text", text: " for more" },
    ]);
  });

  it("drops sentence punctuation after an address", () => {
    expect(linkify("Read http://example.org/a.")).toContainEqual({
      kind: "link",
      text: "http://example.org/a",
      href: "http://example.org/a",
    });
    expect(linkify("(see https://example.org/x)")).toContainEqual({
      kind: "link",
      text: "https://example.org/x",
      href: "https://example.org/x",
    });
  });

  it("keeps brackets that belong to the address", () => {
    const url = "https://en.wikipedia.org/wiki/Diabetic_foot_(ulcer)";
    expect(linkify(`${url}.`)).toContainEqual({ kind: "link", text: url, href: url });
  });

  it("never links other schemes", () => {
    for (const text of [
      "javascript:alert(1)",
      "data:text/html,<script>",
      "ftp://x.org",
      "vbscript:x",
      "<a href='x'>y</a>",
    ]) {
      expect(linkify(text).every((s) => s.kind === "text")).toBe(true);
    }
    expect(linkify("https://")).toEqual([{ kind: "text", text: "https://" }]);
  });

  it("checks a URL is http(s)", () => {
    expect(isSafeHttpUrl("https://a.b")).toBe(true);
    expect(isSafeHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeHttpUrl("not a url")).toBe(false);
  });
});

describe("paragraphsOf", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    expect(paragraphsOf("One\ntwo\n\n\nThree\r\n\r\nFour  ")).toEqual([["One", "two"], ["Three"], ["Four"]]);
  });

  it("ignores empty text", () => {
    expect(paragraphsOf("  \n\n ")).toEqual([]);
  });
});

describe("excerpt", () => {
  it("cuts long text at a word and adds an ellipsis", () => {
    const text = "Patients with diabetes miss annual foot checks because the reminder letters go to old addresses.";
    expect(excerpt(text, 40)).toBe("Patients with diabetes miss annual foot…");
    expect(excerpt("short", 40)).toBe("short");
  });
});
