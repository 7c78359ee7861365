/**
 * A project's work on one gate item (decision 0049): its status and evidence, PDF documents, the
 * verifier's check and the item's history. The team edits; an item that names a verifier is
 * verified by a mentor active on the project with that expertise, or an organiser; when the team
 * changes verified evidence the item needs verifying again. Every change is one transaction with
 * its history entry, notifications and audit event.
 */
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import {
  gateItemEvents,
  gateItemStatusesTable,
  mentorExpertise,
  mentorships,
  projectDocuments,
  users,
} from "../../db/schema";
import { awaitsVerification, effectiveGateStatus, isItemDone, isSettled } from "../domain/gate-progress";
import { gateItem, type GateItem } from "../domain/gates";
import {
  gateEditRefusal,
  gateEvidenceRefusal,
  gateVerifyRefusal,
  seesPrivateEvidence,
  type GateItemInput,
  type ProjectStanding,
} from "../domain/pipeline";
import { gateItemStatuses } from "../domain/taxonomy";
import { readFile, removeFile, saveFile } from "./file-store.server";
import { projectDocumentPath, projectGatePath } from "../utils/paths";
import { MAX_DOCUMENT_BYTES } from "../validation/pipeline";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Tx, type Viewer } from "./core.server";
import { alias } from "./dialect.server";
import { notify } from "./notifications.server";
import {
  loadGateRecords,
  loadProjectFacts,
  loadProjectStanding,
  type StandingProject,
  touchProject,
} from "./project-standing.server";

type Actor = NonNullable<Viewer>;
const DOCUMENT_NAME = /^[a-f0-9]{32}\.pdf$/;
const ITEM_NOT_FOUND = refuse(404, "We could not find that gate item on this project.");

/** A stored document's bytes, or null (no such file, or a name we would never have made). */
export async function readDocumentFile(fileName: string): Promise<Uint8Array<ArrayBuffer> | null> {
  return DOCUMENT_NAME.test(fileName) ? readFile("documents", fileName) : null;
}

/** Whether these bytes are a PDF (its header), whatever the name or the type the browser claimed. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-";
}

/** Reads the project and the item for a write, inside the transaction; null when either is not there. */
async function readItem(projectId: number, itemKey: string, actor: Viewer) {
  const item = gateItem(itemKey);
  if (!item) return null;
  const found = await loadProjectStanding(projectId, actor);
  if (!found) return null;
  const [row] = await getDb()
    .select({
      status: gateItemStatusesTable.status,
      evidence: gateItemStatusesTable.evidence,
      choice: gateItemStatusesTable.choice,
      notApplicableReason: gateItemStatusesTable.notApplicableReason,
      verifiedAt: gateItemStatusesTable.verifiedAt,
    })
    .from(gateItemStatusesTable)
    .where(and(eq(gateItemStatusesTable.projectId, projectId), eq(gateItemStatusesTable.itemKey, itemKey)));
  return { item, ...found, row: row ?? null };
}

async function countDocuments(projectId: number, itemKey: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(projectDocuments)
    .where(and(eq(projectDocuments.projectId, projectId), eq(projectDocuments.itemKey, itemKey)));
  return row?.n ?? 0;
}

async function addEvent(
  tx: Tx,
  event: { projectId: number; itemKey: string; kind: (typeof gateItemEvents.$inferInsert)["kind"] },
  actorId: number,
  status: (typeof gateItemStatuses.values)[number] | null,
  summary: string,
) {
  await tx.insert(gateItemEvents).values({ ...event, actorId, status, summary });
}

/**
 * The team's evidence changed: a verified item needs verifying again. Returns whether a
 * verification was cleared.
 */
async function clearVerification(tx: Tx, projectId: number, itemKey: string, actorId: number): Promise<boolean> {
  const cleared = await tx
    .update(gateItemStatusesTable)
    .set({ verifiedAt: null, verifiedBy: null })
    .where(
      and(
        eq(gateItemStatusesTable.projectId, projectId),
        eq(gateItemStatusesTable.itemKey, itemKey),
        sql`${gateItemStatusesTable.verifiedAt} IS NOT NULL`,
      ),
    )
    .returning({ key: gateItemStatusesTable.itemKey });
  if (cleared.length === 0) return false;
  await addEvent(
    tx,
    { projectId, itemKey, kind: "verification_cleared" },
    actorId,
    null,
    "The evidence changed, so it needs verifying again",
  );
  return true;
}

