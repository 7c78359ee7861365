/**
 * A team's submission: what the form shows, whether the window is open, and saving it (with its
 * screenshots) into the pipeline.
 */
import { and, eq, inArray } from "drizzle-orm";
import { hackDays, projectMembers, projects, projectScreenshots, stageMoves } from "../../db/schema";
import { submissionRefusal } from "../domain/hack-day-status";
import { MAX_SCREENSHOTS } from "../domain/screenshots";
import type { SubmissionInput } from "../validation/submissions";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { submittedWorkColumns } from "./projects.server";
import {
  checkScreenshotUploads,
  listProjectScreenshots,
  removeScreenshotFiles,
  saveScreenshotFiles,
} from "./screenshots.server";

/** What the submission form needs: the project's fields, screenshots, hack day and team. */
export async function getSubmission(projectId: number) {
  const db = getDb();
  const [project] = await db
    .select({
      ...submittedWorkColumns,
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

  const checked = await checkScreenshotUploads(values.uploads ?? []);
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

  const written = checked.uploads.map((upload) => upload.fileName);
  try {
    await saveScreenshotFiles(checked.uploads);
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
      await removeScreenshotFiles(written);
      return result;
    }
    await removeScreenshotFiles(removed.map((r) => r.fileName));
    return result;
  } catch (error) {
    await removeScreenshotFiles(written);
    throw error;
  }
}
