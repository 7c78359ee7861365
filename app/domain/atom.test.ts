import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml } from "./atom";

const base = {
  id: "https://hackpath.example/problems",
  title: "Newest problems",
  selfUrl: "https://hackpath.example/problems.atom",
  alternateUrl: "https://hackpath.example/problems",
  fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
};

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;",
    );
  });

  it("drops characters XML 1.0 forbids and keeps the rest of unicode", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\n\tf 😀 é")).toBe("abcde\n\tf 😀 é");
  });
});

describe("buildAtomFeed", () => {
  it("writes a feed with escaped entries and RFC 3339 times", () => {
    const xml = buildAtomFeed({
      ...base,
      entries: [
        {
          id: "https://hackpath.example/problems/1",
          title: "Fish & chips <b>",
          url: "https://hackpath.example/problems/1-fish-chips",
          published: new Date("2026-02-01T10:00:00.123Z"),
          updated: new Date("2026-02-03T10:00:00Z"),
          authorName: "Dr O'Neill",
          summary: "Text with ]]> and <tags>",
          categories: [{ term: "acute", label: "Acute" }],
        },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    expect(xml).toContain('<title type="text">Fish &amp; chips &lt;b&gt;</title>');
    expect(xml).toContain("<name>Dr O&apos;Neill</name>");
    expect(xml).toContain("<published>2026-02-01T10:00:00Z</published>");
    expect(xml).toContain("<updated>2026-02-03T10:00:00Z</updated>");
    expect(xml).toContain("]]&gt; and &lt;tags&gt;");
    expect(xml).not.toContain("<b>");
  });

  it("uses the fallback time when there are no entries", () => {
    expect(buildAtomFeed({ ...base, entries: [] })).toContain("<updated>2026-01-01T00:00:00Z</updated>");
  });
});
