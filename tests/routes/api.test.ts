import { describe, expect, it } from "vitest";
import { loader as apiIndex } from "../../app/routes/api.v1._index";
import { loader as hackDaysApi } from "../../app/routes/api.v1.hack-days";
import { loader as problemApi } from "../../app/routes/api.v1.problems.$id";
import { loader as problemsApi } from "../../app/routes/api.v1.problems._index";
import { loader as projectApi } from "../../app/routes/api.v1.projects.$id";
import { loader as projectsApi } from "../../app/routes/api.v1.projects._index";
import { loader as storiesApi } from "../../app/routes/api.v1.stories";
import { loader as unknownApi } from "../../app/routes/api.v1.$";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createEndorsement,
  createFunder,
  createFundingInterest,
  createGateItemStatus,
  createHackDay,
  createMentor,
  createMentorship,
  createOutcome,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Loader = (args: {
  request: Request;
  params: Record<string, string>;
  context: object;
}) => Promise<Response> | Response;

async function get(loader: Loader, path: string, params: Record<string, string> = {}, userId?: number) {
  const result = await run(async () => loader({ request: await makeRequest(path, { userId }), params, context: {} }));
  if (!(result instanceof Response)) throw new Error("API loaders answer with a Response");
  return result;
}

/** Data for every endpoint, with private things planted that must never come out. */
let planted = 0;
async function plantPrivateData() {
  planted++;
  const clinician = await createUser({ roles: ["clinician"], email: `clinician-secret-${planted}@example.test` });
  const problem = await createProblem({ authorId: clinician.id, title: "Falls at night in care homes" });
  await createEndorsement({ problemId: problem.id, organisation: "Leeds", note: "ENDORSEMENT-NOTE" });
  const lead = await createUser({ roles: ["developer"], email: `lead-secret-${planted}@example.test` });
  const hackDay = await createHackDay({ status: "results_published", resultsPublishedAt: new Date() });
  const project = await createProject({
    name: "Night Watch",
    leadId: lead.id,
    problemId: problem.id,
    hackDayId: hackDay.id,
    submittedAt: new Date(),
    stage: "pilot_ready",
    dataUseStatement: "DRAFT-DATA-USE",
  });
  await createGateItemStatus({
    projectId: project.id,
    itemKey: "user_testing",
    status: "met",
    evidence: "Tested with 12 nurses",
  });
  const funder = await createFunder();
  await createFundingInterest({ projectId: project.id, funderId: funder.id, amount: 64_321, note: "FUNDING-NOTE" });
  const mentor = await createMentor();
  const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
  await getWriterDb()
    .insert(s.mentorshipNotes)
    .values({ mentorshipId: mentorship.id, authorId: mentor.id, sessionOn: "2026-04-02", body: "MENTORSHIP-NOTE" });
  await createOutcome({
    projectId: project.id,
    storyTitle: "Falls halved",
    storyBody: "Published story",
    publishedAt: new Date(),
  });
  await createProject({ name: "Unsubmitted draft project", problemId: problem.id });
  return { problem, project, hackDay, lead };
}

const forbidden = [
  "email",
  "passwordHash",
  "password",
  "FUNDING-NOTE",
  "64321",
  "MENTORSHIP-NOTE",
  "ENDORSEMENT-NOTE",
  "DRAFT-DATA-USE",
  "@example.test",
  "Unsubmitted draft project",
  "stalled",
  "lastActivityAt",
];

describe("/api/v1", () => {
  it("describes its endpoints", async () => {
    const response = await get(apiIndex as Loader, "/api/v1");
    expect(response).toHaveStatus(200);
    const body = await response.json();
    expect(body.endpoints.map((e: { path: string }) => new URL(e.path).pathname)).toEqual([
      "/api/v1/problems",
      "/api/v1/problems/%7Bid%7D",
      "/api/v1/projects",
      "/api/v1/projects/%7Bid%7D",
      "/api/v1/hack-days",
      "/api/v1/stories",
    ]);
  });

  it("answers every endpoint with public JSON readable from any origin, and nothing private", async () => {
    const { problem, project, lead } = await plantPrivateData();
    const responses = [
      await get(problemsApi as Loader, "/api/v1/problems"),
      await get(problemApi as Loader, `/api/v1/problems/${problem.id}`, { id: String(problem.id) }),
      await get(projectsApi as Loader, "/api/v1/projects"),
      // Signed in as the team lead: the API still answers as to a visitor.
      await get(projectApi as Loader, `/api/v1/projects/${project.id}`, { id: String(project.id) }, lead.id),
      await get(hackDaysApi as Loader, "/api/v1/hack-days"),
      await get(storiesApi as Loader, "/api/v1/stories"),
    ];
    for (const response of responses) {
      expect(response).toHaveStatus(200);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(response.headers.get("Content-Type")).toContain("application/json");
      const text = await response.text();
      for (const word of forbidden) expect(text, `${response.url} leaks ${word}`).not.toContain(word);
    }
  });

  it("gives a project's public record", async () => {
    const { project } = await plantPrivateData();
    const body = await (
      await get(projectApi as Loader, `/api/v1/projects/${project.id}`, { id: String(project.id) })
    ).json();
    expect(body.data).toMatchObject({ id: project.id, name: "Night Watch", stage: "pilot_ready", dataUse: null });
    expect(body.data.team).toEqual([{ name: expect.any(String), role: "lead", clinician: false }]);
    const pilotGate = body.data.gates.find((g: { stage: string }) => g.stage === "pilot");
    expect(pilotGate.position).toBe("next");
    expect(body.data.gates.find((g: { stage: string }) => g.stage === "pilot_ready").items[0]).toMatchObject({
      key: "user_testing",
      status: "met",
      evidence: "Tested with 12 nurses",
    });
    expect(body.data.outcomes[0].story).toMatchObject({ title: "Falls halved" });
  });

  it("pages lists with meta and links that keep the filters", async () => {
    for (let i = 0; i < 3; i++) await createProject({ submittedAt: new Date(), stage: "evaluation" });
    const response = await get(projectsApi as Loader, "/api/v1/projects?stage=evaluation&page=1");
    const body = await response.json();
    expect(body.meta).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.data.every((p: { stage: string }) => p.stage === "evaluation")).toBe(true);
    expect(new URL(body.links.self).searchParams.get("stage")).toBe("evaluation");
    expect(body.links.prev).toBeNull();
  });

  it("answers 404 in JSON for unknown, garbage and unsubmitted ids, and for unknown paths", async () => {
    const draft = await createProject({ name: "Hidden draft" });
    const hidden = await createProblem({ hiddenAt: new Date() });
    const cases: [Loader, string, string][] = [
      [projectApi as Loader, "/api/v1/projects/999999", "999999"],
      [projectApi as Loader, "/api/v1/projects/abc", "abc"],
      [projectApi as Loader, `/api/v1/projects/${draft.id}`, String(draft.id)],
      [problemApi as Loader, "/api/v1/problems/0", "0"],
      [problemApi as Loader, `/api/v1/problems/${hidden.id}`, String(hidden.id)],
    ];
    for (const [loader, path, id] of cases) {
      const response = await get(loader, path, { id });
      expect(response, path).toHaveStatus(404);
      expect((await response.json()).error.status).toBe(404);
    }
    const unknown = await get(unknownApi as unknown as Loader, "/api/v1/nothing-here", { "*": "nothing-here" });
    expect(unknown).toHaveStatus(404);
    expect(unknown.headers.get("Content-Type")).toContain("application/json");
  });
});
