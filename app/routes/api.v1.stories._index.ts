import { listApiStories, serializeStory } from "~/models/api/outcomes.server";
import { apiList, apiLoader, parseApiQuery, siteUrls } from "~/utils/api.server";
import { storyFiltersSchema } from "~/validation/browse";

export const loader = apiLoader(async ({ request }) => {
  const { filters, page } = parseApiQuery(new URL(request.url), storyFiltersSchema);
  const found = await listApiStories({ filters, page });
  const urls = siteUrls(request);
  return apiList(request, found, (s) => serializeStory(s, urls));
});
