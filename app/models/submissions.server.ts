/**
 * Projects at hack days: starting one on a shortlisted problem, teams (join requests, accepting,
 * leaving), the submission itself and its screenshots (stored under uploadsDir()/screenshots with
 * random names; docs/decisions/0031-screenshot-uploads.md).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import {
  hackDayParticipants,
  hackDayProblems,
  hackDays,
  problems,
  projectMembers,
  projects,
  projectScreenshots,
  stageMoves,
  users,
} from "../../db/schema";
import { allowsTeamChanges, submissionRefusal } from "../domain/hack-day-status";
import { detectImageType, imageExtensions, type ImageType } from "../domain/image-type";
import { uploadsDir } from "../utils/env.server";
import { pageWindow, PAGE_SIZE, toPage } from "../utils/pagination";
import { idSlug } from "../utils/slug";
import { MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS, MAX_TEAM_SIZE, type SubmissionInput } from "../validation/submissions";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { notify } from "./notifications.server";
import { notifyProblemAuthorOfProject, syncProblemStatusForProject } from "./problems.server";

const projectPath = (id: number, name: string) => `/projects/${idSlug(id, name)}`;

// ---------------------------------------------------------------- screenshots on disk

const SCREENSHOT_NAME = /^[a-f0-9]{32}\.(png|jpg|webp)$/;

/** The folder screenshots live in. */
export function screenshotsDir(): string {
  return path.join(uploadsDir(), "screenshots");
}

/** The absolute path of a stored screenshot, or null for a name we would never have made. */
export function screenshotFilePath(fileName: string): string | null {
  return SCREENSHOT_NAME.test(fileName) ? path.join(screenshotsDir(), fileName) : null;
}

/** The stored facts about a screenshot (for serving it), or null. */
export async function getScreenshot(fileName: string) {
  if (!SCREENSHOT_NAME.test(fileName)) return null;
  const [row] = await getDb()
    .select({
      fileName: projectScreenshots.fileName,
      contentType: projectScreenshots.contentType,
      byteSize: projectScreenshots.byteSize,
      projectId: projectScreenshots.projectId,
    })
    .from(projectScreenshots)
    .where(eq(projectScreenshots.fileName, fileName));
  return row ?? null;
}

/** A project's screenshots in order, with the URL each is served at. For any page showing a project. */
export async function listProjectScreenshots(projectId: number) {
  const rows = await getDb()
    .select({
      id: projectScreenshots.id,
      fileName: projectScreenshots.fileName,
      alt: projectScreenshots.alt,
      contentType: projectScreenshots.contentType,
      byteSize: projectScreenshots.byteSize,
    })
    .from(projectScreenshots)
    .where(eq(projectScreenshots.projectId, projectId))
    .orderBy(asc(projectScreenshots.position), asc(projectScreenshots.id));
  return rows.map((r) => ({ ...r, src: `/screenshots/${r.fileName}` }));
}

// ---------------------------------------------------------------- reading teams

const memberCountSql =
  sql<number>`(SELECT count(*) FROM project_members pm WHERE pm.project_id = projects.id AND pm.status = 'active')`.mapWith(
    Number,
  );

