/**
 * Funding interest: a funder registers interest in a project, moves it on (in discussion,
 * committed) or withdraws it; the team declines it with a reason, plans a pilot from a committed
 * pilot-site offer, and the lead chooses whether the public page says "Has backers". The rules are
 * app/domain/funding.ts; each write is one transaction with its notification and audit event. The
 * funder's private note is read only for that funder (in the query) and never recorded in the
 * audit log. Reads decide in their WHERE clause what a viewer sees, so nothing private is read for
 * someone who may not see it. A funder's moves do not touch the project's activity date: mentors
 * see that date, and must not learn from it that a funder did something.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { funderProfiles, fundingInterests, projects, users } from "../../db/schema";
import type { AuditAction } from "../domain/audit";
import {
  declineInterestRefusal,
  fundingAccess,
  fundingSettingsRefusal,
  planPilotRefusal,
  registerInterestRefusal,
  showsHasBackers,
  updateInterestRefusal,
  type FunderStanding,
  type FundingAccess,
  type FundingKind,
} from "../domain/funding";
import { recordsWriteRefusal } from "../domain/project-records";
import { hasRole, isOrganiser } from "../domain/roles";
import { fundingKinds, fundingStatuses, type FundingStatus } from "../domain/taxonomy";
import { projectFundingPath } from "../utils/paths";
import type { InterestInput } from "../validation/funding";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { alias } from "./dialect.server";
import { notify } from "./notifications.server";
import { addPilot } from "./pilots.server";
import { loadProjectStanding, PROJECT_NOT_FOUND } from "./project-standing.server";

type Actor = NonNullable<Viewer>;

const funder = alias(users, "funder");
const INTEREST_NOT_FOUND = refuse(404, "We could not find that funding interest.");
const OWN_NOT_FOUND = refuse(404, "You have not registered interest in this project.");

/** "Claire Benson (Health Innovation Network)", or the name alone when there is no organisation. */
function funderLabel(name: string, organisation: string) {
  return organisation.trim() ? `${name} (${organisation.trim()})` : name;
}

/** The offer in words, for the team lead's notification: "Grant, £25,000" (no private note). */
function offerWords(kind: FundingKind | null, amount: number | null) {
  return [kind ? fundingKinds.label(kind) : "", amount != null ? `£${amount.toLocaleString("en-GB")}` : ""]
    .filter(Boolean)
    .join(", ");
}

/** The person as a funder: whether they hold the role, and their funder profile's kind. */
export async function loadFunderStanding(viewer: Viewer): Promise<FunderStanding> {
  if (!viewer) return { isFunder: false, profileKind: null };
  const [row] = await getDb()
    .select({ kind: funderProfiles.kind })
    .from(funderProfiles)
    .where(eq(funderProfiles.userId, viewer.id));
  return { isFunder: hasRole(viewer, "funder"), profileKind: row?.kind ?? null };
}

/** This funder's interest in the project (every field, their note included: it is theirs), or null. */
async function readOwnInterest(projectId: number, funderId: number) {
  const [row] = await getDb()
    .select({
      id: fundingInterests.id,
      status: fundingInterests.status,
      kind: fundingInterests.kind,
      amount: fundingInterests.amount,
      note: fundingInterests.note,
    })
    .from(fundingInterests)
    .where(and(eq(fundingInterests.projectId, projectId), eq(fundingInterests.funderId, funderId)));
  return row ?? null;
}

/** One interest on the project as the team acts on it (no private note), with its funder and planned pilot. */
async function readInterestForTeam(projectId: number, interestId: number) {
  const [row] = await getDb()
    .select({
      id: fundingInterests.id,
      funderId: fundingInterests.funderId,
      status: fundingInterests.status,
      kind: fundingInterests.kind,
      funderName: funder.name,
      funderOrganisation: funder.organisation,
      funderKind: funderProfiles.kind,
      pilotId: sql<
        number | null
      >`(SELECT p.id FROM pilots p WHERE p.funding_interest_id = ${fundingInterests.id} LIMIT 1)`,
    })
    .from(fundingInterests)
    .innerJoin(funder, eq(funder.id, fundingInterests.funderId))
    .leftJoin(funderProfiles, eq(funderProfiles.userId, fundingInterests.funderId))
    .where(and(eq(fundingInterests.id, interestId), eq(fundingInterests.projectId, projectId)));
  return row ?? null;
}