/** Tells the mentors who could verify an item (active on the project, with the expertise) that it is ready. */
async function askVerifiers(tx: Tx, project: StandingProject, item: GateItem, actorId: number) {
  if (!item.verifier) return;
  const mentors = await tx
    .selectDistinct({ userId: mentorships.mentorId })
    .from(mentorships)
    .innerJoin(
      mentorExpertise,
      and(eq(mentorExpertise.userId, mentorships.mentorId), eq(mentorExpertise.area, item.verifier.expertise)),
    )
    .where(and(eq(mentorships.projectId, project.id), eq(mentorships.status, "active")));
  await notify(
    mentors
      .filter((m) => m.userId !== actorId)
      .map((m) => ({
        userId: m.userId,
        kind: "gate.verify_requested" as const,
        title: `${project.name}: “${item.label}” is ready for you to verify`,
        body: "Check the team's evidence and verify it on the item's page.",
        link: projectGatePath(project, item.key),
      })),
  );
}

/** Saves the team's status and evidence for one item. */
export async function saveGateItem({
  projectId,
  itemKey,
  actor,
  input,
}: {
  projectId: number;
  itemKey: string;
  actor: Actor;
  input: GateItemInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await readItem(projectId, itemKey, actor);
    if (!found) return ITEM_NOT_FOUND;
    const { item, project, standing, row } = found;
    const refusal =
      gateEditRefusal(standing, project) ?? gateEvidenceRefusal(item, input, await countDocuments(projectId, itemKey));
    if (refusal) return refusal;
    const values = {
      status: input.status,
      evidence: input.evidence,
      choice: item.choices ? (input.choice ?? null) : null,
      notApplicableReason: input.status === "not_applicable" ? input.notApplicableReason : "",
    };
    const changed =
      !row ||
      row.status !== values.status ||
      row.evidence !== values.evidence ||
      row.choice !== values.choice ||
      row.notApplicableReason !== values.notApplicableReason;
    if (!changed) return { ok: true };
    await tx
      .insert(gateItemStatusesTable)
      .values({ projectId, itemKey, ...values, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: [gateItemStatusesTable.projectId, gateItemStatusesTable.itemKey],
        set: { ...values, updatedBy: actor.id, updatedAt: new Date() },
      });
    const wasVerified = row?.verifiedAt != null;
    if (wasVerified) await clearVerification(tx, projectId, itemKey, actor.id);
    await addEvent(
      tx,
      { projectId, itemKey, kind: "updated" },
      actor.id,
      values.status,
      row?.status === values.status
        ? "Evidence updated"
        : `Status: ${gateItemStatuses.label(values.status).toLowerCase()}`,
    );
    await touchProject(projectId);
    if (item.verifier && isSettled(values.status)) await askVerifiers(tx, project, item, actor.id);
    await recordAudit({
      actorId: actor.id,
      action: "gate.updated",
      objectType: "project",
      objectId: projectId,
      before: row ? { item: itemKey, status: row.status, verified: wasVerified } : { item: itemKey },
      after: { item: itemKey, status: values.status },
    });
    return { ok: true };
  });
}

/** A verifier (or an organiser) confirms the team's evidence for an item that names a verifier. */
export async function verifyGateItem({
  projectId,
  itemKey,
  actor,
}: {
  projectId: number;
  itemKey: string;
  actor: Actor;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await readItem(projectId, itemKey, actor);
    if (!found) return ITEM_NOT_FOUND;
    const { item, project, standing, row } = found;
    const refusal = gateVerifyRefusal(item, standing, {
      settled: row !== null && isSettled(row.status),
      verified: row?.verifiedAt != null,
    });
    if (refusal) return refusal;
    await tx
      .update(gateItemStatusesTable)
      .set({ verifiedAt: new Date(), verifiedBy: actor.id })
      .where(and(eq(gateItemStatusesTable.projectId, projectId), eq(gateItemStatusesTable.itemKey, itemKey)));
    await addEvent(tx, { projectId, itemKey, kind: "verified" }, actor.id, row!.status, "Verified");
    await touchProject(projectId);
    await notify({
      userId: project.leadId,
      kind: "gate.verified",
      title: `${actor.name ?? "A verifier"} verified “${item.label}” on ${project.name}`,
      link: projectGatePath(project, itemKey),
    });
    await recordAudit({
      actorId: actor.id,
      action: "gate.verified",
      objectType: "project",
      objectId: projectId,
      after: { item: itemKey },
    });
    return { ok: true };
  });
}

