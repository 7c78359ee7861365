/**
 * Privacy sweep over real HTTP against the built server with the demo data. Every public page
 * (each record's page, every list page), its Single Fetch `.data` twin and every /api/v1
 * endpoint is fetched as an anonymous visitor and as a developer who is on no team, and as the
 * demo funder, mentor, developer and clinician (who may see their own interests, notes and teams'
 * business, nobody else's). No response may carry:
 * - any account's email address (read from the database), a password hash or a password field;
 * - a funding interest's private note, except to that funder (not even the team); its amount,
 *   its funder and the team's decline reason, except to that funder, the project's team,
 *   organisers and admins;
 * - a mentorship note, except to that mentor and the project's team;
 * - a judge's score comments before results are published (and after, only the team's own);
 * - a message sent through the contact page (admins only, never among these viewers).
 * Private values are read from the database, plus a few planted with unmistakable text.
 */
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateItem } from "../../app/domain/gates";
import { dashboardSections } from "../../app/models/dashboard.server";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import {
  createFundingInterest,
  createHackDay,
  createJudgingCriterion,
  createMentorship,
  createProject,
  createUser,
} from "../factories";
import { oneRow } from "../rows";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage } from "./client";
import { builtRoutes, demoAccount, inPool } from "./demo";
import type { TestServer } from "./server";

type Viewer = { key: string; id: number | null; cookie?: string };
/** A private value and who may see it (user ids; organisers and admins are never in these tests' viewers). */
type Secret = { what: string; texts: string[]; allowed: Set<number> };

const PLANTED = randomUUID().slice(0, 8);
const PLANTED_AMOUNT = 7_654_321;
const PLANTED_FUNDER = `Planted Funder ${PLANTED}`;
const PLANTED_FUNDER_ORG = `Planted Funding Org ${PLANTED}`;
/** The project of the planted committed interest, and its lead (filled in by beforeAll). */
const planted = { path: "", leadId: 0, mentorId: 0 };

let server: TestServer;
const viewers: Viewer[] = [];
const secrets: Secret[] = [];
let emails: { id: number; email: string }[] = [];
let paths: string[] = [];
/** Paths of hack days whose results are not published: no ranking or averages may show there. */
let unpublishedHackDays: RegExp;
/** Where a private value must show, to someone allowed: proves the sweep would see it if it leaked. */
const controls: { what: string; path: string; cookie: string; text: string }[] = [];

/**
 * The ways a private text can appear in a response: as stored, HTML-escaped (React), JSON-escaped
 * (API, `.data`), and its plain opening words, which survive any further escaping (the loader
 * data a page embeds for hydration).
 */
function needles(text: string): string[] {
  const html = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
  const json = JSON.stringify(text).slice(1, -1);
  const plain = /^[A-Za-z0-9 ,.;:()-]*/.exec(text)![0];
  return [...new Set([text, html, json, ...(plain.length >= 24 ? [plain] : [])])];
}

/** Every way a whole-pound amount might be written on a page or in JSON. */
function amountTexts(amount: number): string[] {
  const grouped = amount.toLocaleString("en-GB");
  return [
    `£${grouped}`,
    `"amount":${amount}`,
    `amount\\":${amount}`,
    ...(amount >= 100_000 ? [String(amount), grouped] : []),
  ];
}