/** The teams and submissions of a hack day, a page at a time: submitted first, then by start. */
export async function listHackDayProjects({
  hackDayId,
  page,
  pageSize = PAGE_SIZE,
}: {
  hackDayId: number;
  page: number;
  pageSize?: number;
}) {
  const db = getDb();
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      submittedAt: projects.submittedAt,
      problemId: problems.id,
      problemTitle: problems.title,
      leadName: users.name,
      memberCount: memberCountSql,
      screenshot: sql<
        string | null
      >`(SELECT s.file_name FROM project_screenshots s WHERE s.project_id = projects.id ORDER BY s.position, s.id LIMIT 1)`,
      screenshotAlt: sql<
        string | null
      >`(SELECT s.alt FROM project_screenshots s WHERE s.project_id = projects.id ORDER BY s.position, s.id LIMIT 1)`,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.leadId))
    .leftJoin(problems, and(eq(problems.id, projects.problemId), sql`${problems.hiddenAt} IS NULL`))
    .where(eq(projects.hackDayId, hackDayId))
    .orderBy(sql`${projects.submittedAt} IS NULL`, asc(projects.createdAt), asc(projects.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(eq(projects.hackDayId, hackDayId));
  return toPage(rows, total?.n ?? 0, page, pageSize);
}

/** A project's team page: the project, its hack day and every member or request. */
export async function getTeam(projectId: number) {
  const db = getDb();
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      leadId: projects.leadId,
      submittedAt: projects.submittedAt,
      problemId: problems.id,
      problemTitle: problems.title,
      hackDayId: hackDays.id,
      hackDayName: hackDays.name,
      hackDayStatus: hackDays.status,
      hackDayOrganiserId: hackDays.organiserId,
    })
    .from(projects)
    .leftJoin(problems, and(eq(problems.id, projects.problemId), sql`${problems.hiddenAt} IS NULL`))
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(eq(projects.id, projectId));
  if (!project) return null;
  const members = await db
    .select({
      userId: projectMembers.userId,
      name: users.name,
      role: projectMembers.role,
      status: projectMembers.status,
      message: projectMembers.message,
      createdAt: projectMembers.createdAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(sql`${projectMembers.role} = 'lead' DESC`, asc(projectMembers.createdAt), asc(users.name));
  return { project, members };
}
export type Team = NonNullable<Awaited<ReturnType<typeof getTeam>>>;

/** Shortlisted problems a team may start a project on. */
export async function listStartableProblems(hackDayId: number) {
  return getDb()
    .select({ id: problems.id, title: problems.title })
    .from(hackDayProblems)
    .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
    .where(
      and(
        eq(hackDayProblems.hackDayId, hackDayId),
        eq(hackDayProblems.status, "accepted"),
        sql`${problems.hiddenAt} IS NULL`,
      ),
    )
    .orderBy(asc(problems.title))
    .limit(200);
}

// ---------------------------------------------------------------- starting projects

/** The person's row on any team at this hack day (a request counts), or undefined. */
async function teamAtHackDay(hackDayId: number, userId: number) {
  const [row] = await getDb()
    .select({ projectId: projects.id, name: projects.name, status: projectMembers.status })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projectMembers.userId, userId), eq(projects.hackDayId, hackDayId)))
    .limit(1);
  return row;
}

/**
 * A registered participant starts a project at a hack day on a shortlisted problem and becomes its
 * lead. A person is on at most one team per hack day.
 */
export async function startHackDayProject({
  hackDayId,
  userId,
  name,
  tagline,
  problemId,
}: {
  hackDayId: number;
  userId: number;
  name: string;
  tagline?: string;
  problemId: number;
}): Promise<ModelResult<{ projectId: number; name: string }>> {
  return inTransaction(async (tx) => {
    const [hackDay] = await tx
      .select({ status: hackDays.status, name: hackDays.name })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .limit(1);
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    if (!allowsTeamChanges(hackDay.status))
      return refuse(409, "Projects can be started only while the hack day is open or live.");
    const [registration] = await tx
      .select({ status: hackDayParticipants.status })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .limit(1);
    if (registration?.status !== "registered")
      return refuse(403, "Register for this hack day (and have a confirmed place) before you start a project.");
    const existing = await teamAtHackDay(hackDayId, userId);
    if (existing)
      return refuse(
        409,
        existing.status === "active"
          ? `You are already on the team “${existing.name}” at this hack day. A person can be on one team per hack day.`
          : `You have asked to join “${existing.name}”. Withdraw that request before starting your own project.`,
      );
    const [problem] = await tx
      .select({ id: problems.id, careSetting: problems.careSetting, specialty: problems.specialty })
      .from(hackDayProblems)
      .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
      .where(
        and(
          eq(hackDayProblems.hackDayId, hackDayId),
          eq(hackDayProblems.problemId, problemId),
          eq(hackDayProblems.status, "accepted"),
          sql`${problems.hiddenAt} IS NULL`,
        ),
      )
      .limit(1);
    if (!problem) return refuse(400, "Choose one of this hack day's shortlisted problems.", "problemId");
    const [project] = await tx
      .insert(projects)
      .values({
        name,
        tagline: tagline ?? "",
        problemId,
        hackDayId,
        leadId: userId,
        careSetting: problem.careSetting,
        specialty: problem.specialty,
      })
      .returning({ id: projects.id });
    await tx.insert(projectMembers).values({ projectId: project!.id, userId, role: "lead", status: "active" });
    // The problems module owns the problem's automatic status (open → in progress) and tells its author.
    await syncProblemStatusForProject(problemId);
    await notifyProblemAuthorOfProject({ problemId, project: { id: project!.id, name }, actorId: userId });
    await recordAudit({
      actorId: userId,
      action: "project.created",
      objectType: "project",
      objectId: project!.id,
      after: { name, hackDayId, problemId },
    });
    return { ok: true, projectId: project!.id, name };
  });
}