/**
 * Adds a PDF to an item's evidence. The bytes are checked (a PDF header, 10 MB at most) and
 * written under a random name before the transaction; if the transaction refuses or fails, the
 * file is removed again.
 */
export async function addGateDocument({
  projectId,
  itemKey,
  actor,
  file,
  title,
  visibility,
}: {
  projectId: number;
  itemKey: string;
  actor: Actor;
  file: File;
  title?: string;
  visibility: "public" | "team";
}): Promise<ModelResult> {
  if (file.size > MAX_DOCUMENT_BYTES) return refuse(400, "The document must be 10 MB or smaller.", "document");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return refuse(400, "The document must be a PDF.", "document");
  const item = gateItem(itemKey);
  if (!item?.documents) return refuse(409, "This item does not take documents.");
  const fileName = `${randomBytes(16).toString("hex")}.pdf`;
  await saveFile("documents", fileName, bytes);
  try {
    const result = await inTransaction(async (tx): Promise<ModelResult> => {
      const found = await readItem(projectId, itemKey, actor);
      if (!found) return ITEM_NOT_FOUND;
      const refusal = gateEditRefusal(found.standing, found.project);
      if (refusal) return refusal;
      const documentTitle = (title || file.name.replace(/\.pdf$/i, "") || "Evidence").slice(0, 200);
      await tx.insert(projectDocuments).values({
        projectId,
        itemKey,
        fileName,
        title: documentTitle,
        byteSize: bytes.byteLength,
        visibility,
        uploadedBy: actor.id,
      });
      await clearVerification(tx, projectId, itemKey, actor.id);
      await addEvent(
        tx,
        { projectId, itemKey, kind: "document_added" },
        actor.id,
        null,
        // The history is public: a private document's title stays off it.
        visibility === "public"
          ? `Added “${documentTitle}” (public)`
          : "Added a document for the team, verifiers and organisers",
      );
      await touchProject(projectId);
      await recordAudit({
        actorId: actor.id,
        action: "gate.document_added",
        objectType: "project",
        objectId: projectId,
        after: { item: itemKey, title: documentTitle, visibility, bytes: bytes.byteLength },
      });
      return { ok: true };
    });
    if (!result.ok) await removeFile("documents", fileName);
    return result;
  } catch (error) {
    await removeFile("documents", fileName);
    throw error;
  }
}

/** Removes a document from an item's evidence (the file goes once the row has). */
export async function removeGateDocument({
  projectId,
  itemKey,
  actor,
  documentId,
}: {
  projectId: number;
  itemKey: string;
  actor: Actor;
  documentId: number;
}): Promise<ModelResult> {
  const result = await inTransaction(async (tx): Promise<ModelResult & { fileName?: string }> => {
    const found = await readItem(projectId, itemKey, actor);
    if (!found) return ITEM_NOT_FOUND;
    const refusal = gateEditRefusal(found.standing, found.project);
    if (refusal) return refusal;
    const [removed] = await tx
      .delete(projectDocuments)
      .where(
        and(
          eq(projectDocuments.id, documentId),
          eq(projectDocuments.projectId, projectId),
          eq(projectDocuments.itemKey, itemKey),
        ),
      )
      .returning({
        fileName: projectDocuments.fileName,
        title: projectDocuments.title,
        visibility: projectDocuments.visibility,
      });
    if (!removed) return refuse(404, "That document is not part of this item's evidence.");
    await clearVerification(tx, projectId, itemKey, actor.id);
    const summary =
      removed.visibility === "public"
        ? `Removed “${removed.title}”`
        : "Removed a document for the team, verifiers and organisers";
    await addEvent(tx, { projectId, itemKey, kind: "document_removed" }, actor.id, null, summary);
    await touchProject(projectId);
    await recordAudit({
      actorId: actor.id,
      action: "gate.document_removed",
      objectType: "project",
      objectId: projectId,
      before: { item: itemKey, title: removed.title },
    });
    return { ok: true, fileName: removed.fileName };
  });
  if (result.ok && result.fileName && DOCUMENT_NAME.test(result.fileName))
    await removeFile("documents", result.fileName);
  return result.ok ? { ok: true } : result;
}

/** Whether a document row may be shown to this viewer: public ones to all who see the project. */
const visibleDocuments = (standing: ProjectStanding) =>
  seesPrivateEvidence(standing) ? undefined : eq(projectDocuments.visibility, "public");

