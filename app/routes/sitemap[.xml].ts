import type { LoaderFunctionArgs } from "@remix-run/node";
import { SITEMAP_LIMIT, sitemapIndexXml, sitemapXml } from "~/domain/sitemap";
import { countSitemapUrls, listSitemapParts, sitemapEntries, wholeSitemap } from "~/models/findability.server";
import { publicOrigin } from "~/utils/seo.server";
import { textStream, XML_HEADERS } from "~/utils/streaming.server";

/**
 * /sitemap.xml: every public page, streamed. Past 50,000 addresses it is a sitemap index of
 * numbered parts instead (/sitemaps/1.xml, …), as sitemaps.org requires.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  if ((await countSitemapUrls()) > SITEMAP_LIMIT) {
    const parts = await listSitemapParts();
    return new Response(sitemapIndexXml(origin, parts.length), { headers: XML_HEADERS });
  }
  return new Response(textStream(sitemapXml(origin, sitemapEntries(wholeSitemap))), { headers: XML_HEADERS });
}
