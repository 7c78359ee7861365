import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { clinicianProfiles, comments, endorsements, problems, projects, users } from "../../db/schema";
import { HIGHLIGHT_END, HIGHLIGHT_START, toFtsQuery } from "../domain/fts";
import { acceptsEndorsements, canMoveStatus, statusAfterReopen, statusFromProjects } from "../domain/problem-status";
import { hasRole, isOrganiser } from "../domain/roles";
import type { Stage } from "../domain/stages";
import type { CareSetting, ProblemStatus, ProjectState, Specialty } from "../domain/taxonomy";
import { excerpt } from "../domain/text";
import { parseTagList, type CanvasInput, type ProblemSort } from "../validation/problems";
import { PAGE_SIZE, pageWindow, toPage, type Page } from "../utils/pagination";
import { idSlug } from "../utils/slug";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { affectedRows } from "./dialect.server";
import { notify } from "./notifications.server";
import { resolveReportsFor } from "./reports.server";
import { getTagBySlug, listPopularTags, setProblemTags, tagsForProblems, type TagRef } from "./tags.server";

const NOT_FOUND = refuse(404, "We could not find that problem.");

/** Path of a problem's page. */
export function problemPath(problem: { id: number; title: string }): string {
  return `/problems/${idSlug(problem.id, problem.title)}`;
}

const toDate = (seconds: number | null | undefined): Date | null => (seconds == null ? null : new Date(seconds * 1000));

/**
 * Text people typed, made safe to store: no control characters (they break XML feeds) and no
 * private-use highlight markers (they would fake search highlights).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

function clean(text: string | undefined | null): string {
  return (text ?? "")
    .replace(CONTROL_CHARACTERS, "")
    .replaceAll(HIGHLIGHT_START, "")
    .replaceAll(HIGHLIGHT_END, "")
    .trim();
}

// Listed problems: not hidden and not merged away. The same text is the WHERE of the partial
// indexes in db/schema.ts: SQLite only uses a partial index when the query repeats its terms
// literally (a bound parameter would not match), so this fragment is raw SQL on purpose.
const VISIBLE = sql.raw(`p.hidden_at IS NULL AND p.status <> 'duplicate'`);
const VISIBLE_DUPLICATES = sql.raw(`p.hidden_at IS NULL AND p.status = 'duplicate'`);

// ---------------------------------------------------------------- list and search

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

// Column weights for bm25 (title, summary, canvas, tags): a word in the title counts most.
const RANK = sql.raw("bm25(problems_fts, 10.0, 4.0, 1.5, 6.0)");

const ORDER: Record<ProblemSort, SQL> = {
  relevance: sql`${RANK}, p.id DESC`,
  newest: sql.raw("p.created_at DESC, p.id DESC"),
  endorsed: sql.raw("p.endorsement_count DESC, p.created_at DESC, p.id DESC"),
  organisations: sql.raw("p.organisation_count DESC, p.created_at DESC, p.id DESC"),
  active: sql.raw("p.last_activity_at DESC, p.id DESC"),
};

/** The sort a list uses: relevance needs a search, newest otherwise. */
export function effectiveSort(filters: Pick<ProblemListFilters, "q" | "sort">): ProblemSort {
  const searching = Boolean(filters.q && toFtsQuery(filters.q));
  if (filters.sort && (filters.sort !== "relevance" || searching)) return filters.sort;
  return searching ? "relevance" : "newest";
}

