import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  addGateDocument,
  getDocumentForDownload,
  getGateItemPage,
  removeGateDocument,
  saveGateItem,
  verifyGateItem,
} from "../../app/models/gate-items.server";
import { getWriterDb } from "../../app/utils/db.server";
import { uploadsDir } from "../../app/utils/env.server";
import * as s from "../../db/schema";
import { createMentor } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { countRows, failInsertsInto, forcedFailure, pipelineProject } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const pdf = (name = "hazard-log.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n")], name, { type: "application/pdf" });
const met = (evidence: string, extra: object = {}) => ({
  status: "met" as const,
  evidence,
  notApplicableReason: "",
  ...extra,
});
const statusRow = async (projectId: number, itemKey: string) =>
  (await db().select().from(s.gateItemStatusesTable).where(eq(s.gateItemStatusesTable.projectId, projectId))).find(
    (r) => r.itemKey === itemKey,
  );
// The default store (UPLOADS_STORE=folder): documents under the uploads folder.
const documentsDir = () => path.join(uploadsDir(), "documents");
const storedFiles = () => (fs.existsSync(documentsDir()) ? fs.readdirSync(documentsDir()).sort() : []);

describe("saving a gate item", () => {
  it("asks for the evidence the item names before it can be met", async () => {
    const { lead, project } = await pipelineProject();
    const save = (itemKey: string, input: Parameters<typeof saveGateItem>[0]["input"]) =>
      saveGateItem({ projectId: project.id, itemKey, actor: lead, input });
    expect(await save("working_demo", met("see the repo"))).toMatchObject({ status: 400, field: "evidence" });
    expect(await save("mhra_device_class", met("Reasoning here, long enough"))).toMatchObject({
      status: 400,
      field: "choice",
    });
    expect(await save("mhra_device_class", met("x", { choice: "class_iv" }))).toMatchObject({
      status: 400,
      field: "choice",
    });
    expect(
      await save("dtac_c3_technical_security", { status: "not_applicable", evidence: "", notApplicableReason: "no" }),
    ).toMatchObject({ status: 400, field: "notApplicableReason" });
    expect(await save("clinical_champion", met("I am a clinician"))).toMatchObject({ status: 409 });
    expect(await countRows("gate_item_events", project.id)).toBe(0);
  });

  it("saves the status and evidence with a history entry and an audit event", async () => {
    const { lead, project } = await pipelineProject();
    const result = await saveGateItem({
      projectId: project.id,
      itemKey: "mhra_device_class",
      actor: lead,
      input: met("It gives no diagnosis or treatment advice.", { choice: "not_a_device" }),
    });
    expect(result).toEqual({ ok: true });
    expect(await statusRow(project.id, "mhra_device_class")).toMatchObject({
      status: "met",
      choice: "not_a_device",
      evidence: "It gives no diagnosis or treatment advice.",
      updatedBy: lead.id,
    });
    const page = await getGateItemPage({ projectId: project.id, itemKey: "mhra_device_class", viewer: lead });
    expect(page!.history.map((h) => [h.kind, h.summary, h.actorName])).toEqual([
      ["updated", "Status: met", "Lena Lead"],
    ]);
    expect(page!.awaitingVerification).toBe(true);
    expect(page!.done).toBe(false);
  });

  it("is for the team only", async () => {
    const { stranger, mentor, project } = await pipelineProject();
    for (const actor of [stranger, mentor])
      expect(
        await saveGateItem({ projectId: project.id, itemKey: "working_demo", actor, input: met("https://x.example") }),
      ).toMatchObject({ status: 403 });
  });
});

