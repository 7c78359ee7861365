/**
 * Who follows which problem or project (app/domain/follows.ts), and the notifications followers
 * get. `notifyFollowers` is called inside the transaction that makes the update, so the update,
 * the followers' notifications and the audit event land together or not at all.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { follows, problems, projects } from "../../db/schema";
import { followRefusal, type FollowTarget } from "../domain/follows";
import type { NotificationKind } from "../domain/notifications";
import { problemPath, projectPath } from "../utils/paths";
import { getDb, inTransaction, type ModelResult } from "./core.server";
import { rawRows } from "./dialect.server";
import { notify } from "./notifications.server";

/** Whether the public can see the problem or project (so it may be followed), and its name. */
async function publicTarget(objectType: FollowTarget, objectId: number) {
  const db = getDb();
  if (objectType === "problem") {
    const [row] = await db
      .select({ name: problems.title })
      .from(problems)
      .where(and(eq(problems.id, objectId), isNull(problems.hiddenAt)));
    return row ?? null;
  }
  const [row] = await db
    .select({ name: projects.name })
    .from(projects)
    .where(and(eq(projects.id, objectId), isNotNull(projects.submittedAt)));
  return row ?? null;
}

/** Starts or stops following. Following twice, or stopping what one does not follow, changes nothing. */
export async function setFollowing({
  userId,
  objectType,
  objectId,
  follow,
}: {
  userId: number;
  objectType: FollowTarget;
  objectId: number;
  follow: boolean;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const mine = and(eq(follows.userId, userId), eq(follows.objectType, objectType), eq(follows.objectId, objectId));
    if (!follow) {
      await tx.delete(follows).where(mine);
      return { ok: true };
    }
    const refusal = followRefusal({ visible: (await publicTarget(objectType, objectId)) !== null });
    if (refusal) return refusal;
    await tx.insert(follows).values({ userId, objectType, objectId }).onConflictDoNothing();
    return { ok: true };
  });
}

/** Whether this person follows the problem or project (false for visitors). */
export async function isFollowing(userId: number | undefined, objectType: FollowTarget, objectId: number) {
  if (userId === undefined) return false;
  const rows = await getDb()
    .select({ one: sql<number>`1` })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.objectType, objectType), eq(follows.objectId, objectId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Tells everyone who follows the problem or project, except those the update concerns directly
 * (a problem's author, a project's active team: they hear of it in their own words) and `except`
 * (whoever made the update). Inside the caller's transaction: one SELECT finds them
 * (follows_object_idx), and notify writes their notifications and emails as each of them chose
 * (one query for all their choices), so the work is the number of followers, whatever the size of
 * the tables.
 */
export async function notifyFollowers({
  objectType,
  objectId,
  kind,
  title,
  link,
  except,
}: {
  objectType: FollowTarget;
  objectId: number;
  kind: NotificationKind;
  title: string;
  link: string;
  except?: number | null;
}): Promise<void> {
  const concerned =
    objectType === "problem"
      ? sql`follows.user_id <> (SELECT p.author_id FROM problems p WHERE p.id = ${objectId})`
      : sql`NOT EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = ${objectId} AND pm.user_id = follows.user_id AND pm.status = 'active')`;
  await inTransaction(async (tx) => {
    const followers = await rawRows<{ userId: number }>(
      tx,
      sql`
      SELECT follows.user_id AS "userId" FROM follows
      WHERE follows.object_type = ${objectType} AND follows.object_id = ${objectId} AND ${concerned}
        ${except == null ? sql`` : sql`AND follows.user_id <> ${except}`}
      ORDER BY follows.user_id`,
    );
    await notify(followers.map(({ userId }) => ({ userId, kind, title, link })));
  });
}

/** What a person follows, newest first, with names and addresses, for their notifications page. */
export async function listFollowing(userId: number, limit = 100) {
  const rows = await getDb()
    .select({ objectType: follows.objectType, objectId: follows.objectId, createdAt: follows.createdAt })
    .from(follows)
    .where(eq(follows.userId, userId))
    .orderBy(desc(follows.createdAt), asc(follows.objectType), desc(follows.objectId))
    .limit(limit);
  const ids = (type: FollowTarget) => rows.filter((r) => r.objectType === type).map((r) => r.objectId);
  const [problemRows, projectRows] = await Promise.all([
    ids("problem").length
      ? getDb()
          .select({ id: problems.id, name: problems.title })
          .from(problems)
          .where(and(inArray(problems.id, ids("problem")), isNull(problems.hiddenAt)))
      : [],
    ids("project").length
      ? getDb()
          .select({ id: projects.id, name: projects.name })
          .from(projects)
          .where(and(inArray(projects.id, ids("project")), isNotNull(projects.submittedAt)))
      : [],
  ]);
  const names = new Map([
    ...problemRows.map(
      (p) => [`problem:${p.id}`, { name: p.name, href: problemPath({ id: p.id, title: p.name }) }] as const,
    ),
    ...projectRows.map((p) => [`project:${p.id}`, { name: p.name, href: projectPath(p) }] as const),
  ]);
  return rows.flatMap((r) => {
    const found = names.get(`${r.objectType}:${r.objectId}`);
    return found ? [{ objectType: r.objectType, objectId: r.objectId, ...found }] : [];
  });
}
