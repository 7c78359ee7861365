/**
 * A person's own data over real HTTP against the built server: the download, closing one's own
 * account with the real form, and afterwards every page that showed the person (problem, project,
 * team, hack day results, the API, the feed, the admin's page) still answers 200 with "A former
 * member" and nothing of the old name or address; their mentor profile is gone; their old session
 * cookie no longer signs anyone in.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTotpSecret } from "../../app/auth/two-step.server";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import {
  createComment,
  createEndorsement,
  createHackDay,
  createMentor,
  createProblem,
  createProject,
  createUser,
  TEST_PASSWORD,
} from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

const TAG = randomUUID().slice(0, 8);
const NAME = `Hana Closewell ${TAG}`;
const EMAIL = `hana.closewell.${TAG}@example.test`;

let server: TestServer;
let cookie = "";
let adminCookie = "";
let personId = 0;
let mentorHref = "";
const pages: Record<string, string> = {};

/** A page's text without React's text separators. */
const text = async (response: Response) => (await response.text()).replaceAll("<!-- -->", "");

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000", AUTH_RATE_LIMIT: "1000000" } });
  const db = getWriterDb();
  const mentor = await createMentor({ name: NAME });
  await db
    .update(s.users)
    .set({ email: EMAIL, organisation: `Closewell Trust ${TAG}` })
    .where(eq(s.users.id, mentor.id));
  await db.insert(s.userRoles).values({ userId: mentor.id, role: "clinician" });
  personId = mentor.id;
  mentorHref = `/mentors/${idSlug(mentor.id, NAME)}`;
  cookie = await sessionCookieFor(mentor.id);
  const admin = await createUser({ roles: ["admin"], totpSecret: newTotpSecret(), totpEnabledAt: new Date() });
  adminCookie = await sessionCookieFor(admin.id);

  const problem = await createProblem({ authorId: mentor.id, title: `Closewell's referrals ${TAG}` });
  await createEndorsement({ problemId: problem.id, note: "It happens here too" });
  await createComment({ problemId: problem.id, authorId: mentor.id, body: "A comment from the person who leaves" });
  const teammate = await createUser({ name: "Theo Stays" });
  const hackDay = await createHackDay({ status: "results_published", resultsPublishedAt: new Date() });
  const project = await createProject({
    name: `Closewell Tracker ${TAG}`,
    leadId: teammate.id,
    members: [mentor.id],
    problemId: problem.id,
    hackDayId: hackDay.id,
    submittedAt: new Date(),
  });
  const projectHref = `/projects/${idSlug(project.id, project.name)}`;
  Object.assign(pages, {
    problem: `/problems/${idSlug(problem.id, problem.title)}`,
    project: projectHref,
    team: `${projectHref}/team`,
    results: `/hack-days/${idSlug(hackDay.id, hackDay.name)}/results`,
    apiProblem: `/api/v1/problems/${problem.id}`,
    apiProject: `/api/v1/projects/${project.id}`,
    feed: "/problems.atom",
    mentors: "/mentors",
    admin: `/admin/users/${mentor.id}`,
  });
}, 90_000);
afterAll(() => server?.stop());

describe("a person's own data over HTTP", () => {
  it("shows the person's name on the pages before (so the checks after mean something)", async () => {
    for (const key of ["problem", "project", "team", "apiProblem", "apiProject", "feed", "mentors", "admin"]) {
      const response = await getPage(server, pages[key]!, key === "admin" ? { cookie: adminCookie } : {});
      expect(response, key).toHaveStatus(200);
      expect(await text(response), key).toContain(NAME);
    }
    expect(await getPage(server, mentorHref)).toHaveStatus(200);
  });

  it("downloads the person's data as a file no cache keeps", async () => {
    const response = await getPage(server, "/settings/data.json", { cookie });
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="hackpath-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const data = (await response.json()) as { account: { email: string; name: string } };
    expect(data.account).toMatchObject({ email: EMAIL, name: NAME });
    expect(await getPage(server, "/settings/data.json")).toRedirectTo("/login?redirectTo=%2Fsettings%2Fdata.json");
  });

  it("closes the account from the confirmation page, signs the person out and says so", async () => {
    const page = await getPage(server, "/settings/data", { cookie });
    expect(page).toHaveStatus(200);
    expect(await text(page)).toContain("Download my data");
    const confirm = await text(await getPage(server, "/settings/data/close", { cookie }));
    expect(confirm).toContain("What stays, as “A former member”");
    const wrong = await postForm(server, "/settings/data/close", { password: "not the password" }, { cookie });
    expect(wrong).toHaveStatus(400);
    expect(await text(wrong)).toContain("Your password is not right");
    const closed = await postForm(server, "/settings/data/close", { password: TEST_PASSWORD }, { cookie });
    expect(closed).toRedirectTo("/account-closed");
    expect(closed.headers.getSetCookie().some((c) => c.startsWith("hackpath_session=;"))).toBe(true);
    const after = await getPage(server, "/account-closed");
    expect(after).toHaveStatus(200);
    expect(await text(after)).toContain("Your account is closed");
  });

  it("no longer lets the old session cookie in", async () => {
    expect(await getPage(server, "/settings/data", { cookie })).toRedirectTo("/login?redirectTo=%2Fsettings%2Fdata");
    expect(await getPage(server, "/settings/data.json", { cookie })).toRedirectTo(
      "/login?redirectTo=%2Fsettings%2Fdata.json",
    );
  });

  it("still renders every page that showed the person, with 'A former member' and none of the old name or address", async () => {
    // The results page names projects, not people: it must render all the same.
    for (const key of ["problem", "project", "team", "results", "apiProblem", "apiProject", "feed", "admin"]) {
      const response = await getPage(server, pages[key]!, key === "admin" ? { cookie: adminCookie } : {});
      expect(response, key).toHaveStatus(200);
      const body = await text(response);
      if (key !== "results") expect(body, key).toContain("A former member");
      expect(body, key).not.toContain(NAME);
      expect(body.toLowerCase(), key).not.toContain(EMAIL);
      expect(body, key).not.toContain(`Closewell Trust ${TAG}`);
    }
    const admin = await text(await getPage(server, pages.admin!, { cookie: adminCookie }));
    expect(admin).toContain(`closed-${personId}@closed.invalid`);
    expect(admin).toContain("Closed");
  });

  it("takes the person out of the mentor directory, and their profile is gone", async () => {
    const list = await getPage(server, pages.mentors!);
    expect(list).toHaveStatus(200);
    expect(await text(list)).not.toContain(NAME);
    expect(await getPage(server, mentorHref)).toHaveStatus(404);
    expect(await getPage(server, `/mentors/${personId}`)).toHaveStatus(404);
  });
});
