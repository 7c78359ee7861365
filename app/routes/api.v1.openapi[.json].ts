import { openApiDocument } from "~/models/api/openapi";
import { apiJson, apiLoader, siteUrls } from "~/utils/api.server";
import { apiDocsPath } from "~/utils/paths";

/** The OpenAPI 3.1 document, with this site's own absolute addresses. */
export const loader = apiLoader(async ({ request }) => {
  const url = siteUrls(request);
  return apiJson(request, {
    ...openApiDocument,
    servers: [{ url: url("/").replace(/\/$/, ""), description: "This Hackpath." }],
    externalDocs: { ...openApiDocument.externalDocs, url: url(apiDocsPath()) },
  });
});
