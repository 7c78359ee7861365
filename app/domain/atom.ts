/**
 * A small Atom 1.0 (RFC 4287) writer. Pure: the route passes absolute URLs and plain text;
 * everything is escaped here, and characters XML 1.0 forbids are dropped so one odd character
 * in a post can never make the whole feed unreadable.
 */

export type AtomEntry = {
  /** A permanent, unique IRI for the entry (we use the record's numeric URL). */
  id: string;
  title: string;
  /** The page the entry links to. */
  url: string;
  published: Date;
  updated: Date;
  authorName: string;
  summary: string;
  categories?: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  /** The HTML page the feed mirrors (rel="alternate"). */
  alternateUrl: string;
  /** Used as <updated> when there are no entries. */
  fallbackUpdated: Date;
  entries: AtomEntry[];
};

// XML 1.0 allows tab, newline, carriage return, and U+0020 and above except surrogates, U+FFFE/F.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An RFC 3339 timestamp, as Atom requires. */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The feed as an XML document. */
export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (latest, e) => (e.updated > latest ? e.updated : latest),
    feed.entries.length ? new Date(0) : feed.fallbackUpdated,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    "  <author><name>Hackpath</name></author>",
  ];
  for (const entry of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${rfc3339(entry.published)}</published>`,
      `    <updated>${rfc3339(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.authorName)}</name></author>`,
      ...(entry.categories ?? []).map(
        (c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`,
      ),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
