import { serializeProblemListItem } from "~/models/api/problems.server";
import { listProblems } from "~/models/problem-search.server";
import { apiList, apiLoader, parseApiQuery, siteUrls } from "~/utils/api.server";
import { problemListSchema } from "~/validation/problems";

export const loader = apiLoader(async ({ request }) => {
  const { filters, page } = parseApiQuery(new URL(request.url), problemListSchema);
  const found = await listProblems({ ...filters, page });
  const urls = siteUrls(request);
  return apiList(request, found, (p) => serializeProblemListItem(p, urls));
});
