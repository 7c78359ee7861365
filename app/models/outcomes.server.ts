/**
 * A project's measured outcomes (metric, baseline, result, unit, source, date, optionally from one
 * of its pilots) and the success stories organisers publish from them. The team records and
 * corrects outcomes; an organiser publishes one as a story (its own page, and the team lead is
 * told) and can withdraw it, which keeps the words for next time. While a story is published its
 * figures are fixed. Every write is one transaction with its audit event (and notification) and
 * the project's activity date. Decision 0050.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { outcomes, pilots, projects } from "../../db/schema";
import {
  outcomeChangeRefusal,
  recordsWriteRefusal,
  storyPublishRefusal,
  storyUnpublishRefusal,
} from "../domain/project-records";
import type { Stage } from "../domain/stages";
import { storyPath } from "../utils/paths";
import type { OutcomeInput } from "../validation/project-records";
import { recordAudit } from "./audit.server";
import { notifyFollowers } from "./follows.server";
import { getDb, inTransaction, refuse, type ModelResult, type Tx, type Viewer } from "./core.server";
import { notify } from "./notifications.server";
import { isPublicProject } from "./projects.server";
import { loadProjectStanding, PROJECT_NOT_FOUND, touchProject } from "./project-standing.server";

type Actor = NonNullable<Viewer>;
const OUTCOME_NOT_FOUND = refuse(404, "We could not find that outcome on this project.");

const outcomeColumns = {
  id: outcomes.id,
  pilotId: outcomes.pilotId,
  metric: outcomes.metric,
  baseline: outcomes.baseline,
  result: outcomes.result,
  unit: outcomes.unit,
  source: outcomes.source,
  measuredOn: outcomes.measuredOn,
  storyTitle: outcomes.storyTitle,
  storyBody: outcomes.storyBody,
  publishedAt: outcomes.publishedAt,
};
export type OutcomeRow = { [K in keyof typeof outcomeColumns]: (typeof outcomes.$inferSelect)[K] };

/**
 * A project's outcomes for its team and organisers, oldest first, with the story words (kept
 * after a story is withdrawn, so an organiser can publish it again).
 */
export async function listOutcomes(projectId: number): Promise<OutcomeRow[]> {
  return getDb()
    .select(outcomeColumns)
    .from(outcomes)
    .where(eq(outcomes.projectId, projectId))
    .orderBy(asc(outcomes.id));
}

export type StoryPage = {
  id: number;
  title: string;
  body: string;
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  source: string;
  measuredOn: string;
  publishedAt: Date;
  pilot: { organisation: string; site: string } | null;
  project: { id: number; name: string; tagline: string; stage: Stage };
};

/** A published success story of a submitted project, or null (unknown, withdrawn or not public). */
export async function getStory(id: number): Promise<StoryPage | null> {
  const [row] = await getDb()
    .select({
      id: outcomes.id,
      title: outcomes.storyTitle,
      body: outcomes.storyBody,
      metric: outcomes.metric,
      baseline: outcomes.baseline,
      result: outcomes.result,
      unit: outcomes.unit,
      source: outcomes.source,
      measuredOn: outcomes.measuredOn,
      publishedAt: outcomes.publishedAt,
      pilotOrganisation: pilots.organisation,
      pilotSite: pilots.site,
      projectId: projects.id,
      projectName: projects.name,
      projectTagline: projects.tagline,
      projectStage: projects.stage,
    })
    .from(outcomes)
    .innerJoin(projects, eq(projects.id, outcomes.projectId))
    .leftJoin(pilots, eq(pilots.id, outcomes.pilotId))
    .where(and(eq(outcomes.id, id), isNotNull(outcomes.publishedAt), isPublicProject));
  if (!row || !row.publishedAt || row.title === null || row.body === null) return null;
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    metric: row.metric,
    baseline: row.baseline,
    result: row.result,
    unit: row.unit,
    source: row.source,
    measuredOn: row.measuredOn,
    publishedAt: row.publishedAt,
    pilot: row.pilotOrganisation === null ? null : { organisation: row.pilotOrganisation, site: row.pilotSite ?? "" },
    project: { id: row.projectId, name: row.projectName, tagline: row.projectTagline, stage: row.projectStage },
  };
}

/** The outcome, inside the caller's transaction; only when it belongs to this project. */
async function readOutcome(tx: Tx, projectId: number, outcomeId: number) {
  const [row] = await tx
    .select(outcomeColumns)
    .from(outcomes)
    .where(and(eq(outcomes.id, outcomeId), eq(outcomes.projectId, projectId)));
  return row ?? null;
}

/** Refuses a pilot that is not one of this project's. */
async function pilotRefusal(tx: Tx, projectId: number, pilotId: number | undefined) {
  if (pilotId === undefined) return undefined;
  const [pilot] = await tx
    .select({ id: pilots.id })
    .from(pilots)
    .where(and(eq(pilots.id, pilotId), eq(pilots.projectId, projectId)));
  return pilot ? undefined : refuse(400, "Choose one of this project's pilots, or none", "pilotId");
}

function outcomeValues(input: OutcomeInput) {
  return {
    pilotId: input.pilotId ?? null,
    metric: input.metric,
    baseline: input.baseline,
    result: input.result,
    unit: input.unit,
    source: input.source,
    measuredOn: input.measuredOn,
  };
}