describe("verifying", () => {
  it("lets an active mentor with the expertise verify; a change by the team asks for it again", async () => {
    const { lead, mentor, project } = await pipelineProject();
    const otherMentor = await createMentor({ areas: ["cyber_security"] });
    await db().insert(s.mentorships).values({ projectId: project.id, mentorId: otherMentor.id, status: "active" });
    const key = "dtac_c1_clinical_safety";
    const input = met("Clinical risk management plan and hazard log attached; CSO: Dr A Patel (GMC).");
    const verify = (actor: typeof lead) => verifyGateItem({ projectId: project.id, itemKey: key, actor });
    expect(await verify(mentor)).toMatchObject({ status: 409 }); // nothing to verify yet
    await saveGateItem({ projectId: project.id, itemKey: key, actor: lead, input });
    const [asked] = await db().select().from(s.notifications).where(eq(s.notifications.userId, mentor.id));
    expect(asked).toMatchObject({
      kind: "gate.verify_requested",
      link: `/projects/${project.id}-foot-check/gates/${key}`,
    });
    expect(await verify(otherMentor)).toMatchObject({ status: 403 });
    expect(await verify(lead)).toMatchObject({ status: 403 });
    expect(await verify(mentor)).toEqual({ ok: true });
    expect((await statusRow(project.id, key))!.verifiedBy).toBe(mentor.id);
    expect(await verify(mentor)).toMatchObject({ status: 409, message: "This item is already verified." });
    const [told] = await db().select().from(s.notifications).where(eq(s.notifications.userId, lead.id));
    expect(told).toMatchObject({ kind: "gate.verified" });

    await saveGateItem({
      projectId: project.id,
      itemKey: key,
      actor: lead,
      input: { ...input, evidence: "Updated plan" },
    });
    expect((await statusRow(project.id, key))!.verifiedAt).toBeNull();
    const page = await getGateItemPage({ projectId: project.id, itemKey: key, viewer: lead });
    expect(page!.history.map((h) => h.kind)).toEqual(["updated", "verification_cleared", "verified", "updated"]);
  });
});

describe("documents", () => {
  it("takes PDFs only, by their bytes", async () => {
    const { lead, project } = await pipelineProject();
    const before = storedFiles();
    const fake = new File(["<html>not a pdf</html>"], "log.pdf", { type: "application/pdf" });
    expect(
      await addGateDocument({
        projectId: project.id,
        itemKey: "dtac_c1_clinical_safety",
        actor: lead,
        file: fake,
        visibility: "team",
      }),
    ).toMatchObject({ status: 400, field: "document", message: "The document must be a PDF." });
    expect(storedFiles()).toEqual(before);
  });

  it("stores a document, shows a private one only to the team, verifiers and organisers, and removes it", async () => {
    const { lead, mentor, organiser, stranger, project } = await pipelineProject();
    const before = storedFiles();
    const add = (title: string, visibility: "public" | "team") =>
      addGateDocument({
        projectId: project.id,
        itemKey: "dtac_c1_clinical_safety",
        actor: lead,
        file: pdf(),
        title,
        visibility,
      });
    expect(await add("Hazard log", "team")).toEqual({ ok: true });
    expect(await add("Safety case summary", "public")).toEqual({ ok: true });
    const docs = await db().select().from(s.projectDocuments).orderBy(s.projectDocuments.id);
    expect(docs.map((d) => [d.title, d.visibility])).toEqual([
      ["Hazard log", "team"],
      ["Safety case summary", "public"],
    ]);
    expect(storedFiles()).toEqual([...before, ...docs.map((d) => d.fileName)].sort());
    const download = (documentId: number, viewer: typeof lead | null) =>
      getDocumentForDownload({ projectId: project.id, documentId, viewer });
    for (const viewer of [lead, mentor, organiser])
      expect((await download(docs[0]!.id, viewer))?.title).toBe("Hazard log");
    expect(await download(docs[0]!.id, stranger)).toBeNull();
    expect(await download(docs[0]!.id, null)).toBeNull();
    expect((await download(docs[1]!.id, null))?.title).toBe("Safety case summary");
    const strangerPage = await getGateItemPage({
      projectId: project.id,
      itemKey: "dtac_c1_clinical_safety",
      viewer: stranger,
    });
    expect(strangerPage!.documents.map((d) => d.title)).toEqual(["Safety case summary"]);

    expect(
      await removeGateDocument({
        projectId: project.id,
        itemKey: "dtac_c1_clinical_safety",
        actor: lead,
        documentId: docs[0]!.id,
      }),
    ).toEqual({ ok: true });
    expect(storedFiles()).toEqual([...before, docs[1]!.fileName].sort());
  });

  it("keeps no file when the transaction fails", async () => {
    const { lead, project } = await pipelineProject();
    const before = storedFiles();
    await failInsertsInto("gate_item_events");
    await expect(
      addGateDocument({
        projectId: project.id,
        itemKey: "dtac_c1_clinical_safety",
        actor: lead,
        file: pdf(),
        visibility: "team",
      }),
    ).rejects.toThrow(forcedFailure);
    expect(await db().select().from(s.projectDocuments)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });
});