/** A developer starts a project outside any hack day, optionally on a problem. */
export async function startIndependentProject({
  userId,
  name,
  tagline,
  problemId,
}: {
  userId: number;
  name: string;
  tagline?: string;
  problemId: number | null;
}): Promise<ModelResult<{ projectId: number; name: string }>> {
  return inTransaction(async (tx) => {
    let problem:
      | {
          careSetting: (typeof problems.$inferSelect)["careSetting"];
          specialty: (typeof problems.$inferSelect)["specialty"];
        }
      | undefined;
    if (problemId !== null) {
      [problem] = await tx
        .select({ careSetting: problems.careSetting, specialty: problems.specialty })
        .from(problems)
        .where(
          and(
            eq(problems.id, problemId),
            sql`${problems.hiddenAt} IS NULL`,
            inArray(problems.status, ["open", "in_progress", "solved"]),
          ),
        )
        .limit(1);
      if (!problem) return refuse(400, "There is no open problem with that number.", "problem");
    }
    const [project] = await tx
      .insert(projects)
      .values({
        name,
        tagline: tagline ?? "",
        problemId,
        leadId: userId,
        careSetting: problem?.careSetting ?? null,
        specialty: problem?.specialty ?? null,
      })
      .returning({ id: projects.id });
    await tx.insert(projectMembers).values({ projectId: project!.id, userId, role: "lead", status: "active" });
    if (problemId !== null) {
      await syncProblemStatusForProject(problemId);
      await notifyProblemAuthorOfProject({ problemId, project: { id: project!.id, name }, actorId: userId });
    }
    await recordAudit({
      actorId: userId,
      action: "project.created",
      objectType: "project",
      objectId: project!.id,
      after: { name, problemId },
    });
    return { ok: true, projectId: project!.id, name };
  });
}

// ---------------------------------------------------------------- teams

type TeamContext = {
  id: number;
  name: string;
  leadId: number;
  hackDayId: number | null;
  hackDayStatus: (typeof hackDays.$inferSelect)["status"] | null;
};

async function teamContext(projectId: number): Promise<TeamContext | undefined> {
  const [row] = await getDb()
    .select({
      id: projects.id,
      name: projects.name,
      leadId: projects.leadId,
      hackDayId: projects.hackDayId,
      hackDayStatus: hackDays.status,
    })
    .from(projects)
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(eq(projects.id, projectId))
    .limit(1);
  return row;
}

function teamChangeRefusal(project: TeamContext) {
  if (project.hackDayStatus && !allowsTeamChanges(project.hackDayStatus))
    return refuse(409, "Teams at this hack day can no longer change.");
  return null;
}

async function activeCount(projectId: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.status, "active")));
  return row?.n ?? 0;
}

