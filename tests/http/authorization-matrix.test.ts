/**
 * The authorization matrix: for every route of the built app, what each kind of visitor gets.
 * Anonymous visitors and one account per role (holding only that role, owning nothing) ask for
 * each page of fixtures owned by other people. One table, one row per route; a test fails if the
 * build has a route with no row, so a new route cannot go unchecked.
 *
 * To add a route: add a row to `matrix`. `path` may use the fixtures; `expect` says, per
 * visitor, a status, "login" (302 to /login?redirectTo=<path>) or { redirect: "/somewhere" }.
 * Helpers: everyone(status), signedIn(status), onlyRoles([...roles], status).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idSlug } from "../../app/utils/slug";
import {
  createFunder,
  createHackDay,
  createMentor,
  createMentorship,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

const personas = ["anonymous", "clinician", "developer", "mentor", "funder", "organiser", "admin"] as const;
type Persona = (typeof personas)[number];
type RoleName = Exclude<Persona, "anonymous">;
type Outcome = number | "login" | { redirect: string };
type Expectations = Record<Persona, Outcome>;
/** Ids of records owned by other people, and their canonical `id-slug` path segments. */
type Fixtures = {
  problemId: number;
  projectId: number;
  userId: number;
  problem: string;
  hackDay: string;
  publishedHackDay: string;
  project: string;
  mentor: string;
  funder: string;
  mentorshipId: number;
};
type Row = {
  route: string;
  path: string | ((f: Fixtures) => string);
  method?: "GET" | "POST";
  fields?: Record<string, string>;
  expect: Expectations;
  note?: string;
};

/** The same outcome for everybody. */
const everyone = (outcome: Outcome): Expectations =>
  Object.fromEntries(personas.map((p) => [p, outcome])) as Expectations;
/** Anonymous people are sent to log in; every signed-in person gets `outcome`. */
const signedIn = (outcome: Outcome = 200): Expectations => ({ ...everyone(outcome), anonymous: "login" });
/** Anonymous → log in; the listed roles (admin always included) get `outcome`; the rest 403. */
const onlyRoles = (roles: RoleName[], outcome: Outcome = 200): Expectations => ({
  ...(Object.fromEntries(
    personas.map((p) => [p, p === "admin" || roles.includes(p as RoleName) ? outcome : 403]),
  ) as Expectations),
  anonymous: "login",
});

