import { eq, isNull, and } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loader } from "../../app/routes/dashboard/route";
import { loader as sectionLoader } from "../../app/routes/dashboard_.$section/route";
import { action } from "../../app/routes/notifications/route";
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
  createNotification,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { firstRow } from "../rows";
import { outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const load = async (userId?: number, path = "/dashboard") =>
  outcome(await run(async () => loader({ request: await makeRequest(path, { userId }), params: {}, context: {} })));
const loadSection = async (section: string, userId?: number, query = "") =>
  outcome(
    await run(async () =>
      sectionLoader({
        request: await makeRequest(`/dashboard/${section}${query}`, { userId }),
        params: { section },
        context: {},
      }),
    ),
  );
type DashboardData = Awaited<ReturnType<typeof loader>>;

describe("/dashboard", () => {
  it("sends anonymous people to sign in", async () => {
    const page = await load();
    expect(page).toRedirectTo("/login?redirectTo=%2Fdashboard");
  });

  it("shows a person's own problems, projects, mentorships and notifications, and nobody else's", async () => {
    const me = await createUser({ roles: ["clinician", "developer"] });
    const someone = await createUser({ roles: ["clinician", "developer"] });
    const mine = await createProblem({ authorId: me.id, title: "Insulin charts go missing" });
    await createProblem({ authorId: someone.id, title: "Not mine" });
    const project = await createProject({ leadId: me.id, name: "ChartFinder" });
    await createProject({ leadId: someone.id, name: "Their project" });
    const mentor = await createMentor();
    await createMentorship({ projectId: project.id, mentorId: mentor.id, status: "active" });
    await createNotification({ userId: me.id, title: "Someone endorsed your problem", link: `/problems/${mine.id}` });
    await createNotification({ userId: someone.id, title: "For someone else" });
    const page = await load(me.id);
    expect(page).toHaveStatus(200);
    const { dashboard, user } = page.data as DashboardData;
    expect(user).toEqual({ id: me.id, name: me.name, roles: ["clinician", "developer"] });
    expect(dashboard.problems.items.map((p) => p.title)).toEqual(["Insulin charts go missing"]);
    expect(dashboard.projects.items).toEqual([
      expect.objectContaining({ name: "ChartFinder", role: "lead", stage: "prototype" }),
    ]);
    expect(dashboard.mentorships.items).toEqual([
      expect.objectContaining({ projectName: "ChartFinder", mentorName: mentor.name, status: "active" }),
    ]);
    expect(dashboard.notifications.items.map((n) => n.title)).toEqual(["Someone endorsed your problem"]);
    expect(dashboard.notifications.unread).toBe(1);
    expect(dashboard.funding.items).toEqual([]);
    expect(dashboard.profiles).toEqual({ clinician: false, developer: false, mentor: false, funder: false });
  });

  it("shows a mentor a team's request as theirs to answer, not as a project they mentor", async () => {
    const mentor = await createMentor();
    const project = await createProject({ name: "Mentored" });
    await createMentorship({ projectId: project.id, mentorId: mentor.id, status: "requested" });
    const { dashboard } = (await load(mentor.id)).data as DashboardData;
    expect(dashboard.toAnswer.mentorships.items).toEqual([
      expect.objectContaining({
        projectName: "Mentored",
        mentorId: mentor.id,
        status: "requested",
        line: { text: "The team asked you to mentor it", overdue: null, theirMove: true },
      }),
    ]);
    expect(dashboard.mentorships.items).toEqual([]);
    expect(dashboard.profiles.mentor).toBe(true);
  });

  it("shows a funder only their own funding interests", async () => {
    const funder = await createFunder();
    const rival = await createFunder();
    const project = await createProject({ name: "Fundable" });
    await createFundingInterest({
      projectId: project.id,
      funderId: funder.id,
      status: "committed",
      kind: "grant",
      amount: 25000,
    });
    await createFundingInterest({ projectId: project.id, funderId: rival.id, status: "interested" });
    const { dashboard } = (await load(funder.id)).data as DashboardData;
    expect(dashboard.funding.items).toEqual([
      expect.objectContaining({ projectName: "Fundable", status: "committed", kind: "grant", amount: 25000 }),
    ]);
    // A team member of the project does not see anyone's interest on the dashboard.
    const lead = await firstRow(
      getWriterDb().select({ leadId: s.projects.leadId }).from(s.projects).where(eq(s.projects.id, project.id)),
    );
    const teamPage = await load(lead!.leadId);
    expect(teamPage).toHaveStatus(200);
    const teamView = teamPage.data as DashboardData;
    expect(teamView.dashboard.funding.items).toEqual([]);
  });

  it("shows the first five of a long list with the total, and the rest a page at a time", async () => {
    const me = await createUser({ roles: ["clinician"] });
    for (let i = 0; i < 23; i++) await createProblem({ authorId: me.id, title: `Problem number ${i}` });
    const { dashboard } = (await load(me.id)).data as DashboardData;
    expect(dashboard.problems.items).toHaveLength(5);
    expect(dashboard.problems.total).toBe(23);
    const first = await loadSection("problems", me.id);
    const second = await loadSection("problems", me.id, "?page=2");
    type SectionData = { list: { page: { items: { title: string }[]; pageCount: number; total: number } } };
    expect((first.data as SectionData).list.page).toMatchObject({ total: 23, pageCount: 2 });
    expect((first.data as SectionData).list.page.items).toHaveLength(20);
    expect((second.data as SectionData).list.page.items).toHaveLength(3);
  });

  it("404s for a list that does not exist and sends anonymous people to sign in", async () => {
    const me = await createUser();
    expect(await loadSection("secrets", me.id)).toHaveStatus(404);
    expect(await loadSection("problems")).toHaveStatus(302);
  });

  it("sends the old notifications list to /notifications", async () => {
    const me = await createUser();
    expect(await loadSection("notifications", me.id)).toRedirectTo("/notifications", 301);
  });

  it("marks all of a person's notifications read from the dashboard, and only theirs, then goes back", async () => {
    const me = await createUser();
    const other = await createUser();
    await createNotification({ userId: me.id });
    await createNotification({ userId: me.id });
    await createNotification({ userId: other.id });
    const result = await outcome(
      await run(async () =>
        action({
          request: await formRequest(
            "/notifications",
            { intent: "mark-all-read", redirectTo: "/dashboard/problems?page=2" },
            { userId: me.id },
          ),
          params: {},
          context: {},
        }),
      ),
    );
    expect(result).toRedirectTo("/dashboard/problems?page=2");
    const unread = async (userId: number) =>
      (
        await getWriterDb()
          .select()
          .from(s.notifications)
          .where(and(eq(s.notifications.userId, userId), isNull(s.notifications.readAt)))
      ).length;
    expect(await unread(me.id)).toBe(0);
    expect(await unread(other.id)).toBe(1);
    const offsite = await outcome(
      await run(async () =>
        action({
          request: await formRequest(
            "/notifications",
            { intent: "mark-all-read", redirectTo: "https://evil.example" },
            { userId: me.id },
          ),
          params: {},
          context: {},
        }),
      ),
    );
    expect(offsite).toRedirectTo("/notifications");
  });

  it("refuses an unknown form and anonymous posts", async () => {
    const me = await createUser();
    expect(
      await outcome(
        await run(async () =>
          action({
            request: await formRequest("/dashboard", { intent: "nope" }, { userId: me.id }),
            params: {},
            context: {},
          }),
        ),
      ),
    ).toHaveStatus(400);
    expect(
      await outcome(
        await run(async () =>
          action({ request: await formRequest("/dashboard", { intent: "mark-all-read" }), params: {}, context: {} }),
        ),
      ),
    ).toHaveStatus(302);
  });
});

describe("/dashboard as each person's to-do list", () => {
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

  it("shows requests and offers on both sides in words that fit each side, overdue ones marked", async () => {
    const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
    const member = await createUser({ roles: ["developer"] });
    const mentor = await createMentor({ name: "Dr Helen Marsh", areas: ["clinical_safety"] });
    const asked = await createProject({
      name: "Asked",
      leadId: lead.id,
      members: [member.id],
      submittedAt: daysAgo(30),
    });
    const offered = await createProject({ name: "Offered", leadId: lead.id, submittedAt: daysAgo(30) });
    const request = await createMentorship({
      projectId: asked.id,
      mentorId: mentor.id,
      status: "requested",
      message: "Could you look at our hazard log?",
      createdAt: daysAgo(9.5),
    });
    const offer = await createMentorship({
      projectId: offered.id,
      mentorId: mentor.id,
      status: "offered",
      createdAt: daysAgo(1),
    });

    const asMentor = ((await load(mentor.id)).data as DashboardData).dashboard;
    expect(asMentor.toAnswer.mentorships.items.map((m) => [m.id, m.line, m.message])).toEqual([
      [
        request.id,
        { text: "The team asked you to mentor it", overdue: "Overdue: asked 9 days ago", theirMove: true },
        "Could you look at our hazard log?",
      ],
    ]);
    expect(asMentor.mentorships.items.map((m) => [m.id, m.line.text])).toEqual([
      [offer.id, "You offered to mentor it; waiting for the team lead"],
    ]);

    const asLead = ((await load(lead.id)).data as DashboardData).dashboard;
    expect(asLead.toAnswer.mentorships.items.map((m) => [m.id, m.line])).toEqual([
      [offer.id, { text: "Dr Helen Marsh offered to mentor it", overdue: null, theirMove: true }],
    ]);
    expect(asLead.mentorships.items.map((m) => [m.id, m.line])).toEqual([
      [
        request.id,
        {
          text: "You asked Dr Helen Marsh; waiting for their answer",
          overdue: "Overdue: asked 9 days ago",
          theirMove: false,
        },
      ],
    ]);
    // A team member who does not lead sees the request, not its message, and has nothing to answer.
    const asMember = ((await load(member.id)).data as DashboardData).dashboard;
    expect(asMember.toAnswer.mentorships.items).toEqual([]);
    expect(asMember.mentorships.items.map((m) => [m.id, m.line.text, m.message])).toEqual([
      [request.id, "Your team asked Dr Helen Marsh; waiting for their answer", ""],
    ]);

    const section = await loadSection("answer", mentor.id);
    type Section = { list: { page: { items: { id: number }[]; total: number } } };
    expect((section.data as Section).list.page.items.map((m) => m.id)).toEqual([request.id]);
  });

  it("shows a mentor their active projects with the open items their expertise covers, and the session notes", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"] });
    const project = await createProject({ name: "Active One", stage: "pilot_ready", submittedAt: daysAgo(20) });
    const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id, status: "active" });
    for (const itemKey of ["dtac_c2_data_protection", "dtac_c3_technical_security", "dtac_c4_interoperability"])
      await createGateItemStatus({ projectId: project.id, itemKey, status: "met", verifiedAt: new Date() });
    const { dashboard } = (await load(mentor.id)).data as DashboardData;
    expect(dashboard.mentorships.items).toEqual([
      expect.objectContaining({
        id: mentorship.id,
        line: { text: "You mentor this project", overdue: null, theirMove: false },
        nextStage: "pilot",
        openItems: [
          { key: "dtac_c1_clinical_safety", label: "DTAC C1 clinical safety (DCB0129)", yours: true },
          { key: "dtac_d_usability", label: "DTAC D usability and accessibility", yours: false },
          { key: "pilot_site_committed", label: "A pilot site committed (DCB0160)", yours: true },
          { key: "funding_committed", label: "Funding committed", yours: false },
        ],
      }),
    ]);
  });

  it("shows a lead who asks to join their team, and a developer what their next gate needs", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const joiner = await createUser({ name: "Jo Joiner" });
    const project = await createProject({ name: "Join Us", leadId: lead.id, submittedAt: daysAgo(3) });
    await getWriterDb()
      .insert(s.projectMembers)
      .values({ projectId: project.id, userId: joiner.id, status: "requested", message: "I build FHIR things" });
    const { dashboard } = (await load(lead.id)).data as DashboardData;
    expect(dashboard.toAnswer.joinRequests.items).toEqual([
      expect.objectContaining({ projectName: "Join Us", name: "Jo Joiner", message: "I build FHIR things" }),
    ]);
    expect(dashboard.projects.items).toEqual([
      expect.objectContaining({
        name: "Join Us",
        nextStage: "validation",
        unmetCount: 4,
        firstUnmet: [
          { key: "clinical_champion", label: "A clinical champion is on the team" },
          { key: "problem_linked", label: "The problem is linked" },
        ],
      }),
    ]);
    const asJoiner = ((await load(joiner.id)).data as DashboardData).dashboard;
    expect(asJoiner.toAnswer.joinRequests.items).toEqual([]);
  });

  it("shows a clinician the projects on their problems that they may see", async () => {
    const me = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ authorId: me.id, title: "Lost referrals" });
    // Real endorsements, not a preset counter: the store's triggers recount it from them.
    for (let i = 0; i < 3; i++) await createEndorsement({ problemId: problem.id });
    const shown = await createProject({ name: "Public One", problemId: problem.id, submittedAt: daysAgo(2) });
    await createProject({ name: "Someone's Draft", problemId: problem.id });
    const { dashboard } = (await load(me.id)).data as DashboardData;
    expect(dashboard.problems.items).toEqual([
      expect.objectContaining({
        title: "Lost referrals",
        endorsementCount: 3,
        projects: [{ id: shown.id, name: "Public One", stage: "prototype" }],
      }),
    ]);
  });

  it("groups a funder's interests by status, with a count of each", async () => {
    const funder = await createFunder();
    const a = await createProject({ name: "A", submittedAt: daysAgo(2) });
    const b = await createProject({ name: "B", submittedAt: daysAgo(2) });
    const c = await createProject({ name: "C", submittedAt: daysAgo(2) });
    await createFundingInterest({
      projectId: a.id,
      funderId: funder.id,
      status: "committed",
      kind: "grant",
      amount: 5,
    });
    await createFundingInterest({ projectId: b.id, funderId: funder.id, status: "interested" });
    await createFundingInterest({ projectId: c.id, funderId: funder.id, status: "in_discussion" });
    const { dashboard } = (await load(funder.id)).data as DashboardData;
    expect(dashboard.funding.items.map((f) => [f.projectName, f.status])).toEqual([
      ["C", "in_discussion"],
      ["B", "interested"],
      ["A", "committed"],
    ]);
    expect(dashboard.funding.byStatus).toEqual({
      in_discussion: 1,
      interested: 1,
      committed: 1,
      declined: 0,
      withdrawn: 0,
    });
  });

  it("shows organisers their hack days and the queues they may open, and nobody else", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const mine = await createHackDay({ organiserId: organiser.id, name: "Winter Hack" });
    await createHackDay({ organiserId: organiser.id, name: "Old Hack", status: "archived" });
    await createHackDay({ name: "Someone else's" });
    const project = await createProject({ submittedAt: daysAgo(4) });
    await getWriterDb()
      .insert(s.stageRequests)
      .values({ projectId: project.id, fromStage: "prototype", toStage: "validation", requestedBy: project.leadId });
    const { dashboard } = (await load(organiser.id)).data as DashboardData;
    expect(dashboard.organiser).toEqual({
      reviewQueue: 1,
      moderation: 0,
      hackDays: { items: [expect.objectContaining({ id: mine.id, name: "Winter Hack", participants: 0 })], total: 1 },
    });
    const developer = await createUser({ roles: ["developer"] });
    expect(((await load(developer.id)).data as DashboardData).dashboard.organiser).toBeNull();
    type Section = { list: { page: { items: { id: number }[] } } };
    expect(((await loadSection("hack-days", organiser.id)).data as Section).list.page.items.map((h) => h.id)).toEqual([
      mine.id,
    ]);
    expect(((await loadSection("hack-days", developer.id)).data as Section).list.page.items).toEqual([]);
  });

  it("suggests to each role with reasons, and nothing to roles the person does not hold", async () => {
    const mentor = await createMentor({ areas: ["clinical_safety"] });
    const project = await createProject({ name: "Needs Safety", stage: "pilot_ready", submittedAt: daysAgo(5) });
    await createGateItemStatus({ projectId: project.id, itemKey: "pilot_site_committed", status: "met" });
    const { dashboard } = (await load(mentor.id)).data as DashboardData;
    expect(dashboard.suggestions.mentor!.items.map((p) => [p.name, p.reason])).toEqual([
      ["Needs Safety", "its open C1 clinical safety (DCB0129) item needs your expertise; 1 of 7 items for pilot done"],
    ]);
    expect(dashboard.suggestions.funder).toBeNull();
    expect(dashboard.suggestions.developer).toBeNull();
  });
});
