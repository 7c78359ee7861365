import { siteUrls } from "./api.server";

/**
 * The site's absolute origin for what a request sends out (canonical links, share cards, the
 * sitemap, robots.txt): APP_ORIGIN when set, else the request's own, as feeds and calendars use.
 */
export function publicOrigin(request: Request): string {
  return new URL(siteUrls(request)("/")).origin;
}
