/** One problem's page: the canvas, endorsements, comments, projects and hack days on it. */
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { endorsements, problems, projects, users } from "../../db/schema";
import { acceptsEndorsements } from "../domain/problem-status";
import { hasRole, isOrganiser } from "../domain/roles";
import { pageWindow, toPage } from "../utils/pagination";
import { getDb, type Viewer } from "./core.server";
import { rawRow, rawRows } from "./dialect.server";
import { endorsementDefaults } from "./endorsements.server";
import { canView, findProblem, toDate } from "./problem-common.server";
import { tagsForProblems } from "./tags.server";

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
  const endorsementRows = await rawRows<{
    id: number;
    userId: number;
    name: string;
    organisation: string;
    note: string;
    createdAt: number;
  }>(
    db,
    sql`
    SELECT e.id AS "id", e.user_id AS "userId", u.name AS "name", e.organisation AS "organisation", e.note AS "note", e.created_at AS "createdAt"
    FROM endorsements e JOIN users u ON u.id = e.user_id
    WHERE e.problem_id = ${id}
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT ${endorsementWindow.limit} OFFSET ${endorsementWindow.offset}`,
  );
  const endorsementPage = toPage(
    endorsementRows.map((e) => ({ ...e, createdAt: toDate(e.createdAt)! })),
    problem.endorsementCount,
    endorsementsPage,
  );

  const commentWindow = pageWindow(commentsPage);
  const commentTotal =
    (await rawRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM comments WHERE problem_id = ${id}`))?.n ?? 0;
  const commentRows = await rawRows<{
    id: number;
    authorId: number;
    authorName: string;
    body: string;
    hiddenAt: number | null;
    createdAt: number;
    updatedAt: number;
  }>(
    db,
    sql`
    SELECT c.id AS "id", c.author_id AS "authorId", u.name AS "authorName", c.body AS "body", c.hidden_at AS "hiddenAt",
      c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM comments c JOIN users u ON u.id = c.author_id
    WHERE c.problem_id = ${id}
    ORDER BY c.created_at ASC, c.id ASC
    LIMIT ${commentWindow.limit} OFFSET ${commentWindow.offset}`,
  );
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
      await rawRow<{ n: number }>(
        db,
        sql`SELECT count(*) AS n FROM projects WHERE problem_id = ${id} AND submitted_at IS NULL`,
      )
    )?.n ?? 0;

  const hackDayRows = await rawRows<{ id: number; name: string; startsAt: number; status: string }>(
    db,
    sql`
    SELECT h.id AS "id", h.name AS "name", h.starts_at AS "startsAt", h.status AS "status"
    FROM hack_day_problems hp JOIN hack_days h ON h.id = hp.hack_day_id
    WHERE hp.problem_id = ${id} AND hp.status = 'accepted' AND h.status <> 'draft'
    ORDER BY h.starts_at DESC, h.id DESC
    LIMIT 50`,
  );

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
