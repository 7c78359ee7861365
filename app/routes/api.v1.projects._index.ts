import { serializeProjectCard } from "~/models/api/projects.server";
import { listProjects } from "~/models/projects.server";
import { apiList, apiLoader, parseApiQuery, siteUrls } from "~/utils/api.server";
import { projectFiltersSchema } from "~/validation/browse";

export const loader = apiLoader(async ({ request }) => {
  const { filters, page } = parseApiQuery(new URL(request.url), projectFiltersSchema);
  const found = await listProjects({ filters, page });
  const urls = siteUrls(request);
  return apiList(request, found, (p) => serializeProjectCard(p, urls));
});
