import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getProjectPage, listHackDaysWithProjects, listProjects } from "../../app/models/projects.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createGateItemStatus,
  createHackDay,
  createMentor,
  createMentorship,
  createOutcome,
  createProblem,
  createProject,
  createStageMove,
  createUser,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };

describe("listProjects", () => {
  it("lists submitted projects only, newest first, 20 a page with a stable order", async () => {
    const draft = await createProject({ name: "Unsubmitted draft" });
    const made = [];
    for (let i = 0; i < 22; i++)
      made.push(
        await createProject({ ...submitted, name: `Gallery item ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1)) }),
      );
    const first = await listProjects({ filters: {}, page: 1 });
    const second = await listProjects({ filters: {}, page: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.total).toBe(22);
    const ids = [...first.items, ...second.items].map((p) => p.id);
    expect(ids).not.toContain(draft.id);
    // Same createdAt: ties broken by id, highest first.
    expect(ids).toEqual(made.map((p) => p.id).reverse());
  });

  it("filters by stage, state, care setting, specialty and hack day", async () => {
    const hackDay = await createHackDay({ status: "results_published" });
    const match = await createProject({
      ...submitted,
      stage: "pilot",
      careSetting: "acute",
      specialty: "cardiology",
      hackDayId: hackDay.id,
    });
    await createProject({ ...submitted, stage: "pilot", careSetting: "community", specialty: "cardiology" });
    await createProject({
      ...submitted,
      stage: "pilot",
      state: "paused",
      careSetting: "acute",
      specialty: "cardiology",
      stateReason: "Waiting",
    });
    const result = await listProjects({
      filters: { stage: "pilot", state: "active", careSetting: "acute", specialty: "cardiology" },
      page: 1,
    });
    expect(result.items.map((p) => p.id)).toEqual([match.id]);
    const byHackDay = await listProjects({ filters: { hackDay: hackDay.id }, page: 1 });
    expect(byHackDay.items.map((p) => p.id)).toEqual([match.id]);
    expect(byHackDay.items[0]!.hackDayName).toBe(hackDay.name);
  });

  it("searches name, tagline, description and tech, and survives hostile input", async () => {
    const hit = await createProject({
      ...submitted,
      name: "Footfall",
      tagline: "Spotting diabetic foot ulcers early",
      tech: "Remix SQLite",
    });
    await createProject({ ...submitted, name: "Elsewhere", tagline: "Nothing about feet" });
    const result = await listProjects({ filters: { q: "diabetic ulcers" }, page: 1 });
    expect(result.items.map((p) => p.id)).toEqual([hit.id]);
    expect((await listProjects({ filters: { q: "sqlite" }, page: 1 })).items.map((p) => p.id)).toEqual([hit.id]);
    for (const q of ['"', "NEAR(", "a OR", "-", "tech:*", "'; DROP TABLE projects; --", "x".repeat(500)]) {
      await expect(listProjects({ filters: { q }, page: 1 })).resolves.toBeDefined();
    }
  });

  it("ranks a match in the name above one in the description", async () => {
    const inDescription = await createProject({
      ...submitted,
      name: "Alpha",
      description: "Helps with pressure ulcers on wards",
    });
    const inName = await createProject({
      ...submitted,
      name: "Pressure Mapper",
      description: "Something else entirely",
    });
    const ids = (await listProjects({ filters: { q: "pressure" }, page: 1 })).items.map((p) => p.id);
    expect(ids).toEqual([inName.id, inDescription.id]);
  });

  it("does not link a hidden problem", async () => {
    const problem = await createProblem({ hiddenAt: new Date() });
    const project = await createProject({ ...submitted, name: "Linked to hidden", problemId: problem.id });
    const result = await listProjects({ filters: { q: "Linked to hidden" }, page: 1 });
    expect(result.items.map((p) => [p.id, p.problemId])).toEqual([[project.id, null]]);
  });
});

describe("getProjectPage", () => {
  it("returns null for an unknown project, and hides an unsubmitted one from everyone but its team and organisers", async () => {
    expect(await getProjectPage({ id: 999_999, viewer: null })).toBeNull();
    const lead = await createUser({ roles: ["developer"] });
    const draft = await createProject({ leadId: lead.id });
    const stranger = await createUser({ roles: ["developer"] });
    const organiser = await createUser({ roles: ["organiser"] });
    expect(await getProjectPage({ id: draft.id, viewer: null })).toBeNull();
    expect(await getProjectPage({ id: draft.id, viewer: stranger })).toBeNull();
    expect(await getProjectPage({ id: draft.id, viewer: lead })).not.toBeNull();
    expect(await getProjectPage({ id: draft.id, viewer: organiser })).not.toBeNull();
  });

  it("shows the team with roles and derives the gate items it can", async () => {
    const clinician = await createUser({ roles: ["clinician"], name: "Dr Asha Patel" });
    const problem = await createProblem();
    const project = await createProject({ ...submitted, members: [clinician.id], problemId: problem.id });
    const mentor = await createMentor({ areas: ["regulation"] });
    await createMentorship({ projectId: project.id, mentorId: mentor.id });
    await createGateItemStatus({
      projectId: project.id,
      itemKey: "working_demo",
      status: "met",
      evidence: "https://demo.example/footfall",
    });
    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(page.team.map((m) => m.role)).toEqual(["lead", "member"]);
    expect(page.team[1]).toMatchObject({ name: "Dr Asha Patel", isClinician: true });
    expect(JSON.stringify(page.team)).not.toContain("@");
    const validation = page.gates.find((g) => g.stage === "validation")!;
    expect(validation.position).toBe("next");
    expect(Object.fromEntries(validation.items.map((i) => [i.key, i.status]))).toEqual({
      clinical_champion: "met",
      problem_linked: "met",
      working_demo: "met",
      active_mentor: "met",
    });
    expect(validation.items.find((i) => i.key === "working_demo")!.evidence).toBe("https://demo.example/footfall");
    expect(page.mentors.map((m) => m.mentorId)).toEqual([mentor.id]);
  });

  it("keeps the timeline with actor names, newest first", async () => {
    const organiser = await createUser({ roles: ["organiser"], name: "Olu Organiser" });
    const project = await createProject({ ...submitted, stage: "validation" });
    await createStageMove({
      projectId: project.id,
      kind: "submitted",
      toStage: "prototype",
      createdAt: new Date("2026-03-01T10:00:00Z"),
    });
    await createStageMove({
      projectId: project.id,
      kind: "approved",
      fromStage: "prototype",
      toStage: "validation",
      actorId: organiser.id,
      createdAt: new Date("2026-04-01T10:00:00Z"),
    });
    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(page.timeline.map((t) => [t.kind, t.actorName])).toEqual([
      ["approved", "Olu Organiser"],
      ["submitted", null],
    ]);
  });

  it("shows funding interests to the team and organisers without notes, a funder only their own, nobody else any", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({ ...submitted, leadId: lead.id });
    const funderA = await createFunder();
    const funderB = await createFunder();
    await createFundingInterest({
      projectId: project.id,
      funderId: funderA.id,
      amount: 25_000,
      note: "A's private note",
    });
    await createFundingInterest({
      projectId: project.id,
      funderId: funderB.id,
      amount: 90_000,
      note: "B's private note",
    });
    const organiser = await createUser({ roles: ["organiser"] });
    const other = await createUser({ roles: ["developer", "mentor"] });

    const forLead = (await getProjectPage({ id: project.id, viewer: lead }))!;
    expect(forLead.funding.access).toBe("team");
    expect(forLead.funding.interests.map((f) => f.amount).sort()).toEqual([25_000, 90_000]);
    // The funders' notes are theirs alone: not even the team reads them.
    expect(JSON.stringify(forLead)).not.toContain("private note");
    const forOrganiser = (await getProjectPage({ id: project.id, viewer: organiser }))!;
    expect(forOrganiser.funding.interests).toHaveLength(2);
    expect(JSON.stringify(forOrganiser)).not.toContain("private note");
    const forA = (await getProjectPage({ id: project.id, viewer: funderA }))!;
    expect(forA.funding.access).toBe("funder");
    expect(forA.funding.interests.map((f) => f.note)).toEqual(["A's private note"]);
    expect(JSON.stringify(forA)).not.toContain("B's private note");
    expect((await getProjectPage({ id: project.id, viewer: other }))!.funding.interests).toEqual([]);
    const anonymous = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(anonymous.funding).toEqual({ access: null, interests: [], hasBackers: false, fundingAsk: null });
    expect(JSON.stringify(anonymous)).not.toContain("private note");
  });

  it("never reads mentorship notes", async () => {
    const project = await createProject(submitted);
    const mentor = await createMentor();
    const mentorship = await createMentorship({
      projectId: project.id,
      mentorId: mentor.id,
      focus: "Clinical safety case",
    });
    await getWriterDb().insert(s.mentorshipNotes).values({
      mentorshipId: mentorship.id,
      authorId: mentor.id,
      sessionOn: "2026-04-02",
      body: "SECRET SESSION NOTE",
    });
    const page = await getProjectPage({ id: project.id, viewer: mentor });
    expect(JSON.stringify(page)).not.toContain("SECRET SESSION NOTE");
  });

  it("tells only the team, its mentors and organisers that a project is stalled", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({
      ...submitted,
      leadId: lead.id,
      lastActivityAt: new Date(Date.now() - 120 * 86_400_000),
    });
    const mentor = await createMentor();
    await createMentorship({ projectId: project.id, mentorId: mentor.id });
    const organiser = await createUser({ roles: ["organiser"] });
    const other = await createMentor();
    for (const viewer of [lead, mentor, organiser])
      expect((await getProjectPage({ id: project.id, viewer }))!.progress?.stalled).toBe(true);
    for (const viewer of [null, other]) {
      const page = (await getProjectPage({ id: project.id, viewer }))!;
      expect(page.progress).toBeNull();
      expect(page.project).not.toHaveProperty("lastActivityAt");
    }
  });

  it("suggests mentors with capacity whose expertise covers the next gate's open items", async () => {
    const project = await createProject({ ...submitted, stage: "pilot_ready" });
    const safety = await createMentor({ areas: ["clinical_safety", "information_governance"], capacity: 2 });
    const cyber = await createMentor({ areas: ["cyber_security"], capacity: 2 });
    const full = await createMentor({ areas: ["clinical_safety"], capacity: 1 });
    await createMentorship({ projectId: (await createProject(submitted)).id, mentorId: full.id });
    const notAccepting = await createMentor({ areas: ["clinical_safety"] });
    await getWriterDb()
      .update(s.mentorProfiles)
      .set({ acceptingRequests: false })
      .where(eq(s.mentorProfiles.userId, notAccepting.id));
    const onProject = await createMentor({ areas: ["clinical_safety"] });
    await createMentorship({ projectId: project.id, mentorId: onProject.id });
    // Expertise that covers none of the open items.
    await createMentor({ areas: ["clinical_specialty"] });

    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    // Not the full one, the one not accepting, the one already on it or the unrelated one.
    expect(page.suggestedMentors.map((m) => m.id)).toEqual([safety.id, cyber.id]);
    expect(page.suggestedMentors.find((m) => m.id === safety.id)!.covers.map((c) => c.key)).toContain(
      "dtac_c1_clinical_safety",
    );
  });

  it("still lists an archived project's open items, but suggests no mentors for it", async () => {
    await createMentor({ areas: ["software_engineering"], capacity: 5 });
    const project = await createProject({
      ...submitted,
      state: "archived",
      archiveReason: "not_pursuing",
      stateReason: "Team moved on",
    });
    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(page.openItems.map((i) => i.key)).toEqual([
      "clinical_champion",
      "problem_linked",
      "working_demo",
      "active_mentor",
    ]);
    expect(page.suggestedMentors).toEqual([]);
  });

  it("lists the project's screenshots in order with the address each is served at", async () => {
    const project = await createProject(submitted);
    await getWriterDb()
      .insert(s.projectScreenshots)
      .values([
        {
          projectId: project.id,
          fileName: `b-${project.id}.png`,
          contentType: "image/png",
          byteSize: 10,
          alt: "Second",
          position: 2,
        },
        {
          projectId: project.id,
          fileName: `a-${project.id}.webp`,
          contentType: "image/webp",
          byteSize: 10,
          alt: "First",
          position: 1,
        },
      ]);
    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(page.screenshots.map((shot) => [shot.alt, shot.src])).toEqual([
      ["First", `/screenshots/a-${project.id}.webp`],
      ["Second", `/screenshots/b-${project.id}.png`],
    ]);
  });

  it("shows published success stories and hides unpublished story text", async () => {
    const project = await createProject(submitted);
    await createOutcome({ projectId: project.id, storyTitle: "Draft story", storyBody: "Not yet" });
    await createOutcome({
      projectId: project.id,
      storyTitle: "Fewer amputations",
      storyBody: "Published body",
      publishedAt: new Date(),
    });
    const page = (await getProjectPage({ id: project.id, viewer: null }))!;
    expect(page.outcomes).toHaveLength(2);
    expect(page.outcomes.map((o) => o.storyTitle).filter(Boolean)).toEqual(["Fewer amputations"]);
  });

  it("shows the data-use statement to everyone once published, and the draft only to the team", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({
      ...submitted,
      leadId: lead.id,
      dataUseStatement: "We use appointment times",
      dataUseLawfulBasis: "Public task",
    });
    expect((await getProjectPage({ id: project.id, viewer: null }))!.project.dataUseStatement).toBe("");
    expect((await getProjectPage({ id: project.id, viewer: lead }))!.project.dataUseStatement).toBe(
      "We use appointment times",
    );
    await getWriterDb().update(s.projects).set({ dataUsePublishedAt: new Date() }).where(eq(s.projects.id, project.id));
    expect((await getProjectPage({ id: project.id, viewer: null }))!.project.dataUseLawfulBasis).toBe("Public task");
  });
});

describe("listHackDaysWithProjects", () => {
  it("lists the hack days that have public projects, whatever the ids", async () => {
    const empty = await createHackDay({ name: "No projects yet", status: "live" });
    const used = await createHackDay({ name: "Has a project", status: "live" });
    await createProject({ hackDayId: used.id, ...submitted });
    await createProject({ hackDayId: empty.id }); // not submitted
    expect(await listHackDaysWithProjects()).toEqual([{ id: used.id, name: "Has a project" }]);
  });
});
