import { and, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { outcomes, pilots, projects } from "../../../db/schema";
import { addMonths, resolvePeriod } from "../../domain/impact";
import type { Stage } from "../../domain/stages";
import type { UrlFor } from "../../utils/api.server";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../../utils/pagination";
import { apiProjectPath, apiStoryPath, projectPath, storyPath } from "../../utils/paths";
import type { OutcomeFilters, StoryFilters } from "../../validation/browse";
import { getDb } from "../core.server";
import { greatest } from "../dialect.server";
import { isPublicProject } from "../projects.server";

/**
 * Measured outcomes and success stories for the public API: only those of public (submitted)
 * projects, which their project's page shows to anyone. A story's words leave only once it is
 * published, and an outcome's pilot only with its story (as /stories/:id shows it). Fields are
 * picked by name in the serializers below.
 */

const columns = {
  id: outcomes.id,
  metric: outcomes.metric,
  baseline: outcomes.baseline,
  result: outcomes.result,
  unit: outcomes.unit,
  source: outcomes.source,
  measuredOn: outcomes.measuredOn,
  // A withdrawn story keeps its words for the organiser: they are not public.
  storyTitle: sql<string | null>`CASE WHEN ${outcomes.publishedAt} IS NOT NULL THEN ${outcomes.storyTitle} END`,
  storyBody: sql<string | null>`CASE WHEN ${outcomes.publishedAt} IS NOT NULL THEN ${outcomes.storyBody} END`,
  publishedAt: outcomes.publishedAt,
  pilotOrganisation: pilots.organisation,
  pilotSite: pilots.site,
  projectId: projects.id,
  projectName: projects.name,
  projectTagline: projects.tagline,
  projectStage: projects.stage,
  /** The newest change to any row the answer is made from (seconds): a story's Last-Modified. */
  modifiedAt: greatest(outcomes.updatedAt, projects.updatedAt, sql`coalesce(${pilots.updatedAt}, 0)`).mapWith(Number),
};

export type ApiOutcome = {
  id: number;
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  source: string;
  measuredOn: string;
  storyTitle: string | null;
  storyBody: string | null;
  publishedAt: Date | null;
  pilotOrganisation: string | null;
  pilotSite: string | null;
  projectId: number;
  projectName: string;
  projectTagline: string;
  projectStage: Stage;
  modifiedAt: number;
};
/** A published outcome: the schema's CHECK guarantees its story has a title and a body. */
export type ApiStory = ApiOutcome & { storyTitle: string; storyBody: string; publishedAt: Date };

const isStory = (o: ApiOutcome): o is ApiStory =>
  o.publishedAt !== null && o.storyTitle !== null && o.storyBody !== null;

/**
 * Outcomes of public projects matching the facets; the period (as /impact resolves it) applies to
 * a story's publication, or to an outcome's measurement when outcomes are listed.
 */
function outcomeWhere(filters: StoryFilters, { storiesOnly, now }: { storiesOnly: boolean; now: Date }) {
  const period = resolvePeriod(filters, now);
  return and(
    isPublicProject,
    storiesOnly ? isNotNull(outcomes.publishedAt) : undefined,
    filters.careSetting ? eq(projects.careSetting, filters.careSetting) : undefined,
    filters.specialty ? eq(projects.specialty, filters.specialty) : undefined,
    filters.hackDay ? eq(projects.hackDayId, filters.hackDay) : undefined,
    filters.project ? eq(projects.id, filters.project) : undefined,
    storiesOnly && period.start ? gte(outcomes.publishedAt, period.start) : undefined,
    storiesOnly && period.end ? lt(outcomes.publishedAt, period.end) : undefined,
    !storiesOnly && period.from ? gte(outcomes.measuredOn, `${period.from}-01`) : undefined,
    !storiesOnly && period.to ? lt(outcomes.measuredOn, `${addMonths(period.to, 1)}-01`) : undefined,
  );
}

async function listPage(where: SQL | undefined, order: SQL[], page: number, pageSize: number) {
  const db = getDb();
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select(columns)
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .leftJoin(pilots, eq(pilots.id, outcomes.pilotId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .where(where);
  return toPage<ApiOutcome>(rows, total?.n ?? 0, page, pageSize);
}

/** Outcomes of public projects, most recently measured first. */
export async function listApiOutcomes({
  filters,
  page,
  pageSize = PAGE_SIZE,
  now = new Date(),
}: {
  filters: OutcomeFilters;
  page: number;
  pageSize?: number;
  now?: Date;
}): Promise<Page<ApiOutcome>> {
  const where = and(
    outcomeWhere(filters, { storiesOnly: false, now }),
    filters.hasStory ? isNotNull(outcomes.publishedAt) : undefined,
  );
  return listPage(where, [desc(outcomes.measuredOn), desc(outcomes.id)], page, pageSize);
}

/** Published success stories of public projects, newest first (as /impact lists them). */
export async function listApiStories({
  filters,
  page,
  pageSize = PAGE_SIZE,
  now = new Date(),
}: {
  filters: StoryFilters;
  page: number;
  pageSize?: number;
  now?: Date;
}): Promise<Page<ApiStory>> {
  const where = outcomeWhere(filters, { storiesOnly: true, now });
  const found = await listPage(where, [desc(outcomes.publishedAt), desc(outcomes.id)], page, pageSize);
  return { ...found, items: found.items.filter(isStory) };
}

/** One published story of a public project, or null (unknown, withdrawn, or not public). */
export async function getApiStory(id: number): Promise<ApiStory | null> {
  const [row] = await getDb()
    .select(columns)
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .leftJoin(pilots, eq(pilots.id, outcomes.pilotId))
    .where(and(eq(outcomes.id, id), outcomeWhere({}, { storiesOnly: true, now: new Date() })));
  return row && isStory(row) ? row : null;
}

const projectRef = (o: ApiOutcome, url: UrlFor) => ({
  id: o.projectId,
  name: o.projectName,
  tagline: o.projectTagline,
  stage: o.projectStage,
  url: url(projectPath({ id: o.projectId, name: o.projectName })),
  apiUrl: url(apiProjectPath(o.projectId)),
});

/** An outcome in the API: the measure, its project and, once published, its story's address. */
export function serializeOutcome(o: ApiOutcome, url: UrlFor) {
  const story =
    o.publishedAt && o.storyTitle
      ? {
          id: o.id,
          title: o.storyTitle,
          publishedAt: o.publishedAt.toISOString(),
          url: url(storyPath({ id: o.id, title: o.storyTitle })),
          apiUrl: url(apiStoryPath(o.id)),
        }
      : null;
  return {
    id: o.id,
    metric: o.metric,
    baseline: o.baseline,
    result: o.result,
    unit: o.unit,
    source: o.source,
    measuredOn: o.measuredOn,
    story,
    project: projectRef(o, url),
  };
}

/** A published success story in the API, as its page tells it. */
export function serializeStory(o: ApiStory, url: UrlFor) {
  return {
    id: o.id,
    title: o.storyTitle,
    body: o.storyBody,
    metric: o.metric,
    baseline: o.baseline,
    result: o.result,
    unit: o.unit,
    source: o.source,
    measuredOn: o.measuredOn,
    publishedAt: o.publishedAt.toISOString(),
    pilot: o.pilotOrganisation === null ? null : { organisation: o.pilotOrganisation, site: o.pilotSite ?? "" },
    project: projectRef(o, url),
    url: url(storyPath({ id: o.id, title: o.storyTitle })),
    apiUrl: url(apiStoryPath(o.id)),
  };
}
