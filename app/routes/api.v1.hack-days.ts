import { listApiHackDays, serializeHackDay } from "~/models/api/hack-days.server";
import { apiList, apiLoader, parseApiQuery, siteUrls } from "~/utils/api.server";
import { hackDayFiltersSchema } from "~/validation/browse";

export const loader = apiLoader(async ({ request }) => {
  const { filters, page } = parseApiQuery(new URL(request.url), hackDayFiltersSchema);
  const found = await listApiHackDays({ filters, page });
  const urls = siteUrls(request);
  return apiList(request, found, (h) => serializeHackDay(h, urls));
});