/** The FROM and WHERE of a list query, shared by the page of ids and the total. */
function listQueryParts(filters: ProblemListFilters) {
  const match = filters.q ? toFtsQuery(filters.q) : null;
  const where: SQL[] = [];
  if (match) where.push(sql`problems_fts MATCH ${match}`);
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
  // A search checks each match's filters and sort keys in the narrow index rather than the wide
  // row; without a search the partial indexes over listed problems answer on their own.
  const from = match
    ? sql.raw("problems_fts JOIN problems p INDEXED BY problems_search_filter_idx ON p.id = problems_fts.rowid")
    : sql.raw("problems p");
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
  const ids = sql`SELECT p.id AS "id" FROM ${from} WHERE ${where} ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${offset}`;
  const count = sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`;
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
    return match
      ? sql`SELECT ${columns},
            highlight(problems_fts, 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "titleHighlight",
            snippet(problems_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 24) AS "snippet"
          FROM problems_fts JOIN problems p ON p.id = problems_fts.rowid JOIN users u ON u.id = p.author_id
          WHERE problems_fts MATCH ${match} AND problems_fts.rowid IN (${list})`
      : sql`SELECT ${columns}, NULL AS "titleHighlight", NULL AS "snippet"
          FROM problems p JOIN users u ON u.id = p.author_id WHERE p.id IN (${list})`;
  };
  return { ids, count, details, page, pageSize, sort, searched: Boolean(match) };
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
  const ids = (await db.all<{ id: number }>(query.ids)).map((r) => r.id);
  const total = (await db.get<{ n: number }>(query.count))?.n ?? 0;
  const rows = ids.length ? await db.all<ListRow>(query.details(ids)) : [];
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
  return await getDb().all<{
    id: number;
    title: string;
    summary: string;
    careSetting: CareSetting;
    specialty: Specialty;
    status: ProblemStatus;
    authorName: string;
    createdAt: number;
    updatedAt: number;
  }>(sql`
    SELECT p.id AS "id", p.title AS "title", p.summary AS "summary", p.care_setting AS "careSetting",
      p.specialty AS "specialty", p.status AS "status", u.name AS "authorName",
      p.created_at AS "createdAt", p.updated_at AS "updatedAt"
    FROM problems p JOIN users u ON u.id = p.author_id
    WHERE ${VISIBLE}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${limit}`);
}

// ---------------------------------------------------------------- one problem

const canvasColumns = {
  id: problems.id,
  authorId: problems.authorId,
  title: problems.title,
  summary: problems.summary,
  whoAffected: problems.whoAffected,
  frequency: problems.frequency,
  currentWorkaround: problems.currentWorkaround,
  idealOutcome: problems.idealOutcome,
  careSetting: problems.careSetting,
  specialty: problems.specialty,
  dataAvailable: problems.dataAvailable,
  dataConstraints: problems.dataConstraints,
  status: problems.status,
  closedReason: problems.closedReason,
  duplicateOfId: problems.duplicateOfId,
  hiddenAt: problems.hiddenAt,
  endorsementCount: problems.endorsementCount,
  organisationCount: problems.organisationCount,
  commentCount: problems.commentCount,
  projectCount: problems.projectCount,
  createdAt: problems.createdAt,
  updatedAt: problems.updatedAt,
};

async function findProblem(id: number) {
  const [row] = await getDb().select(canvasColumns).from(problems).where(eq(problems.id, id)).limit(1);
  return row ?? null;
}

/** Whether a viewer may see a problem: anyone unless hidden; hidden ones to the author and organisers. */
function canView(problem: { authorId: number; hiddenAt: Date | null }, viewer: Viewer) {
  return !problem.hiddenAt || viewer?.id === problem.authorId || isOrganiser(viewer);
}

export type ProblemPageOptions = { id: number; viewer: Viewer; endorsementsPage?: number; commentsPage?: number };

/**
 * Everything a problem's page shows, or where to send the visitor instead: a merged duplicate
 * names the problem it now lives in; a hidden problem is missing to all but its author and
 * organisers. Endorsers' names and organisations are public; emails never leave the database.
 */
export async function getProblemPage({ id, viewer, endorsementsPage = 1, commentsPage = 1 }: ProblemPageOptions) {
  const db = getDb();
  const problem = await findProblem(id);
  if (!problem || !canView(problem, viewer)) return { kind: "missing" as const };
  if (problem.status === "duplicate" && problem.duplicateOfId) {
    const [target] = await db
      .select({ id: problems.id, title: problems.title })
      .from(problems)
      .where(eq(problems.id, problem.duplicateOfId))
      .limit(1);
    if (target) return { kind: "merged" as const, target };
  }

  const [author] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, problem.authorId))
    .limit(1);
  const tags = (await tagsForProblems([id])).get(id) ?? [];
  const isAuthor = viewer?.id === problem.authorId;
  const organiser = isOrganiser(viewer);

  const endorsementWindow = pageWindow(endorsementsPage);
  const endorsementRows = await db.all<{
    id: number;
    userId: number;
    name: string;
    organisation: string;
    note: string;
    createdAt: number;
  }>(sql`
    SELECT e.id AS "id", e.user_id AS "userId", u.name AS "name", e.organisation AS "organisation", e.note AS "note", e.created_at AS "createdAt"
    FROM endorsements e JOIN users u ON u.id = e.user_id
    WHERE e.problem_id = ${id}
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT ${endorsementWindow.limit} OFFSET ${endorsementWindow.offset}`);
  const endorsementPage = toPage(
    endorsementRows.map((e) => ({ ...e, createdAt: toDate(e.createdAt)! })),
    problem.endorsementCount,
    endorsementsPage,
  );

  const commentWindow = pageWindow(commentsPage);
  const commentTotal =
    (await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM comments WHERE problem_id = ${id}`))?.n ?? 0;
  const commentRows = await db.all<{
    id: number;
    authorId: number;
    authorName: string;
    body: string;
    hiddenAt: number | null;
    createdAt: number;
    updatedAt: number;
  }>(sql`
    SELECT c.id AS "id", c.author_id AS "authorId", u.name AS "authorName", c.body AS "body", c.hidden_at AS "hiddenAt",
      c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM comments c JOIN users u ON u.id = c.author_id
    WHERE c.problem_id = ${id}
    ORDER BY c.created_at ASC, c.id ASC
    LIMIT ${commentWindow.limit} OFFSET ${commentWindow.offset}`);
  const commentPage = toPage(
    commentRows.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      authorName: c.authorName,
      // A hidden comment's words reach organisers only.
      body: c.hiddenAt && !organiser ? null : c.body,
      hidden: c.hiddenAt !== null,
      edited: c.updatedAt > c.createdAt + 1,
      createdAt: toDate(c.createdAt)!,
      mine: viewer?.id === c.authorId,
    })),
    commentTotal,
    commentsPage,
  );

  // Projects are public once submitted (app/models/projects.server.ts); teams still building
  // are counted but not named.
  const projectRows = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      stage: projects.stage,
      state: projects.state,
    })
    .from(projects)
    .where(and(eq(projects.problemId, id), isNotNull(projects.submittedAt)))
    .orderBy(sql`${projects.createdAt} DESC, ${projects.id} DESC`)
    .limit(50);
  const unsubmittedProjects =
    (
      await db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM projects WHERE problem_id = ${id} AND submitted_at IS NULL`,
      )
    )?.n ?? 0;

  const hackDayRows = await db.all<{ id: number; name: string; startsAt: number; status: string }>(sql`
    SELECT h.id AS "id", h.name AS "name", h.starts_at AS "startsAt", h.status AS "status"
    FROM hack_day_problems hp JOIN hack_days h ON h.id = hp.hack_day_id
    WHERE hp.problem_id = ${id} AND hp.status = 'accepted' AND h.status <> 'draft'
    ORDER BY h.starts_at DESC, h.id DESC
    LIMIT 50`);

  const [myEndorsement = null] = viewer
    ? await db
        .select({ organisation: endorsements.organisation, note: endorsements.note })
        .from(endorsements)
        .where(and(eq(endorsements.problemId, id), eq(endorsements.userId, viewer.id)))
        .limit(1)
    : [];
  const canEndorse = Boolean(
    viewer && hasRole(viewer, "clinician") && !isAuthor && !problem.hiddenAt && acceptsEndorsements(problem.status),
  );

  return {
    kind: "found" as const,
    problem: { ...problem, author: author!, tags },
    endorsements: endorsementPage,
    comments: commentPage,
    projects: projectRows,
    unsubmittedProjects,
    hackDays: hackDayRows.map((h) => ({ ...h, startsAt: toDate(h.startsAt)! })),
    viewer: {
      signedIn: Boolean(viewer),
      isAuthor,
      isOrganiser: organiser,
      canEdit: isAuthor || organiser,
      canEndorse,
      myEndorsement,
      endorsementDefaults: canEndorse && !myEndorsement && viewer ? await endorsementDefaults(viewer.id) : null,
    },
  };
}

/** The organisation to prefill on the endorse form: the clinician profile's, else the account's. */
async function endorsementDefaults(userId: number) {
  const [row] = await getDb()
    .select({ account: users.organisation, profile: clinicianProfiles.organisation })
    .from(users)
    .leftJoin(clinicianProfiles, eq(clinicianProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return { organisation: row?.profile || row?.account || "" };
}

/** A problem's canvas for its edit form, if the viewer may edit it. */
export async function getProblemForEdit({
  id,
  viewer,
}: {
  id: number;
  viewer: Viewer;
}): Promise<ModelResult<{ problem: CanvasInput & { id: number; title: string } }>> {
  const problem = await findProblem(id);
  if (!problem || !canView(problem, viewer)) return NOT_FOUND;
  if (viewer?.id !== problem.authorId && !isOrganiser(viewer))
    return refuse(403, "Only the person who posted this problem or an organiser can edit it.");
  if (problem.status === "duplicate")
    return refuse(409, "This problem was merged into another and can no longer be edited.");
  const tags = (await tagsForProblems([id])).get(id) ?? [];
  return {
    ok: true,
    problem: {
      id: problem.id,
      title: problem.title,
      summary: problem.summary,
      whoAffected: problem.whoAffected,
      frequency: problem.frequency,
      currentWorkaround: problem.currentWorkaround,
      idealOutcome: problem.idealOutcome,
      careSetting: problem.careSetting,
      specialty: problem.specialty,
      dataAvailable: problem.dataAvailable,
      dataConstraints: problem.dataConstraints,
      tags: tags.map((t) => t.name).join(", "),
      noPiiConfirmed: true,
    },
  };
}

// ---------------------------------------------------------------- post and edit

function canvasValues(input: CanvasInput) {
  return {
    title: clean(input.title),
    summary: clean(input.summary),
    whoAffected: clean(input.whoAffected),
    frequency: clean(input.frequency),
    currentWorkaround: clean(input.currentWorkaround),
    idealOutcome: clean(input.idealOutcome),
    careSetting: input.careSetting,
    specialty: input.specialty,
    dataAvailable: clean(input.dataAvailable),
    dataConstraints: clean(input.dataConstraints),
    noPiiConfirmed: input.noPiiConfirmed,
  };
}

/** Posts a problem with its tags, in one transaction, and records it in the audit log. */
export async function createProblem({
  authorId,
  input,
}: {
  authorId: number;
  input: CanvasInput;
}): Promise<{ id: number; title: string }> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .insert(problems)
      .values({ ...canvasValues(input), authorId })
      .returning({ id: problems.id, title: problems.title });
    await setProblemTags(row!.id, parseTagList(input.tags));
    await recordAudit({
      actorId: authorId,
      action: "problem.created",
      objectType: "problem",
      objectId: row!.id,
      after: { title: row!.title },
    });
    return row!;
  });
}

/** Saves an edited canvas: the author or an organiser; a merged duplicate is read-only. */
export async function updateProblem({
  id,
  viewer,
  input,
}: {
  id: number;
  viewer: Viewer;
  input: CanvasInput;
}): Promise<ModelResult<{ id: number; title: string }>> {
  const values = canvasValues(input);
  // The permission check and the canvas it compares against are read in the write's transaction.
  return inTransaction(async (tx) => {
    const allowed = await getProblemForEdit({ id, viewer });
    if (!allowed.ok) return allowed;
    const before = allowed.problem;
    await tx
      .update(problems)
      .set({ ...values, updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(problems.id, id));
    await setProblemTags(id, parseTagList(input.tags));
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (k) => k !== "noPiiConfirmed" && values[k] !== before[k],
    );
    await recordAudit({
      actorId: viewer!.id,
      action: "problem.updated",
      objectType: "problem",
      objectId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, values[k]])),
    });
    return { ok: true as const, id, title: values.title };
  });
}

// ---------------------------------------------------------------- endorsements

/**
 * "This happens here too": a clinician other than the author endorses once, with their
 * organisation. The counters (people, distinct organisations) are kept by triggers. The author
 * is told in the same transaction.
 */
export async function endorseProblem({
  problemId,
  viewer,
  organisation,
  note,
}: {
  problemId: number;
  viewer: Viewer;
  organisation: string;
  note?: string;
}): Promise<ModelResult> {
  if (!viewer || !hasRole(viewer, "clinician")) return refuse(403, "Only clinicians can endorse a problem.");
  const org = clean(organisation).replace(/\s+/g, " ");
  return inTransaction(async (tx) => {
    const problem = await findProblem(problemId);
    if (!problem || problem.hiddenAt) return NOT_FOUND;
    if (problem.authorId === viewer.id) return refuse(409, "You posted this problem, so you cannot endorse it.");
    if (!acceptsEndorsements(problem.status)) return refuse(409, "This problem is no longer taking endorsements.");
    const inserted = await tx
      .insert(endorsements)
      .values({ problemId, userId: viewer.id, organisation: org, note: clean(note) })
      .onConflictDoNothing({ target: [endorsements.problemId, endorsements.userId] })
      .returning({ id: endorsements.id });
    if (inserted.length === 0) return refuse(409, "You have already endorsed this problem.");
    await notify({
      userId: problem.authorId,
      kind: "problem.endorsed",
      title: `${viewer.name ?? "A clinician"} at ${org} said “${problem.title}” happens there too`,
      body: clean(note),
      link: problemPath(problem),
    });
    return { ok: true as const };
  });
}

/** Withdraws the viewer's own endorsement, if they made one. */
export async function withdrawEndorsement({
  problemId,
  userId,
}: {
  problemId: number;
  userId: number;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx.delete(endorsements).where(and(eq(endorsements.problemId, problemId), eq(endorsements.userId, userId))),
  );
  return affectedRows(result) > 0;
}

// ---------------------------------------------------------------- comments

/** Adds a comment from a signed-in person and tells the problem's author. */
export async function addComment({
  problemId,
  viewer,
  body,
}: {
  problemId: number;
  viewer: Viewer;
  body: string;
}): Promise<ModelResult<{ id: number }>> {
  if (!viewer) return refuse(403, "Sign in to comment.");
  return inTransaction(async (tx) => {
    const problem = await findProblem(problemId);
    if (!problem || problem.hiddenAt || problem.status === "duplicate") return NOT_FOUND;
    const [row] = await tx
      .insert(comments)
      .values({ problemId, authorId: viewer.id, body: clean(body) })
      .returning({ id: comments.id });
    if (problem.authorId !== viewer.id) {
      await notify({
        userId: problem.authorId,
        kind: "problem.commented",
        title: `${viewer.name ?? "Someone"} commented on “${problem.title}”`,
        body: excerpt(clean(body), 200),
        link: `${problemPath(problem)}#comment-${row!.id}`,
      });
    }
    return { ok: true as const, id: row!.id };
  });
}