beforeAll(async () => {
  server = await startServerWithDb({
    demoData: true,
    env: { AUTH_RATE_LIMIT: "1000000", WRITE_RATE_LIMIT: "1000000" },
  });
  const db = getWriterDb();

  // Who looks: nobody signed in, a developer on no team, and demo accounts who are on some teams,
  // hold some interests or mentor some projects (and may see those, nobody else's).
  const loner = await createUser({ roles: ["developer"], name: "Lone Developer" });
  viewers.push({ key: "anonymous", id: null });
  viewers.push({ key: "developer on no team", id: loner.id, cookie: await sessionCookieFor(loner.id) });
  for (const role of ["funder", "mentor", "developer", "clinician"] as const) {
    const account = await demoAccount(role);
    viewers.push({ key: `demo ${role}`, id: account.id, cookie: account.cookie });
  }

  // Plant private values nobody could mistake: an interest, a mentorship note, an unpublished score.
  const publicProject = await oneRow(
    db
      .select({ id: s.projects.id })
      .from(s.projects)
      .where(eq(s.projects.state, "active"))
      .orderBy(s.projects.id)
      .limit(1),
  );
  const otherFunder = await createUser({ roles: ["funder"], name: PLANTED_FUNDER, organisation: PLANTED_FUNDER_ORG });
  await createFundingInterest({
    projectId: publicProject.id,
    funderId: otherFunder.id,
    status: "committed",
    kind: "grant",
    amount: PLANTED_AMOUNT,
    note: `Planted funding note ${PLANTED}`,
  });
  const otherMentor = await createUser({ roles: ["mentor"] });
  const mentorship = await createMentorship({ projectId: publicProject.id, mentorId: otherMentor.id });
  const asking = await createProject({ name: "Privacy sweep asking team", submittedAt: new Date() });
  await createMentorship({
    projectId: asking.id,
    mentorId: otherMentor.id,
    status: "requested",
    message: `Planted mentorship message ${PLANTED}`,
  });
  await db.insert(s.mentorshipNotes).values({
    mentorshipId: mentorship.id,
    authorId: otherMentor.id,
    sessionOn: "2026-01-10",
    body: `Planted mentorship note ${PLANTED}`,
  });
  await db.insert(s.projectDocuments).values({
    projectId: publicProject.id,
    itemKey: "dtac_c1_clinical_safety",
    fileName: `${"0".repeat(24)}${PLANTED}.pdf`,
    title: `Planted private hazard log ${PLANTED}`,
    byteSize: 1234,
    visibility: "team",
  });
  const hours = (n: number) => new Date(Date.now() + n * 3_600_000);
  const organiser = await demoAccount("organiser");
  const judging = await createHackDay({
    name: "Privacy sweep hack day",
    organiserId: organiser.id,
    status: "judging",
    startsAt: hours(-10),
    endsAt: hours(-2),
    submissionDeadline: hours(-3),
  });
  const criterion = await createJudgingCriterion({ hackDayId: judging.id, name: "Insight", weight: 1, position: 0 });
  const entry = await createProject({ hackDayId: judging.id, submittedAt: hours(-4), name: "Privacy sweep entry" });
  const judge = await createUser();
  await db.insert(s.judges).values({ hackDayId: judging.id, userId: judge.id });
  await db.insert(s.scores).values({
    hackDayId: judging.id,
    projectId: entry.id,
    judgeId: judge.id,
    criterionId: criterion.id,
    score: 4,
    comment: `Planted unpublished comment ${PLANTED}`,
  });

  const publicSlug = (
    await oneRow(db.select({ name: s.projects.name }).from(s.projects).where(eq(s.projects.id, publicProject.id)))
  ).name;
  const publicLeadId = (
    await oneRow(db.select({ leadId: s.projects.leadId }).from(s.projects).where(eq(s.projects.id, publicProject.id)))
  ).leadId;
  controls.push(
    {
      what: "a funder's own interest",
      path: `/projects/${idSlug(publicProject.id, publicSlug)}/funding`,
      cookie: await sessionCookieFor(otherFunder.id),
      text: `Planted funding note ${PLANTED}`,
    },
    {
      what: "a judge's own score sheet",
      path: `/hack-days/${judging.id}/judging/${entry.id}`,
      cookie: await sessionCookieFor(judge.id),
      text: `Planted unpublished comment ${PLANTED}`,
    },
    {
      what: "a private document, to its team",
      path: `/projects/${idSlug(publicProject.id, publicSlug)}/gates/dtac_c1_clinical_safety`,
      cookie: await sessionCookieFor(publicLeadId),
      text: `Planted private hazard log ${PLANTED}`,
    },
    {
      what: "a mentorship's session notes, to its mentor",
      path: `/mentorships/${mentorship.id}`,
      cookie: await sessionCookieFor(otherMentor.id),
      text: `Planted mentorship note ${PLANTED}`,
    },
    // The dashboard shows a funder their own interests and a mentor the messages asking them;
    // the sweep below checks nobody else's dashboard does.
    {
      what: "a funder's own interest, on their dashboard",
      path: "/dashboard/funding",
      cookie: await sessionCookieFor(otherFunder.id),
      text: `£${PLANTED_AMOUNT.toLocaleString("en-GB")}`,
    },
    {
      what: "a request's message, on the dashboard of the mentor it asks",
      path: "/dashboard",
      cookie: await sessionCookieFor(otherMentor.id),
      text: `Planted mentorship message ${PLANTED}`,
    },
    {
      what: "an account's email on the admin's user list",
      path: "/admin/users?q=lone",
      cookie: (await demoAccount("admin")).cookie,
      text: loner.email,
    },
  );

  // Everything private, read back from the database.
  emails = await db.select({ id: s.users.id, email: s.users.email }).from(s.users).orderBy(s.users.id);
  const members = await db
    .select({ projectId: s.projectMembers.projectId, userId: s.projectMembers.userId })
    .from(s.projectMembers)
    .where(eq(s.projectMembers.status, "active"));
  const team = (projectId: number) => members.filter((m) => m.projectId === projectId).map((m) => m.userId);
  const mentorsOf = await db
    .select({ projectId: s.mentorships.projectId, userId: s.mentorships.mentorId })
    .from(s.mentorships)
    .where(eq(s.mentorships.status, "active"));
  // Private gate evidence and documents: the team, the project's active mentors (verifiers) and organisers.
  const teamAndMentors = (projectId: number) => [
    ...team(projectId),
    ...mentorsOf.filter((m) => m.projectId === projectId).map((m) => m.userId),
  ];
  const gateRows = await db.select().from(s.gateItemStatusesTable);
  const isPrivateItem = (key: string) => gateItem(key)?.privateEvidence === true;
  // Some sums are public for other reasons: funders' ticket sizes, and sums a team writes in its
  // gate evidence (an amount there may equal an interest's by chance; the evidence of private
  // items is checked as a secret of its own below).
  const publicText = [
    ...gateRows.map((g) => g.evidence),
    ...(
      await db.select({ min: s.funderProfiles.ticketMin, max: s.funderProfiles.ticketMax }).from(s.funderProfiles)
    ).flatMap((f) => [f.min, f.max].map((n) => (n ? `£${n.toLocaleString("en-GB")}` : ""))),
  ].join("\n");
  for (const interest of await db.select().from(s.fundingInterests)) {
    const amount =
      interest.amount && !publicText.includes(`£${interest.amount.toLocaleString("en-GB")}`)
        ? amountTexts(interest.amount)
        : [];
    const texts = [interest.declineReason.trim(), ...amount].filter((t) => t.length >= 6);
    secrets.push({
      what: `funding interest ${interest.id} (project ${interest.projectId})`,
      texts: texts.flatMap(needles),
      allowed: new Set([interest.funderId, ...team(interest.projectId)]),
    });
    // The funder's private note is theirs alone: not the team's either.
    if (interest.note.trim().length >= 6)
      secrets.push({
        what: `funding note ${interest.id} (project ${interest.projectId})`,
        texts: needles(interest.note.trim()),
        allowed: new Set([interest.funderId]),
      });
  }
  // A message to the service through the contact page: only admins read it.
  const feedbackSender = await createUser();
  await db.insert(s.feedbackMessages).values({
    userId: feedbackSender.id,
    topic: "privacy",
    name: `Planted sender ${PLANTED}`,
    email: `planted-${PLANTED}@feedback.test`,
    message: `Planted contact message ${PLANTED}`,
  });
  secrets.push({
    what: "a contact message",
    texts: [
      `Planted sender ${PLANTED}`,
      `planted-${PLANTED}@feedback.test`,
      `Planted contact message ${PLANTED}`,
    ].flatMap(needles),
    allowed: new Set(),
  });
  // Who the planted interest is from: only they and the project's team know.
  secrets.push({
    what: "the funder of the planted interest",
    texts: [PLANTED_FUNDER, PLANTED_FUNDER_ORG].flatMap(needles),
    allowed: new Set([otherFunder.id, ...team(publicProject.id)]),
  });
  Object.assign(planted, {
    path: `/projects/${idSlug(publicProject.id, publicSlug)}`,
    leadId: publicLeadId,
    mentorId: otherMentor.id,
  });
  const notes = await db
    .select({
      id: s.mentorshipNotes.id,
      body: s.mentorshipNotes.body,
      projectId: s.mentorships.projectId,
      mentorId: s.mentorships.mentorId,
    })
    .from(s.mentorshipNotes)
    .innerJoin(s.mentorships, eq(s.mentorships.id, s.mentorshipNotes.mentorshipId));
  // The demo repeats a few notes word for word across mentorships: whoever may read one of them
  // may see those words.
  const readersOf = (body: string) =>
    notes
      .filter((other) => other.body.trim() === body.trim())
      .flatMap((other) => [other.mentorId, ...team(other.projectId)]);
  for (const note of notes)
    secrets.push({
      what: `mentorship note ${note.id} (project ${note.projectId})`,
      texts: needles(note.body.trim()),
      allowed: new Set(readersOf(note.body)),
    });
  const unpublished = await db
    .select({ id: s.scores.id, comment: s.scores.comment, judgeId: s.scores.judgeId })
    .from(s.scores)
    .innerJoin(s.hackDays, eq(s.hackDays.id, s.scores.hackDayId))
    .where(isNull(s.hackDays.resultsPublishedAt));
  for (const score of unpublished)
    if (score.comment.trim().length >= 8)
      secrets.push({
        what: `unpublished score comment ${score.id}`,
        texts: needles(score.comment.trim()),
        allowed: new Set([score.judgeId]),
      });
  // Once published, a comment is its own team's feedback: still nobody else's.
  const published = await db
    .select({ id: s.scores.id, comment: s.scores.comment, judgeId: s.scores.judgeId, projectId: s.scores.projectId })
    .from(s.scores)
    .innerJoin(s.hackDays, eq(s.hackDays.id, s.scores.hackDayId))
    .where(and(eq(s.hackDays.status, "results_published")));
  for (const score of published)
    if (score.comment.trim().length >= 8)
      secrets.push({
        what: `published score comment ${score.id} (project ${score.projectId})`,
        texts: needles(score.comment.trim()),
        allowed: new Set([score.judgeId, ...team(score.projectId)]),
      });

  // Other things kept from the public: moderated-away comments, reports, suspension reasons,
  // unpublished data-use statements, requests to join a team, judges' conflicts.
  const statements = (await db.select({ text: s.projects.dataUseStatement }).from(s.projects)).map((p) => p.text);
  const more: [string, string, number[]][] = [
    ...(await db.select().from(s.comments).where(isNotNull(s.comments.hiddenAt))).map(
      (c): [string, string, number[]] => [`hidden comment ${c.id}`, c.body, [c.authorId]],
    ),
    ...(await db.select().from(s.reports)).map((r): [string, string, number[]] => [
      `report ${r.id}`,
      r.reason,
      [r.reporterId],
    ]),
    ...(await db.select().from(s.users).where(isNotNull(s.users.suspendedAt))).map((u): [string, string, number[]] => [
      `suspension of user ${u.id}`,
      u.suspendedReason ?? "",
      [u.id],
    ]),
    // (Only wording no other project uses: several drafts share the template's opening.)
    ...(await db.select().from(s.projects).where(isNull(s.projects.dataUsePublishedAt)))
      .filter((p) => statements.filter((text) => text === p.dataUseStatement).length === 1)
      .map((p): [string, string, number[]] => [
        `draft data-use statement of project ${p.id}`,
        p.dataUseStatement,
        team(p.id),
      ]),
    ...(await db.select().from(s.projectMembers).where(eq(s.projectMembers.status, "requested"))).map(
      (m): [string, string, number[]] => [
        `request to join project ${m.projectId}`,
        m.message,
        [m.userId, ...team(m.projectId)],
      ],
    ),
    ...(await db.select().from(s.judgeConflicts)).map((c): [string, string, number[]] => [
      `conflict declared by judge ${c.judgeId}`,
      c.reason,
      [c.judgeId],
    ]),
  ];
  // (Only wording no other project's private evidence contains: the demo repeats a funder's line,
  // and a text's opening words are one of its needles.)
  const privateRows = gateRows.filter((g) => isPrivateItem(g.itemKey));
  for (const row of privateRows)
    if (
      !privateRows.some(
        (other) => other !== row && other.evidence.includes(/^[A-Za-z0-9 ,.;:()-]*/.exec(row.evidence)![0]),
      )
    )
      more.push([
        `private evidence for ${row.itemKey} on project ${row.projectId}`,
        row.evidence,
        teamAndMentors(row.projectId),
      ]);
  // Messages between a team and a mentor: that mentor, the team (and organisers).
  const mentorshipRows = await db.select().from(s.mentorships).orderBy(s.mentorships.id);
  for (const m of mentorshipRows)
    more.push([`mentorship message ${m.id} (project ${m.projectId})`, m.message, [m.mentorId, ...team(m.projectId)]]);
  for (const doc of await db.select().from(s.projectDocuments).where(eq(s.projectDocuments.visibility, "team")))
    more.push([`private document ${doc.id} (project ${doc.projectId})`, doc.title, teamAndMentors(doc.projectId)]);
  for (const [what, text, allowed] of more)
    if (text.trim().length >= 12) secrets.push({ what, texts: needles(text.trim()), allowed: new Set(allowed) });

  const unpublishedIds = (
    await db.select({ id: s.hackDays.id }).from(s.hackDays).where(isNull(s.hackDays.resultsPublishedAt))
  ).map((h) => h.id);
  unpublishedHackDays = new RegExp(`^/hack-days/(${unpublishedIds.join("|")})(-|/|\\.data|$)`);

  // Every page there is, for every record.
  const problems = await db.select({ id: s.problems.id, title: s.problems.title }).from(s.problems);
  const projects = await db
    .select({ id: s.projects.id, name: s.projects.name, hackDayId: s.projects.hackDayId })
    .from(s.projects);
  const hackDays = await db.select({ id: s.hackDays.id, name: s.hackDays.name }).from(s.hackDays);
  const mentors = await db
    .select({ id: s.users.id, name: s.users.name })
    .from(s.users)
    .innerJoin(s.userRoles, and(eq(s.userRoles.userId, s.users.id), eq(s.userRoles.role, "mentor")));
  const funders = await db
    .select({ id: s.users.id, name: s.users.name })
    .from(s.users)
    .innerJoin(s.userRoles, and(eq(s.userRoles.userId, s.users.id), eq(s.userRoles.role, "funder")));
  const stories = await db
    .select({ id: s.outcomes.id, title: s.outcomes.storyTitle })
    .from(s.outcomes)
    .where(isNotNull(s.outcomes.publishedAt));
  const documents = await db
    .select({ id: s.projectDocuments.id, projectId: s.projectDocuments.projectId })
    .from(s.projectDocuments);
  const expand = (pattern: string): string[] => {
    const [param] = [...pattern.matchAll(/:([a-zA-Z]+)|\*/g)].map((m) => m[1] ?? "*");
    if (!param)
      return /\/(problems|projects|mentors|funders|hack-days|stories|audit|users|moderation|pipeline)$/.test(pattern) ||
        pattern === "/dashboard/:section"
        ? [1, 2, 3].map((n) => `${pattern}?page=${n}`)
        : [pattern];
    if (pattern === "/projects/:id/gates/:key")
      return projects.flatMap((p) =>
        ["funding_committed", "dtac_c1_clinical_safety"].map((key) => `/projects/${idSlug(p.id, p.name)}/gates/${key}`),
      );
    if (pattern === "/projects/:id/documents/:documentId")
      return documents.map((d) => `/projects/${d.projectId}/documents/${d.id}`);
    if (pattern === "/hack-days/:id/judging/:projectId")
      return projects.filter((p) => p.hackDayId).map((p) => `/hack-days/${p.hackDayId}/judging/${p.id}`);
    if (pattern === "/dashboard/:section") return dashboardSections.map((x) => `/dashboard/${x}`);
    if (pattern === "/mentorships/:id") return mentorshipRows.map((m) => `/mentorships/${m.id}`);
    if (pattern === "/sitemaps/:part") return ["/sitemaps/1.xml"];
    if (pattern.startsWith("/exports/hack-days/")) return hackDays.map((h) => pattern.replace(":id", String(h.id)));
    if (pattern.startsWith("/stories/") || pattern.startsWith("/api/v1/stories/"))
      return stories.map((story) =>
        pattern.replace(":id", pattern.startsWith("/api/") ? String(story.id) : idSlug(story.id, story.title ?? "")),
      );
    if (pattern.startsWith("/api/v1/problems/")) return problems.map((p) => `/api/v1/problems/${p.id}`);
    if (pattern.startsWith("/api/v1/projects/")) return projects.map((p) => `/api/v1/projects/${p.id}`);
    const fill = (value: string) => pattern.replace(`:${param}`, value);
    if (pattern.startsWith("/problems/")) return problems.map((p) => fill(idSlug(p.id, p.title)));
    if (pattern.startsWith("/projects/")) return projects.map((p) => fill(idSlug(p.id, p.name)));
    if (pattern.startsWith("/hack-days/")) return hackDays.map((h) => fill(idSlug(h.id, h.name)));
    if (pattern.startsWith("/mentors/")) return mentors.map((m) => fill(idSlug(m.id, m.name)));
    if (pattern.startsWith("/funders/")) return funders.map((f) => fill(idSlug(f.id, f.name)));
    if (pattern.startsWith("/admin/users/")) return emails.slice(0, 3).map((u) => fill(String(u.id)));
    return []; // `*`, screenshots: nothing private behind them.
  };
  const all = new Set<string>();
  for (const route of await builtRoutes()) {
    if (!route.hasLoader || route.pattern === "/logout") continue;
    for (const path of expand(route.pattern)) {
      all.add(path);
      // Single Fetch's data requests carry the loaders' data as it leaves the server.
      const resource =
        route.pattern.startsWith("/api/") ||
        /\.(ics|atom|csv|xml|txt|json)$/.test(route.pattern) ||
        route.pattern === "/sitemaps/:part" ||
        route.pattern === "/healthz";
      if (!resource) {
        const [pathname, query] = path.split("?");
        all.add(`${pathname === "/" ? "/_root" : pathname}.data${query ? `?${query}` : ""}`);
      }
    }
  }
  paths = [...all];
}, 90_000);
afterAll(() => server?.stop());

