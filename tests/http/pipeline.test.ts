/**
 * The pipeline over real HTTP against the built server: evidence documents travel as multipart
 * uploads, are served as attachments that browsers will not sniff, and a private one is a 404 to
 * anyone outside the team, its verifiers and organisers; strangers cannot act on a gate.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createMentor, createProject, createUser } from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

let server: TestServer;
let base: string;
const cookies: Record<"lead" | "mentor" | "organiser" | "stranger", string> = {
  lead: "",
  mentor: "",
  organiser: "",
  stranger: "",
};
const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000" } });
  const lead = await createUser({ roles: ["developer"] });
  const mentor = await createMentor({ areas: ["clinical_safety"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const stranger = await createUser({ roles: ["developer"] });
  const project = await createProject({ name: "Safe Handover", leadId: lead.id, submittedAt: new Date() });
  await getWriterDb().insert(s.mentorships).values({ projectId: project.id, mentorId: mentor.id, status: "active" });
  base = `/projects/${idSlug(project.id, project.name)}`;
  cookies.lead = await sessionCookieFor(lead.id);
  cookies.mentor = await sessionCookieFor(mentor.id);
  cookies.organiser = await sessionCookieFor(organiser.id);
  cookies.stranger = await sessionCookieFor(stranger.id);
});
afterAll(() => server?.stop());

const upload = (file: Blob, name: string, visibility: "public" | "team", cookie: string) => {
  const form = new FormData();
  form.set("intent", "add-document");
  form.set("document", file, name);
  form.set("title", name.replace(/\.pdf$/, ""));
  form.set("visibility", visibility);
  return postForm(server, `${base}/gates/dtac_c1_clinical_safety`, form, { cookie });
};

describe("evidence documents over HTTP", () => {
  let privateHref = "";
  let publicHref = "";

  it("takes a PDF from the team and refuses what is not one, or is too large", async () => {
    const added = await upload(new Blob([PDF_BYTES]), "Register QX-17.pdf", "team", cookies.lead);
    expect(added).toRedirectTo(`${base}/gates/dtac_c1_clinical_safety?notice=document-added`);
    const shared = await upload(new Blob([PDF_BYTES]), "Safety case.pdf", "public", cookies.lead);
    expect(shared).toHaveStatus(302);

    const html = await upload(new Blob(["<html>"]), "Sneaky.pdf", "team", cookies.lead);
    expect(html).toHaveStatus(400);
    expect(await html.text()).toContain("The document must be a PDF.");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    const tooBig = await upload(new Blob([big]), "Huge.pdf", "team", cookies.lead);
    expect(tooBig).toHaveStatus(400);
    expect(await tooBig.text()).toContain("The document must be 10 MB or smaller");

    const strangers = await upload(new Blob([PDF_BYTES]), "Mine.pdf", "public", cookies.stranger);
    expect(strangers).toHaveStatus(403);

    const docs = await getWriterDb().select().from(s.projectDocuments).orderBy(s.projectDocuments.id);
    expect(docs.map((d) => [d.title, d.visibility])).toEqual([
      ["Register QX-17", "team"],
      ["Safety case", "public"],
    ]);
    privateHref = `${base}/documents/${docs[0]!.id}`;
    publicHref = `${base}/documents/${docs[1]!.id}`;
  });

  it("serves a document as an attachment with nosniff, the private one only to the team, verifiers and organisers", async () => {
    for (const who of ["lead", "mentor", "organiser"] as const) {
      const response = await getPage(server, privateHref, { cookie: cookies[who] });
      expect(response, who).toHaveStatus(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Register QX-17\.pdf"/);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
    }
    for (const cookie of [cookies.stranger, undefined]) {
      const response = await getPage(server, privateHref, { cookie });
      expect(response).toHaveStatus(404);
      await response.arrayBuffer();
    }
    const open = await getPage(server, publicHref);
    expect(open).toHaveStatus(200);
    await open.arrayBuffer();
    const page = await (await getPage(server, `${base}/gates/dtac_c1_clinical_safety`)).text();
    expect(page).toContain("Safety case");
    expect(page).not.toContain("Register QX-17");
  });

  it("lets the verifier verify and nobody else", async () => {
    const saved = await postForm(
      server,
      `${base}/gates/dtac_c1_clinical_safety`,
      { intent: "save", status: "met", evidence: "Plan, hazard log and safety case attached. CSO: Dr R Iqbal (GMC)." },
      { cookie: cookies.lead },
    );
    expect(saved).toRedirectTo(`${base}/gates/dtac_c1_clinical_safety?notice=gate-saved`);
    for (const who of ["stranger", "lead"] as const) {
      const refused = await postForm(
        server,
        `${base}/gates/dtac_c1_clinical_safety`,
        { intent: "verify" },
        { cookie: cookies[who] },
      );
      expect(refused, who).toHaveStatus(403);
      await refused.text();
    }
    const verified = await postForm(
      server,
      `${base}/gates/dtac_c1_clinical_safety`,
      { intent: "verify" },
      { cookie: cookies.mentor },
    );
    expect(verified).toRedirectTo(`${base}/gates/dtac_c1_clinical_safety?notice=gate-verified`);
  });
});
