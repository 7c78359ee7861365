import { getApiStory, serializeStory } from "~/models/api/outcomes.server";
import { apiError, apiJson, apiLoader, requireApiId, siteUrls } from "~/utils/api.server";

export const loader = apiLoader(async ({ request, params }) => {
  const id = requireApiId(params.id, "story");
  const story = await getApiStory(id);
  if (!story) return apiError(404, "No published story has that id.");
  // Every field comes from the story's outcome, pilot and project rows: the newest of their changes.
  return apiJson(
    request,
    { data: serializeStory(story, siteUrls(request)) },
    {
      lastModified: new Date(story.modifiedAt * 1000),
    },
  );
});
