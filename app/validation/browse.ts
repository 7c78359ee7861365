import { z } from "zod";
import { coercedRecordId } from "./record-id";
import { publicHackDaySections } from "../domain/hack-day-status";
import { stageKeys } from "../domain/stages";
import { careSettings, expertiseAreas, funderKinds, projectStates, specialties } from "../domain/taxonomy";
import { impactFiltersSchema } from "./impact";

/**
 * Query-string filters for the browse pages (projects gallery, pipeline board, mentor and funder
 * directories, public API). A filter that does not parse is dropped rather than refused: an old
 * or hand-edited link still shows a page, just without that filter. The API parses the same
 * schemas without that leniency (parseApiQuery in app/utils/api.server.ts): a bad value is a 400.
 */

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);
const flag = optional(z.enum(["1", "true", "on", "yes"]).transform(() => true as const));
const text = optional(
  z
    .string()
    .trim()
    .max(200)
    .transform((s) => s || undefined),
);
const positiveId = optional(coercedRecordId());

/** `?stage=&state=&careSetting=&specialty=&hackDay=&problem=&q=` on /projects and /api/v1/projects. */
export const projectFiltersSchema = z.object({
  q: text,
  stage: optional(z.enum(stageKeys)),
  state: optional(z.enum(projectStates.values)),
  careSetting: optional(z.enum(careSettings.values)),
  specialty: optional(z.enum(specialties.values)),
  hackDay: positiveId,
  /** Projects on one problem. */
  problem: positiveId,
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

/** `?section=live|upcoming|past`, as /hack-days reads it, on /api/v1/hack-days. */
export const hackDayFiltersSchema = z.object({
  section: optional(z.enum(publicHackDaySections)),
});
export type HackDayFilters = z.infer<typeof hackDayFiltersSchema>;

/**
 * `?careSetting=&specialty=&hackDay=&period=&from=&to=` (as on /impact) and `project=` on
 * /api/v1/stories, plus `hasStory=1` on /api/v1/outcomes. The facets are the project's.
 */
export const storyFiltersSchema = impactFiltersSchema.extend({
  /** Stories or outcomes of one project. */
  project: positiveId,
});
export type StoryFilters = z.infer<typeof storyFiltersSchema>;

export const outcomeFiltersSchema = storyFiltersSchema.extend({
  /** Only outcomes published as success stories. */
  hasStory: flag,
});
export type OutcomeFilters = z.infer<typeof outcomeFiltersSchema>;

/** The two ways /pipeline shows its projects: columns, or a stacked list grouped by stage. */
export const pipelineViews = ["board", "list"] as const;

/**
 * `?stage=&careSetting=&specialty=&hackDay=&readyForFunding=1&stalled=1&view=list` on /pipeline
 * (stalled is honoured for organisers only; decision 0048 defines ready for funding).
 */
export const pipelineFiltersSchema = z.object({
  stage: optional(z.enum(stageKeys)),
  careSetting: optional(z.enum(careSettings.values)),
  specialty: optional(z.enum(specialties.values)),
  hackDay: positiveId,
  readyForFunding: flag,
  stalled: flag,
  view: optional(z.enum(pipelineViews)),
});
export type PipelineFilters = z.infer<typeof pipelineFiltersSchema>;

/** `?area=&accepting=1&capacity=1` on /mentors. */
export const mentorFiltersSchema = z.object({
  area: optional(z.enum(expertiseAreas.values)),
  accepting: flag,
  capacity: flag,
});
export type MentorFilters = z.infer<typeof mentorFiltersSchema>;

/** `?kind=&stage=&careSetting=&specialty=&pilotSite=1` on /funders. */
export const funderFiltersSchema = z.object({
  kind: optional(z.enum(funderKinds.values)),
  stage: optional(z.enum(stageKeys)),
  careSetting: optional(z.enum(careSettings.values)),
  specialty: optional(z.enum(specialties.values)),
  pilotSite: flag,
});
export type FunderFilters = z.infer<typeof funderFiltersSchema>;

/** Parses a URL's query string with one of the schemas above; never throws. */
export function parseSearchParams<S extends z.ZodObject<z.ZodRawShape>>(url: URL, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = url.searchParams.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : ({} as z.infer<S>);
}