/** Asks to join a team. At a hack day, only registered participants not on another team may ask. */
export async function requestToJoin({
  projectId,
  userId,
  message,
}: {
  projectId: number;
  userId: number;
  message?: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    const closed = teamChangeRefusal(project);
    if (closed) return closed;
    const [own] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (own)
      return refuse(
        409,
        own.status === "active" ? "You are already on this team." : "You have already asked to join this team.",
      );
    if (project.hackDayId !== null) {
      const [registration] = await tx
        .select({ status: hackDayParticipants.status })
        .from(hackDayParticipants)
        .where(and(eq(hackDayParticipants.hackDayId, project.hackDayId), eq(hackDayParticipants.userId, userId)))
        .limit(1);
      if (registration?.status !== "registered")
        return refuse(403, "Register for this hack day (and have a confirmed place) before you ask to join a team.");
      const elsewhere = await teamAtHackDay(project.hackDayId, userId);
      if (elsewhere)
        return refuse(
          409,
          elsewhere.status === "active"
            ? `You are already on the team “${elsewhere.name}” at this hack day. A person can be on one team per hack day.`
            : `You have already asked to join “${elsewhere.name}”. Withdraw that request first.`,
        );
    }
    if ((await activeCount(projectId)) >= MAX_TEAM_SIZE)
      return refuse(409, `This team is full: teams have at most ${MAX_TEAM_SIZE} people.`);
    await tx
      .insert(projectMembers)
      .values({ projectId, userId, role: "member", status: "requested", message: message ?? "" });
    await notify({
      userId: project.leadId,
      kind: "team.join_request",
      title: `Someone asked to join ${project.name}`,
      body: message ?? "",
      link: `/projects/${projectId}/team`,
    });
    await recordAudit({ actorId: userId, action: "team.join_requested", objectType: "project", objectId: projectId });
    return { ok: true };
  });
}

/** The lead accepts or declines a join request; a team never grows past eight. */
export async function decideJoinRequest({
  projectId,
  leadId,
  userId,
  decision,
}: {
  projectId: number;
  leadId: number;
  userId: number;
  decision: "accept" | "decline";
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    if (project.leadId !== leadId) return refuse(403, "Only the team lead can answer join requests.");
    const closed = teamChangeRefusal(project);
    if (closed) return closed;
    const [request] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (request?.status !== "requested") return refuse(404, "That join request no longer exists.");
    const where = and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId));
    if (decision === "decline") {
      await tx.delete(projectMembers).where(where);
      await notify({
        userId,
        kind: "team.join_declined",
        title: `Your request to join ${project.name} was declined`,
        link: `/projects/${projectId}/team`,
      });
    } else {
      if ((await activeCount(projectId)) >= MAX_TEAM_SIZE)
        return refuse(409, `The team is full: teams have at most ${MAX_TEAM_SIZE} people.`);
      if (project.hackDayId !== null) {
        const [other] = await tx
          .select({ n: count() })
          .from(projectMembers)
          .innerJoin(projects, eq(projects.id, projectMembers.projectId))
          .where(
            and(
              eq(projectMembers.userId, userId),
              eq(projects.hackDayId, project.hackDayId),
              eq(projectMembers.status, "active"),
            ),
          );
        if ((other?.n ?? 0) > 0) return refuse(409, "That person is already on another team at this hack day.");
      }
      await tx.update(projectMembers).set({ status: "active" }).where(where);
      await notify({
        userId,
        kind: "team.join_accepted",
        title: `You joined ${project.name}`,
        link: `/projects/${projectId}/team`,
      });
    }
    await recordAudit({
      actorId: leadId,
      action: `team.join_${decision === "accept" ? "accepted" : "declined"}`,
      objectType: "project",
      objectId: projectId,
      after: { userId },
    });
    return { ok: true };
  });
}

/** Withdraws one's own join request, or leaves a team (the lead cannot leave their own team). */
export async function leaveTeam({
  projectId,
  userId,
  kind,
}: {
  projectId: number;
  userId: number;
  kind: "withdraw" | "leave";
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    const [row] = await tx
      .select({ status: projectMembers.status, role: projectMembers.role })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (kind === "withdraw" ? row?.status !== "requested" : row?.status !== "active")
      return refuse(409, kind === "withdraw" ? "You have no request to withdraw." : "You are not on this team.");
    if (row?.role === "lead")
      return refuse(409, "The lead cannot leave the team. Ask an organiser if the project needs a new lead.");
    if (kind === "leave") {
      const closed = teamChangeRefusal(project);
      if (closed) return closed;
    }
    await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
    if (kind === "leave")
      await notify({
        userId: project.leadId,
        kind: "team.member_left",
        title: `Someone left ${project.name}`,
        link: `/projects/${projectId}/team`,
      });
    await recordAudit({
      actorId: userId,
      action: kind === "withdraw" ? "team.join_withdrawn" : "team.left",
      objectType: "project",
      objectId: projectId,
    });
    return { ok: true };
  });
}

