import { serializeProblem } from "~/models/api/problems.server";
import { getProblemPage } from "~/models/problem-page.server";
import { listProjects } from "~/models/projects.server";
import { apiError, apiJson, apiLoader, apiRedirect, requireApiId, siteUrls } from "~/utils/api.server";
import { apiProblemPath } from "~/utils/paths";

export const loader = apiLoader(async ({ request, params }) => {
  const id = requireApiId(params.id, "problem");
  const found = await getProblemPage({ id, viewer: null });
  if (found.kind === "missing") return apiError(404, "No problem has that id.");
  if (found.kind === "merged") return apiRedirect(apiProblemPath(found.target.id));
  // Public projects only: drafts stay with their teams.
  const projects = await listProjects({ filters: { problem: id }, page: 1, pageSize: 50 });
  return apiJson(request, { data: serializeProblem(found, projects.items, siteUrls(request)) });
});
