import { describe, expect, it } from "vitest";
import { action as dataUseAction, loader as dataUseLoader } from "../../app/routes/projects_.$id_.data-use/route";
import { action as pilotsAction, loader as pilotsLoader } from "../../app/routes/projects_.$id_.pilots/route";
import { loader as storyLoader } from "../../app/routes/stories.$id";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createOutcome, createPilot, createProject, createUser } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";
import { errorsOf, outcome } from "./auth-helpers";

withFreshDatabase();

async function setting() {
  const lead = await createUser({ roles: ["developer"] });
  const outsider = await createUser({ roles: ["developer"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const project = await createProject({
    name: "Foot Check",
    leadId: lead.id,
    submittedAt: new Date("2026-03-01T10:00:00Z"),
  });
  return { lead, outsider, organiser, project, base: `/projects/${project.id}-foot-check` };
}

const pilots = async (id: number, path: string, fields: Record<string, string>, userId?: number) =>
  outcome(
    await run(async () =>
      pilotsAction({ request: await formRequest(path, fields, { userId }), params: { id: String(id) }, context: {} }),
    ),
  );
const dataUse = async (id: number, path: string, fields: Record<string, string>, userId?: number) =>
  outcome(
    await run(async () =>
      dataUseAction({ request: await formRequest(path, fields, { userId }), params: { id: String(id) }, context: {} }),
    ),
  );
const load = async (
  loader: typeof pilotsLoader | typeof dataUseLoader | typeof storyLoader,
  path: string,
  id: string,
  userId?: number,
) =>
  outcome(await run(async () => loader({ request: await makeRequest(path, { userId }), params: { id }, context: {} })));

describe("/projects/:id/pilots", () => {
  it("sends a visitor to log in, answers 403 to a non-member and 404 for another's draft", async () => {
    const { outsider, project, base } = await setting();
    const visitor = await load(pilotsLoader, `${base}/pilots`, String(project.id));
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(`${base}/pilots`)}`);
    expect((await load(pilotsLoader, `${base}/pilots`, String(project.id), outsider.id)).status).toBe(403);
    const draft = await createProject({ name: "Draft" });
    expect((await load(pilotsLoader, `/projects/${draft.id}/pilots`, String(draft.id), outsider.id)).status).toBe(404);
    expect((await pilots(project.id, `${base}/pilots`, { intent: "add-pilot" }, outsider.id)).status).toBe(403);
  });

  it("shows the team its records with edit rights, and organisers the story forms", async () => {
    const { lead, organiser, project, base } = await setting();
    await createPilot({ projectId: project.id, status: "planned" });
    await createOutcome({ projectId: project.id });
    const team = (await load(pilotsLoader, `${base}/pilots`, String(project.id), lead.id)).data as Awaited<
      ReturnType<typeof pilotsLoader>
    >;
    expect(team).toMatchObject({ canWrite: true, isOrganiser: false, writeBlocker: null, storyBlocker: null });
    expect(team.pilots.map((p) => p.status)).toEqual(["planned"]);
    expect(team.outcomes.map((o) => o.changeBlocker)).toEqual([null]);
    const organisers = (await load(pilotsLoader, `${base}/pilots`, String(project.id), organiser.id)).data;
    expect(organisers).toMatchObject({ canWrite: false, isOrganiser: true });
  });

  it("answers 400 with field errors and keeps what was typed", async () => {
    const { lead, project, base } = await setting();
    const fields = {
      intent: "add-pilot",
      organisation: "",
      startsOn: "2026-05-01",
      endsOn: "2026-04-01",
      status: "planned",
    };
    const reply = await pilots(project.id, `${base}/pilots`, fields, lead.id);
    expect(reply.status).toBe(400);
    expect(errorsOf(reply.data)).toEqual({ organisation: ["Enter the organisation"] });
    expect((reply.data as { result: { initialValue: Record<string, string> } }).result.initialValue).toMatchObject({
      startsOn: "2026-05-01",
      endsOn: "2026-04-01",
    });
    // The dates are compared once the fields themselves are well formed.
    const dates = await pilots(project.id, `${base}/pilots`, { ...fields, organisation: "Oakleigh Care" }, lead.id);
    expect(dates.status).toBe(400);
    expect(errorsOf(dates.data)).toEqual({ endsOn: ["The end date must be on or after the start date"] });
    expect(await getWriterDb().select().from(s.pilots)).toEqual([]);
    const badDate = await pilots(
      project.id,
      `${base}/pilots`,
      { intent: "add-outcome", metric: "m", baseline: "1", result: "2", source: "audit", measuredOn: "2026-02-30" },
      lead.id,
    );
    expect(errorsOf(badDate.data)).toEqual({
      measuredOn: ["Enter the date it was measured as a real date, such as 2026-03-14"],
    });
  });

  it("adds a pilot and redirects back with the notice, beside the new pilot", async () => {
    const { lead, project, base } = await setting();
    const reply = await pilots(
      project.id,
      `${base}/pilots`,
      { intent: "add-pilot", organisation: "Oakleigh Care", status: "planned", startsOn: "2026-05-01" },
      lead.id,
    );
    const [pilot] = await getWriterDb().select().from(s.pilots);
    expect(pilot).toMatchObject({
      organisation: "Oakleigh Care",
      startsOn: "2026-05-01",
      endsOn: null,
      status: "planned",
    });
    expect(reply.status).toBe(302);
    expect(reply.headers.get("Location")).toBe(`${base}/pilots?notice=pilot-saved#pilot-${pilot!.id}`);
  });

  it("answers 403 when the team tries to publish a story, and publishes for an organiser", async () => {
    const { lead, organiser, project, base } = await setting();
    const measured = await createOutcome({ projectId: project.id });
    const fields = {
      intent: "publish-story",
      outcomeId: String(measured.id),
      storyTitle: "Fewer missed checks",
      storyBody: "The practice now finds early ulcers at the first review, not the third.",
    };
    const refused = await pilots(project.id, `${base}/pilots`, fields, lead.id);
    expect(refused.status).toBe(403);
    expect(errorsOf(refused.data)).toEqual({ "": ["Only organisers publish and withdraw success stories."] });
    const published = await pilots(project.id, `${base}/pilots`, fields, organiser.id);
    expect(published.headers.get("Location")).toBe(`${base}/pilots?notice=story-published#outcome-${measured.id}`);
  });
});

describe("/projects/:id/data-use", () => {
  it("answers 403 to a non-member, organisers included", async () => {
    const { outsider, organiser, project, base } = await setting();
    expect((await load(dataUseLoader, `${base}/data-use`, String(project.id), outsider.id)).status).toBe(403);
    expect((await load(dataUseLoader, `${base}/data-use`, String(project.id), organiser.id)).status).toBe(403);
    expect((await dataUse(project.id, `${base}/data-use`, { intent: "save" }, outsider.id)).status).toBe(403);
  });

  it("publishing needs every part: 400 with each missing field", async () => {
    const { lead, project, base } = await setting();
    const reply = await dataUse(project.id, `${base}/data-use`, { intent: "publish", whatData: "Names." }, lead.id);
    expect(reply.status).toBe(400);
    expect(Object.keys(errorsOf(reply.data)).sort()).toEqual(["howLong", "lawfulBasis", "whoSees", "why"]);
  });

  it("saves a draft, then publishes, each with its notice", async () => {
    const { lead, project, base } = await setting();
    const draft = await dataUse(project.id, `${base}/data-use`, { intent: "save", whatData: "Names." }, lead.id);
    expect(draft.headers.get("Location")).toBe(`${base}/data-use?notice=data-use-saved`);
    const published = await dataUse(
      project.id,
      `${base}/data-use`,
      {
        intent: "publish",
        whatData: "Names.",
        why: "To know who you are.",
        lawfulBasis: "public_task",
        whoSees: "Your care team.",
        howLong: "Eight years.",
      },
      lead.id,
    );
    expect(published.headers.get("Location")).toBe(`${base}/data-use?notice=data-use-published`);
    const page = (await load(dataUseLoader, `${base}/data-use`, String(project.id), lead.id)).data as Awaited<
      ReturnType<typeof dataUseLoader>
    >;
    expect(page.values).toEqual({
      whatData: "Names.",
      why: "To know who you are.",
      lawfulBasis: "public_task",
      whoSees: "Your care team.",
      howLong: "Eight years.",
    });
  });
});

describe("/stories/:id", () => {
  it("shows a published story and redirects other addresses to the canonical one", async () => {
    const { project } = await setting();
    const story = await createOutcome({
      projectId: project.id,
      storyTitle: "Fewer missed checks",
      storyBody: "Body of the story",
      publishedAt: new Date("2026-05-02T09:00:00Z"),
    });
    const canonical = `${story.id}-fewer-missed-checks`;
    const page = await load(storyLoader, `/stories/${canonical}`, canonical);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ title: "Fewer missed checks", result: "9%", project: { name: "Foot Check" } });
    const moved = await load(storyLoader, `/stories/${story.id}?x=1`, String(story.id));
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe(`/stories/${canonical}?x=1`);
  });

  it("answers 404 for a withdrawn story, an unsubmitted project's story and junk", async () => {
    const { project } = await setting();
    const withdrawn = await createOutcome({ projectId: project.id, storyTitle: "T", storyBody: "B" });
    const draft = await createProject({ name: "Draft" });
    const hidden = await createOutcome({
      projectId: draft.id,
      storyTitle: "Hidden",
      storyBody: "B",
      publishedAt: new Date("2026-05-02T09:00:00Z"),
    });
    for (const id of [String(withdrawn.id), String(hidden.id), "abc", "999999"])
      expect((await load(storyLoader, `/stories/${id}`, id)).status, id).toBe(404);
  });
});
