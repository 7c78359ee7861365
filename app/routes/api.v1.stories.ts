import type { LoaderFunctionArgs } from "@remix-run/node";
import { serializeStory } from "~/models/api/stories.server";
import { listSuccessStories } from "~/models/impact.server";
import { apiList, siteUrls } from "~/utils/api.server";
import { pageFromUrl } from "~/utils/pagination";

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await listSuccessStories({ page: pageFromUrl(new URL(request.url)), pageSize: 20 });
  const urls = siteUrls(request);
  return apiList(request, page, (s) => serializeStory(s, urls));
}
