import type { LoaderFunctionArgs } from "@remix-run/node";
import { listApiHackDays, serializeHackDay } from "~/models/api/hack-days.server";
import { apiList, siteUrls } from "~/utils/api.server";
import { pageFromUrl } from "~/utils/pagination";

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await listApiHackDays({ page: pageFromUrl(new URL(request.url)) });
  const urls = siteUrls(request);
  return apiList(request, page, (h) => serializeHackDay(h, urls));
}