/** Records a measured outcome. */
export async function addOutcome({
  projectId,
  actor,
  input,
}: {
  projectId: number;
  actor: Actor;
  input: OutcomeInput;
}): Promise<ModelResult<{ outcomeId: number }>> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const refusal =
      recordsWriteRefusal(found.standing, found.project) ?? (await pilotRefusal(tx, projectId, input.pilotId));
    if (refusal) return refusal;
    const values = outcomeValues(input);
    const [row] = await tx
      .insert(outcomes)
      .values({ projectId, ...values })
      .returning({ id: outcomes.id });
    await recordAudit({
      actorId: actor.id,
      action: "outcome.added",
      objectType: "outcome",
      objectId: row!.id,
      after: { projectId, ...values },
    });
    await touchProject(projectId);
    return { ok: true, outcomeId: row!.id };
  });
}

/** Corrects an outcome that is not published as a story. */
export async function updateOutcome({
  projectId,
  outcomeId,
  actor,
  input,
}: {
  projectId: number;
  outcomeId: number;
  actor: Actor;
  input: OutcomeInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const denied = recordsWriteRefusal(found.standing, found.project);
    if (denied) return denied;
    const before = await readOutcome(tx, projectId, outcomeId);
    if (!before) return OUTCOME_NOT_FOUND;
    const refusal =
      outcomeChangeRefusal(found.standing, found.project, { published: before.publishedAt !== null }) ??
      (await pilotRefusal(tx, projectId, input.pilotId));
    if (refusal) return refusal;
    const values = outcomeValues(input);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
    if (changed.length === 0) return { ok: true };
    await tx.update(outcomes).set(values).where(eq(outcomes.id, outcomeId));
    await recordAudit({
      actorId: actor.id,
      action: "outcome.updated",
      objectType: "outcome",
      objectId: outcomeId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, values[k]])),
    });
    await touchProject(projectId);
    return { ok: true };
  });
}

/** Removes an outcome that is not published as a story. */
export async function removeOutcome({
  projectId,
  outcomeId,
  actor,
}: {
  projectId: number;
  outcomeId: number;
  actor: Actor;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const denied = recordsWriteRefusal(found.standing, found.project);
    if (denied) return denied;
    const before = await readOutcome(tx, projectId, outcomeId);
    if (!before) return OUTCOME_NOT_FOUND;
    const refusal = outcomeChangeRefusal(found.standing, found.project, { published: before.publishedAt !== null });
    if (refusal) return refusal;
    await tx.delete(outcomes).where(eq(outcomes.id, outcomeId));
    const { id: _id, publishedAt: _publishedAt, ...kept } = before;
    await recordAudit({
      actorId: actor.id,
      action: "outcome.removed",
      objectType: "outcome",
      objectId: outcomeId,
      before: { projectId, ...kept },
    });
    await touchProject(projectId);
    return { ok: true };
  });
}

/**
 * Publishes an outcome as a success story, or rewords one already published (its date stays, and
 * nobody is told twice). On first publication the team lead is told, with a link to the story.
 */
export async function publishStory({
  projectId,
  outcomeId,
  actor,
  story,
}: {
  projectId: number;
  outcomeId: number;
  actor: Actor;
  story: { storyTitle: string; storyBody: string };
}): Promise<ModelResult<{ firstPublication: boolean }>> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const { project, standing } = found;
    const denied = storyPublishRefusal(standing, project, { title: story.storyTitle, body: story.storyBody });
    if (denied) return denied;
    const before = await readOutcome(tx, projectId, outcomeId);
    if (!before) return OUTCOME_NOT_FOUND;
    const firstPublication = before.publishedAt === null;
    if (!firstPublication && before.storyTitle === story.storyTitle && before.storyBody === story.storyBody)
      return { ok: true, firstPublication };
    const publishedAt = before.publishedAt ?? new Date();
    await tx
      .update(outcomes)
      .set({ storyTitle: story.storyTitle, storyBody: story.storyBody, publishedAt })
      .where(eq(outcomes.id, outcomeId));
    await recordAudit({
      actorId: actor.id,
      action: "story.published",
      objectType: "outcome",
      objectId: outcomeId,
      before: { storyTitle: before.storyTitle, storyBody: before.storyBody, publishedAt: before.publishedAt },
      after: { ...story, publishedAt },
    });
    if (firstPublication && project.leadId !== actor.id)
      await notify({
        userId: project.leadId,
        kind: "story.published",
        title: `${project.name}: “${story.storyTitle}” is published as a success story`,
        body: `An organiser published your outcome “${before.metric}” as a success story. Anyone can read it now.`,
        link: storyPath({ id: outcomeId, title: story.storyTitle }),
      });
    if (firstPublication)
      await notifyFollowers({
        objectType: "project",
        objectId: projectId,
        kind: "follow.outcome",
        title: `${project.name} published an outcome: “${story.storyTitle}”`,
        link: storyPath({ id: outcomeId, title: story.storyTitle }),
        except: actor.id,
      });
    await touchProject(projectId);
    return { ok: true, firstPublication };
  });
}

/** Withdraws a published story: its page goes, the outcome and the story's words stay. */
export async function unpublishStory({
  projectId,
  outcomeId,
  actor,
}: {
  projectId: number;
  outcomeId: number;
  actor: Actor;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const before = await readOutcome(tx, projectId, outcomeId);
    if (!before) return OUTCOME_NOT_FOUND;
    const denied = storyUnpublishRefusal(found.standing, { published: before.publishedAt !== null });
    if (denied) return denied;
    await tx.update(outcomes).set({ publishedAt: null }).where(eq(outcomes.id, outcomeId));
    await recordAudit({
      actorId: actor.id,
      action: "story.unpublished",
      objectType: "outcome",
      objectId: outcomeId,
      before: { storyTitle: before.storyTitle, publishedAt: before.publishedAt },
      after: { publishedAt: null },
    });
    await touchProject(projectId);
    return { ok: true };
  });
}
