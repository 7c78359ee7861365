import { and, eq, inArray, sql } from "drizzle-orm";
import { problemTags, tags } from "../../db/schema";
import { getDb, inTransaction, readUntilNextWrite } from "./core.server";
import { rawRows } from "./dialect.server";
import { slugify } from "../utils/slug";

export type TagRef = { name: string; slug: string };

/** The ids of tags with these names, creating any that do not exist yet (matched by slug). */
export async function upsertTags(names: readonly string[]): Promise<number[]> {
  return inTransaction(async (tx) => {
    const ids: number[] = [];
    for (const name of names) {
      const slug = slugify(name);
      if (!slug) continue;
      await tx.insert(tags).values({ name, slug }).onConflictDoNothing({ target: tags.slug });
      const [row] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).limit(1);
      if (row && !ids.includes(row.id)) ids.push(row.id);
    }
    return ids;
  });
}

/** Replaces a problem's tags with these names (inside the caller's transaction when there is one). */
export async function setProblemTags(problemId: number, names: readonly string[]): Promise<void> {
  await inTransaction(async (tx) => {
    const wanted = await upsertTags(names);
    const current = await tx
      .select({ tagId: problemTags.tagId })
      .from(problemTags)
      .where(eq(problemTags.problemId, problemId));
    const currentIds = current.map((r) => r.tagId);
    const remove = currentIds.filter((id) => !wanted.includes(id));
    const add = wanted.filter((id) => !currentIds.includes(id));
    if (remove.length)
      await tx.delete(problemTags).where(and(eq(problemTags.problemId, problemId), inArray(problemTags.tagId, remove)));
    if (add.length) await tx.insert(problemTags).values(add.map((tagId) => ({ problemId, tagId })));
  });
}

/** The tags of several problems at once, keyed by problem id (one query, no N+1). */
export async function tagsForProblems(problemIds: readonly number[]): Promise<Map<number, TagRef[]>> {
  const map = new Map<number, TagRef[]>();
  if (problemIds.length === 0) return map;
  const rows = await getDb()
    .select({ problemId: problemTags.problemId, name: tags.name, slug: tags.slug })
    .from(problemTags)
    .innerJoin(tags, eq(tags.id, problemTags.tagId))
    .where(inArray(problemTags.problemId, [...problemIds]))
    .orderBy(tags.name);
  for (const row of rows) {
    const list = map.get(row.problemId) ?? [];
    list.push({ name: row.name, slug: row.slug });
    map.set(row.problemId, list);
  }
  return map;
}

/**
 * The most used tags, for the tag filter, in name order. Counted from the covering
 * (tag_id, problem_id) index alone; the counts only choose which tags to offer. Counted again
 * only after a write (readUntilNextWrite).
 */
export function listPopularTags(limit = 40): Promise<TagRef[]> {
  return readUntilNextWrite(`popular-tags:${limit}`, async () =>
    rawRows<TagRef>(
      getDb(),
      sql`
    SELECT t.name AS name, t.slug AS slug
    FROM (SELECT tag_id, count(*) AS n FROM problem_tags GROUP BY tag_id ORDER BY n DESC LIMIT ${limit}) c
    JOIN tags t ON t.id = c.tag_id
    ORDER BY t.name`,
    ),
  );
}

/** A tag by its slug, or null. */
export async function getTagBySlug(slug: string): Promise<TagRef | null> {
  const [row] = await getDb()
    .select({ name: tags.name, slug: tags.slug })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return row ?? null;
}