/** A document for download, or null (404) when it is not there or the viewer may not see it. */
export async function getDocumentForDownload({
  projectId,
  documentId,
  viewer,
}: {
  projectId: number;
  documentId: number;
  viewer: Viewer;
}) {
  const found = await loadProjectStanding(projectId, viewer);
  if (!found) return null;
  const [doc] = await getDb()
    .select({ fileName: projectDocuments.fileName, title: projectDocuments.title, byteSize: projectDocuments.byteSize })
    .from(projectDocuments)
    .where(
      and(
        eq(projectDocuments.id, documentId),
        eq(projectDocuments.projectId, projectId),
        visibleDocuments(found.standing),
      ),
    );
  return doc ?? null;
}

const eventActor = alias(users, "event_actor");
const verifierUser = alias(users, "verifier_user");

/** Everything a gate item's page shows, or null (404). */
export async function getGateItemPage({
  projectId,
  itemKey,
  viewer,
}: {
  projectId: number;
  itemKey: string;
  viewer: Viewer;
}) {
  const item = gateItem(itemKey);
  if (!item) return null;
  const found = await loadProjectStanding(projectId, viewer);
  if (!found) return null;
  const { project, standing } = found;
  const db = getDb();
  const [rows, documents, history, records, facts] = await Promise.all([
    db
      .select({
        status: gateItemStatusesTable.status,
        evidence: gateItemStatusesTable.evidence,
        choice: gateItemStatusesTable.choice,
        notApplicableReason: gateItemStatusesTable.notApplicableReason,
        verifiedAt: gateItemStatusesTable.verifiedAt,
        verifiedByName: verifierUser.name,
        updatedAt: gateItemStatusesTable.updatedAt,
      })
      .from(gateItemStatusesTable)
      .leftJoin(verifierUser, eq(verifierUser.id, gateItemStatusesTable.verifiedBy))
      .where(and(eq(gateItemStatusesTable.projectId, projectId), eq(gateItemStatusesTable.itemKey, itemKey))),
    db
      .select({
        id: projectDocuments.id,
        title: projectDocuments.title,
        byteSize: projectDocuments.byteSize,
        visibility: projectDocuments.visibility,
        createdAt: projectDocuments.createdAt,
      })
      .from(projectDocuments)
      .where(
        and(
          eq(projectDocuments.projectId, projectId),
          eq(projectDocuments.itemKey, itemKey),
          visibleDocuments(standing),
        ),
      )
      .orderBy(asc(projectDocuments.createdAt), asc(projectDocuments.id)),
    db
      .select({
        id: gateItemEvents.id,
        kind: gateItemEvents.kind,
        status: gateItemEvents.status,
        summary: gateItemEvents.summary,
        createdAt: gateItemEvents.createdAt,
        actorName: eventActor.name,
      })
      .from(gateItemEvents)
      .leftJoin(eventActor, eq(eventActor.id, gateItemEvents.actorId))
      .where(and(eq(gateItemEvents.projectId, projectId), eq(gateItemEvents.itemKey, itemKey)))
      .orderBy(desc(gateItemEvents.createdAt), desc(gateItemEvents.id))
      .limit(50),
    loadGateRecords(projectId),
    loadProjectFacts(projectId),
  ]);
  const row = rows[0] ?? null;
  const seesPrivate = seesPrivateEvidence(standing);
  const shown = seesPrivate || !item.privateEvidence;
  const record = records[itemKey];
  const settled = row !== null && isSettled(row.status);
  return {
    project,
    item,
    status: effectiveGateStatus(item, row?.status, facts),
    done: isItemDone(item, record, facts),
    awaitingVerification: awaitsVerification(item, record),
    record: row && {
      ...row,
      evidence: shown ? row.evidence : "",
      choice: shown ? row.choice : null,
      notApplicableReason: shown ? row.notApplicableReason : "",
    },
    evidencePrivate: !shown,
    documents: documents.map((d) => ({ ...d, href: projectDocumentPath(project, d.id) })),
    history,
    mayEdit: !item.derived && !gateEditRefusal(standing, project),
    mayVerify: !gateVerifyRefusal(item, standing, { settled, verified: row?.verifiedAt != null }),
  };
}

export type GateItemPage = NonNullable<Awaited<ReturnType<typeof getGateItemPage>>>;
