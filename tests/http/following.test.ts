/**
 * Following, notifications and asking a mentor from their profile, over real HTTP against the
 * built server: real forms that post and come back, the header's unread count, and refusals.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createMentor, createProblem, createProject, createUser } from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

/** A page's HTML without React's text separators, so a sentence built from parts reads whole. */
const read = async (response: Response) => (await response.text()).replaceAll("<!-- -->", "");

let server: TestServer;
let fan: { id: number; cookie: string };
let lead: { id: number; cookie: string };
let mentorId = 0;
let mentorHref = "";
let projectId = 0;
let projectHref = "";
let problemId = 0;

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000" } });
  const fanUser = await createUser({ name: "Fay Follower" });
  const leadUser = await createUser({ roles: ["developer"], name: "Lee Lead" });
  fan = { id: fanUser.id, cookie: await sessionCookieFor(fanUser.id) };
  lead = { id: leadUser.id, cookie: await sessionCookieFor(leadUser.id) };
  const project = await createProject({ name: "Safe Handover", leadId: leadUser.id, submittedAt: new Date() });
  await createProject({ name: "Unsubmitted", leadId: leadUser.id, submittedAt: null });
  await createProject({ name: "Paused One", leadId: leadUser.id, submittedAt: new Date(), state: "paused" });
  projectId = project.id;
  projectHref = `/projects/${idSlug(project.id, project.name)}`;
  problemId = (await createProblem({ title: "Lost handovers" })).id;
  const mentor = await createMentor({ name: "Mina Mentor", areas: ["clinical_safety"] });
  mentorId = mentor.id;
  mentorHref = `/mentors/${idSlug(mentor.id, mentor.name)}`;
  await getWriterDb()
    .insert(s.notifications)
    .values([
      { userId: fanUser.id, kind: "problem.endorsed", title: "First news", link: projectHref },
      { userId: fanUser.id, kind: "problem.endorsed", title: "Second news", link: projectHref },
    ]);
});
afterAll(() => server?.stop());

describe("following over HTTP", () => {
  it("follows a project from its page and comes back with a confirmation, then stops", async () => {
    const page = await getPage(server, projectHref, { cookie: fan.cookie });
    expect(await page.text()).toContain("Follow this project");
    const followed = await postForm(
      server,
      "/follows",
      { intent: "follow", objectType: "project", objectId: String(projectId), redirectTo: projectHref },
      { cookie: fan.cookie },
    );
    expect(followed).toRedirectTo(`${projectHref}?notice=followed#follow`);
    const after = await (await getPage(server, `${projectHref}?notice=followed`, { cookie: fan.cookie })).text();
    expect(after).toContain("Stop following this project");
    expect(after).toContain("You are following it.");
    const list = await (await getPage(server, "/notifications", { cookie: fan.cookie })).text();
    expect(list).toContain("Safe Handover");
    const stopped = await postForm(
      server,
      "/follows",
      { intent: "unfollow", objectType: "project", objectId: String(projectId), redirectTo: "/notifications" },
      { cookie: fan.cookie },
    );
    expect(stopped).toRedirectTo("/notifications?notice=unfollowed#follow");
    expect(await (await getPage(server, "/notifications", { cookie: fan.cookie })).text()).toContain(
      "You follow nothing yet.",
    );
  });

  it("a visitor is sent to sign in, a hidden thing is a 404, a bad form a 400, and redirectTo stays on the site", async () => {
    const visitor = await postForm(server, "/follows", {
      intent: "follow",
      objectType: "problem",
      objectId: String(problemId),
    });
    expect(visitor).toRedirectTo(/^\/login\?redirectTo=/);
    expect(await read(await getPage(server, `/problems/${problemId}`, { redirect: "follow" }))).toContain(
      "Sign in to follow this problem",
    );
    const missing = await postForm(
      server,
      "/follows",
      { intent: "follow", objectType: "project", objectId: "999999" },
      { cookie: fan.cookie },
    );
    expect(missing).toHaveStatus(404);
    const bad = await postForm(
      server,
      "/follows",
      { intent: "follow", objectType: "hack_day", objectId: "1" },
      { cookie: fan.cookie },
    );
    expect(bad).toHaveStatus(400);
    const offsite = await postForm(
      server,
      "/follows",
      { intent: "follow", objectType: "problem", objectId: String(problemId), redirectTo: "https://evil.example/" },
      { cookie: fan.cookie },
    );
    expect(offsite).toRedirectTo("/notifications?notice=followed#follow");
  });
});

