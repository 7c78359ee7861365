import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, siteUrls } from "~/utils/api.server";

/** The API's front door: what there is and how to page through it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = siteUrls(request);
  return apiJson({
    name: "Hackpath public API",
    version: 1,
    description:
      "Read-only JSON of Hackpath's public data. No account needed; any origin may read it. Private data (emails, funding interest, mentorship notes, unpublished scores) is never included.",
    pagination:
      "Lists return { data, meta: { page, pageSize, total, pageCount }, links: { self, next, prev } }. Ask for a page with ?page=N (20 items a page).",
    errors: "Errors return { error: { status, message } } with the HTTP status (404 for an unknown id).",
    endpoints: [
      {
        path: url("/api/v1/problems"),
        description: "Problems clinicians posted, newest first.",
        parameters: ["page", "q", "careSetting", "specialty", "status", "tag", "hasProjects", "sort"],
      },
      {
        path: url("/api/v1/problems/{id}"),
        description:
          "One problem's canvas, demand signal and public projects. A merged duplicate redirects to the problem it was merged into.",
      },
      {
        path: url("/api/v1/projects"),
        description: "Submitted projects, newest first.",
        parameters: ["page", "q", "stage", "state", "careSetting", "specialty", "hackDay", "problem"],
      },
      {
        path: url("/api/v1/projects/{id}"),
        description:
          "One project: team, stage, gate items, timeline, mentors, pilots, outcomes, published data-use statement, awards.",
      },
      { path: url("/api/v1/hack-days"), description: "Announced hack days, latest first.", parameters: ["page"] },
      { path: url("/api/v1/stories"), description: "Published success stories, newest first.", parameters: ["page"] },
    ],
  });
}
