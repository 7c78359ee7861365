import { eq, isNull, and } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/dashboard/route";
import { loader as sectionLoader } from "../../app/routes/dashboard_.$section/route";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createMentor,
  createMentorship,
  createNotification,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { formRequest, makeRequest, run } from "../request";
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

  it("shows a mentor the projects they mentor", async () => {
    const mentor = await createMentor();
    const project = await createProject({ name: "Mentored" });
    await createMentorship({ projectId: project.id, mentorId: mentor.id, status: "requested" });
    const { dashboard } = (await load(mentor.id)).data as DashboardData;
    expect(dashboard.mentorships.items).toEqual([
      expect.objectContaining({ projectName: "Mentored", mentorId: mentor.id, status: "requested" }),
    ]);
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
    const lead = await getWriterDb()
      .select({ leadId: s.projects.leadId })
      .from(s.projects)
      .where(eq(s.projects.id, project.id))
      .get();
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

  it("marks all of a person's notifications read, and only theirs, then goes back", async () => {
    const me = await createUser();
    const other = await createUser();
    await createNotification({ userId: me.id });
    await createNotification({ userId: me.id });
    await createNotification({ userId: other.id });
    const result = await outcome(
      await run(async () =>
        action({
          request: await formRequest(
            "/dashboard",
            { intent: "mark-all-read", redirectTo: "/dashboard/notifications?page=2" },
            { userId: me.id },
          ),
          params: {},
          context: {},
        }),
      ),
    );
    expect(result).toRedirectTo("/dashboard/notifications?page=2");
    const unread = (userId: number) =>
      getWriterDb()
        .select()
        .from(s.notifications)
        .where(and(eq(s.notifications.userId, userId), isNull(s.notifications.readAt)))
        .all().length;
    expect(unread(me.id)).toBe(0);
    expect(unread(other.id)).toBe(1);
    const offsite = await outcome(
      await run(async () =>
        action({
          request: await formRequest(
            "/dashboard",
            { intent: "mark-all-read", redirectTo: "https://evil.example" },
            { userId: me.id },
          ),
          params: {},
          context: {},
        }),
      ),
    );
    expect(offsite).toRedirectTo("/dashboard");
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