describe("notifications over HTTP", () => {
  it("counts unread ones in the header, marks one read, then all", async () => {
    const home = await (await getPage(server, "/", { cookie: fan.cookie })).text();
    expect(home).toMatch(/Notifications<span[^>]*>2<span class="sr-only"> unread<\/span>/);
    const [first] = await getWriterDb()
      .select({ id: s.notifications.id })
      .from(s.notifications)
      .where(eq(s.notifications.title, "First news"));
    const marked = await postForm(
      server,
      "/notifications",
      { intent: "mark-read", notificationId: String(first!.id) },
      { cookie: fan.cookie },
    );
    expect(marked).toRedirectTo(`/notifications#notification-${first!.id}`);
    const page = await (await getPage(server, "/notifications", { cookie: fan.cookie })).text();
    expect(page).toContain("1 unread.");
    expect(page).toMatch(/Notifications<span[^>]*>1<span class="sr-only"> unread<\/span>/);
    // Someone else's notification cannot be marked: nothing changes for its owner.
    const other = await postForm(server, "/notifications", { intent: "mark-all-read" }, { cookie: lead.cookie });
    expect(other).toRedirectTo("/notifications");
    expect(await (await getPage(server, "/notifications", { cookie: fan.cookie })).text()).toContain("1 unread.");
    const all = await postForm(
      server,
      "/notifications",
      { intent: "mark-all-read", redirectTo: "/dashboard" },
      { cookie: fan.cookie },
    );
    expect(all).toRedirectTo("/dashboard");
    const done = await (await getPage(server, "/notifications", { cookie: fan.cookie })).text();
    expect(done).toContain("You are up to date.");
    expect(done).not.toContain('sr-only"> unread');
  });

  it("is for signed-in people only", async () => {
    expect(await getPage(server, "/notifications")).toRedirectTo(/^\/login\?redirectTo=%2Fnotifications/);
  });
});

describe("asking a mentor from their profile", () => {
  it("offers the lead's active project, says why not for a paused one, and sends the request", async () => {
    const page = await read(await getPage(server, mentorHref, { cookie: lead.cookie }));
    expect(page).toContain("Ask Mina Mentor to mentor");
    expect(page).toContain("For Safe Handover.");
    expect(page).toContain("Paused One: Resume the project before asking for a mentor.");
    expect(page).not.toContain("Unsubmitted");
    expect(await read(await getPage(server, mentorHref, { cookie: fan.cookie }))).not.toContain("Ask Mina Mentor");
    const asked = await postForm(
      server,
      mentorHref,
      { intent: "request", projectId: String(projectId), message: "Help with our DCB0129 hazard log?" },
      { cookie: lead.cookie },
    );
    expect(asked).toRedirectTo(`/projects/${projectId}/mentors?notice=mentor-requested`);
    const rows = await getWriterDb()
      .select({ mentorId: s.mentorships.mentorId, status: s.mentorships.status, message: s.mentorships.message })
      .from(s.mentorships)
      .where(eq(s.mentorships.projectId, projectId));
    expect(rows).toEqual([{ mentorId, status: "requested", message: "Help with our DCB0129 hazard log?" }]);
    const again = await postForm(
      server,
      mentorHref,
      { intent: "request", projectId: String(projectId), message: "" },
      { cookie: lead.cookie },
    );
    expect(again).toHaveStatus(409);
    const notLead = await postForm(
      server,
      mentorHref,
      { intent: "request", projectId: String(projectId), message: "" },
      { cookie: fan.cookie },
    );
    expect(notLead).toHaveStatus(403);
    const noProject = await postForm(server, mentorHref, { intent: "request", message: "" }, { cookie: lead.cookie });
    expect(noProject).toHaveStatus(400);
    expect(await read(noProject)).toContain("Choose the project");
  });
});