/** Edits the viewer's own comment (not once it has been hidden). */
export async function updateComment({
  commentId,
  problemId,
  authorId,
  body,
}: {
  commentId: number;
  problemId: number;
  authorId: number;
  body: string;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx
      .update(comments)
      .set({ body: clean(body), updatedAt: new Date() })
      .where(
        and(
          eq(comments.id, commentId),
          eq(comments.problemId, problemId),
          eq(comments.authorId, authorId),
          isNull(comments.hiddenAt),
        ),
      ),
  );
  return affectedRows(result) > 0;
}

/** Deletes the viewer's own comment. */
export async function deleteComment({
  commentId,
  problemId,
  authorId,
}: {
  commentId: number;
  problemId: number;
  authorId: number;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx
      .delete(comments)
      .where(and(eq(comments.id, commentId), eq(comments.problemId, problemId), eq(comments.authorId, authorId))),
  );
  return affectedRows(result) > 0;
}

/**
 * Hides or restores a comment (organisers). Hiding settles any open reports about it as
 * actioned. `problemId`, when given, must be the comment's problem.
 */
export async function setCommentHidden({
  commentId,
  problemId,
  actorId,
  hidden,
}: {
  commentId: number;
  problemId?: number;
  actorId: number;
  hidden: boolean;
}): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .select({ id: comments.id, problemId: comments.problemId, hiddenAt: comments.hiddenAt })
      .from(comments)
      .where(eq(comments.id, commentId))
      .limit(1);
    if (!row || (problemId !== undefined && row.problemId !== problemId)) return false;
    await tx
      .update(comments)
      .set(hidden ? { hiddenAt: new Date(), hiddenBy: actorId } : { hiddenAt: null, hiddenBy: null })
      .where(eq(comments.id, commentId));
    if (hidden) await resolveReportsFor({ targetType: "comment", targetId: commentId, actorId, status: "actioned" });
    await recordAudit({
      actorId,
      action: hidden ? "comment.hidden" : "comment.restored",
      objectType: "comment",
      objectId: commentId,
      before: { hidden: row.hiddenAt !== null },
      after: { hidden },
    });
    return true;
  });
}

