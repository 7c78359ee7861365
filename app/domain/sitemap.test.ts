import { describe, expect, it } from "vitest";
import {
  escapeXml,
  parseSitemapPart,
  robotsTxt,
  sitemapIndexXml,
  sitemapUrl,
  sitemapXml,
  w3cDateTime,
  type SitemapEntry,
} from "./sitemap";

async function text(parts: AsyncIterable<string>) {
  let out = "";
  for await (const part of parts) out += part;
  return out;
}

async function* entries(list: SitemapEntry[]) {
  yield* list;
}

describe("sitemap.xml", () => {
  it("writes absolute, escaped addresses with their last change to the second", () => {
    expect(w3cDateTime(new Date("2026-03-14T09:30:00.123Z"))).toBe("2026-03-14T09:30:00Z");
    expect(escapeXml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
    expect(
      sitemapUrl("https://hackpath.example/", {
        path: "/problems/1-a?x=1&y=2",
        lastmod: new Date("2026-03-14T09:30:00Z"),
      }),
    ).toBe(
      "<url><loc>https://hackpath.example/problems/1-a?x=1&amp;y=2</loc><lastmod>2026-03-14T09:30:00Z</lastmod></url>\n",
    );
  });

  it("streams a whole urlset", async () => {
    const xml = await text(
      sitemapXml(
        "https://hackpath.example",
        entries([
          { path: "/", lastmod: null },
          { path: "/stories/4-fewer-falls", lastmod: new Date("2026-05-02T09:00:00Z") },
        ]),
      ),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "<url><loc>https://hackpath.example/</loc></url>\n" +
        "<url><loc>https://hackpath.example/stories/4-fewer-falls</loc><lastmod>2026-05-02T09:00:00Z</lastmod></url>\n" +
        "</urlset>\n",
    );
  });

  it("writes an index of numbered parts and reads a part's number back", () => {
    expect(sitemapIndexXml("https://hackpath.example", 2)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "<sitemap><loc>https://hackpath.example/sitemaps/1.xml</loc></sitemap>\n" +
        "<sitemap><loc>https://hackpath.example/sitemaps/2.xml</loc></sitemap>\n" +
        "</sitemapindex>\n",
    );
    expect(parseSitemapPart("3.xml")).toBe(3);
    for (const junk of ["0.xml", "3", "x.xml", "3.xml.gz", "-1.xml", "9999999.xml", undefined])
      expect(parseSitemapPart(junk), String(junk)).toBeNull();
  });
});

describe("robots.txt", () => {
  it("opens public pages, keeps account and private pages out and names the sitemap", () => {
    const lines = robotsTxt("https://hackpath.example/").split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "# Hackpath: problems, projects, hack days and success stories are public; accounts are not.",
      "User-agent: *",
      "Allow: /",
    ]);
    for (const path of [
      "/settings",
      "/dashboard",
      "/notifications",
      "/admin",
      "/exports/",
      "/login",
      "/mentorships/",
      "/projects/*/funding",
      "/*?*redirectTo=",
    ])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines.at(-2)).toBe("Sitemap: https://hackpath.example/sitemap.xml");
    expect(lines.some((l) => /^Disallow: \/(problems|projects|hack-days|stories)\/?$/.test(l))).toBe(false);
  });
});
