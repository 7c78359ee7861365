import { apiError, apiLoader } from "~/utils/api.server";

// Unknown API paths answer in JSON, not with the site's HTML 404 page.
export const loader = apiLoader(async () =>
  apiError(404, "There is no such API endpoint. See /api/v1 for the list, and /api/v1/openapi.json."),
);
