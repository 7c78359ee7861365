import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDossier, loadDossierItems } from "../../app/models/dossier.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createGateItemStatus,
  createHackDay,
  createOutcome,
  createPilot,
  createProject,
  createUser,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { pipelineProject } from "./pipeline-helpers";

withFreshDatabase();

const now = new Date("2026-05-04T09:00:00Z");
const verifiedAt = new Date("2026-04-20T14:00:00Z");

async function addDocument(projectId: number, itemKey: string, title: string, visibility: "public" | "team") {
  const [row] = await getWriterDb()
    .insert(s.projectDocuments)
    .values({
      projectId,
      itemKey,
      title,
      visibility,
      fileName: `${randomBytes(16).toString("hex")}.pdf`,
      byteSize: 348_160,
      createdAt: new Date("2026-04-01T10:00:00Z"),
    })
    .returning();
  return row!;
}

const item = (dossier: NonNullable<Awaited<ReturnType<typeof getDossier>>>, key: string) =>
  dossier.sections.flatMap((section) => section.items).find((i) => i.key === key)!;

describe("getDossier", () => {
  it("lists exactly what is missing, in DTAC order, with what each item needs", async () => {
    const { project, mentor } = await pipelineProject();
    const at = { projectId: project.id };
    await createGateItemStatus({ ...at, itemKey: "intended_purpose", status: "met", evidence: "Records foot checks." });
    await createGateItemStatus({ ...at, itemKey: "dtac_c1_clinical_safety", status: "met", evidence: "See the file." });
    await createGateItemStatus({
      ...at,
      itemKey: "mhra_device_class",
      status: "met",
      choice: "class_i",
      evidence: "It measures nothing and advises nothing.",
      verifiedBy: mentor.id,
      verifiedAt,
    });
    await createGateItemStatus({
      ...at,
      itemKey: "dtac_c3_technical_security",
      status: "not_applicable",
      notApplicableReason: "It runs offline on the trust's own kit.",
    });
    await createGateItemStatus({ ...at, itemKey: "dtac_c4_interoperability", status: "in_progress" });
    await createGateItemStatus({ ...at, itemKey: "user_testing", status: "met", evidence: "Six podiatrists, March." });

    const dossier = (await getDossier({ projectId: project.id, viewer: null, now }))!;
    const verification =
      "Verification by a mentor with clinical safety expertise who is active on the project, or an organiser.";
    expect(dossier.missing).toEqual([
      { key: "dtac_c1_clinical_safety", label: "DTAC C1 clinical safety (DCB0129)", code: "C1", need: verification },
      {
        key: "pilot_site_committed",
        label: "A pilot site committed (DCB0160)",
        code: "C1",
        need: "The deploying organisation has committed and owns its DCB0160 clinical risk management.",
      },
      {
        key: "dtac_c2_data_protection",
        label: "DTAC C2 data protection",
        code: "C2",
        need: "A DPIA for the pilot, the supplier's ICO registration number and a Data Security and Protection Toolkit submission. Then verification by a mentor with information governance and data protection expertise who is active on the project, or an organiser.",
      },
      {
        key: "data_use_statement",
        label: "Data-use statement published",
        code: "C2",
        need: "What data the product uses, why, and the lawful basis, in words a patient understands.",
      },
      {
        key: "dtac_c4_interoperability",
        label: "DTAC C4 interoperability",
        code: "C4",
        need: "Standards used (FHIR, SNOMED CT, NHS login) and how data moves in and out.",
      },
      {
        key: "dtac_d_usability",
        label: "DTAC D usability and accessibility",
        code: "D",
        need: "A WCAG 2.2 AA accessibility statement and usability findings.",
      },
    ]);
    expect(item(dossier, "mhra_device_class")).toMatchObject({
      answer: "Class I",
      evidence: "It measures nothing and advises nothing.",
      verification: { kind: "verified", by: mentor.name, at: verifiedAt },
      done: true,
    });
    expect(item(dossier, "dtac_c1_clinical_safety").verification).toEqual({
      kind: "awaiting",
      expertise: "clinical safety",
    });
    expect(item(dossier, "dtac_c3_technical_security")).toMatchObject({
      notApplicableReason: "It runs offline on the trust's own kit.",
      verification: { kind: "not_needed" },
    });
    expect(item(dossier, "clinical_champion")).toMatchObject({ status: "met", done: true });
    expect(dossier.generatedAt).toEqual(now);
  });

  it("lays out the project, its team, problem, hack day, pilots, outcomes and published data-use statement", async () => {
    const { project, lead, clinician, problem } = await pipelineProject();
    const hackDay = await createHackDay({ name: "Leeds Foot Day", status: "results_published" });
    await getWriterDb()
      .update(s.projects)
      .set({
        hackDayId: hackDay.id,
        dataUseStatement: "What data\nFoot check dates only.",
        dataUseLawfulBasis: "public_task",
        dataUsePublishedAt: new Date("2026-04-10T10:00:00Z"),
      })
      .where(eq(s.projects.id, project.id));
    await createPilot({ projectId: project.id, organisation: "Leeds Community Healthcare", site: "Seacroft" });
    await createOutcome({ projectId: project.id, metric: "Missed foot checks", baseline: "31%", result: "9%" });

    const dossier = (await getDossier({ projectId: project.id, viewer: null, now }))!;
    expect(dossier.project).toMatchObject({
      name: "Foot Check",
      leadName: "Lena Lead",
      leadOrganisation: lead.organisation,
      stage: "prototype",
      hackDay: { id: hackDay.id, name: "Leeds Foot Day" },
      problem: { id: problem.id, title: "Missed foot checks" },
      dataUseStatement: "What data\nFoot check dates only.",
      dataUseLawfulBasis: "public_task",
    });
    expect(dossier.team.map((m) => [m.name, m.role])).toEqual([
      ["Lena Lead", "lead"],
      [clinician.name, "member"],
    ]);
    expect(dossier.pilots.map((p) => [p.organisation, p.site])).toEqual([["Leeds Community Healthcare", "Seacroft"]]);
    expect(dossier.outcomes.map((o) => [o.metric, o.baseline, o.result])).toEqual([
      ["Missed foot checks", "31%", "9%"],
    ]);
    expect(item(dossier, "data_use_statement")).toMatchObject({ status: "met", done: true });
  });

  it("keeps a draft data-use statement and a draft hack day out of the dossier", async () => {
    const { project, lead } = await pipelineProject();
    const hackDay = await createHackDay({ status: "draft" });
    await getWriterDb()
      .update(s.projects)
      .set({ hackDayId: hackDay.id, dataUseStatement: "Half written", dataUseLawfulBasis: "consent" })
      .where(eq(s.projects.id, project.id));
    const dossier = (await getDossier({ projectId: project.id, viewer: lead, now }))!;
    expect(dossier.project).toMatchObject({ dataUseStatement: null, dataUseLawfulBasis: null, hackDay: null });
  });

  it("lists team-only documents to the team, verifiers and organisers, and never to anyone else", async () => {
    const { project, lead, organiser, mentor, stranger } = await pipelineProject();
    const shared = await addDocument(project.id, "dtac_c1_clinical_safety", "Clinical safety case report", "public");
    const hidden = await addDocument(project.id, "dtac_c1_clinical_safety", "Hazard log v2", "team");
    const docs = async (viewer: Parameters<typeof getDossier>[0]["viewer"]) => {
      const dossier = (await getDossier({ projectId: project.id, viewer, now }))!;
      return {
        ids: item(dossier, "dtac_c1_clinical_safety").documents.map((d) => d.id),
        hazardLog: dossier.dcb0129.find((a) => a.key === "hazard_log")!.documents.map((d) => d.id),
        seesPrivate: dossier.seesPrivate,
      };
    };
    expect(await docs(null)).toEqual({ ids: [shared.id], hazardLog: [], seesPrivate: false });
    expect(await docs(stranger)).toEqual({ ids: [shared.id], hazardLog: [], seesPrivate: false });
    for (const viewer of [lead, organiser, mentor])
      expect(await docs(viewer)).toEqual({ ids: [shared.id, hidden.id], hazardLog: [hidden.id], seesPrivate: true });

    const dossier = (await getDossier({ projectId: project.id, viewer: stranger, now }))!;
    expect(item(dossier, "dtac_c1_clinical_safety").documents).toEqual([
      {
        id: shared.id,
        title: "Clinical safety case report",
        byteSize: 348_160,
        createdAt: new Date("2026-04-01T10:00:00Z"),
        href: `/projects/${project.id}-foot-check/documents/${shared.id}`,
      },
    ]);
  });

  it("is null for an unknown project, and for an unsubmitted one outside its team", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const stranger = await createUser({ roles: ["developer"] });
    const draft = await createProject({ name: "Draft", leadId: lead.id });
    expect(await getDossier({ projectId: draft.id, viewer: stranger })).toBeNull();
    expect(await getDossier({ projectId: draft.id, viewer: null })).toBeNull();
    expect((await getDossier({ projectId: draft.id, viewer: lead }))?.project.name).toBe("Draft");
    expect(await getDossier({ projectId: 999_999, viewer: lead })).toBeNull();
  });
});

describe("loadDossierItems", () => {
  it("does not read the evidence of a private item for a viewer who may not see it", async () => {
    const { project } = await pipelineProject();
    await createGateItemStatus({
      projectId: project.id,
      itemKey: "funding_committed",
      status: "met",
      evidence: "NHS Innovation grant, £48,000",
    });
    const read = (seesPrivate: boolean) =>
      loadDossierItems({ project, keys: ["funding_committed", "user_testing"], seesPrivate });
    expect((await read(false)).stored.get("funding_committed")).toMatchObject({ status: "met", evidence: "" });
    expect((await read(true)).stored.get("funding_committed")).toMatchObject({
      status: "met",
      evidence: "NHS Innovation grant, £48,000",
    });
  });
});
