/**
 * Pages opened from a link in an email carry its secret token in their address (decision 0056):
 * they never send it to another site in a Referer, and are never cached. The policy is
 * "same-origin", not "no-referrer": under "no-referrer" a browser posts the page's own form with
 * `Origin: null`, which the server's cross-site check rightly refuses.
 */

/** The headers of a page whose address holds an emailed token. */
export const tokenPageHeaders = { "Referrer-Policy": "same-origin", "Cache-Control": "no-store" } as const;

/** The same referrer policy as a meta tag, for browsers that read it from the page. */
export const tokenPageReferrerMeta = { name: "referrer", content: "same-origin" } as const;
