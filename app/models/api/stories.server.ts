import type { UrlFor } from "../../utils/api.server";
import { apiProjectPath, projectPath } from "../../utils/paths";
import type { SuccessStory } from "../impact.server";

/** A published success story in the public API. Fields picked by name. */
export function serializeStory(s: SuccessStory, url: UrlFor) {
  return {
    id: s.id,
    title: s.title,
    body: s.body,
    metric: s.metric,
    baseline: s.baseline,
    result: s.result,
    unit: s.unit,
    source: s.source,
    measuredOn: s.measuredOn,
    publishedAt: s.publishedAt.toISOString(),
    project: {
      id: s.projectId,
      name: s.projectName,
      stage: s.projectStage,
      url: url(projectPath({ id: s.projectId, name: s.projectName })),
      apiUrl: url(apiProjectPath(s.projectId)),
    },
  };
}
