/**
 * What search engines and shared links read: the sitemap's public records, in keyset batches by
 * id (each part of a large sitemap is an id range, so no part's query grows with the table), and
 * the picture and revision time of a success story's share card. Public means what a visitor can
 * open: listed problems (not hidden, not merged away), submitted projects, published stories of
 * submitted projects, and hack days that are not drafts. Decision record 0061.
 */
import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { outcomes, projects } from "../../db/schema";
import { SITEMAP_LIMIT, SITEMAP_PAGES, type SitemapEntry } from "../domain/sitemap";
import { keysetBatches } from "../utils/batches";
import { hackDayPath, problemPath, projectPath, screenshotPath, storyPath } from "../utils/paths";
import { getDb } from "./core.server";
import { greatest, integerParam, rawRows } from "./dialect.server";
import { isPublicProject } from "./projects.server";

/** The kinds of record a sitemap lists, in the order it lists them. */
export const sitemapKinds = ["pages", "hack-days", "problems", "projects", "stories"] as const;
export type SitemapKind = (typeof sitemapKinds)[number];

/** One part of a sitemap: one kind of record, ids in (afterId, uptoId]. */
export type SitemapPart = { kind: SitemapKind; afterId: number; uptoId: number };

/**
 * One kind of public record, as SQL: `id` names its id column, `from` its tables, `where` what makes
 * a row public, `label` the title or name its address is made from, `lastmod` its last change
 * (integer seconds). Every query below is built from these, so the sitemap's parts, its counts
 * and its rows agree on what is public.
 */
type Source = { id: SQL; from: SQL; where: SQL; label: SQL; lastmod: SQL; path: (id: number, label: string) => string };

// Listed problems: not hidden, not merged away. Raw SQL like VISIBLE in problem-search.server.ts,
// so SQLite can walk the partial and covering indexes over listed problems.
const problemSource: Source = {
  id: sql.raw("p.id"),
  from: sql.raw("problems p"),
  where: sql.raw("p.hidden_at IS NULL AND p.status <> 'duplicate'"),
  label: sql.raw("p.title"),
  lastmod: greatest(sql.raw("p.updated_at"), sql.raw("p.last_activity_at")),
  path: (id, title) => problemPath({ id, title }),
};

const projectSource: Source = {
  id: sql.raw("projects.id"),
  from: sql.raw("projects"),
  where: isPublicProject,
  label: sql.raw("projects.name"),
  lastmod: greatest(sql.raw("projects.updated_at"), sql.raw("projects.last_activity_at")),
  path: (id, name) => projectPath({ id, name }),
};

// Exactly the stories getStory (outcomes.server.ts) shows: published, of a public project.
const storySource: Source = {
  id: sql.raw("outcomes.id"),
  from: sql.raw("outcomes JOIN projects ON projects.id = outcomes.project_id"),
  where: sql`outcomes.published_at IS NOT NULL AND outcomes.story_title IS NOT NULL AND ${isPublicProject}`,
  label: sql.raw("outcomes.story_title"),
  lastmod: sql.raw("outcomes.updated_at"),
  path: (id, title) => storyPath({ id, title }),
};

const hackDaySource: Source = {
  id: sql.raw("hack_days.id"),
  from: sql.raw("hack_days"),
  where: sql.raw("hack_days.status <> 'draft'"),
  label: sql.raw("hack_days.name"),
  lastmod: sql.raw("hack_days.updated_at"),
  path: (id, name) => hackDayPath({ id, name }),
};

const sources: Record<Exclude<SitemapKind, "pages">, Source> = {
  "hack-days": hackDaySource,
  problems: problemSource,
  projects: projectSource,
  stories: storySource,
};