/** The lead removes a member from the team. */
export async function removeMember({
  projectId,
  leadId,
  userId,
}: {
  projectId: number;
  leadId: number;
  userId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    if (project.leadId !== leadId) return refuse(403, "Only the team lead can remove members.");
    if (userId === leadId) return refuse(409, "The lead cannot remove themselves.");
    const closed = teamChangeRefusal(project);
    if (closed) return closed;
    const [row] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (row?.status !== "active") return refuse(404, "That person is not on this team.");
    await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
    await notify({
      userId,
      kind: "team.removed",
      title: `You were removed from ${project.name}`,
      link: `/projects/${projectId}/team`,
    });
    await recordAudit({
      actorId: leadId,
      action: "team.member_removed",
      objectType: "project",
      objectId: projectId,
      after: { userId },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------- submission

/** What the submission form needs: the project's fields, screenshots, hack day and team. */
export async function getSubmission(projectId: number) {
  const db = getDb();
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      description: projects.description,
      repoUrl: projects.repoUrl,
      demoUrl: projects.demoUrl,
      videoUrl: projects.videoUrl,
      tech: projects.tech,
      licence: projects.licence,
      declaredNoPii: projects.declaredNoPii,
      declaredMaySubmit: projects.declaredMaySubmit,
      declaredIpPolicy: projects.declaredIpPolicy,
      submittedAt: projects.submittedAt,
      leadId: projects.leadId,
      hackDayId: hackDays.id,
      hackDayName: hackDays.name,
      hackDayStatus: hackDays.status,
      submissionDeadline: hackDays.submissionDeadline,
    })
    .from(projects)
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(eq(projects.id, projectId));
  if (!project) return null;
  const memberIds = (
    await db
      .select({ userId: projectMembers.userId })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.status, "active")))
  ).map((m) => m.userId);
  return { project, memberIds, screenshots: await listProjectScreenshots(projectId) };
}
export type SubmissionData = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;

/** Why the submission window is shut for this project now, or null (projects outside hack days never shut). */
export function submissionWindowRefusal(
  project: { hackDayStatus: SubmissionData["project"]["hackDayStatus"]; submissionDeadline: Date | null },
  now: Date = new Date(),
): string | null {
  if (!project.hackDayStatus || !project.submissionDeadline) return null;
  return submissionRefusal(project.hackDayStatus, project.submissionDeadline, now);
}

type CheckedUpload = { bytes: Uint8Array; type: ImageType; fileName: string };

async function checkUploads(
  files: readonly File[],
): Promise<{ ok: true; uploads: CheckedUpload[] } | { ok: false; message: string }> {
  const uploads: CheckedUpload[] = [];
  for (const file of files) {
    if (file.size > MAX_SCREENSHOT_BYTES)
      return { ok: false, message: `${file.name || "A screenshot"} is larger than 2 MB` };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes);
    if (!type) return { ok: false, message: `${file.name || "A screenshot"} is not a PNG, JPEG or WebP image` };
    uploads.push({ bytes, type, fileName: `${randomBytes(16).toString("hex")}.${imageExtensions[type]}` });
  }
  return { ok: true, uploads };
}

function removeFiles(fileNames: readonly string[]) {
  for (const name of fileNames) {
    const file = screenshotFilePath(name);
    if (file) fs.rmSync(file, { force: true });
  }
}

/**
 * Saves a team's submission: any active member may, while the hack day is live and before its
 * deadline (projects outside hack days: any time). Screenshot types are checked by their bytes.
 * The first save stamps `submittedAt` and puts a "submitted" move on the project's timeline, so
 * the project enters the pipeline at the prototype stage; all in one transaction.
 */
