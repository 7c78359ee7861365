/**
 * Pages opened from a link in an email carry its secret token in their address (decision 0056):
 * they send no Referer (the token would leak to whatever the page links to) and are never cached.
 */

/** The headers of a page whose address holds an emailed token. */
export const tokenPageHeaders = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" } as const;

/** The same referrer policy as a meta tag, for browsers that read it from the page. */
export const noReferrerMeta = { name: "referrer", content: "no-referrer" } as const;