/** Public rows with ids in (after, upto], by id: at most `limit` of them. */
async function readSource(source: Source, after: number, upto: number, limit: number) {
  const rows = await rawRows<{ id: number; label: string; lastmod: number }>(
    getDb(),
    sql`
    SELECT ${source.id} AS "id", ${source.label} AS "label", ${source.lastmod} AS "lastmod"
    FROM ${source.from}
    WHERE ${source.where} AND ${source.id} > ${integerParam(after)} AND ${source.id} <= ${integerParam(upto)}
    ORDER BY ${source.id} LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, path: source.path(r.id, r.label), lastmod: new Date(r.lastmod * 1000) }));
}

/** One number from a source's public rows, e.g. `count(*)` or `max(id)`. */
async function aggregate(source: Source, expression: SQL): Promise<number> {
  const [row] = await rawRows<{ n: number | null }>(
    getDb(),
    sql`SELECT ${expression} AS "n" FROM ${source.from} WHERE ${source.where}`,
  );
  return Number(row?.n ?? 0);
}

/** How many addresses the whole sitemap holds: it fits in one file up to SITEMAP_LIMIT. */
export async function countSitemapUrls(): Promise<number> {
  const counts = await Promise.all(Object.values(sources).map((source) => aggregate(source, sql`count(*)`)));
  return SITEMAP_PAGES.length + counts.reduce((a, b) => a + b, 0);
}

/**
 * The parts of a sitemap index, in order: the site's own pages, then each kind of record in id
 * ranges of `partSize` ids (so each part holds at most `partSize` addresses), leaving out ranges
 * with no public record. A few cheap index probes per 50,000 ids.
 */
export async function listSitemapParts(partSize = SITEMAP_LIMIT): Promise<SitemapPart[]> {
  const parts: SitemapPart[] = [{ kind: "pages", afterId: 0, uptoId: 0 }];
  for (const kind of sitemapKinds) {
    if (kind === "pages") continue;
    const source = sources[kind];
    const top = await aggregate(source, sql`max(${source.id})`);
    for (let after = 0; after < top; after += partSize)
      if ((await readSource(source, after, after + partSize, 1)).length > 0)
        parts.push({ kind, afterId: after, uptoId: after + partSize });
  }
  return parts;
}

/** The whole sitemap as parts: every kind, every id. */
export const wholeSitemap: SitemapPart[] = sitemapKinds.map((kind) => ({
  kind,
  afterId: 0,
  uptoId: Number.MAX_SAFE_INTEGER,
}));

/** The addresses of some parts of the sitemap, with their last change, read a batch at a time. */
export async function* sitemapEntries(parts: readonly SitemapPart[]): AsyncGenerator<SitemapEntry> {
  for (const part of parts) {
    if (part.kind === "pages") {
      for (const path of SITEMAP_PAGES) yield { path, lastmod: null };
      continue;
    }
    const source = sources[part.kind];
    const batches = keysetBatches(
      (after: number | null, limit) => readSource(source, after ?? part.afterId, part.uptoId, limit),
      (row) => row.id,
    );
    for await (const batch of batches) for (const { path, lastmod } of batch) yield { path, lastmod };
  }
}

/**
 * What a success story's share card needs besides the story: when it was last revised and the
 * project's first screenshot, if it has one. Null for a story that is not public.
 */
export async function getStoryShare(storyId: number) {
  const [row] = await getDb()
    .select({
      updatedAt: outcomes.updatedAt,
      screenshot: sql<
        string | null
      >`(SELECT s.file_name FROM project_screenshots s WHERE s.project_id = ${projects.id} ORDER BY s.position, s.id LIMIT 1)`,
      screenshotAlt: sql<
        string | null
      >`(SELECT s.alt FROM project_screenshots s WHERE s.project_id = ${projects.id} ORDER BY s.position, s.id LIMIT 1)`,
    })
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .where(and(eq(outcomes.id, storyId), isNotNull(outcomes.publishedAt), isPublicProject));
  if (!row) return null;
  return {
    updatedAt: row.updatedAt,
    image: row.screenshot ? { path: screenshotPath(row.screenshot), alt: row.screenshotAlt ?? "" } : null,
  };
}
