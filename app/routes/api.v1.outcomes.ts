import { listApiOutcomes, serializeOutcome } from "~/models/api/outcomes.server";
import { apiList, apiLoader, parseApiQuery, siteUrls } from "~/utils/api.server";
import { outcomeFiltersSchema } from "~/validation/browse";

export const loader = apiLoader(async ({ request }) => {
  const { filters, page } = parseApiQuery(new URL(request.url), outcomeFiltersSchema);
  const found = await listApiOutcomes({ filters, page });
  const urls = siteUrls(request);
  return apiList(request, found, (o) => serializeOutcome(o, urls));
});
