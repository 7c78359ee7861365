/**
 * A project's pilots: where it is tried, from when to when, against which measures, and how far
 * the pilot has got (planned → live → completed | stopped, or planned → stopped). The team
 * records them; each write is one transaction with its audit event and the project's activity
 * date. Decision 0050.
 */
import { and, asc, eq } from "drizzle-orm";
import { pilots } from "../../db/schema";
import { pilotDatesRefusal, pilotStatusRefusal, recordsWriteRefusal } from "../domain/project-records";
import type { PilotInput } from "../validation/project-records";
import { projectPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { notifyFollowers } from "./follows.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { loadProjectStanding, PROJECT_NOT_FOUND, touchProject } from "./project-standing.server";

type Actor = NonNullable<Viewer>;

const pilotColumns = {
  id: pilots.id,
  organisation: pilots.organisation,
  site: pilots.site,
  startsOn: pilots.startsOn,
  endsOn: pilots.endsOn,
  successMeasures: pilots.successMeasures,
  status: pilots.status,
};
export type PilotRow = { [K in keyof typeof pilotColumns]: (typeof pilots.$inferSelect)[K] };

/** A project's pilots, oldest first (the order the team added them in). */
export async function listPilots(projectId: number): Promise<PilotRow[]> {
  return getDb().select(pilotColumns).from(pilots).where(eq(pilots.projectId, projectId)).orderBy(asc(pilots.id));
}

/** The stored values of a pilot form: unknown dates are null. */
function pilotValues(input: PilotInput) {
  return {
    organisation: input.organisation,
    site: input.site,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    successMeasures: input.successMeasures,
    status: input.status,
  };
}

/**
 * Adds a pilot. A pilot may be recorded at any status, since a team may write up one that has
 * already run; the status moves apply from then on. `fundingInterestId` names the committed
 * pilot-site offer it was planned from (app/models/funding.server.ts), joining that transaction.
 */
export async function addPilot({
  projectId,
  actor,
  input,
  fundingInterestId,
}: {
  projectId: number;
  actor: Actor;
  input: PilotInput;
  fundingInterestId?: number;
}): Promise<ModelResult<{ pilotId: number }>> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const values = pilotValues(input);
    const refusal = recordsWriteRefusal(found.standing, found.project) ?? pilotDatesRefusal(values);
    if (refusal) return refusal;
    const [row] = await tx
      .insert(pilots)
      .values({ projectId, ...values, fundingInterestId })
      .returning({ id: pilots.id });
    await recordAudit({
      actorId: actor.id,
      action: "pilot.added",
      objectType: "pilot",
      objectId: row!.id,
      after: { projectId, ...values, ...(fundingInterestId ? { fundingInterestId } : {}) },
    });
    await notifyFollowers({
      objectType: "project",
      objectId: projectId,
      kind: "follow.pilot",
      title: `${found.project.name} ${values.status === "planned" ? "plans" : "recorded"} a pilot with ${values.organisation}`,
      link: projectPath(found.project),
      except: actor.id,
    });
    await touchProject(projectId);
    return { ok: true, pilotId: row!.id };
  });
}

/** Changes a pilot's details and moves its status on (never back). */
export async function updatePilot({
  projectId,
  pilotId,
  actor,
  input,
}: {
  projectId: number;
  pilotId: number;
  actor: Actor;
  input: PilotInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const denied = recordsWriteRefusal(found.standing, found.project);
    if (denied) return denied;
    const [before] = await tx
      .select(pilotColumns)
      .from(pilots)
      .where(and(eq(pilots.id, pilotId), eq(pilots.projectId, projectId)));
    if (!before) return refuse(404, "We could not find that pilot on this project.");
    const values = pilotValues(input);
    const refusal = pilotStatusRefusal(before.status, values.status) ?? pilotDatesRefusal(values);
    if (refusal) return refusal;
    const { id: _id, ...old } = before;
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => old[k] !== values[k]);
    if (changed.length === 0) return { ok: true };
    await tx.update(pilots).set(values).where(eq(pilots.id, pilotId));
    await recordAudit({
      actorId: actor.id,
      action: "pilot.updated",
      objectType: "pilot",
      objectId: pilotId,
      before: Object.fromEntries(changed.map((k) => [k, old[k]])),
      after: Object.fromEntries(changed.map((k) => [k, values[k]])),
    });
    await touchProject(projectId);
    return { ok: true };
  });
}
