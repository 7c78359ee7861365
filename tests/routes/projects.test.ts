import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loader as pipelineLoader } from "../../app/routes/pipeline";
import { loader as projectLoader } from "../../app/routes/projects.$id._index/route";
import { loader as galleryLoader } from "../../app/routes/projects._index";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createMentor,
  createMentorship,
  createProject,
  createUser,
} from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };

async function openProject(param: string, userId?: number) {
  const request = await makeRequest(`/projects/${param}`, { userId });
  return run(() => projectLoader({ request, params: { id: param }, context: {} }));
}

describe("/projects", () => {
  it("lists submitted projects with the filters from the URL and ignores junk", async () => {
    const match = await createProject({
      ...submitted,
      name: "Wound Watch",
      stage: "pilot_ready",
      careSetting: "community",
    });
    await createProject({ ...submitted, name: "Other", stage: "prototype" });
    const request = await makeRequest(
      "/projects?stage=pilot_ready&careSetting=community&specialty=not-a-thing&page=banana",
    );
    const data = await galleryLoader({ request, params: {}, context: {} });
    expect(data.filters).toEqual({ stage: "pilot_ready", careSetting: "community" });
    expect(data.projects.items.map((p) => p.id)).toEqual([match.id]);
    expect(data.projects.page).toBe(1);
  });
});

describe("/projects/:id", () => {
  it("answers 404 for unknown, garbage and unsubmitted ids", async () => {
    const draft = await createProject({ name: "Secret draft" });
    for (const param of ["999999", "abc", "0", "-1", "12abc", "1e3", String(draft.id)]) {
      const response = await openProject(param);
      expect(response, param).toBeInstanceOf(Response);
      expect(response as Response, param).toHaveStatus(404);
    }
  });

  it("redirects a bare id or an old slug to the canonical address, keeping the query", async () => {
    const project = await createProject({ ...submitted, name: "Handover Helper" });
    for (const param of [String(project.id), `${project.id}-old-name`]) {
      const response = (await run(async () =>
        projectLoader({ request: await makeRequest(`/projects/${param}?x=1`), params: { id: param }, context: {} }),
      )) as Response;
      expect(response).toRedirectTo(`/projects/${project.id}-handover-helper?x=1`, 301);
    }
    const page = await openProject(`${project.id}-handover-helper`);
    expect(page).not.toBeInstanceOf(Response);
  });

  it("never shows another's funding interest: not to visitors, other users or other funders", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({ ...submitted, name: "Fund Me", leadId: lead.id });
    const funderA = await createFunder();
    const funderB = await createFunder();
    await createFundingInterest({
      projectId: project.id,
      funderId: funderA.id,
      status: "committed",
      kind: "grant",
      amount: 48_213,
      note: "Board approved A",
    });
    await createFundingInterest({
      projectId: project.id,
      funderId: funderB.id,
      amount: 77_777,
      note: "B thinking about it",
    });
    const slug = `${project.id}-fund-me`;
    const stranger = await createUser({ roles: ["clinician", "mentor"] });

    for (const userId of [undefined, stranger.id]) {
      const text = JSON.stringify(await openProject(slug, userId));
      for (const secret of ["48213", "77777", "Board approved A", "B thinking about it"])
        expect(text).not.toContain(secret);
    }
    const forB = JSON.stringify(await openProject(slug, funderB.id));
    expect(forB).toContain("B thinking about it");
    expect(forB).not.toContain("Board approved A");
    expect(forB).not.toContain("48213");
    // The team sees every interest's sum, never a funder's private note.
    const forLead = JSON.stringify(await openProject(slug, lead.id));
    expect(forLead).toContain("48213");
    expect(forLead).toContain("77777");
    expect(forLead).not.toContain("Board approved A");
    expect(forLead).not.toContain("B thinking about it");
  });

  it("never puts mentorship notes or email addresses on the page", async () => {
    const project = await createProject({ ...submitted, name: "Noted" });
    const mentor = await createMentor();
    const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
    await getWriterDb().insert(s.mentorshipNotes).values({
      mentorshipId: mentorship.id,
      authorId: mentor.id,
      sessionOn: "2026-04-02",
      body: "PRIVATE-SESSION-NOTE",
    });
    for (const userId of [undefined, mentor.id, project.leadId]) {
      const text = JSON.stringify(await openProject(`${project.id}-noted`, userId));
      expect(text).not.toContain("PRIVATE-SESSION-NOTE");
      expect(text).not.toContain("@example.test");
      expect(text).not.toContain("passwordHash");
    }
  });

  it("shows stalled to the team but not to the public, on the page and on the board", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({ ...submitted, name: "Quiet One", stage: "evaluation", leadId: lead.id });
    await getWriterDb()
      .update(s.projects)
      .set({ lastActivityAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(eq(s.projects.id, project.id));

    const publicPage = (await openProject(`${project.id}-quiet-one`)) as Exclude<
      Awaited<ReturnType<typeof openProject>>,
      Response
    >;
    expect(publicPage.progress).toBeNull();
    const teamPage = (await openProject(`${project.id}-quiet-one`, lead.id)) as typeof publicPage;
    expect(teamPage.progress?.stalled).toBe(true);

    const board = async (userId?: number, query = "?stage=evaluation") =>
      pipelineLoader({ request: await makeRequest(`/pipeline${query}`, { userId }), params: {}, context: {} });
    const cardFor = (data: Awaited<ReturnType<typeof board>>) =>
      data.board.columns[0]!.cards.find((c) => c.id === project.id)!;
    expect(cardFor(await board()).stalled).toBe(false);
    expect(cardFor(await board(lead.id)).stalled).toBe(true);
    // The stalled filter does nothing for the public.
    const publicFiltered = await board(undefined, "?stage=evaluation&stalled=1");
    expect(publicFiltered.board.stalledOnly).toBe(false);
    const organiser = await createUser({ roles: ["organiser"] });
    expect((await board(organiser.id, "?stalled=1")).board.stalledOnly).toBe(true);
  });
});
