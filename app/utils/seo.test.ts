import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "../domain/hack-day-calendar";
import { absoluteUrl, pageMeta, storyJsonLd } from "./seo";

const story = {
  origin: "https://hackpath.example/",
  path: "/stories/4-fewer-missed-foot-checks",
  title: "Fewer missed foot checks",
  section: "Success stories",
  description: "Missed foot checks: from 31% to 9%.\nThe practice team now sees every patient.",
  type: "article" as const,
  image: { path: "/screenshots/abc.png", alt: "The FootPath checklist" },
};

describe("share cards", () => {
  it("makes absolute URLs on the site", () => {
    expect(absoluteUrl("https://hackpath.example/", "/problems/1-a")).toBe("https://hackpath.example/problems/1-a");
    expect(absoluteUrl("http://localhost:3000", "/")).toBe("http://localhost:3000/");
  });

  it("describes a page with a picture: canonical, Open Graph and a large Twitter card", () => {
    expect(pageMeta(story)).toEqual([
      { title: "Fewer missed foot checks · Success stories · Hackpath" },
      { name: "description", content: "Missed foot checks: from 31% to 9%. The practice team now sees every patient." },
      { tagName: "link", rel: "canonical", href: "https://hackpath.example/stories/4-fewer-missed-foot-checks" },
      { property: "og:site_name", content: "Hackpath" },
      { property: "og:type", content: "article" },
      { property: "og:title", content: "Fewer missed foot checks" },
      {
        property: "og:description",
        content: "Missed foot checks: from 31% to 9%. The practice team now sees every patient.",
      },
      { property: "og:url", content: "https://hackpath.example/stories/4-fewer-missed-foot-checks" },
      { property: "og:locale", content: "en_GB" },
      { property: "og:image", content: "https://hackpath.example/screenshots/abc.png" },
      { property: "og:image:alt", content: "The FootPath checklist" },
      { name: "twitter:card", content: "summary_large_image" },
      { name: "twitter:title", content: "Fewer missed foot checks" },
      {
        name: "twitter:description",
        content: "Missed foot checks: from 31% to 9%. The practice team now sees every patient.",
      },
      { name: "twitter:image", content: "https://hackpath.example/screenshots/abc.png" },
      { name: "twitter:image:alt", content: "The FootPath checklist" },
    ]);
  });

  it("shows the site's card without a picture, cuts long descriptions and keeps private views out of search", () => {
    const meta = pageMeta({
      ...story,
      type: "website",
      image: null,
      description: "word ".repeat(100),
      indexable: false,
    });
    expect(meta).toContainEqual({ name: "robots", content: "noindex" });
    expect(meta.filter((m) => "property" in m && String(m.property).startsWith("og:image"))).toEqual([
      { property: "og:image", content: "https://hackpath.example/share-card.png" },
      {
        property: "og:image:alt",
        content: "Hackpath: from a clinician’s problem to an adopted product in health and social care",
      },
      { property: "og:image:width", content: "1200" },
      { property: "og:image:height", content: "630" },
    ]);
    expect(meta).toContainEqual({ name: "twitter:card", content: "summary_large_image" });
    expect(meta).toContainEqual({ name: "twitter:image", content: "https://hackpath.example/share-card.png" });
    const description = meta.find((m) => "name" in m && m.name === "description") as { content: string };
    expect(description.content.length).toBeLessThanOrEqual(201);
    expect(description.content.endsWith("…")).toBe(true);
    expect(pageMeta(story).some((m) => "name" in m && m.name === "robots")).toBe(false);
  });
});

describe("story JSON-LD", () => {
  it("is a schema.org Article by the project, published by Hackpath, with its picture", () => {
    const ld = storyJsonLd("https://hackpath.example", "/stories/4-fewer", {
      title: "Fewer missed foot checks",
      description: "From 31% to 9%.",
      publishedAt: new Date("2026-05-02T09:00:00Z"),
      updatedAt: new Date("2026-05-03T10:00:00Z"),
      project: { name: "FootPath", path: "/projects/7-footpath" },
      image: { path: "/screenshots/abc.png" },
    });
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "Fewer missed foot checks",
      description: "From 31% to 9%.",
      datePublished: "2026-05-02T09:00:00.000Z",
      dateModified: "2026-05-03T10:00:00.000Z",
      url: "https://hackpath.example/stories/4-fewer",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://hackpath.example/stories/4-fewer" },
      author: { "@type": "Organization", name: "FootPath", url: "https://hackpath.example/projects/7-footpath" },
      publisher: { "@type": "Organization", name: "Hackpath", url: "https://hackpath.example/" },
      image: ["https://hackpath.example/screenshots/abc.png"],
    });
  });

  it("never dates a change before publication, falls back to the site's card and escapes </script>", () => {
    const ld = storyJsonLd("https://hackpath.example", "/stories/4", {
      title: "</script><script>alert(1)</script>",
      description: "x",
      publishedAt: new Date("2026-05-02T09:00:00Z"),
      updatedAt: new Date("2026-04-01T09:00:00Z"),
      project: { name: "FootPath", path: "/projects/7" },
      image: null,
    });
    expect(ld.dateModified).toBe("2026-05-02T09:00:00.000Z");
    expect(ld.image).toEqual(["https://hackpath.example/share-card.png"]);
    const json = serializeJsonLd(ld);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script>");
  });
});
