/**
 * What a shared link shows: the page's title and description, Open Graph and Twitter card tags,
 * the canonical link and, for private views, a noindex. One helper for every record page, so a
 * problem, a project, a story and a hack day are described the same way. Browser-safe (meta runs
 * on both sides); the loader passes the absolute origin in (publicOrigin in ./seo.server.ts).
 * Decision record 0061.
 */
import type { MetaDescriptor } from "@remix-run/react";
import { excerpt } from "../domain/text";

export const SITE_NAME = "Hackpath";

/** The longest description a share card shows in full. */
const DESCRIPTION_LENGTH = 200;

/**
 * The picture a shared link shows when the page has none of its own: the Hackpath card in
 * public/ (1200 × 630, the shape Open Graph and Twitter's large card expect).
 */
export const SITE_SHARE_IMAGE = {
  path: "/share-card.png",
  alt: "Hackpath: from a clinician’s problem to an adopted product in health and social care",
  width: 1200,
  height: 630,
} as const;

export type SharedPage = {
  /** The site's absolute origin, e.g. `https://hackpath.example`. */
  origin: string;
  /** The page's canonical path, from app/utils/paths.ts. */
  path: string;
  /** What the page is called: the record's own title or name. */
  title: string;
  /** The list it belongs to, for the document title: `Title · Success stories · Hackpath`. */
  section: string;
  description: string;
  /** `article` for dated writing (problems, stories); `website` for the rest. */
  type: "website" | "article";
  /** A picture of the page (a screenshot), by its path on this site; without one, the site's card. */
  image?: { path: string; alt: string } | null;
  /** False for what only some people may see (a hidden problem, a draft): kept out of search. */
  indexable?: boolean;
};

/** An absolute URL on the site. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/+$/, "")}/`).toString();
}

/**
 * The meta descriptors of a record page: title, description, canonical, Open Graph and a large
 * Twitter card, with the page's own picture or else the site's card.
 */
export function pageMeta(page: SharedPage): MetaDescriptor[] {
  const url = absoluteUrl(page.origin, page.path);
  const description = excerpt(page.description, DESCRIPTION_LENGTH);
  const image = absoluteUrl(page.origin, (page.image ?? SITE_SHARE_IMAGE).path);
  const imageAlt = page.image ? page.image.alt || page.title : SITE_SHARE_IMAGE.alt;
  return [
    { title: `${page.title} · ${page.section} · ${SITE_NAME}` },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: url },
    ...(page.indexable === false ? [{ name: "robots", content: "noindex" }] : []),
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:type", content: page.type },
    { property: "og:title", content: page.title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:locale", content: "en_GB" },
    { property: "og:image", content: image },
    { property: "og:image:alt", content: imageAlt },
    ...(page.image
      ? []
      : [
          { property: "og:image:width", content: String(SITE_SHARE_IMAGE.width) },
          { property: "og:image:height", content: String(SITE_SHARE_IMAGE.height) },
        ]),
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: page.title },
    { name: "twitter:description", content: description },
    { name: "twitter:image", content: image },
    { name: "twitter:image:alt", content: imageAlt },
  ];
}

export type StoryArticle = {
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  project: { name: string; path: string };
  image?: { path: string } | null;
};

/**
 * schema.org Article for a success story: the project is its author, Hackpath its publisher, the
 * picture the project's screenshot or else the site's card.
 * Serialise with serializeJsonLd (app/domain/hack-day-calendar.ts) for the inline script.
 */
export function storyJsonLd(origin: string, path: string, story: StoryArticle) {
  const url = absoluteUrl(origin, path);
  const site = absoluteUrl(origin, "/");
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: story.title.length > 110 ? excerpt(story.title, 110) : story.title,
    description: excerpt(story.description, DESCRIPTION_LENGTH),
    datePublished: story.publishedAt.toISOString(),
    dateModified: (story.updatedAt > story.publishedAt ? story.updatedAt : story.publishedAt).toISOString(),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    author: { "@type": "Organization", name: story.project.name, url: absoluteUrl(origin, story.project.path) },
    publisher: { "@type": "Organization", name: SITE_NAME, url: site },
    image: [absoluteUrl(origin, (story.image ?? SITE_SHARE_IMAGE).path)],
  };
}
