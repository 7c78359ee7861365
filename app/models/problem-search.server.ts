/**
 * Lists of problems: /problems (full-text search, filters, sorts, pages), the newest for the home
 * page, and the feed.
 */
import { sql, type SQL } from "drizzle-orm";
import { HIGHLIGHT_START } from "../domain/fts";
import type { CareSetting, ProblemStatus, Specialty } from "../domain/taxonomy";
import { excerpt } from "../domain/text";
import type { ProblemSort } from "../domain/problem-list";
import { PAGE_SIZE, pageWindow, toPage, type Page } from "../utils/pagination";
import { getDb, readUntilNextWrite } from "./core.server";
import { problemSearch, rawRow, rawRows, searchQuery } from "./dialect.server";
import { toDate } from "./problem-common.server";
import { getTagBySlug, listPopularTags, tagsForProblems, type TagRef } from "./tags.server";

// Listed problems: not hidden and not merged away. The same text is the WHERE of the partial
// indexes in db/schema.ts: SQLite only uses a partial index when the query repeats its terms
// literally (a bound parameter would not match), so this fragment is raw SQL on purpose.
const VISIBLE = sql.raw(`p.hidden_at IS NULL AND p.status <> 'duplicate'`);
const VISIBLE_DUPLICATES = sql.raw(`p.hidden_at IS NULL AND p.status = 'duplicate'`);

export type ProblemListFilters = {
  q?: string;
  careSetting?: CareSetting;
  specialty?: Specialty;
  status?: ProblemStatus;
  /** A tag slug. */
  tag?: string;
  hasProjects?: boolean;
  sort?: ProblemSort;
  page?: number;
  pageSize?: number;
};

export type ProblemListItem = {
  id: number;
  title: string;
  excerpt: string;
  careSetting: CareSetting;
  specialty: Specialty;
  status: ProblemStatus;
  endorsementCount: number;
  organisationCount: number;
  commentCount: number;
  projectCount: number;
  createdAt: Date;
  lastActivityAt: Date;
  authorName: string;
  tags: TagRef[];
  /** With a search: the title with matches marked (HIGHLIGHT_START/END), and the best snippet. */
  titleHighlight: string | null;
  snippet: string | null;
};

type ListRow = Omit<ProblemListItem, "excerpt" | "tags" | "createdAt" | "lastActivityAt"> & {
  summary: string;
  createdAt: number;
  lastActivityAt: number;
};

const ORDER: Record<Exclude<ProblemSort, "relevance">, SQL> = {
  newest: sql.raw("p.created_at DESC, p.id DESC"),
  endorsed: sql.raw("p.endorsement_count DESC, p.created_at DESC, p.id DESC"),
  organisations: sql.raw("p.organisation_count DESC, p.created_at DESC, p.id DESC"),
  active: sql.raw("p.last_activity_at DESC, p.id DESC"),
};

/** The sort a list uses: relevance needs a search, newest otherwise. */
export function effectiveSort(filters: Pick<ProblemListFilters, "q" | "sort">): ProblemSort {
  const searching = Boolean(filters.q && searchQuery(filters.q));
  if (filters.sort && (filters.sort !== "relevance" || searching)) return filters.sort;
  return searching ? "relevance" : "newest";
}

/** The FROM and WHERE of a list query, shared by the page of ids and the total. */
function listQueryParts(filters: ProblemListFilters) {
  const match = filters.q ? searchQuery(filters.q) : null;
  const where: SQL[] = [];
  if (match) where.push(problemSearch.matches(match));
  if (filters.status === "duplicate") where.push(VISIBLE_DUPLICATES);
  else {
    where.push(VISIBLE);
    if (filters.status) where.push(sql`p.status = ${filters.status}`);
  }
  if (filters.careSetting) where.push(sql`p.care_setting = ${filters.careSetting}`);
  if (filters.specialty) where.push(sql`p.specialty = ${filters.specialty}`);
  if (filters.hasProjects) where.push(sql.raw("p.project_count > 0"));
  if (filters.tag)
    where.push(
      sql`p.id IN (SELECT pt.problem_id FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.slug = ${filters.tag})`,
    );
  // Without a search the partial indexes over listed problems answer on their own.
  const from = match ? problemSearch.from : sql.raw("problems p");
  return { match, from, where: sql.join(where, sql` AND `) };
}

/**
 * The statements behind a list page: the page of ids (from indexes), the total, and the
 * details of those ids (rows, author, and with a search the highlighted title and snippet).
 * Exported so the performance test can EXPLAIN exactly what the page runs.
 */