// ---------------------------------------------------------------- status, hiding, merging

async function projectProgress(problemId: number): Promise<{ stage: Stage; state: ProjectState }[]> {
  return await getDb()
    .select({ stage: projects.stage, state: projects.state })
    .from(projects)
    .where(eq(projects.problemId, problemId));
}

/**
 * Sets a problem's automatic status from the projects on it: in progress when a project takes it
 * up, solved when one reaches pilot, open again when none is left (closed and duplicate problems
 * are left alone). Call it, inside your transaction, after creating a project, linking or
 * unlinking a problem, moving a project's stage, or archiving/pausing/resuming a project.
 * Returns the problem's status afterwards, or null when there is no such problem.
 */
export async function syncProblemStatusForProject(problemId: number | null | undefined): Promise<ProblemStatus | null> {
  if (!problemId) return null;
  return inTransaction(async (tx) => {
    const [problem] = await tx
      .select({ id: problems.id, status: problems.status, title: problems.title, authorId: problems.authorId })
      .from(problems)
      .where(eq(problems.id, problemId))
      .limit(1);
    if (!problem) return null;
    const next = statusFromProjects(problem.status, await projectProgress(problemId));
    if (next === problem.status) return next;
    await tx.update(problems).set({ status: next, lastActivityAt: new Date() }).where(eq(problems.id, problemId));
    await recordAudit({
      actorId: null,
      action: "problem.status_changed",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status: next, automatic: true },
    });
    if (next === "solved") {
      await notify({
        userId: problem.authorId,
        kind: "problem.solved",
        title: `A project on “${problem.title}” has reached a pilot`,
        link: problemPath(problem),
      });
    }
    return next;
  });
}

