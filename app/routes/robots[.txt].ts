import type { LoaderFunctionArgs } from "@remix-run/node";
import { robotsTxt } from "~/domain/sitemap";
import { publicOrigin } from "~/utils/seo.server";

/** /robots.txt: public pages open to crawlers, account and private pages not, and the sitemap. */
export function loader({ request }: LoaderFunctionArgs) {
  return new Response(robotsTxt(publicOrigin(request)), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
