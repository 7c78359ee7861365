import { and, eq, sql } from "drizzle-orm";
import { comments, problems, projects, reports } from "../../db/schema";
import { excerpt } from "../domain/text";
import { getDb, inTransaction } from "./core.server";
import { affectedRows, rawRow, rawRows } from "./dialect.server";
import { pageWindow, toPage } from "../utils/pagination";
import { recordAudit } from "./audit.server";

export type ReportTarget = "problem" | "comment" | "project";

/**
 * Reports someone signed in made about a problem, comment or project, for the moderation list.
 * One open report per person per thing: reporting again while it is open changes nothing.
 * Returns "missing" when the thing does not exist (or is already hidden from the reporter).
 */
export async function createReport({
  reporterId,
  targetType,
  targetId,
  reason,
}: {
  reporterId: number;
  targetType: ReportTarget;
  targetId: number;
  reason: string;
}): Promise<"created" | "already" | "missing"> {
  // The existence check runs in the transaction, so the thing cannot be hidden between it and the insert.
  return inTransaction(async (tx) => {
    if (!(await targetExists(targetType, targetId))) return "missing" as const;
    const [open] = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(
        and(
          eq(reports.reporterId, reporterId),
          eq(reports.targetType, targetType),
          eq(reports.targetId, targetId),
          eq(reports.status, "open"),
        ),
      )
      .limit(1);
    if (open) return "already" as const;
    await tx.insert(reports).values({ reporterId, targetType, targetId, reason: reason.trim() });
    return "created" as const;
  });
}

async function targetExists(targetType: ReportTarget, targetId: number): Promise<boolean> {
  const db = getDb();
  if (targetType === "problem") {
    const [row] = await db
      .select({ id: problems.id })
      .from(problems)
      .where(and(eq(problems.id, targetId), sql`${problems.hiddenAt} IS NULL`))
      .limit(1);
    return Boolean(row);
  }
  if (targetType === "comment") {
    const [row] = await db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, targetId), sql`${comments.hiddenAt} IS NULL`))
      .limit(1);
    return Boolean(row);
  }
  const [row] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, targetId)).limit(1);
  return Boolean(row);
}

/** Settles every open report about one thing (inside the caller's transaction when there is one). */
export async function resolveReportsFor({
  targetType,
  targetId,
  actorId,
  status,
}: {
  targetType: ReportTarget;
  targetId: number;
  actorId: number;
  status: "actioned" | "dismissed";
}): Promise<number> {
  return inTransaction(async (tx) =>
    affectedRows(
      await tx
        .update(reports)
        .set({ status, resolvedBy: actorId, resolvedAt: new Date() })
        .where(and(eq(reports.targetType, targetType), eq(reports.targetId, targetId), eq(reports.status, "open"))),
    ),
  );
}

/** Dismisses one open report (organisers): nothing needed doing. */
export async function dismissReport({ reportId, actorId }: { reportId: number; actorId: number }): Promise<boolean> {
  return inTransaction(async (tx) => {
    const result = await tx
      .update(reports)
      .set({ status: "dismissed", resolvedBy: actorId, resolvedAt: new Date() })
      .where(and(eq(reports.id, reportId), eq(reports.status, "open")));
    if (affectedRows(result) === 0) return false;
    await recordAudit({ actorId, action: "report.dismissed", objectType: "report", objectId: reportId });
    return true;
  });
}

export type OpenReport = {
  id: number;
  reason: string;
  createdAt: Date;
  reporterName: string;
  targetType: ReportTarget;
  targetId: number;
  /** What the report is about, as the moderator needs to see it; null when it has been deleted. */
  target: {
    title: string;
    excerpt: string;
    hidden: boolean;
    problemId: number | null;
    problemTitle: string | null;
    authorName: string | null;
  } | null;
};

/**
 * Open reports, oldest first (the queue), a page at a time, with what each is about: the
 * problem, the comment (and its problem) or the project. Hidden things are shown to moderators
 * with their words, since deciding needs them.
 */
