import { serializeProjectPage } from "~/models/api/projects.server";
import { getProjectPage } from "~/models/projects.server";
import { apiError, apiJson, apiLoader, requireApiId, siteUrls } from "~/utils/api.server";

export const loader = apiLoader(async ({ request, params }) => {
  const id = requireApiId(params.id, "project");
  // Always as a visitor: the API never carries what only a team, mentor or organiser may see.
  const page = await getProjectPage({ id, viewer: null });
  if (!page) return apiError(404, "No project has that id.");
  return apiJson(request, { data: serializeProjectPage(page, siteUrls(request)) });
});