const matrix: Row[] = [
  // Public pages and feeds
  { route: "/", path: "/", expect: everyone(200) },
  { route: "/*", path: "/no-such-page", expect: everyone(404) },
  { route: "/healthz", path: "/healthz", expect: everyone(200) },
  { route: "/problems", path: "/problems", expect: everyone(200) },
  { route: "/problems/:id", path: (f) => `/problems/${f.problem}`, expect: everyone(200) },
  { route: "/problems.atom", path: "/problems.atom", expect: everyone(200) },
  { route: "/projects", path: "/projects", expect: everyone(200) },
  { route: "/projects/:id", path: (f) => `/projects/${f.project}`, expect: everyone(200) },
  { route: "/projects/:id/team", path: (f) => `/projects/${f.project}/team`, expect: everyone(200) },
  {
    route: "/projects/:id/gates/:key",
    path: (f) => `/projects/${f.project}/gates/working_demo`,
    expect: everyone(200),
  },
  {
    route: "/projects/:id/gates/:key",
    path: (f) => `/projects/${f.project}/gates/no_such_item`,
    expect: everyone(404),
    note: "an unknown item",
  },
  {
    route: "/projects/:id/documents/:documentId",
    path: (f) => `/projects/${f.project}/documents/999999`,
    expect: everyone(404),
    note: "no such document (private ones: tests/http/pipeline.test.ts)",
  },
  { route: "/projects/:id/stage", path: (f) => `/projects/${f.project}/stage`, expect: signedIn(200) },
  {
    route: "/projects/:id/mentors",
    path: (f) => `/projects/${f.project}/mentors`,
    expect: signedIn(200),
    note: "each sees only what is theirs",
  },
  {
    route: "/projects/:id/funding",
    path: (f) => `/projects/${f.project}/funding`,
    expect: { ...signedIn(404), funder: 200, organiser: 200, admin: 200 },
    note: "its team, organisers and funders; to anyone else it is not there",
  },
  {
    route: "/projects/:id/pilots",
    path: (f) => `/projects/${f.project}/pilots`,
    expect: onlyRoles(["organiser"]),
    note: "its team and organisers",
  },
  {
    route: "/projects/:id/data-use",
    path: (f) => `/projects/${f.project}/data-use`,
    expect: signedIn(403),
    note: "its team only",
  },
  {
    route: "/mentorships/:id",
    path: (f) => `/mentorships/${f.mentorshipId}`,
    expect: { ...signedIn(404), admin: 200 },
    note: "its mentor, its team and admins; to anyone else it is not there",
  },
  { route: "/stories/:id", path: "/stories/999999", expect: everyone(404), note: "no such story" },
  { route: "/projects/:id/dossier", path: (f) => `/projects/${f.project}/dossier`, expect: everyone(200) },
  { route: "/pipeline/reviews", path: "/pipeline/reviews", expect: onlyRoles(["organiser"]) },
  { route: "/pipeline", path: "/pipeline", expect: everyone(200) },
  { route: "/mentors", path: "/mentors", expect: everyone(200) },
  { route: "/mentors/:id", path: (f) => `/mentors/${f.mentor}`, expect: everyone(200) },
  { route: "/funders", path: "/funders", expect: everyone(200) },
  { route: "/funders/:id", path: (f) => `/funders/${f.funder}`, expect: everyone(200) },
  { route: "/impact", path: "/impact", expect: everyone(200) },
  { route: "/privacy", path: "/privacy", expect: everyone(200) },
  { route: "/cookies", path: "/cookies", expect: everyone(200) },
  { route: "/accessibility", path: "/accessibility", expect: everyone(200) },
  { route: "/terms", path: "/terms", expect: everyone(200) },
  { route: "/contact", path: "/contact", expect: everyone(200) },
  { route: "/hack-days", path: "/hack-days", expect: everyone(200) },
  { route: "/hack-days.ics", path: "/hack-days.ics", expect: everyone(200) },
  { route: "/hack-days/:id", path: (f) => `/hack-days/${f.hackDay}`, expect: everyone(200) },
  { route: "/hack-days/:id/calendar.ics", path: (f) => `/hack-days/${f.hackDay}/calendar.ics`, expect: everyone(200) },
  {
    route: "/hack-days/:id/results",
    path: (f) => `/hack-days/${f.hackDay}/results`,
    expect: everyone(200),
    note: "not published yet: the page says so",
  },
  {
    route: "/hack-days/:id/results",
    path: (f) => `/hack-days/${f.publishedHackDay}/results`,
    expect: everyone(200),
    note: "published",
  },
  { route: "/screenshots/:file", path: "/screenshots/not-a-real-file.png", expect: everyone(404) },
  // Public API
  { route: "/api/v1", path: "/api/v1", expect: everyone(200) },
  { route: "/api/v1/*", path: "/api/v1/nothing-here", expect: everyone(404) },
  { route: "/api/v1/problems", path: "/api/v1/problems", expect: everyone(200) },
  { route: "/api/v1/problems/:id", path: (f) => `/api/v1/problems/${f.problemId}`, expect: everyone(200) },
  { route: "/api/v1/projects", path: "/api/v1/projects", expect: everyone(200) },
  { route: "/api/v1/projects/:id", path: (f) => `/api/v1/projects/${f.projectId}`, expect: everyone(200) },
  { route: "/api/v1/hack-days", path: "/api/v1/hack-days", expect: everyone(200) },
  { route: "/api/v1/stories", path: "/api/v1/stories", expect: everyone(200) },
  // Accounts
  { route: "/login", path: "/login", expect: { ...everyone({ redirect: "/dashboard" }), anonymous: 200 } },
  { route: "/signup", path: "/signup", expect: { ...everyone({ redirect: "/dashboard" }), anonymous: 200 } },
  { route: "/logout", path: "/logout", expect: { ...everyone(200), anonymous: { redirect: "/" } } },
  { route: "/settings", path: "/settings", expect: signedIn(200) },
  // Recovery and confirmation (decision 0056): the emailed links' pages need no sign-in.
  { route: "/forgot-password", path: "/forgot-password", expect: everyone(200) },
  {
    route: "/reset-password/:token",
    path: "/reset-password/not-a-real-token",
    expect: everyone(404),
    note: "a link that does not work says so",
  },
  { route: "/confirm-email", path: "/confirm-email", expect: everyone(200) },
  {
    route: "/confirm-email/:token",
    path: "/confirm-email/not-a-real-token",
    expect: everyone(404),
    note: "a link that does not work says so",
  },
  { route: "/settings/email", path: "/settings/email", expect: signedIn(200) },
  { route: "/dashboard", path: "/dashboard", expect: signedIn(200) },
  { route: "/dashboard/:section", path: "/dashboard/problems", expect: signedIn(200) },
  { route: "/dashboard/:section", path: "/dashboard/no-such-list", expect: signedIn(404) },
  { route: "/notifications", path: "/notifications", expect: signedIn(200) },
  { route: "/settings/notifications", path: "/settings/notifications", expect: signedIn(200) },
  { route: "/settings/data", path: "/settings/data", expect: signedIn(200) },
  { route: "/settings/two-step", path: "/settings/two-step", expect: signedIn(200) },
  {
    route: "/login/two-step",
    path: "/login/two-step",
    expect: { ...everyone({ redirect: "/dashboard" }), anonymous: { redirect: "/login?notice=two-step-expired" } },
    note: "only while a sign-in waits for its code",
  },
  { route: "/settings/data.json", path: "/settings/data.json", expect: signedIn(200) },
  { route: "/settings/data/close", path: "/settings/data/close", expect: signedIn(200) },
  { route: "/account-closed", path: "/account-closed", expect: everyone(200) },
  { route: "/sitemap.xml", path: "/sitemap.xml", expect: everyone(200) },
  { route: "/api/v1/stories/:id", path: "/api/v1/stories/999999", expect: everyone(404), note: "no such story" },
  { route: "/api/v1/outcomes", path: "/api/v1/outcomes", expect: everyone(200) },
  { route: "/api/v1/openapi.json", path: "/api/v1/openapi.json", expect: everyone(200) },
  { route: "/developers", path: "/developers", expect: everyone(200) },
  { route: "/sitemaps/:part", path: "/sitemaps/1.xml", expect: everyone(200) },
  { route: "/sitemaps/:part", path: "/sitemaps/999.xml", expect: everyone(404), note: "no such part" },
  { route: "/robots.txt", path: "/robots.txt", expect: everyone(200) },
  { route: "/exports/problems.csv", path: "/exports/problems.csv", expect: onlyRoles(["organiser"]) },
  { route: "/exports/projects.csv", path: "/exports/projects.csv", expect: onlyRoles(["organiser"]) },
  {
    route: "/exports/hack-days/:id/registrants.csv",
    path: (f) => `/exports/hack-days/${f.hackDay}/registrants.csv`,
    expect: onlyRoles([]),
    note: "its organiser or an admin",
  },
  {
    route: "/exports/hack-days/:id/results.csv",
    path: (f) => `/exports/hack-days/${f.hackDay}/results.csv`,
    expect: onlyRoles(["organiser"], 409),
    note: "not published yet",
  },
  {
    route: "/exports/hack-days/:id/results.csv",
    path: (f) => `/exports/hack-days/${f.publishedHackDay}/results.csv`,
    expect: onlyRoles(["organiser"]),
  },
  {
    route: "/unsubscribe/:token",
    path: "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAA",
    expect: everyone(404),
    note: "no such token",
  },
  { route: "/follows", path: "/follows", expect: everyone(404), note: "POST only" },
  // Role-only pages
  { route: "/problems/new", path: "/problems/new", expect: onlyRoles(["clinician"]) },
  {
    route: "/problems/:id/edit",
    path: (f) => `/problems/${f.problem}/edit`,
    expect: onlyRoles(["organiser"]),
    note: "its author or an organiser",
  },
  {
    route: "/projects/new",
    path: "/projects/new",
    expect: everyone(200),
    note: "the page explains who may start one; posting needs the developer role",
  },
  {
    route: "/projects/:id/submission",
    path: (f) => `/projects/${f.project}/submission`,
    expect: { ...signedIn(403) },
    note: "its team only",
  },
  { route: "/hack-days/new", path: "/hack-days/new", expect: onlyRoles(["organiser"]) },
  {
    route: "/hack-days/:id/edit",
    path: (f) => `/hack-days/${f.hackDay}/edit`,
    expect: onlyRoles([]),
    note: "its organiser or an admin",
  },
  {
    route: "/hack-days/:id/feedback",
    path: (f) => `/hack-days/${f.hackDay}/feedback`,
    expect: signedIn(200),
    note: "before results: says not yet",
  },
  {
    route: "/hack-days/:id/feedback",
    path: (f) => `/hack-days/${f.publishedHackDay}/feedback`,
    expect: signedIn(403),
    note: "after results: teams at the hack day only",
  },
  {
    route: "/hack-days/:id/judging",
    path: (f) => `/hack-days/${f.hackDay}/judging`,
    expect: onlyRoles([]),
    note: "its judges, organiser and admins",
  },
  {
    route: "/hack-days/:id/judging/setup",
    path: (f) => `/hack-days/${f.hackDay}/judging/setup`,
    expect: onlyRoles([]),
  },
  {
    route: "/hack-days/:id/judging/awards",
    path: (f) => `/hack-days/${f.hackDay}/judging/awards`,
    expect: onlyRoles([]),
  },
  {
    route: "/hack-days/:id/judging/:projectId",
    path: (f) => `/hack-days/${f.hackDay}/judging/${f.projectId}`,
    expect: signedIn(403),
    note: "its judges only",
  },
  { route: "/hack-days/:id/projects/new", path: (f) => `/hack-days/${f.hackDay}/projects/new`, expect: signedIn(200) },
  // Admin
  { route: "/admin", path: "/admin", expect: onlyRoles([]) },
  { route: "/admin/users", path: "/admin/users", expect: onlyRoles([]) },
  { route: "/admin/users/:id", path: (f) => `/admin/users/${f.userId}`, expect: onlyRoles([]) },
  { route: "/admin/audit", path: "/admin/audit", expect: onlyRoles([]) },
  { route: "/admin/feedback", path: "/admin/feedback", expect: onlyRoles([]) },
  { route: "/admin/users/:id/close", path: (f) => `/admin/users/${f.userId}/close`, expect: onlyRoles([]) },
  { route: "/admin/users/:id/data.json", path: (f) => `/admin/users/${f.userId}/data.json`, expect: onlyRoles([]) },
  { route: "/admin/moderation", path: "/admin/moderation", expect: onlyRoles(["organiser"]) },
  // Writes that need a role: refused before anything changes.
  {
    route: "/admin/users/:id",
    method: "POST",
    path: (f) => `/admin/users/${f.userId}`,
    fields: { intent: "grant", role: "organiser" },
    expect: { ...onlyRoles([], { redirect: "/admin/users/:userId?notice=role-granted" }) },
  },
  { route: "/settings", method: "POST", path: "/settings", fields: { intent: "nothing" }, expect: signedIn(400) },
  {
    route: "/confirm-email",
    method: "POST",
    path: "/confirm-email",
    fields: { intent: "resend" },
    expect: signedIn(409),
    note: "every persona's address is confirmed already",
  },
  {
    route: "/projects/:id/stage",
    method: "POST",
    path: (f) => `/projects/${f.project}/stage`,
    fields: { intent: "request" },
    expect: signedIn(403),
    note: "the team lead only",
  },
  {
    route: "/projects/:id/mentors",
    method: "POST",
    path: (f) => `/projects/${f.project}/mentors`,
    fields: { intent: "offer", message: "I can help" },
    expect: signedIn(403),
    note: "mentors with a profile only",
  },
  {
    route: "/mentorships/:id",
    method: "POST",
    path: (f) => `/mentorships/${f.mentorshipId}`,
    fields: { intent: "add", sessionOn: "2026-01-10", body: "A session note" },
    expect: { ...signedIn(404), admin: 403 },
    note: "its mentor and team write; admins only read",
  },
  {
    route: "/projects/:id/gates/:key",
    method: "POST",
    path: (f) => `/projects/${f.project}/gates/working_demo`,
    fields: { intent: "save", status: "met", evidence: "https://demo.example" },
    expect: signedIn(403),
    note: "the team only",
  },
  {
    route: "/pipeline/reviews",
    method: "POST",
    path: "/pipeline/reviews",
    fields: { intent: "approve", requestId: "999999" },
    expect: onlyRoles(["organiser"], 404),
    note: "reviewers only; then no such request",
  },
  {
    route: "/projects/:id/funding",
    method: "POST",
    path: (f) => `/projects/${f.project}/funding`,
    fields: { intent: "register", note: "Interested" },
    expect: { ...signedIn(404), funder: 403, organiser: 403, admin: 403 },
    note: "a funder with a profile only; a 404 to those who may see nothing of it",
  },
  {
    route: "/notifications",
    method: "POST",
    path: "/notifications",
    fields: { intent: "mark-all-read" },
    expect: signedIn({ redirect: "/notifications" }),
  },
  {
    route: "/settings/two-step",
    method: "POST",
    path: "/settings/two-step",
    fields: { intent: "nothing" },
    expect: signedIn(400),
  },
  {
    route: "/login/two-step",
    method: "POST",
    path: "/login/two-step",
    fields: { code: "123456" },
    expect: everyone({ redirect: "/login?notice=two-step-expired" }),
  },
  {
    route: "/settings/data/close",
    method: "POST",
    path: "/settings/data/close",
    fields: { password: "wrong" },
    expect: { ...signedIn(400), admin: 409 },
    note: "a wrong password; the only admin may not close their account at all",
  },
  {
    route: "/admin/users/:id/close",
    method: "POST",
    path: (f) => `/admin/users/${f.userId}/close`,
    fields: { reason: "" },
    expect: onlyRoles([], 400),
  },
  {
    route: "/admin/feedback",
    method: "POST",
    path: "/admin/feedback",
    fields: { intent: "handled", messageId: "999999" },
    expect: { ...onlyRoles([]), admin: 409 },
    note: "admins only; then no such message waiting",
  },
  {
    route: "/follows",
    method: "POST",
    path: "/follows",
    fields: { intent: "follow", objectType: "project", objectId: "999999" },
    expect: signedIn(404),
    note: "signed in; then no such public project",
  },
  {
    route: "/mentors/:id",
    method: "POST",
    path: (f) => `/mentors/${f.mentor}`,
    fields: { intent: "request", projectId: "999999", message: "" },
    expect: signedIn(404),
    note: "signed in; then no such project",
  },
];