/**
 * Tells a problem's author that a project has taken their problem up. Call it inside the
 * transaction that creates the project or links it to the problem (`actorId` is who did it;
 * authors are not told about their own projects).
 */
export async function notifyProblemAuthorOfProject({
  problemId,
  project,
  actorId,
}: {
  problemId: number;
  project: { id: number; name: string };
  actorId?: number | null;
}): Promise<void> {
  const db = getDb();
  const [problem] = await db
    .select({ id: problems.id, title: problems.title, authorId: problems.authorId })
    .from(problems)
    .where(eq(problems.id, problemId))
    .limit(1);
  if (!problem || problem.authorId === actorId) return;
  // A project is public once submitted; until then the link goes to the problem, where the team is counted.
  const [row] = await db
    .select({ submittedAt: projects.submittedAt })
    .from(projects)
    .where(eq(projects.id, project.id))
    .limit(1);
  await notify({
    userId: problem.authorId,
    kind: "problem.project",
    title: `A project is working on “${problem.title}”: ${project.name}`,
    link: row?.submittedAt
      ? `/projects/${idSlug(project.id, project.name)}`
      : `${problemPath(problem)}#projects-heading`,
  });
}

type StatusActorInfo = { problem: NonNullable<Awaited<ReturnType<typeof findProblem>>>; by: "author" | "organiser" };