async function funderNameOf(userId: number) {
  const [row] = await getDb()
    .select({ name: users.name, organisation: users.organisation })
    .from(users)
    .where(eq(users.id, userId));
  return row ? funderLabel(row.name, row.organisation) : "A funder";
}

async function audit(
  action: AuditAction,
  actor: Actor,
  interestId: number,
  change: { before?: object; after: object },
) {
  await recordAudit({ actorId: actor.id, action, objectType: "funding_interest", objectId: interestId, ...change });
}

/**
 * A funder registers interest in a project: a new interest, or their declined or withdrawn one
 * opened again (one row per funder and project). The team lead is told who, and the offer.
 */
export async function registerInterest({
  projectId,
  actor,
  input,
}: {
  projectId: number;
  actor: Actor;
  input: InterestInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const current = await readOwnInterest(projectId, actor.id);
    const refusal = registerInterestRefusal({
      funder: await loadFunderStanding(actor),
      project: found.project,
      isMemberOfProject: found.standing.isMember,
      current: current?.status ?? null,
    });
    if (refusal) return refusal;
    const values = {
      status: "interested" as const,
      kind: input.kind,
      amount: input.amount ?? null,
      note: input.note,
      declineReason: "",
    };
    let interestId: number;
    if (current) {
      await tx.update(fundingInterests).set(values).where(eq(fundingInterests.id, current.id));
      interestId = current.id;
    } else {
      const [row] = await tx
        .insert(fundingInterests)
        .values({ projectId, funderId: actor.id, ...values })
        .returning({ id: fundingInterests.id });
      interestId = row!.id;
    }
    await notify({
      userId: found.project.leadId,
      kind: "funding.registered",
      title: `${await funderNameOf(actor.id)} registered interest in ${found.project.name}`,
      body: offerWords(values.kind, values.amount) || undefined,
      link: projectFundingPath(found.project),
    });
    await audit(current ? "funding.reopened" : "funding.registered", actor, interestId, {
      before: current ? { status: current.status } : undefined,
      after: { projectId, status: values.status, kind: values.kind, amount: values.amount },
    });
    return { ok: true };
  });
}

/**
 * The funder changes their own interest: moves it on (`status`), withdraws it, and with `details`
 * edits its kind, amount and private note. The team lead is told of a move or a changed offer
 * (never of the note, which is the funder's alone); nothing changed writes nothing.
 */
export async function updateInterest({
  projectId,
  actor,
  status,
  details,
}: {
  projectId: number;
  actor: Actor;
  status: FundingStatus;
  /** The whole form's kind, amount and note; left out (withdrawing), they stay as they are. */
  details?: InterestInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const current = await readOwnInterest(projectId, actor.id);
    if (!current) return OWN_NOT_FOUND;
    const next = {
      status,
      kind: details ? details.kind : current.kind,
      amount: details ? (details.amount ?? null) : current.amount,
      note: details ? details.note : current.note,
    };
    const refusal = updateInterestRefusal({ isOwnInterest: true, from: current.status, to: status, kind: next.kind });
    if (refusal) return refusal;
    const shared = (["status", "kind", "amount"] as const).filter((k) => current[k] !== next[k]);
    const noteEdited = current.note !== next.note;
    if (shared.length === 0 && !noteEdited) return { ok: true };
    await tx.update(fundingInterests).set(next).where(eq(fundingInterests.id, current.id));
    const withdrawn = status === "withdrawn";
    if (shared.length > 0) {
      const who = await funderNameOf(actor.id);
      const { name } = found.project;
      await notify({
        userId: found.project.leadId,
        kind: withdrawn ? "funding.withdrawn" : "funding.moved",
        title: withdrawn
          ? `${who} withdrew their ${current.status === "committed" ? "commitment to" : "interest in"} ${name}`
          : status !== current.status
            ? `${who} moved their interest in ${name} to ${fundingStatuses.label(status).toLowerCase()}`
            : `${who} changed their offer to ${name}`,
        body: withdrawn ? undefined : offerWords(next.kind, next.amount) || undefined,
        link: projectFundingPath(found.project),
      });
    }
    await audit(withdrawn ? "funding.withdrawn" : "funding.updated", actor, current.id, {
      before: Object.fromEntries(shared.map((k) => [k, current[k]])),
      after: { ...Object.fromEntries(shared.map((k) => [k, next[k]])), ...(noteEdited ? { noteEdited: true } : {}) },
    });
    return { ok: true };
  });
}

