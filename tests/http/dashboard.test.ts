/**
 * The dashboard over real HTTP against the built server: each person's page is their to-do list,
 * with suggestions that say why in words, overdue requests marked on both sides, and the project
 * page's mentor suggestions using the same words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import {
  createFunder,
  createGateItemStatus,
  createMentor,
  createMentorship,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage } from "./client";
import type { TestServer } from "./server";

let server: TestServer;
const cookies = { mentor: "", funder: "", developer: "", lead: "", asked: "" };
let projectPath = "";

beforeAll(async () => {
  server = await startServerWithDb();
  const db = getWriterDb();
  const mentor = await createMentor({ name: "Dr Safety Mentor", areas: ["clinical_safety"] });
  const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
  const project = await createProject({
    name: "Safe Steps",
    leadId: lead.id,
    stage: "pilot_ready",
    careSetting: "acute",
    specialty: "cardiology",
    fundingAsk: 40_000,
    submittedAt: new Date(Date.now() - 20 * 86_400_000),
  });
  await createGateItemStatus({ projectId: project.id, itemKey: "pilot_site_committed", status: "met" });
  projectPath = `/projects/${idSlug(project.id, project.name)}`;
  // The team asked another mentor nine days ago, with no answer yet.
  const asked = await createMentor({ name: "Dr Slow Answer", areas: ["regulation"] });
  await createMentorship({
    projectId: project.id,
    mentorId: asked.id,
    status: "requested",
    createdAt: new Date(Date.now() - 9.5 * 86_400_000),
  });

  const funder = await createFunder({ ticketMin: 10_000, ticketMax: 50_000 });
  await db.insert(s.funderFocus).values([
    { userId: funder.id, facet: "stage", value: "pilot_ready" },
    { userId: funder.id, facet: "care_setting", value: "acute" },
    { userId: funder.id, facet: "specialty", value: "cardiology" },
  ]);

  const developer = await createUser({ roles: ["developer"] });
  await db.insert(s.developerSkills).values([
    { userId: developer.id, skill: "paediatrics" },
    { userId: developer.id, skill: "react" },
  ]);
  await createProblem({ title: "Children's early warning scores", specialty: "paediatrics", endorsementCount: 14 });

  cookies.mentor = await sessionCookieFor(mentor.id);
  cookies.funder = await sessionCookieFor(funder.id);
  cookies.developer = await sessionCookieFor(developer.id);
  cookies.lead = await sessionCookieFor(lead.id);
  cookies.asked = await sessionCookieFor(asked.id);
});
afterAll(() => server?.stop());

const dashboardAs = async (cookie: string) => {
  const response = await getPage(server, "/dashboard", { cookie });
  expect(response).toHaveStatus(200);
  return response.text();
};

describe("the dashboard over HTTP", () => {
  it("suggests to a clinical-safety mentor a project whose clinical safety item is open, saying why", async () => {
    const html = await dashboardAs(cookies.mentor);
    expect(html).toContain("Projects that need your expertise");
    expect(html).toContain("Safe Steps");
    expect(html).toContain(
      "Its open C1 clinical safety (DCB0129) item needs your expertise; 1 of 7 items for pilot done.",
    );
  });

  it("suggests to a funder a project that fits their thesis, saying why", async () => {
    const html = await dashboardAs(cookies.funder);
    expect(html).toContain("Projects that fit your thesis");
    expect(html).toContain(
      "Fits your thesis: pilot-ready, acute care, cardiology, asks £40,000 within your £10,000–£50,000 tickets.",
    );
  });

  it("suggests to a developer a problem in a specialty they listed", async () => {
    const html = await dashboardAs(cookies.developer);
    expect(html).toContain("Problems you could work on");
    expect(html).toContain("Children&#x27;s early warning scores");
    expect(html).toContain("In paediatrics, which you listed; 14 endorsements.");
  });

  it("marks a request unanswered for 7 days as overdue on both sides, and never as mentoring", async () => {
    const mentorSide = await dashboardAs(cookies.asked);
    expect(mentorSide).toContain("The team asked you to mentor it");
    expect(mentorSide).toContain("Overdue: asked 9 days ago");
    expect(mentorSide).not.toContain("You mentor this project");
    const teamSide = await dashboardAs(cookies.lead);
    expect(teamSide).toContain("You asked Dr Slow Answer; waiting for their answer");
    expect(teamSide).toContain("Overdue: asked 9 days ago");
    expect(teamSide).toContain("For pilot: 6 required items open, such as");
  });

  it("gives the project page's mentor suggestions the same words", async () => {
    const response = await getPage(server, projectPath, { cookie: cookies.lead });
    expect(response).toHaveStatus(200);
    expect(await response.text()).toContain("Covers your open C1 clinical safety (DCB0129) item, 2 places free.");
  });

  it("opens every list's own page", async () => {
    for (const section of ["answer", "mentorships", "join-requests", "projects"]) {
      const response = await getPage(server, `/dashboard/${section}`, { cookie: cookies.lead });
      expect(response, section).toHaveStatus(200);
    }
    const list = await (await getPage(server, "/dashboard/mentorships", { cookie: cookies.lead })).text();
    expect(list).toContain("Overdue: asked 9 days ago");
  });
});