async function statusActor(problemId: number, viewer: Viewer): Promise<ModelResult<StatusActorInfo>> {
  const problem = await findProblem(problemId);
  if (!problem || !canView(problem, viewer)) return NOT_FOUND;
  if (isOrganiser(viewer)) return { ok: true, problem, by: "organiser" };
  if (viewer?.id === problem.authorId) return { ok: true, problem, by: "author" };
  return refuse(403, "Only the person who posted this problem or an organiser can change its status.");
}

/** Closes a problem with a reason (author or organiser). */
export async function closeProblem({
  problemId,
  viewer,
  reason,
}: {
  problemId: number;
  viewer: Viewer;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const actor = await statusActor(problemId, viewer);
    if (!actor.ok) return actor;
    const { problem, by } = actor;
    if (!canMoveStatus({ from: problem.status, to: "closed", by }))
      return refuse(409, `A problem that is ${problem.status.replace("_", " ")} cannot be closed.`);
    await tx
      .update(problems)
      .set({ status: "closed", closedReason: clean(reason), updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(problems.id, problemId));
    await recordAudit({
      actorId: viewer!.id,
      action: "problem.closed",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status: "closed", reason: clean(reason) },
    });
    if (problem.authorId !== viewer!.id) {
      await notify({
        userId: problem.authorId,
        kind: "problem.closed",
        title: `An organiser closed “${problem.title}”`,
        body: clean(reason),
        link: problemPath(problem),
      });
    }
    return { ok: true as const };
  });
}

