import type { PipelineFilters } from "~/validation/browse";

// The addresses the pipeline page links to, built in one place from its filters. They belong in
// app/utils/paths.ts beside the others (pipelinePath, projectsPath); until that file takes them
// they live here, so the page, the board and the list agree.

/** A /pipeline address with these filters and view; the board view is the default and left out. */
export function pipelineHref(filters: PipelineFilters): string {
  const params = new URLSearchParams();
  if (filters.stage) params.set("stage", filters.stage);
  if (filters.careSetting) params.set("careSetting", filters.careSetting);
  if (filters.specialty) params.set("specialty", filters.specialty);
  if (filters.hackDay) params.set("hackDay", String(filters.hackDay));
  if (filters.readyForFunding) params.set("readyForFunding", "1");
  if (filters.stalled) params.set("stalled", "1");
  if (filters.view && filters.view !== "board") params.set("view", filters.view);
  const query = params.toString();
  return query ? `/pipeline?${query}` : "/pipeline";
}

/**
 * The projects gallery with the pipeline's care setting, specialty and hack day carried over, plus
 * the stage or state a "see all" link is for. The gallery has no stalled or ready-for-funding
 * filter: from a stalled column it shows every active project at that stage (as in decision 0047),
 * and the ready-for-funding column offers no "see all" at all (decision 0048).
 */
export function galleryHref(filters: PipelineFilters, extra: { stage?: string; state?: string }): string {
  const params = new URLSearchParams();
  if (extra.stage) params.set("stage", extra.stage);
  if (extra.state) params.set("state", extra.state);
  if (filters.careSetting) params.set("careSetting", filters.careSetting);
  if (filters.specialty) params.set("specialty", filters.specialty);
  if (filters.hackDay) params.set("hackDay", String(filters.hackDay));
  return `/projects?${params.toString()}`;
}
