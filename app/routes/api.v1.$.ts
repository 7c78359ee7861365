import { apiError } from "~/utils/api.server";

// Unknown API paths answer in JSON, not with the site's HTML 404 page.
export function loader() {
  return apiError(404, "There is no such API endpoint. See /api/v1 for the list.");
}