let server: TestServer;
let fixtures: Fixtures;
const cookies: Partial<Record<Persona, string>> = {};

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000" } });
  const author = await createUser({ roles: ["clinician"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const lead = await createUser({ roles: ["developer"] });
  const problem = await createProblem({ authorId: author.id });
  const hackDay = await createHackDay({ organiserId: organiser.id, status: "live" });
  const published = await createHackDay({
    organiserId: organiser.id,
    status: "results_published",
    resultsPublishedAt: new Date(),
    startsAt: new Date(Date.now() - 30 * 86_400_000),
    endsAt: new Date(Date.now() - 29 * 86_400_000),
    submissionDeadline: new Date(Date.now() - 29 * 86_400_000),
  });
  const project = await createProject({
    leadId: lead.id,
    problemId: problem.id,
    hackDayId: hackDay.id,
    submittedAt: new Date(),
  });
  const mentor = await createMentor();
  const funder = await createFunder();
  const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
  fixtures = {
    problemId: problem.id,
    projectId: project.id,
    userId: author.id,
    problem: idSlug(problem.id, problem.title),
    hackDay: idSlug(hackDay.id, hackDay.name),
    publishedHackDay: idSlug(published.id, published.name),
    project: idSlug(project.id, project.name),
    mentor: idSlug(mentor.id, mentor.name),
    funder: idSlug(funder.id, funder.name),
    mentorshipId: mentorship.id,
  };
  for (const persona of personas) {
    if (persona === "anonymous") continue;
    const user = await createUser({ roles: [persona] });
    cookies[persona] = await sessionCookieFor(user.id);
  }
});
afterAll(() => server?.stop());

/** The route patterns of the built app: every route module with a path, joined to its parents'. */
async function builtRoutePatterns(): Promise<string[]> {
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, { id: string; parentId?: string; path?: string }>;
  };
  const full = (id: string): string => {
    const route = build.routes[id]!;
    if (!route.parentId) return "";
    const parent = full(route.parentId);
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent;
  };
  return [...new Set(Object.keys(build.routes).map((id) => full(id) || "/"))].sort();
}