describe("private data over HTTP", () => {
  it("plants and reads enough private data to mean something", () => {
    expect(emails.length).toBeGreaterThan(20);
    expect(secrets.filter((x) => x.what.startsWith("funding")).length).toBeGreaterThan(5);
    expect(secrets.filter((x) => x.what.startsWith("mentorship")).length).toBeGreaterThan(5);
    expect(secrets.some((x) => x.what.startsWith("unpublished score") && x.texts[0]!.includes(PLANTED))).toBe(true);
    expect(secrets.some((x) => x.texts.includes(`£${PLANTED_AMOUNT.toLocaleString("en-GB")}`))).toBe(true);
    expect(paths.length).toBeGreaterThan(300);
    expect(paths.filter((path) => unpublishedHackDays.test(path)).length).toBeGreaterThan(20);
  });

  it("shows the planted values to people allowed to see them (so a leak would be seen)", async () => {
    expect(controls).toHaveLength(7);
    for (const control of controls) {
      const response = await getPage(server, control.path, { cookie: control.cookie, redirect: "follow" });
      expect(response, control.what).toHaveStatus(200);
      expect(await response.text(), control.what).toContain(control.text);
    }
  });

  it("never shows emails, password hashes, funding interest, mentorship notes or unpublished scores to people who may not see them", async () => {
    const leaks = new Set<string>();
    let fetched = 0;
    const jobs = viewers.flatMap((viewer) => paths.map((path) => ({ viewer, path })));
    await inPool(jobs, 6, async ({ viewer, path }) => {
      // Redirects followed: what a redirect leads to is checked too.
      const response = await getPage(server, path, { cookie: viewer.cookie, redirect: "follow" });
      const body = await response.text();
      fetched++;
      const where = `${path} as ${viewer.key}`;
      if (response.status >= 500) leaks.add(`${where}: answered ${response.status}`);
      const lower = body.toLowerCase();
      for (const { id, email } of emails)
        if (id !== viewer.id && lower.includes(email)) leaks.add(`${where}: shows the email of user ${id}`);
      for (const marker of ["$argon2", "passwordhash", "password_hash"])
        if (lower.includes(marker)) leaks.add(`${where}: contains ${marker}`);
      // Data (JSON, turbo-stream) never names a password at all; pages may label a password field.
      if ((path.startsWith("/api/") || path.includes(".data")) && lower.includes("password"))
        leaks.add(`${where}: data mentions a password`);
      // Before results are published nobody outside the judging sees a ranking or an average.
      if (unpublishedHackDays.test(path))
        for (const marker of ["weightedMean", "criterionMeans", "Projects in rank order"])
          if (body.includes(marker)) leaks.add(`${where}: shows ${marker} before results are published`);
      for (const secret of secrets) {
        if (viewer.id !== null && secret.allowed.has(viewer.id)) continue;
        const text = secret.texts.find((t) => body.includes(t));
        if (text) leaks.add(`${where}: shows ${secret.what} (${JSON.stringify(text.slice(0, 40))})`);
      }
    });
    expect(fetched).toBe(jobs.length);
    expect([...leaks].sort()).toEqual([]);
  }, 240_000);

  it("never shows a mentorship note to an organiser, who sees a project's other private business", async () => {
    const organiser = await demoAccount("organiser");
    const notes = secrets.filter((x) => x.what.startsWith("mentorship note") && !x.allowed.has(organiser.id));
    expect(notes.length).toBeGreaterThan(5);
    const where = paths.filter((path) => /^\/(mentorships|projects|api\/v1\/projects)\//.test(path));
    expect(where.filter((path) => path.startsWith("/mentorships/")).length).toBeGreaterThan(10);
    const leaks = new Set<string>();
    await inPool(where, 6, async (path) => {
      const response = await getPage(server, path, { cookie: organiser.cookie, redirect: "follow" });
      const body = await response.text();
      if (path.startsWith("/mentorships/") && response.status !== 404)
        leaks.add(`${path} as the organiser: answered ${response.status}, not 404`);
      for (const note of notes)
        if (note.texts.some((t) => body.includes(t))) leaks.add(`${path} as the organiser: shows ${note.what}`);
    });
    expect([...leaks].sort()).toEqual([]);
  }, 240_000);

  it("keeps a committed interest from a stranger, another funder, the project's mentor and visitors, and its note from the team", async () => {
    const secretsOf = [
      `Planted funding note ${PLANTED}`,
      ...amountTexts(PLANTED_AMOUNT),
      PLANTED_FUNDER,
      PLANTED_FUNDER_ORG,
    ].flatMap(needles);
    const funderPaths = paths.filter((p) => /^\/funders\/[^/.]+$/.test(p));
    const where = [
      planted.path,
      `${planted.path}.data`,
      `${planted.path}/funding`,
      `${planted.path}/funding.data`,
      "/projects",
      "/pipeline",
      "/funders",
      ...funderPaths,
      "/impact",
      "/api/v1/projects",
      `/api/v1/projects/${planted.path.split("/")[2]!.split("-")[0]}`,
      ...paths.filter((p) => p.endsWith(".atom")),
      "/dashboard",
      "/dashboard/funding",
    ];
    expect(funderPaths.length).toBeGreaterThan(5);
    const loner = viewers.find((v) => v.key === "developer on no team")!;
    const outsiders = [
      { key: "a stranger", cookie: loner.cookie },
      { key: "another funder", cookie: (await demoAccount("funder")).cookie },
      { key: "the project's mentor", cookie: await sessionCookieFor(planted.mentorId) },
      { key: "a visitor", cookie: undefined },
    ];
    const leaks = new Set<string>();
    for (const viewer of outsiders)
      await inPool(where, 6, async (path) => {
        const response = await getPage(server, path, { cookie: viewer.cookie });
        const body = await response.text();
        if (response.status >= 500) leaks.add(`${path} as ${viewer.key}: answered ${response.status}`);
        // Outside the team and organisers, only a funder finds the funding page (to register).
        if (path.startsWith(`${planted.path}/funding`) && viewer.key !== "another funder" && viewer.cookie)
          if (response.status !== 404) leaks.add(`${path} as ${viewer.key}: answered ${response.status}, not 404`);
        for (const text of secretsOf) if (body.includes(text)) leaks.add(`${path} as ${viewer.key}: shows ${text}`);
      });
    // The team sees the sum and who offers it, never the funder's note.
    const lead = await sessionCookieFor(planted.leadId);
    const teamPage = await (await getPage(server, `${planted.path}/funding`, { cookie: lead })).text();
    expect(teamPage).toContain(`£${PLANTED_AMOUNT.toLocaleString("en-GB")}`);
    expect(teamPage).toContain(PLANTED_FUNDER);
    for (const path of where.slice(0, 4)) {
      const body = await (await getPage(server, path, { cookie: lead })).text();
      for (const text of needles(`Planted funding note ${PLANTED}`))
        if (body.includes(text)) leaks.add(`${path} as the team lead: shows the funder's note`);
    }
    expect([...leaks].sort()).toEqual([]);
  }, 240_000);

  it("says 'Has backers' only on the demo project whose team chose to, never how much", async () => {
    const db = getWriterDb();
    const project = async (name: string) => {
      const row = await oneRow(db.select({ id: s.projects.id }).from(s.projects).where(eq(s.projects.name, name)));
      return `/projects/${idSlug(row.id, name)}`;
    };
    const opted = await (await getPage(server, await project("Restore Steps"))).text();
    expect(opted).toContain("Has backers");
    expect(opted).not.toContain("£30,000");
    // Committed backers too, but the team has not said so in public.
    expect(await (await getPage(server, await project("RaiseUp"))).text()).not.toContain("Has backers");
  });
});
