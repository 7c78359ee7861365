import { randomBytes } from "node:crypto";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CompanySection } from "../../app/routes/projects_.$id_.dossier/company-sections";
import { DossierSection } from "../../app/routes/projects_.$id_.dossier/dossier-section";
import { MissingSummary } from "../../app/routes/projects_.$id_.dossier/missing-summary";
import { loader, type DossierData } from "../../app/routes/projects_.$id_.dossier/route";
import { Dcb0129Section } from "../../app/routes/projects_.$id_.dossier/safety-extras";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createGateItemStatus, createMentor, createProject, createUser } from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };

async function openDossier(param: string, { userId, search = "" }: { userId?: number; search?: string } = {}) {
  const request = await makeRequest(`/projects/${param}/dossier${search}`, { userId });
  return run(() => loader({ request, params: { id: param }, context: {} }));
}

describe("/projects/:id/dossier", () => {
  it("answers 404 for unknown and garbage ids, and for an unsubmitted project outside its team", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const draft = await createProject({ name: "Secret draft", leadId: lead.id });
    for (const param of ["999999", "abc", "0", `${draft.id}-secret-draft`]) {
      const response = await openDossier(param);
      expect(response, param).toBeInstanceOf(Response);
      expect(response as Response, param).toHaveStatus(404);
    }
    const own = await openDossier(`${draft.id}-secret-draft`, { userId: lead.id });
    expect(own).not.toBeInstanceOf(Response);
  });

  it("redirects a bare id or an old slug to the canonical address, keeping the query", async () => {
    const project = await createProject({ ...submitted, name: "Handover Helper" });
    for (const param of [String(project.id), `${project.id}-old-name`]) {
      const response = (await openDossier(param, { search: "?print=1" })) as Response;
      expect(response).toRedirectTo(`/projects/${project.id}-handover-helper/dossier?print=1`, 301);
    }
  });

  it("answers the dossier at the canonical address, with what is missing and the site's origin", async () => {
    const project = await createProject({ ...submitted, name: "Handover Helper" });
    await createGateItemStatus({ projectId: project.id, itemKey: "dtac_c3_technical_security", status: "met" });
    const page = await openDossier(`${project.id}-handover-helper`);
    expect(page).not.toBeInstanceOf(Response);
    const dossier = page as Exclude<typeof page, Response>;
    expect(dossier.project.name).toBe("Handover Helper");
    expect(dossier.origin).toBe("http://localhost:3000");
    expect(dossier.sections.map((s) => s.code)).toEqual(["A", "B", "C1", "C2", "C3", "C4", "D"]);
    expect(dossier.missing.map((m) => m.key)).toEqual([
      "clinical_champion",
      "problem_linked",
      "intended_purpose",
      "dtac_c1_clinical_safety",
      "pilot_site_committed",
      "mhra_device_class",
      "dtac_c2_data_protection",
      "data_use_statement",
      "dtac_c4_interoperability",
      "dtac_d_usability",
      "user_testing",
    ]);
  });
});

describe("the dossier page", () => {
  async function render(as: "visitor" | "lead") {
    const lead = await createUser({ roles: ["developer"], name: "Lena Lead", organisation: "Footpath Ltd" });
    const mentor = await createMentor({ areas: ["regulation"] });
    const project = await createProject({ ...submitted, name: "Foot Check", leadId: lead.id });
    await createGateItemStatus({
      projectId: project.id,
      itemKey: "mhra_device_class",
      status: "met",
      choice: "not_a_device",
      evidence: "It gives no diagnosis or treatment advice.",
      verifiedBy: mentor.id,
      verifiedAt: new Date("2026-04-20T14:00:00Z"),
    });
    for (const [title, visibility] of [
      ["Safety case report", "public"],
      ["Hazard log draft", "team"],
    ] as const)
      await getWriterDb()
        .insert(s.projectDocuments)
        .values({
          projectId: project.id,
          itemKey: "dtac_c1_clinical_safety",
          title,
          visibility,
          fileName: `${randomBytes(16).toString("hex")}.pdf`,
          byteSize: 2_516_582,
          createdAt: new Date("2026-04-01T10:00:00Z"),
        });
    const data = (await openDossier(`${project.id}-foot-check`, {
      userId: as === "lead" ? lead.id : undefined,
    })) as DossierData;
    const c1 = data.sections.find((section) => section.code === "C1")!;
    const html = renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        createElement(MissingSummary, { dossier: data }),
        createElement(CompanySection, { dossier: data, section: data.sections[0]! }),
        createElement(DossierSection, {
          dossier: data,
          section: c1,
          after: createElement(Dcb0129Section, { dossier: data }),
        }),
      ),
    );
    return { html, project, lead };
  }

  it("marks what is missing, who verified what, and prints each document's address", async () => {
    const { html, project } = await render("visitor");
    expect(html).toContain("11 items are missing");
    expect(html).toContain("<strong>Missing:</strong> The deploying organisation has committed");
    expect(html).toContain("Lena Lead, Footpath Ltd");
    expect(html).toContain("Not a medical device");
    expect(html).toMatch(/Verified by Test Person \d+ on 20 April 2026\./);
    expect(html).toContain("No verifier needed: Hackpath works this out from the project&#x27;s record.");
    expect(html).toContain(`data-print-url="http://localhost:3000/projects/${project.id}-foot-check/documents/`);
    expect(html).toContain("(PDF, 2.4 MB, added 1 April 2026)");
    expect(html).not.toContain("Hazard log draft");
    expect(html).toContain("<strong>Not found:</strong> no document you can see or evidence for DTAC C1 names it.");
  });

  it("shows the team its team-only documents, under the item and against DCB0129", async () => {
    const { html } = await render("lead");
    expect(html.match(/>Hazard log draft</g)).toHaveLength(2);
    expect(html).toContain("<strong>Not found:</strong> no document or evidence for DTAC C1 names it.");
  });
});
