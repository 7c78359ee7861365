/** Posting a problem and editing its canvas (and what the edit form starts from). */
import { eq } from "drizzle-orm";
import { problems } from "../../db/schema";
import { unconfirmedRefusal } from "../domain/email-confirmation";
import { isOrganiser } from "../domain/roles";
import { parseTagList } from "../domain/problem-canvas";
import type { CanvasInput } from "../validation/problems";
import { recordAudit } from "./audit.server";
import { inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { canView, clean, findProblem, NOT_FOUND } from "./problem-common.server";
import { setProblemTags, tagsForProblems } from "./tags.server";
import { getEmailStatus } from "./users.server";

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

/**
 * Posts a problem with its tags, in one transaction, and records it in the audit log. An author
 * who has not confirmed their email address is refused (decision 0056).
 */
export async function createProblem({
  authorId,
  input,
}: {
  authorId: number;
  input: CanvasInput;
}): Promise<ModelResult<{ id: number; title: string }>> {
  return inTransaction(async (tx) => {
    const author = await getEmailStatus(authorId);
    if (!author) return refuse(403, "Sign in to post a problem.");
    const unconfirmed = unconfirmedRefusal(author, "post");
    if (unconfirmed) return unconfirmed;
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
    return { ok: true as const, ...row! };
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
