/**
 * The public API's HTTP policy, in one browser-safe place: app/utils/api.server.ts applies it to
 * every answer and the OpenAPI document (app/models/api/openapi.ts) states it.
 */

/** Methods every API path answers. */
export const API_METHODS = "GET, HEAD, OPTIONS";
/** Request headers a cross-origin script may send (beyond the CORS-safelisted ones). */
export const API_REQUEST_HEADERS = "If-None-Match, If-Modified-Since";
/** Response headers a cross-origin script may read (beyond the CORS-safelisted ones). */
export const API_EXPOSED_HEADERS = "ETag, Last-Modified";
/** How long a browser may reuse a preflight answer (Chromium caps it at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 86_400;
/** The Cache-Control of every successful answer: caches revalidate (ETag) after a minute. */
export const API_CACHE_CONTROL = "public, max-age=60";
/** The highest `page` a list accepts (as the pages' pageFromUrl). */
export const API_MAX_PAGE = 10_000;