export function problemListQueries(filters: ProblemListFilters = {}) {
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const pageSize = filters.pageSize ?? PAGE_SIZE;
  const { match, from, where } = listQueryParts(filters);
  const sort = effectiveSort(filters);
  const { limit, offset } = pageWindow(page, pageSize);
  const order =
    sort === "relevance" && match
      ? sql`${problemSearch.rank(match)}, p.id DESC`
      : ORDER[sort === "relevance" ? "newest" : sort];
  const ids = sql`SELECT p.id AS "id" FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  const count = sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`;
  // What the count depends on (not the page or the sort): it is kept until the next write.
  const { careSetting, specialty, status, tag, hasProjects } = filters;
  const countKey = `problem-count:${JSON.stringify([match ?? null, careSetting, specialty, status, tag, hasProjects])}`;
  const details = (pageIds: number[]) => {
    const list = sql.join(
      pageIds.map((id) => sql`${id}`),
      sql`, `,
    );
    const columns = sql.raw(`p.id AS "id", p.title AS "title", p.summary AS "summary", p.care_setting AS "careSetting",
      p.specialty AS "specialty", p.status AS "status", p.endorsement_count AS "endorsementCount",
      p.organisation_count AS "organisationCount", p.comment_count AS "commentCount",
      p.project_count AS "projectCount", p.created_at AS "createdAt", p.last_activity_at AS "lastActivityAt",
      u.name AS "authorName"`);
    if (!match)
      return sql`SELECT ${columns}, NULL AS "titleHighlight", NULL AS "snippet"
          FROM problems p JOIN users u ON u.id = p.author_id WHERE p.id IN (${list})`;
    const found = problemSearch.highlights(match, list);
    return sql`SELECT ${columns}, ${found.columns}
          FROM ${found.from} JOIN users u ON u.id = p.author_id WHERE ${found.where}`;
  };
  return { ids, count, countKey, details, page, pageSize, sort, searched: Boolean(match) };
}

/**
 * One page of problems for /problems: full-text search (bm25, title weighted highest, with
 * highlighted snippets), filters, sorts with a stable id tie-break. Hidden problems and merged
 * duplicates are left out (duplicates appear only when asked for by status). Any input is safe:
 * the search text goes through `toFtsQuery` and every value is a bound parameter.
 */
export async function listProblems(
  filters: ProblemListFilters = {},
): Promise<Page<ProblemListItem> & { sort: ProblemSort; searched: boolean }> {
  const db = getDb();
  const query = problemListQueries(filters);
  const ids = (await rawRows<{ id: number }>(db, query.ids)).map((r) => r.id);
  const total = await readUntilNextWrite(
    query.countKey,
    async () => (await rawRow<{ n: number }>(db, query.count))?.n ?? 0,
  );
  const rows = ids.length ? await rawRows<ListRow>(db, query.details(ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tagMap = await tagsForProblems(ids);

  const items = ids
    .map((id) => byId.get(id))
    .filter((row): row is ListRow => row !== undefined)
    .map(({ summary, createdAt, lastActivityAt, ...row }) => ({
      ...row,
      excerpt: excerpt(summary, 240),
      createdAt: toDate(createdAt)!,
      lastActivityAt: toDate(lastActivityAt)!,
      tags: tagMap.get(row.id) ?? [],
      snippet: row.snippet && row.snippet.includes(HIGHLIGHT_START) ? row.snippet : null,
    }));
  return { ...toPage(items, total, query.page, query.pageSize), sort: query.sort, searched: query.searched };
}

/** What /problems shows: the page of problems and the tags to filter by (the chosen one included). */
export async function listProblemIndex(filters: ProblemListFilters) {
  const problems = await listProblems(filters);
  let tags = await listPopularTags(40);
  if (filters.tag && !tags.some((t) => t.slug === filters.tag)) {
    const current = await getTagBySlug(filters.tag);
    if (current) tags = [...tags, current].sort((a, b) => a.name.localeCompare(b.name));
  }
  return { problems, tags };
}

/** The newest visible problems (home page, feed). */
export async function listNewestProblems(limit = 5) {
  return (await listProblems({ sort: "newest", pageSize: limit })).items;
}

/** The 50 newest visible problems with what a feed entry needs. */
export async function listProblemsForFeed(limit = 50) {
  return await rawRows<{
    id: number;
    title: string;
    summary: string;
    careSetting: CareSetting;
    specialty: Specialty;
    status: ProblemStatus;
    authorName: string;
    createdAt: number;
    updatedAt: number;
  }>(
    getDb(),
    sql`
    SELECT p.id AS "id", p.title AS "title", p.summary AS "summary", p.care_setting AS "careSetting",
      p.specialty AS "specialty", p.status AS "status", u.name AS "authorName",
      p.created_at AS "createdAt", p.updated_at AS "updatedAt"
    FROM problems p JOIN users u ON u.id = p.author_id
    WHERE ${VISIBLE}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${limit}`,
  );
}
