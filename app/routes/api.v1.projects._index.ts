import type { LoaderFunctionArgs } from "@remix-run/node";
import { serializeProjectCard } from "~/models/api/projects.server";
import { listProjects } from "~/models/projects.server";
import { apiList, siteUrls } from "~/utils/api.server";
import { pageFromUrl } from "~/utils/pagination";
import { parseSearchParams, projectFiltersSchema } from "~/validation/browse";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = await listProjects({ filters: parseSearchParams(url, projectFiltersSchema), page: pageFromUrl(url) });
  const urls = siteUrls(request);
  return apiList(request, page, (p) => serializeProjectCard(p, urls));
}
