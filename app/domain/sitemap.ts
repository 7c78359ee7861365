/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt as text. Pure and browser-safe: the routes pass
 * the site's origin in and the models the public records. Decision record 0061.
 */
import { sitemapPartPath, sitemapPath } from "../utils/paths";

/** Most addresses one sitemap file may hold (sitemaps.org); past it, a sitemap index of parts. */
export const SITEMAP_LIMIT = 50_000;

/** The site's own public pages: the home page and the lists. */
export const SITEMAP_PAGES = [
  "/",
  "/problems",
  "/projects",
  "/hack-days",
  "/pipeline",
  "/impact",
  "/mentors",
  "/funders",
];

/** One address in a sitemap: a path on the site and when the page last changed (null: unknown). */
export type SitemapEntry = { path: string; lastmod: Date | null };

/** Escapes text for XML character data. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A W3C date-time in UTC to the second, as sitemaps want it: `2026-03-14T09:30:00Z`. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const base = (origin: string) => origin.replace(/\/+$/, "");
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** One `<url>` element. */
export function sitemapUrl(origin: string, entry: SitemapEntry): string {
  const lastmod = entry.lastmod ? `<lastmod>${w3cDateTime(entry.lastmod)}</lastmod>` : "";
  return `<url><loc>${escapeXml(`${base(origin)}${entry.path}`)}</loc>${lastmod}</url>\n`;
}

/** A whole `<urlset>`, written as the entries arrive, so it can stream. */
export async function* sitemapXml(origin: string, entries: AsyncIterable<SitemapEntry>): AsyncGenerator<string> {
  yield `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n`;
  for await (const entry of entries) yield sitemapUrl(origin, entry);
  yield "</urlset>\n";
}

/** A `<sitemapindex>` of numbered parts, `/sitemaps/1.xml` to `/sitemaps/<parts>.xml`. */
export function sitemapIndexXml(origin: string, parts: number): string {
  const items = Array.from(
    { length: parts },
    (_, i) => `<sitemap><loc>${escapeXml(`${base(origin)}${sitemapPartPath(i + 1)}`)}</loc></sitemap>\n`,
  );
  return `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${items.join("")}</sitemapindex>\n`;
}

/** The number of a part from its path segment (`3.xml`), or null. */
export function parseSitemapPart(segment: string | undefined): number | null {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(segment ?? "");
  return match ? Number(match[1]) : null;
}

/**
 * Pages that are private or only mean something to one signed-in person: accounts, settings,
 * dashboards, administration, exports, the forms behind each record and the team-only views.
 * `*` matches any characters (RFC 9309); `/login` also covers `/login?redirectTo=…`.
 */
export const ROBOTS_DISALLOW = [
  "/login",
  "/signup",
  "/logout",
  "/forgot-password",
  "/reset-password/",
  "/confirm-email",
  "/unsubscribe/",
  "/account-closed",
  "/settings",
  "/dashboard",
  "/notifications",
  "/follows",
  "/admin",
  "/exports/",
  "/mentorships/",
  "/pipeline/reviews",
  "/problems/new",
  "/problems/*/edit",
  "/projects/new",
  "/projects/*/funding",
  "/projects/*/mentors",
  "/projects/*/pilots",
  "/projects/*/stage",
  "/projects/*/submission",
  "/projects/*/data-use",
  "/hack-days/new",
  "/hack-days/*/edit",
  "/hack-days/*/judging",
  "/hack-days/*/feedback",
  "/hack-days/*/projects/new",
  "/*?*redirectTo=",
  "/*.data$",
] as const;

/** robots.txt: public pages open to every crawler, private ones not, and where the sitemap is. */
export function robotsTxt(origin: string): string {
  return [
    "# Hackpath: problems, projects, hack days and success stories are public; accounts are not.",
    "User-agent: *",
    "Allow: /",
    ...ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${base(origin)}${sitemapPath()}`,
    "",
  ].join("\n");
}
