import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loader as apiIndex } from "../../app/routes/api.v1._index";
import { loader as hackDaysApi } from "../../app/routes/api.v1.hack-days";
import { loader as problemApi } from "../../app/routes/api.v1.problems.$id";
import { loader as problemsApi } from "../../app/routes/api.v1.problems._index";
import { loader as projectApi } from "../../app/routes/api.v1.projects.$id";
import { loader as projectsApi } from "../../app/routes/api.v1.projects._index";
import { loader as storiesApi } from "../../app/routes/api.v1.stories._index";
import { loader as storyApi } from "../../app/routes/api.v1.stories.$id";
import { loader as outcomesApi } from "../../app/routes/api.v1.outcomes";
import { loader as openApi } from "../../app/routes/api.v1.openapi[.json]";
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
  createPilot,
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

async function get(
  loader: Loader,
  path: string,
  params: Record<string, string> = {},
  userId?: number,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  const result = await run(async () =>
    loader({ request: await makeRequest(path, { userId, ...init }), params, context: {} }),
  );
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
  const story = await createOutcome({
    projectId: project.id,
    storyTitle: "Falls halved",
    storyBody: "Published story",
    publishedAt: new Date(),
  });
  // A withdrawn story keeps its words for the organiser; they are not public.
  await createOutcome({ projectId: project.id, storyTitle: "WITHDRAWN-STORY", storyBody: "WITHDRAWN-BODY" });
  const draft = await createProject({ name: "Unsubmitted draft project", problemId: problem.id });
  await createOutcome({ projectId: draft.id, metric: "DRAFT-PROJECT-OUTCOME" });
  return { problem, project, hackDay, lead, story };
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
  "WITHDRAWN-STORY",
  "WITHDRAWN-BODY",
  "DRAFT-PROJECT-OUTCOME",
];