/**
 * The team declines a funder's interest, with a reason the funder is told. To anyone who may not
 * see the project's interests, the interest is not there (404), so a guessed id confirms nothing.
 */
export async function declineInterest({
  projectId,
  interestId,
  actor,
  reason,
}: {
  projectId: number;
  interestId: number;
  actor: Actor;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    if (!seesTeamView(found.standing)) return INTEREST_NOT_FOUND;
    const row = await readInterestForTeam(projectId, interestId);
    if (!row) return INTEREST_NOT_FOUND;
    const refusal = declineInterestRefusal({ isMember: found.standing.isMember, status: row.status, reason });
    if (refusal) return refusal;
    const declineReason = reason.trim();
    await tx
      .update(fundingInterests)
      .set({ status: "declined", declineReason })
      .where(eq(fundingInterests.id, interestId));
    await notify({
      userId: row.funderId,
      kind: "funding.declined",
      title: `The ${found.project.name} team declined your interest`,
      body: declineReason,
      link: projectFundingPath(found.project),
    });
    await audit("funding.declined", actor, interestId, {
      before: { status: row.status },
      after: { status: "declined", reason: declineReason },
    });
    return { ok: true };
  });
}

/**
 * The team plans a pilot from a committed pilot-site offer of a trust or care provider, in one
 * step: a planned pilot at the funder's organisation (the site, dates and measures to follow on
 * the pilots page), linked to the interest, once. The pilot is written by the pilots model's
 * addPilot, inside this transaction; the funder is told.
 */
export async function planPilotFromInterest({
  projectId,
  interestId,
  actor,
}: {
  projectId: number;
  interestId: number;
  actor: Actor;
}): Promise<ModelResult<{ pilotId: number }>> {
  return inTransaction(async () => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    if (!seesTeamView(found.standing)) return INTEREST_NOT_FOUND;
    const row = await readInterestForTeam(projectId, interestId);
    if (!row) return INTEREST_NOT_FOUND;
    const refusal = planPilotRefusal({
      recordsRefusal: recordsWriteRefusal(found.standing, found.project),
      interest: row,
      funderKind: row.funderKind,
      alreadyPlanned: row.pilotId !== null,
    });
    if (refusal) return refusal;
    const organisation = (row.funderOrganisation.trim() || row.funderName).slice(0, 200);
    const added = await addPilot({
      projectId,
      actor,
      input: { organisation, site: "", successMeasures: "", status: "planned" },
      fundingInterestId: row.id,
    });
    if (!added.ok) return added;
    await notify({
      userId: row.funderId,
      kind: "funding.pilot_planned",
      title: `${found.project.name} planned a pilot with ${organisation}`,
      body: "From your committed pilot-site offer. The team will add the site, dates and success measures.",
      link: projectFundingPath(found.project),
    });
    await audit("funding.pilot_planned", actor, row.id, { after: { pilotId: added.pilotId } });
    return { ok: true, pilotId: added.pilotId };
  });
}

/** The team lead chooses whether the public page says "Has backers", and what the team asks funders for. */
export async function setFundingSettings({
  projectId,
  actor,
  showsBackers,
  fundingAsk,
}: {
  projectId: number;
  actor: Actor;
  showsBackers: boolean;
  fundingAsk: number | null;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const refusal = fundingSettingsRefusal(found.standing);
    if (refusal) return refusal;
    const [before] = await tx
      .select({ showsBackers: projects.showsBackers, fundingAsk: projects.fundingAsk })
      .from(projects)
      .where(eq(projects.id, projectId));
    if (before!.showsBackers === showsBackers && before!.fundingAsk === fundingAsk) return { ok: true };
    await tx.update(projects).set({ showsBackers, fundingAsk }).where(eq(projects.id, projectId));
    await recordAudit({
      actorId: actor.id,
      action: "funding.settings_saved",
      objectType: "project",
      objectId: projectId,
      before,
      after: { showsBackers, fundingAsk },
    });
    return { ok: true };
  });
}

/** Whether this person sees the team's view of the project's interests (team, organisers, admins). */
const seesTeamView = (standing: { isMember: boolean; isOrganiser: boolean }) =>
  fundingAccess({ isMember: standing.isMember, isOrganiser: standing.isOrganiser, isFunder: false }) === "team";

