import type { LoaderFunctionArgs } from "@remix-run/node";
import { serializeProblemListItem } from "~/models/api/problems.server";
import { listProblems } from "~/models/problem-search.server";
import { apiList, siteUrls } from "~/utils/api.server";
import { pageFromUrl } from "~/utils/pagination";
import { parseProblemListQuery } from "~/validation/problems";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = await listProblems({ ...parseProblemListQuery(url), page: pageFromUrl(url) });
  const urls = siteUrls(request);
  return apiList(request, page, (p) => serializeProblemListItem(p, urls));
}