/** Reopens a closed problem; its projects then set its status again. */
export async function reopenProblem({
  problemId,
  viewer,
}: {
  problemId: number;
  viewer: Viewer;
}): Promise<ModelResult<{ status: ProblemStatus }>> {
  return inTransaction(async (tx) => {
    const actor = await statusActor(problemId, viewer);
    if (!actor.ok) return actor;
    const { problem, by } = actor;
    if (!canMoveStatus({ from: problem.status, to: "open", by }))
      return refuse(409, "Only a closed problem can be reopened.");
    const status = statusAfterReopen(await projectProgress(problemId));
    await tx
      .update(problems)
      .set({ status, closedReason: null, updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(problems.id, problemId));
    await recordAudit({
      actorId: viewer!.id,
      action: "problem.reopened",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status },
    });
    return { ok: true as const, status };
  });
}

/** Hides a problem from everyone but its author and organisers, or restores it (organisers). */
export async function setProblemHidden({
  problemId,
  actorId,
  hidden,
}: {
  problemId: number;
  actorId: number;
  hidden: boolean;
}): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [problem] = await tx
      .select({ id: problems.id, title: problems.title, authorId: problems.authorId, hiddenAt: problems.hiddenAt })
      .from(problems)
      .where(eq(problems.id, problemId))
      .limit(1);
    if (!problem) return false;
    await tx
      .update(problems)
      .set({ hiddenAt: hidden ? new Date() : null })
      .where(eq(problems.id, problemId));
    if (hidden) await resolveReportsFor({ targetType: "problem", targetId: problemId, actorId, status: "actioned" });
    await recordAudit({
      actorId,
      action: hidden ? "problem.hidden" : "problem.restored",
      objectType: "problem",
      objectId: problemId,
      before: { hidden: problem.hiddenAt !== null },
      after: { hidden },
    });
    if (hidden && problem.authorId !== actorId) {
      await notify({
        userId: problem.authorId,
        kind: "problem.hidden",
        title: `A moderator hid your problem “${problem.title}”`,
        body: "It no longer appears in lists. Contact an organiser if you think this is a mistake.",
        link: problemPath(problem),
      });
    }
    return true;
  });
}

/**
 * Merges a duplicate problem into another (organisers), in one transaction: endorsements move
 * without double counting (someone who endorsed both keeps one; the target's author cannot
 * endorse their own problem), the duplicate's author is counted as an endorser of the target,
 * comments, projects and hack-day shortlists move, earlier duplicates of the source point at the
 * target, and the source becomes a `duplicate` whose address redirects. Audited and notified.
 */
