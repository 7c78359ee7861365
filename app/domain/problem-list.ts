/**
 * How a problem list may be ordered, with each order's label. Here, not beside the list's zod
 * schema, so the filters component does not bring zod into the browser.
 */
export const problemSorts = {
  relevance: "Best match",
  newest: "Newest",
  endorsed: "Most endorsed",
  organisations: "Most organisations",
  active: "Recently active",
} as const;
export type ProblemSort = keyof typeof problemSorts;