describe("authorization matrix", () => {
  it("has a row for every route the app builds", async () => {
    const covered = new Set(matrix.map((row) => row.route));
    const missing = (await builtRoutePatterns()).filter((pattern) => !covered.has(pattern));
    expect(missing, "add rows for these routes to tests/http/authorization-matrix.test.ts").toEqual([]);
  });

  const cases = matrix.flatMap((row) =>
    personas.map((persona) => ({
      row,
      persona,
      label: `${row.method ?? "GET"} ${row.route} as ${persona}${row.note ? ` (${row.note})` : ""}`,
    })),
  );

  it.each(cases)("$label", async ({ row, persona }) => {
    const target = typeof row.path === "function" ? row.path(fixtures) : row.path;
    const cookie = cookies[persona];
    const response =
      row.method === "POST"
        ? await postForm(server, target, row.fields ?? {}, { cookie })
        : await getPage(server, target, { cookie });
    await response.arrayBuffer();
    const expected = row.expect[persona];
    if (expected === "login") expect(response).toRedirectTo(`/login?redirectTo=${encodeURIComponent(target)}`);
    else if (typeof expected === "object")
      expect(response).toRedirectTo(expected.redirect.replace(":userId", String(fixtures.userId)));
    else expect(response).toHaveStatus(expected);
  });
});