export async function saveSubmission({
  projectId,
  userId,
  values,
  now = new Date(),
}: {
  projectId: number;
  userId: number;
  values: SubmissionInput;
  now?: Date;
}): Promise<ModelResult<{ firstSubmission: boolean; name: string }>> {
  const current = await getSubmission(projectId);
  if (!current) return refuse(404, "We could not find that project.");
  if (!current.memberIds.includes(userId)) return refuse(403, "Only the project's team can edit its submission.");
  const shut = submissionWindowRefusal(current.project, now);
  if (shut) return refuse(409, shut);

  const checked = await checkUploads(values.uploads ?? []);
  if (!checked.ok) return refuse(400, checked.message, "uploads");
  const owned = new Set(current.screenshots.map((s) => s.id));
  const edits = (values.screenshots ?? []).filter((s) => owned.has(s.id));
  const removed = current.screenshots.filter((s) => edits.some((e) => e.id === s.id && e.remove));
  if (current.screenshots.length - removed.length + checked.uploads.length > MAX_SCREENSHOTS)
    return refuse(
      400,
      `A project can have at most ${MAX_SCREENSHOTS} screenshots. Remove some before adding more.`,
      "uploads",
    );

  fs.mkdirSync(screenshotsDir(), { recursive: true });
  const written: string[] = [];
  try {
    for (const upload of checked.uploads) {
      fs.writeFileSync(path.join(screenshotsDir(), upload.fileName), upload.bytes, { flag: "wx", mode: 0o640 });
      written.push(upload.fileName);
    }
    const result = await inTransaction(async (tx): Promise<ModelResult<{ firstSubmission: boolean; name: string }>> => {
      // Re-read inside the transaction: the deadline or status may have moved on meanwhile.
      const [fresh] = await tx
        .select({ submittedAt: projects.submittedAt, status: hackDays.status, deadline: hackDays.submissionDeadline })
        .from(projects)
        .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
        .where(eq(projects.id, projectId))
        .limit(1);
      if (!fresh) return refuse(404, "We could not find that project.");
      const late = submissionWindowRefusal({ hackDayStatus: fresh.status, submissionDeadline: fresh.deadline }, now);
      if (late) return refuse(409, late);
      const firstSubmission = fresh.submittedAt === null;
      await tx
        .update(projects)
        .set({
          name: values.name,
          tagline: values.tagline,
          description: values.description,
          repoUrl: values.repoUrl ?? null,
          demoUrl: values.demoUrl ?? null,
          videoUrl: values.videoUrl ?? null,
          tech: values.tech ?? "",
          licence: values.licence,
          declaredNoPii: values.declaredNoPii,
          declaredMaySubmit: values.declaredMaySubmit,
          declaredIpPolicy: values.declaredIpPolicy,
          lastActivityAt: now,
          ...(firstSubmission ? { submittedAt: now, stageEnteredAt: now } : {}),
        })
        .where(eq(projects.id, projectId));
      if (removed.length)
        await tx.delete(projectScreenshots).where(
          and(
            eq(projectScreenshots.projectId, projectId),
            inArray(
              projectScreenshots.id,
              removed.map((r) => r.id),
            ),
          ),
        );
      for (const edit of edits) {
        if (edit.remove) continue;
        await tx
          .update(projectScreenshots)
          .set({ alt: edit.alt ?? "" })
          .where(and(eq(projectScreenshots.projectId, projectId), eq(projectScreenshots.id, edit.id)));
      }
      const kept = current.screenshots.length - removed.length;
      for (const [i, upload] of checked.uploads.entries()) {
        await tx.insert(projectScreenshots).values({
          projectId,
          fileName: upload.fileName,
          contentType: upload.type,
          byteSize: upload.bytes.byteLength,
          alt: `Screenshot ${kept + i + 1} of ${values.name}`,
          position: kept + i,
        });
      }
      if (firstSubmission) {
        await tx.insert(stageMoves).values({
          projectId,
          kind: "submitted",
          fromStage: null,
          toStage: "prototype",
          actorId: userId,
          reason: current.project.hackDayName ? `Submitted at ${current.project.hackDayName}` : "Submitted",
        });
      }
      await recordAudit({
        actorId: userId,
        action: firstSubmission ? "project.submitted" : "project.submission_updated",
        objectType: "project",
        objectId: projectId,
        after: { name: values.name, screenshots: kept + checked.uploads.length },
      });
      return { ok: true, firstSubmission, name: values.name };
    });
    if (!result.ok) {
      removeFiles(written);
      return result;
    }
    removeFiles(removed.map((r) => r.fileName));
    return result;
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}

/** Where a team's project lives (used after a submission). */
export function projectHref(id: number, name: string): string {
  return projectPath(id, name);
}
