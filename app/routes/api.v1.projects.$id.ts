import type { LoaderFunctionArgs } from "@remix-run/node";
import { serializeProjectPage } from "~/models/api/projects.server";
import { getProjectPage } from "~/models/projects.server";
import { apiError, apiJson, requireApiId, siteUrls } from "~/utils/api.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireApiId(params.id, "project");
  // Always as a visitor: the API never carries what only a team, mentor or organiser may see.
  const page = await getProjectPage({ id, viewer: null });
  if (!page) return apiError(404, "No project has that id.");
  return apiJson({ data: serializeProjectPage(page, siteUrls(request)) });
}
