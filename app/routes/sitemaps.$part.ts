import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseSitemapPart, sitemapXml } from "~/domain/sitemap";
import { listSitemapParts, sitemapEntries } from "~/models/findability.server";
import { notFound } from "~/utils/http.server";
import { publicOrigin } from "~/utils/seo.server";
import { textStream, XML_HEADERS } from "~/utils/streaming.server";

/** /sitemaps/:n.xml: one numbered part of the sitemap index, at most 50,000 addresses, streamed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const n = parseSitemapPart(params.part);
  const part = n === null ? undefined : (await listSitemapParts())[n - 1];
  if (!part) notFound("There is no such part of the sitemap.");
  return new Response(textStream(sitemapXml(publicOrigin(request), sitemapEntries([part]))), { headers: XML_HEADERS });
}