export async function listOpenReports({ page = 1 }: { page?: number } = {}) {
  const db = getDb();
  const { limit, offset } = pageWindow(page);
  const rows = await rawRows<{
    id: number;
    reason: string;
    createdAt: number;
    reporterName: string;
    targetType: ReportTarget;
    targetId: number;
    problemTitle: string | null;
    problemSummary: string | null;
    problemHidden: number | null;
    commentBody: string | null;
    commentHidden: number | null;
    commentProblemId: number | null;
    commentProblemTitle: string | null;
    commentAuthor: string | null;
    problemAuthor: string | null;
    projectName: string | null;
    projectTagline: string | null;
  }>(
    db,
    sql`
    SELECT r.id AS "id", r.reason AS "reason", r.created_at AS "createdAt", ru.name AS "reporterName",
      r.target_type AS "targetType", r.target_id AS "targetId",
      p.title AS "problemTitle", p.summary AS "problemSummary", p.hidden_at AS "problemHidden", pu.name AS "problemAuthor",
      c.body AS "commentBody", c.hidden_at AS "commentHidden", c.problem_id AS "commentProblemId", cp.title AS "commentProblemTitle", cu.name AS "commentAuthor",
      j.name AS "projectName", j.tagline AS "projectTagline"
    FROM reports r
    JOIN users ru ON ru.id = r.reporter_id
    LEFT JOIN problems p ON r.target_type = 'problem' AND p.id = r.target_id
    LEFT JOIN users pu ON pu.id = p.author_id
    LEFT JOIN comments c ON r.target_type = 'comment' AND c.id = r.target_id
    LEFT JOIN problems cp ON cp.id = c.problem_id
    LEFT JOIN users cu ON cu.id = c.author_id
    LEFT JOIN projects j ON r.target_type = 'project' AND j.id = r.target_id
    WHERE r.status = 'open'
    ORDER BY r.created_at ASC, r.id ASC
    LIMIT ${limit} OFFSET ${offset}`,
  );
  const total = (await rawRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM reports WHERE status = 'open'`))?.n ?? 0;

  const items: OpenReport[] = rows.map((r) => {
    let target: OpenReport["target"] = null;
    if (r.targetType === "problem" && r.problemTitle !== null) {
      target = {
        title: r.problemTitle,
        excerpt: excerpt(r.problemSummary ?? "", 200),
        hidden: r.problemHidden !== null,
        problemId: r.targetId,
        problemTitle: r.problemTitle,
        authorName: r.problemAuthor,
      };
    } else if (r.targetType === "comment" && r.commentBody !== null) {
      target = {
        title: `Comment on “${r.commentProblemTitle}”`,
        excerpt: excerpt(r.commentBody, 300),
        hidden: r.commentHidden !== null,
        problemId: r.commentProblemId,
        problemTitle: r.commentProblemTitle,
        authorName: r.commentAuthor,
      };
    } else if (r.targetType === "project" && r.projectName !== null) {
      target = {
        title: r.projectName,
        excerpt: excerpt(r.projectTagline ?? "", 200),
        hidden: false,
        problemId: null,
        problemTitle: null,
        authorName: null,
      };
    }
    return {
      id: r.id,
      reason: r.reason,
      createdAt: new Date(r.createdAt * 1000),
      reporterName: r.reporterName,
      targetType: r.targetType,
      targetId: r.targetId,
      target,
    };
  });
  return toPage(items, total, page);
}

/** Hidden problems and comments, newest first, so moderators can restore them. */
export async function listHiddenContent({ page = 1 }: { page?: number } = {}) {
  const db = getDb();
  const { limit, offset } = pageWindow(page);
  const rows = await rawRows<{
    kind: "problem" | "comment";
    id: number;
    problemId: number;
    problemTitle: string;
    text: string;
    hiddenAt: number;
  }>(
    db,
    sql`
    SELECT kind, id, "problemId", "problemTitle", text, "hiddenAt" FROM (
      SELECT 'problem' AS kind, p.id AS id, p.id AS "problemId", p.title AS "problemTitle", p.summary AS text, p.hidden_at AS "hiddenAt"
      FROM problems p WHERE p.hidden_at IS NOT NULL
      UNION ALL
      SELECT 'comment' AS kind, c.id AS id, c.problem_id AS "problemId", cp.title AS "problemTitle", c.body AS text, c.hidden_at AS "hiddenAt"
      FROM comments c JOIN problems cp ON cp.id = c.problem_id WHERE c.hidden_at IS NOT NULL
    ) AS hidden
    ORDER BY "hiddenAt" DESC, kind, id DESC
    LIMIT ${limit} OFFSET ${offset}`,
  );
  const total =
    (
      await rawRow<{ n: number }>(
        db,
        sql`SELECT (SELECT count(*) FROM problems WHERE hidden_at IS NOT NULL) + (SELECT count(*) FROM comments WHERE hidden_at IS NOT NULL) AS n`,
      )
    )?.n ?? 0;
  return toPage(
    rows.map((r) => ({ ...r, text: excerpt(r.text, 200), hiddenAt: new Date(r.hiddenAt * 1000) })),
    total,
    page,
  );
}

/** What /admin/moderation shows: open reports and hidden content, each paged. */
export async function getModerationPage({
  reportsPage = 1,
  hiddenPage = 1,
}: {
  reportsPage?: number;
  hiddenPage?: number;
}) {
  const [reports, hidden] = await Promise.all([
    listOpenReports({ page: reportsPage }),
    listHiddenContent({ page: hiddenPage }),
  ]);
  return { reports, hidden };
}