describe("/api/v1", () => {
  it("describes its endpoints", async () => {
    const response = await get(apiIndex as Loader, "/api/v1");
    expect(response).toHaveStatus(200);
    const body = await response.json();
    expect(body.endpoints.map((e: { path: string }) => new URL(e.path).pathname)).toEqual([
      "/api/v1",
      "/api/v1/openapi.json",
      "/api/v1/problems",
      "/api/v1/problems/%7Bid%7D",
      "/api/v1/projects",
      "/api/v1/projects/%7Bid%7D",
      "/api/v1/hack-days",
      "/api/v1/outcomes",
      "/api/v1/stories",
      "/api/v1/stories/%7Bid%7D",
    ]);
    expect(body.endpoints.find((e: { path: string }) => e.path.endsWith("/api/v1/stories"))).toEqual({
      path: "http://localhost:3000/api/v1/stories",
      description: "Published success stories, newest first",
      parameters: ["page", "careSetting", "specialty", "hackDay", "period", "from", "to", "project"],
    });
    expect(body.documentation).toBe("http://localhost:3000/developers");
    expect(body.openapi).toBe("http://localhost:3000/api/v1/openapi.json");
  });

  it("answers every endpoint with public JSON readable from any origin, and nothing private", async () => {
    const { problem, project, lead, story } = await plantPrivateData();
    const responses = [
      await get(problemsApi as Loader, "/api/v1/problems"),
      await get(problemApi as Loader, `/api/v1/problems/${problem.id}`, { id: String(problem.id) }),
      await get(projectsApi as Loader, "/api/v1/projects"),
      // Signed in as the team lead: the API still answers as to a visitor.
      await get(projectApi as Loader, `/api/v1/projects/${project.id}`, { id: String(project.id) }, lead.id),
      await get(hackDaysApi as Loader, "/api/v1/hack-days"),
      await get(storiesApi as Loader, "/api/v1/stories"),
      await get(storyApi as Loader, `/api/v1/stories/${story.id}`, { id: String(story.id) }, lead.id),
      await get(outcomesApi as Loader, "/api/v1/outcomes"),
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
    expect(body.data.outcomes.map((o: { story: { title: string } | null }) => o.story?.title ?? null)).toEqual([
      null,
      "Falls halved",
    ]);
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
    const published = await createProject({ submittedAt: new Date() });
    const withdrawn = await createOutcome({ projectId: published.id, storyTitle: "Gone", storyBody: "Withdrawn" });
    const draftStory = await createOutcome({
      projectId: draft.id,
      storyTitle: "Not yet",
      storyBody: "Draft",
      publishedAt: new Date(),
    });
    const cases: [Loader, string, string][] = [
      [projectApi as Loader, "/api/v1/projects/999999", "999999"],
      [projectApi as Loader, "/api/v1/projects/abc", "abc"],
      [projectApi as Loader, `/api/v1/projects/${draft.id}`, String(draft.id)],
      [problemApi as Loader, "/api/v1/problems/0", "0"],
      [problemApi as Loader, `/api/v1/problems/${hidden.id}`, String(hidden.id)],
      [storyApi as Loader, "/api/v1/stories/999999", "999999"],
      [storyApi as Loader, `/api/v1/stories/${withdrawn.id}`, String(withdrawn.id)],
      [storyApi as Loader, `/api/v1/stories/${draftStory.id}`, String(draftStory.id)],
    ];
    for (const [loader, path, id] of cases) {
      const response = await get(loader, path, { id });
      expect(response, path).toHaveStatus(404);
      // Errors are never cached and carry no validator.
      expect(response.headers.get("Cache-Control"), path).toBe("no-store");
      expect(response.headers.get("ETag"), path).toBeNull();
      expect(response.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect((await response.json()).error.status).toBe(404);
    }
    const unknown = await get(unknownApi as unknown as Loader, "/api/v1/nothing-here", { "*": "nothing-here" });
    expect(unknown).toHaveStatus(404);
    expect(unknown.headers.get("Content-Type")).toContain("application/json");
  });
});

const at = (iso: string) => new Date(iso);

/** A submitted project with a pilot and a published story, every row's last change dated. */
async function storyFixture() {
  const hackDay = await createHackDay({ status: "results_published", resultsPublishedAt: at("2026-03-20T12:00:00Z") });
  const project = await createProject({
    name: "RaiseUp",
    tagline: "Help up after a fall",
    stage: "adopted",
    careSetting: "social_care",
    specialty: "older_people_frailty",
    hackDayId: hackDay.id,
    submittedAt: at("2025-06-01T10:00:00Z"),
    updatedAt: at("2026-10-01T09:00:00Z"),
  });
  const pilot = await createPilot({
    projectId: project.id,
    organisation: "Oakleigh Care",
    site: "Oakleigh House",
    updatedAt: at("2026-09-01T09:00:00Z"),
  });
  const story = await createOutcome({
    projectId: project.id,
    pilotId: pilot.id,
    metric: "Median time on the floor",
    baseline: "220",
    result: "26",
    unit: "minutes",
    source: "Falls logs",
    measuredOn: "2026-04-15",
    storyTitle: "From four hours to half an hour",
    storyBody: "Grace manages a care home.",
    publishedAt: at("2026-10-19T09:00:00Z"),
    updatedAt: at("2026-10-19T09:00:00Z"),
  });
  return { hackDay, project, pilot, story };
}

describe("/api/v1/stories and /api/v1/outcomes", () => {
  it("tells one story as its page does, with a Last-Modified from its newest row", async () => {
    const { project, story } = await storyFixture();
    const response = await get(storyApi as Loader, `/api/v1/stories/${story.id}`, { id: String(story.id) });
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Last-Modified")).toBe("Mon, 19 Oct 2026 09:00:00 GMT");
    expect(await response.json()).toEqual({
      data: {
        id: story.id,
        title: "From four hours to half an hour",
        body: "Grace manages a care home.",
        metric: "Median time on the floor",
        baseline: "220",
        result: "26",
        unit: "minutes",
        source: "Falls logs",
        measuredOn: "2026-04-15",
        publishedAt: "2026-10-19T09:00:00.000Z",
        pilot: { organisation: "Oakleigh Care", site: "Oakleigh House" },
        project: {
          id: project.id,
          name: "RaiseUp",
          tagline: "Help up after a fall",
          stage: "adopted",
          url: `http://localhost:3000/projects/${project.id}-raiseup`,
          apiUrl: `http://localhost:3000/api/v1/projects/${project.id}`,
        },
        url: `http://localhost:3000/stories/${story.id}-from-four-hours-to-half-an-hour`,
        apiUrl: `http://localhost:3000/api/v1/stories/${story.id}`,
      },
    });
  });

  it("moves Last-Modified on when the project changes, and answers If-Modified-Since", async () => {
    const { project, story } = await storyFixture();
    const ask = (headers: Record<string, string> = {}) =>
      get(storyApi as Loader, `/api/v1/stories/${story.id}`, { id: String(story.id) }, undefined, { headers });
    expect(await ask({ "If-Modified-Since": "Mon, 19 Oct 2026 09:00:00 GMT" })).toHaveStatus(304);
    expect(await ask({ "If-Modified-Since": "Mon, 19 Oct 2026 08:59:59 GMT" })).toHaveStatus(200);
    await getWriterDb()
      .update(s.projects)
      .set({ stage: "route_to_market", updatedAt: at("2026-11-02T10:30:00Z") })
      .where(eq(s.projects.id, project.id));
    const changed = await ask({ "If-Modified-Since": "Mon, 19 Oct 2026 09:00:00 GMT" });
    expect(changed).toHaveStatus(200);
    expect(changed.headers.get("Last-Modified")).toBe("Mon, 02 Nov 2026 10:30:00 GMT");
    expect((await changed.json()).data.project.stage).toBe("route_to_market");
  });

  it("lists outcomes of public projects with their story's address once published, never a withdrawn story's words", async () => {
    const { project, story } = await storyFixture();
    const unpublished = await createOutcome({
      projectId: project.id,
      metric: "Ambulance call-outs",
      baseline: "22",
      result: "9",
      unit: "a month",
      source: "Ambulance service",
      measuredOn: "2026-05-01",
      storyTitle: "Withdrawn words",
      storyBody: "Kept for the organiser",
    });
    const draft = await createProject({ name: "Draft" });
    await createOutcome({ projectId: draft.id });
    const body = await (await get(outcomesApi as Loader, "/api/v1/outcomes")).json();
    expect(body.meta).toEqual({ page: 1, pageSize: 20, total: 2, pageCount: 1 });
    const projectRef = {
      id: project.id,
      name: "RaiseUp",
      tagline: "Help up after a fall",
      stage: "adopted",
      url: `http://localhost:3000/projects/${project.id}-raiseup`,
      apiUrl: `http://localhost:3000/api/v1/projects/${project.id}`,
    };
    expect(body.data).toEqual([
      {
        id: unpublished.id,
        metric: "Ambulance call-outs",
        baseline: "22",
        result: "9",
        unit: "a month",
        source: "Ambulance service",
        measuredOn: "2026-05-01",
        story: null,
        project: projectRef,
      },
      {
        id: story.id,
        metric: "Median time on the floor",
        baseline: "220",
        result: "26",
        unit: "minutes",
        source: "Falls logs",
        measuredOn: "2026-04-15",
        story: {
          id: story.id,
          title: "From four hours to half an hour",
          publishedAt: "2026-10-19T09:00:00.000Z",
          url: `http://localhost:3000/stories/${story.id}-from-four-hours-to-half-an-hour`,
          apiUrl: `http://localhost:3000/api/v1/stories/${story.id}`,
        },
        project: projectRef,
      },
    ]);
    const ids = async (path: string) =>
      ((await (await get(outcomesApi as Loader, path)).json()).data as { id: number }[]).map((o) => o.id);
    expect(await ids("/api/v1/outcomes?hasStory=1")).toEqual([story.id]);
    expect(await ids("/api/v1/outcomes?from=2026-05&to=2026-05")).toEqual([unpublished.id]);
    expect(await ids(`/api/v1/outcomes?project=${project.id}&careSetting=social_care`)).toEqual([
      unpublished.id,
      story.id,
    ]);
    expect(await ids("/api/v1/outcomes?careSetting=acute")).toEqual([]);
  });

  it("filters stories as /impact does: by the project's care setting, specialty and hack day, and by when they were published", async () => {
    const { hackDay, story } = await storyFixture();
    const other = await createProject({ careSetting: "acute", specialty: "stroke", submittedAt: at("2024-01-01") });
    const old = await createOutcome({
      projectId: other.id,
      storyTitle: "An older story",
      storyBody: "Two years ago.",
      publishedAt: at("2024-06-01T09:00:00Z"),
    });
    const ids = async (path: string) =>
      ((await (await get(storiesApi as Loader, path)).json()).data as { id: number }[]).map((o) => o.id);
    expect(await ids("/api/v1/stories")).toEqual([story.id, old.id]);
    expect(await ids("/api/v1/stories?careSetting=acute")).toEqual([old.id]);
    expect(await ids("/api/v1/stories?specialty=older_people_frailty")).toEqual([story.id]);
    expect(await ids(`/api/v1/stories?hackDay=${hackDay.id}`)).toEqual([story.id]);
    expect(await ids(`/api/v1/stories?project=${other.id}`)).toEqual([old.id]);
    expect(await ids("/api/v1/stories?from=2024-01&to=2024-12")).toEqual([old.id]);
    expect(await ids("/api/v1/stories?from=2026-10&to=2026-10")).toEqual([story.id]);
  });
});

describe("filters", () => {
  it("narrow each list as its page does", async () => {
    await createProblem({
      title: "An acute problem about sepsis",
      careSetting: "acute",
      specialty: "emergency_medicine",
    });
    await createProblem({ title: "A community problem", careSetting: "community" });
    const problems = await (await get(problemsApi as Loader, "/api/v1/problems?careSetting=acute")).json();
    expect(problems.data.map((p: { title: string }) => p.title)).toEqual(["An acute problem about sepsis"]);
    const live = await createHackDay({ name: "Live one", status: "live" });
    const past = await createHackDay({ name: "Past one", status: "archived" });
    await createHackDay({ name: "Draft one", status: "draft" });
    const names = async (query: string) =>
      ((await (await get(hackDaysApi as Loader, `/api/v1/hack-days${query}`)).json()).data as { id: number }[]).map(
        (h) => h.id,
      );
    expect(await names("?section=live")).toEqual([live.id]);
    expect(await names("?section=past")).toEqual([past.id]);
    expect((await names("")).sort()).toEqual([live.id, past.id].sort());
  });

  it("answer 400 in JSON naming the parameter when a value does not parse", async () => {
    const cases: [Loader, string, string, string][] = [
      [
        problemsApi as Loader,
        "/api/v1/problems?status=zzz",
        "status",
        "The status parameter must be one of: open, in_progress, solved, closed, duplicate.",
      ],
      [
        problemsApi as Loader,
        "/api/v1/problems?tag=Not%20A%20Slug",
        "tag",
        "The tag parameter is not in the form it takes (see /developers).",
      ],
      [projectsApi as Loader, "/api/v1/projects?hackDay=abc", "hackDay", "The hackDay parameter must be a number."],
      [projectsApi as Loader, "/api/v1/projects?page=abc", "page", "The page parameter must be a number."],
      [
        hackDaysApi as Loader,
        "/api/v1/hack-days?section=drafts",
        "section",
        "The section parameter must be one of: live, upcoming, past.",
      ],
      [
        storiesApi as Loader,
        "/api/v1/stories?period=forever",
        "period",
        "The period parameter must be one of: 12m, 24m, this-year, last-year.",
      ],
      [
        outcomesApi as Loader,
        "/api/v1/outcomes?hasStory=no",
        "hasStory",
        "The hasStory parameter must be one of: 1, true, on, yes.",
      ],
      [
        outcomesApi as Loader,
        "/api/v1/outcomes?from=2026-13",
        "from",
        "The from parameter is not in the form it takes (see /developers).",
      ],
    ];
    for (const [loader, path, parameter, message] of cases) {
      const response = await get(loader, path);
      expect(response, path).toHaveStatus(400);
      expect(response.headers.get("Cache-Control"), path).toBe("no-store");
      expect(await response.json(), path).toEqual({ error: { status: 400, message, parameter } });
    }
  });
});

describe("validators and CORS", () => {
  const loaders: [string, Loader, Record<string, string>][] = [
    ["/api/v1", apiIndex as Loader, {}],
    ["/api/v1/openapi.json", openApi as Loader, {}],
    ["/api/v1/problems", problemsApi as Loader, {}],
    ["/api/v1/projects", projectsApi as Loader, {}],
    ["/api/v1/hack-days", hackDaysApi as Loader, {}],
    ["/api/v1/outcomes", outcomesApi as Loader, {}],
    ["/api/v1/stories", storiesApi as Loader, {}],
    ["/api/v1/projects/999", projectApi as Loader, { id: "999" }],
    ["/api/v1/nothing", unknownApi as unknown as Loader, { "*": "nothing" }],
  ];

  it("give the same strong ETag for the same answer, 304 with no body when it is sent back, and a new one when the data changes", async () => {
    await createProblem({ title: "The first problem of the list" });
    const first = await get(problemsApi as Loader, "/api/v1/problems");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect((await get(problemsApi as Loader, "/api/v1/problems")).headers.get("ETag")).toBe(etag);
    for (const sent of [etag, `W/${etag}`, `"stale", ${etag}`, "*"]) {
      const again = await get(problemsApi as Loader, "/api/v1/problems", {}, undefined, {
        headers: { "If-None-Match": sent },
      });
      expect(again, sent).toHaveStatus(304);
      expect(await again.text(), sent).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
      expect(again.headers.get("Cache-Control")).toBe("public, max-age=60");
      expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(again.headers.get("Content-Type")).toBeNull();
    }
    // Lists carry no Last-Modified (no one cheap timestamp covers them).
    expect(first.headers.get("Last-Modified")).toBeNull();
    await createProblem({ title: "A newer problem" });
    const changed = await get(problemsApi as Loader, "/api/v1/problems", {}, undefined, {
      headers: { "If-None-Match": etag },
    });
    expect(changed).toHaveStatus(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect((await changed.json()).data[0].title).toBe("A newer problem");
    const refused = await get(problemsApi as Loader, "/api/v1/problems", {}, undefined, {
      headers: { "If-Match": etag },
    });
    expect(refused).toHaveStatus(412);
  });

  it("answer the preflight OPTIONS on every endpoint with what a cross-origin GET may send and read", async () => {
    for (const [path, loader, params] of loaders) {
      const response = await get(loader, path, params, undefined, {
        method: "OPTIONS",
        headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Headers": "if-none-match" },
      });
      expect(response, path).toHaveStatus(204);
      expect(Object.fromEntries(response.headers), path).toEqual({
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, HEAD, OPTIONS",
        "access-control-allow-headers": "If-None-Match, If-Modified-Since",
        "access-control-expose-headers": "ETag, Last-Modified",
        "access-control-max-age": "86400",
        allow: "GET, HEAD, OPTIONS",
      });
      expect(await response.text()).toBe("");
    }
  });

  it("serve the OpenAPI document with this site's own addresses", async () => {
    const response = await get(openApi as Loader, "/api/v1/openapi.json");
    expect(response).toHaveStatus(200);
    expect(response.headers.get("ETag")).toMatch(/^"/);
    const body = await response.json();
    expect(body.openapi).toBe("3.1.0");
    expect(body.servers).toEqual([{ url: "http://localhost:3000", description: "This Hackpath." }]);
    expect(body.externalDocs.url).toBe("http://localhost:3000/developers");
    expect(Object.keys(body.paths)).toHaveLength(10);
  });
});