/**
 * A project's funding interests as this viewer may see them, and what they see (FundingAccess):
 * the team, organisers and admins every interest, each without its funder's private note (but
 * their own, should a funder join the team); a funder only their own, note and all; anyone else
 * nothing, not even whether there are any. Newest activity first.
 */
export async function listProjectInterests({
  projectId,
  viewer,
  isMember,
}: {
  projectId: number;
  viewer: Viewer;
  /** Whether the viewer is an active member of the project's team. */
  isMember: boolean;
}) {
  if (!viewer) return { access: null as FundingAccess, interests: [] };
  const team = fundingAccess({ isMember, isOrganiser: isOrganiser(viewer), isFunder: false }) === "team";
  const interests = await getDb()
    .select({
      id: fundingInterests.id,
      funderId: fundingInterests.funderId,
      funderName: funder.name,
      funderOrganisation: funder.organisation,
      funderKind: funderProfiles.kind,
      status: fundingInterests.status,
      kind: fundingInterests.kind,
      amount: fundingInterests.amount,
      // The private note leaves the database only for the funder who wrote it.
      note: sql<string>`CASE WHEN ${fundingInterests.funderId} = ${viewer.id} THEN ${fundingInterests.note} ELSE '' END`,
      declineReason: fundingInterests.declineReason,
      createdAt: fundingInterests.createdAt,
      updatedAt: fundingInterests.updatedAt,
      pilotId: sql<
        number | null
      >`(SELECT p.id FROM pilots p WHERE p.funding_interest_id = ${fundingInterests.id} LIMIT 1)`,
    })
    .from(fundingInterests)
    .innerJoin(funder, eq(funder.id, fundingInterests.funderId))
    .leftJoin(funderProfiles, eq(funderProfiles.userId, fundingInterests.funderId))
    .where(and(eq(fundingInterests.projectId, projectId), team ? undefined : eq(fundingInterests.funderId, viewer.id)))
    .orderBy(sql`${fundingInterests.updatedAt} DESC`, asc(fundingInterests.id));
  // A funder who has an interest keeps seeing it even if they have since dropped the funder role.
  const access = fundingAccess({
    isMember,
    isOrganiser: isOrganiser(viewer),
    isFunder: hasRole(viewer, "funder") || interests.length > 0,
  });
  return { access, interests: access ? interests : [] };
}
/** One interest as listProjectInterests gives it. */
export type InterestRow = Awaited<ReturnType<typeof listProjectInterests>>["interests"][number];

/**
 * Whether the public page says "Has backers": the team's opt-in and at least one committed
 * interest (showsHasBackers). Only that yes or no leaves here: no count, no names, no sums.
 */
export async function loadHasBackers(projectId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({
      showsBackers: projects.showsBackers,
      anyCommitted:
        sql<boolean>`EXISTS (SELECT 1 FROM funding_interests fi WHERE fi.project_id = ${projectId} AND fi.status = 'committed')`.mapWith(
          Boolean,
        ),
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  return row ? showsHasBackers(row) : false;
}

/** The team's funding settings: whether the page may say "Has backers", and what it asks funders for. */
export async function loadFundingSettings(
  projectId: number,
): Promise<{ showsBackers: boolean; fundingAsk: number | null }> {
  const [row] = await getDb()
    .select({ showsBackers: projects.showsBackers, fundingAsk: projects.fundingAsk })
    .from(projects)
    .where(eq(projects.id, projectId));
  return row ?? { showsBackers: false, fundingAsk: null };
}

/**
 * The funding part of a project's page: the interests this viewer may see and what they see
 * (listProjectInterests), what the team asks funders for (to those who see funding at all), and
 * the public "Has backers" yes or no.
 */
export async function loadProjectFunding({
  projectId,
  viewer,
  isMember,
}: {
  projectId: number;
  viewer: Viewer;
  isMember: boolean;
}) {
  const [{ access, interests }, hasBackers, settings] = await Promise.all([
    listProjectInterests({ projectId, viewer, isMember }),
    loadHasBackers(projectId),
    loadFundingSettings(projectId),
  ]);
  return { access, interests, hasBackers, fundingAsk: access ? settings.fundingAsk : null };
}
