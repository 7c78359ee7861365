import { openApiDocument } from "~/models/api/openapi";
import { resolveParameter } from "~/models/api/openapi-schema";
import { apiJson, apiLoader, siteUrls } from "~/utils/api.server";
import { apiDocsPath, apiOpenApiPath } from "~/utils/paths";

/** The API's front door: what there is, how to page and revalidate, and where it is described. */
export const loader = apiLoader(async ({ request }) => {
  const url = siteUrls(request);
  return apiJson(request, {
    name: openApiDocument.info.title,
    version: 1,
    description:
      "Read-only JSON of Hackpath's public data. No account needed; any origin may read it. Private data (emails, funding interest, mentorship notes, unpublished scores) is never included.",
    documentation: url(apiDocsPath()),
    openapi: url(apiOpenApiPath()),
    pagination:
      "Lists return { data, meta: { page, pageSize, total, pageCount }, links: { self, next, prev } }. Ask for a page with ?page=N (20 items a page).",
    caching:
      "Every answer has an ETag: send it back in If-None-Match and an unchanged answer is 304 Not Modified with no body. Stories also have Last-Modified for If-Modified-Since.",
    errors:
      "Errors return { error: { status, message } } with the HTTP status: 404 for an unknown id, 400 (naming the parameter) for a filter value that does not parse.",
    // From the OpenAPI document, so the two cannot disagree.
    endpoints: Object.entries(openApiDocument.paths).map(([path, item]) => ({
      path: url(path),
      description: item.get.summary,
      parameters: (item.get.parameters ?? [])
        .map((p) => resolveParameter(p, openApiDocument))
        .filter((p) => p.in === "query")
        .map((p) => p.name),
    })),
  });
});