export async function mergeProblems({
  sourceId,
  targetId,
  actorId,
}: {
  sourceId: number;
  targetId: number;
  actorId: number;
}): Promise<ModelResult<{ target: { id: number; title: string } }>> {
  if (sourceId === targetId) return refuse(409, "A problem cannot be merged into itself.");
  return inTransaction(async (tx) => {
    const source = await findProblem(sourceId);
    const target = await findProblem(targetId);
    if (!source) return refuse(409, "We could not find the duplicate problem.");
    if (!target || target.hiddenAt) return refuse(409, "We could not find the problem to merge into.");
    if (target.status === "duplicate")
      return refuse(409, "That problem is itself a duplicate: merge into the problem it was merged into.");
    if (!canMoveStatus({ from: source.status, to: "duplicate", by: "organiser" }))
      return refuse(409, "That problem has already been merged.");

    const before = {
      endorsements: target.endorsementCount,
      organisations: target.organisationCount,
      comments: target.commentCount,
      projects: target.projectCount,
    };
    // Endorsements: drop the ones that would count a person twice, or let the target's author endorse their own problem.
    await tx.run(sql`DELETE FROM endorsements WHERE problem_id = ${sourceId}
      AND (user_id IN (SELECT user_id FROM endorsements WHERE problem_id = ${targetId}) OR user_id = ${target.authorId})`);
    await tx.run(sql`UPDATE endorsements SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    // The duplicate's author has the same problem: their demand counts too.
    if (source.authorId !== target.authorId) {
      const org = (await endorsementDefaults(source.authorId)).organisation;
      if (org) {
        await tx.run(sql`INSERT INTO endorsements (problem_id, user_id, organisation, note)
          VALUES (${targetId}, ${source.authorId}, ${org}, ${`Posted the same problem: “${source.title}”`})
          ON CONFLICT (problem_id, user_id) DO NOTHING`);
      }
    }
    await tx.run(sql`UPDATE comments SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    await tx.run(sql`UPDATE projects SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    await tx.run(sql`INSERT OR IGNORE INTO hack_day_problems (hack_day_id, problem_id, nominated_by, status, created_at)
      SELECT hack_day_id, ${targetId}, nominated_by, status, created_at FROM hack_day_problems WHERE problem_id = ${sourceId}`);
    await tx.run(sql`DELETE FROM hack_day_problems WHERE problem_id = ${sourceId}`);
    await tx.run(sql`UPDATE problems SET duplicate_of_id = ${targetId} WHERE duplicate_of_id = ${sourceId}`);
    await tx
      .update(problems)
      .set({ status: "duplicate", duplicateOfId: targetId, closedReason: null, updatedAt: new Date() })
      .where(eq(problems.id, sourceId));
    await tx.update(problems).set({ lastActivityAt: new Date() }).where(eq(problems.id, targetId));
    await syncProblemStatusForProject(targetId);
    const [after] = await tx
      .select({
        endorsements: problems.endorsementCount,
        organisations: problems.organisationCount,
        comments: problems.commentCount,
        projects: problems.projectCount,
      })
      .from(problems)
      .where(eq(problems.id, targetId))
      .limit(1);
    await recordAudit({
      actorId,
      action: "problem.merged",
      objectType: "problem",
      objectId: sourceId,
      before: { status: source.status, target: before },
      after: { status: "duplicate", duplicateOfId: targetId, target: after },
    });
    const recipients = [...new Set([source.authorId, target.authorId])].filter((userId) => userId !== actorId);
    await notify(
      recipients.map((userId) => ({
        userId,
        kind: "problem.merged",
        title:
          userId === source.authorId
            ? `Your problem “${source.title}” was merged into “${target.title}”`
            : `“${source.title}” was merged into your problem`,
        body: "Endorsements, comments and projects now live on one page, so the demand signal is counted once.",
        link: problemPath(target),
      })),
    );
    return { ok: true as const, target: { id: target.id, title: target.title } };
  });
}
