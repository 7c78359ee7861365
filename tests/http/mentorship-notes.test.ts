/**
 * A mentorship's page and its session notes over real HTTP against the built server: the mentor,
 * the team and admins read them; to an organiser, another mentor of the same project and any
 * other signed-in person the mentorship is a 404 on the page and its Single Fetch `.data` twin,
 * worded exactly as for an id that names nothing; notes are added, edited and deleted through
 * real form posts, with a confirmation step for deleting that needs no JavaScript.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createMentor, createMentorship, createProject, createUser } from "../factories";
import { oneRow } from "../rows";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

const SECRET = "Hazard log walk-through, strictly between us 7Q4";
type Who = "lead" | "member" | "mentor" | "otherMentor" | "organiser" | "admin" | "stranger";

let server: TestServer;
let path = "";
let mentorsPage = "";
let mentorshipId = 0;
let mentorNoteId = 0;
let projectName = "";
const cookies = {} as Record<Who, string>;
const ids = {} as Record<Who, number>;

const today = () => new Date().toISOString().slice(0, 10);
const text = async (response: Response | Promise<Response>) => (await response).text();

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000" } });
  const db = getWriterDb();
  const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
  const member = await createUser({ roles: ["clinician"], name: "Cara Clinician" });
  const mentor = await createMentor({ areas: ["clinical_safety"] });
  await db.update(s.users).set({ name: "Mo Mentor" }).where(eq(s.users.id, mentor.id));
  const otherMentor = await createMentor({ areas: ["regulation"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const admin = await createUser({ roles: ["admin"] });
  const stranger = await createUser({ roles: ["developer", "mentor"] });
  const project = await createProject({
    name: "Foot Check",
    leadId: lead.id,
    members: [member.id],
    submittedAt: new Date(),
  });
  projectName = project.name;
  const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
  await createMentorship({ projectId: project.id, mentorId: otherMentor.id });
  mentorshipId = mentorship.id;
  mentorNoteId = (
    await oneRow(
      db
        .insert(s.mentorshipNotes)
        .values({
          mentorshipId,
          authorId: mentor.id,
          sessionOn: "2026-01-10",
          body: SECRET,
          nextStep: "Draft the plan",
        })
        .returning({ id: s.mentorshipNotes.id }),
    )
  ).id;
  path = `/mentorships/${mentorshipId}`;
  mentorsPage = `/projects/${idSlug(project.id, project.name)}/mentors`;
  const people = { lead, member, mentor, otherMentor, organiser, admin, stranger };
  for (const [who, user] of Object.entries(people)) {
    cookies[who as Who] = await sessionCookieFor(user.id);
    ids[who as Who] = user.id;
  }
});
afterAll(() => server?.stop());

describe("who reads a mentorship's page", () => {
  it("shows the mentorship and its notes to the mentor, the team and admins", async () => {
    for (const who of ["mentor", "lead", "member", "admin"] as const) {
      const response = await getPage(server, path, { cookie: cookies[who] });
      expect(response, who).toHaveStatus(200);
      const html = await response.text();
      expect(html, who).toContain(`<title>Mentorship: ${projectName} with Mo Mentor · Hackpath</title>`);
      expect(html, who).toContain(SECRET);
      expect(html, who).toContain("Draft the plan");
      expect(html, who).toMatch(/Session on (<!-- -->)?10 January 2026/);
    }
    // Only the team and the mentor get the form; the admin reads.
    expect(await text(getPage(server, path, { cookie: cookies.member }))).toContain("Write a session note");
    const forAdmin = await text(getPage(server, path, { cookie: cookies.admin }));
    expect(forAdmin).not.toContain("Write a session note");
    expect(forAdmin).toContain("You are reading as an admin.");
  });

  it("is a 404, page and data, for an organiser, another mentor and anyone else, as for no mentorship at all", async () => {
    const missing = await getPage(server, "/mentorships/999999", { cookie: cookies.admin });
    expect(missing).toHaveStatus(404);
    expect(await missing.text()).toContain("We could not find that mentorship.");
    for (const who of ["organiser", "otherMentor", "stranger"] as const) {
      const page = await getPage(server, path, { cookie: cookies[who] });
      expect(page, who).toHaveStatus(404);
      const html = await page.text();
      expect(html, who).toContain("We could not find that mentorship.");
      expect(html, who).not.toContain(SECRET);
      expect(html, who).not.toContain("Foot Check");
      const data = await getPage(server, `${path}.data`, { cookie: cookies[who] });
      expect(data, `${who} .data`).toHaveStatus(404);
      const body = await data.text();
      expect(body, who).not.toContain(SECRET);
      expect(body, who).not.toContain("Foot Check");
    }
    const forMentor = await getPage(server, `${path}.data`, { cookie: cookies.mentor });
    expect(forMentor).toHaveStatus(200);
    expect(await forMentor.text()).toContain(SECRET);
  });

  it("sends a visitor to log in, and coming back here", async () => {
    const response = await getPage(server, path);
    expect(response).toRedirectTo(`/login?redirectTo=${encodeURIComponent(path)}`);
    const data = await getPage(server, `${path}.data`);
    expect(await data.text()).not.toContain(SECRET);
    expect(data.status).not.toBe(200);
  });

  it("links the notes from the mentors page for the team and the mentor, never for an organiser", async () => {
    for (const who of ["lead", "mentor", "admin"] as const)
      expect(await text(getPage(server, mentorsPage, { cookie: cookies[who] })), who).toContain(`href="${path}"`);
    for (const who of ["organiser", "otherMentor"] as const) {
      const response = await getPage(server, mentorsPage, { cookie: cookies[who] });
      expect(response, who).toHaveStatus(200);
      expect(await response.text(), who).not.toContain(`href="${path}"`);
    }
  });
});

describe("writing notes through the forms", () => {
  let memberNoteId = 0;

  it("adds a note from the team, tells the mentor, and shows it", async () => {
    const added = await postForm(
      server,
      path,
      { intent: "add", sessionOn: today(), body: "Tried it on ward 7 with two nurses.", nextStep: "Fix the login" },
      { cookie: cookies.member },
    );
    const row = await oneRow(
      getWriterDb()
        .select({ id: s.mentorshipNotes.id, authorId: s.mentorshipNotes.authorId })
        .from(s.mentorshipNotes)
        .where(eq(s.mentorshipNotes.body, "Tried it on ward 7 with two nurses.")),
    );
    memberNoteId = row.id;
    expect(row.authorId).toBe(ids.member);
    expect(added).toRedirectTo(`${path}?notice=note-added#note-${memberNoteId}`);
    const told = await getWriterDb()
      .select({ title: s.notifications.title, link: s.notifications.link })
      .from(s.notifications)
      .where(eq(s.notifications.userId, ids.mentor));
    expect(told).toEqual([{ title: "Cara Clinician wrote a session note on Foot Check", link: path }]);
    const html = await text(getPage(server, `${path}?notice=note-added`, { cookie: cookies.mentor }));
    expect(html).toContain("Tried it on ward 7 with two nurses.");
    expect(html).toContain("Your note is saved, and the other side has been told.");
  });

  it("answers bad input with a 400, the errors beside the fields and what was typed kept", async () => {
    const response = await postForm(
      server,
      path,
      { intent: "add", sessionOn: "2999-01-01", body: "   ", nextStep: "Keep this next step 5XK" },
      { cookie: cookies.lead },
    );
    expect(response).toHaveStatus(400);
    const html = await response.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain("The session date must be today or in the past");
    expect(html).toContain("Write what you talked about in the session");
    expect(html).toContain("Keep this next step 5XK");
  });

  it("refuses an admin's note with a 403 and an organiser's with a 404", async () => {
    const note = { intent: "add", sessionOn: "2026-01-11", body: "Not mine to write" };
    expect(await postForm(server, path, note, { cookie: cookies.admin })).toHaveStatus(403);
    for (const who of ["organiser", "otherMentor", "stranger"] as const) {
      const response = await postForm(server, path, note, { cookie: cookies[who] });
      expect(response, who).toHaveStatus(404);
      expect(await response.text()).not.toContain(SECRET);
    }
    // Even a broken form tells them nothing more.
    expect(await postForm(server, path, { intent: "add" }, { cookie: cookies.organiser })).toHaveStatus(404);
    expect(
      await getWriterDb().select().from(s.mentorshipNotes).where(eq(s.mentorshipNotes.body, "Not mine to write")),
    ).toEqual([]);
  });

  it("edits the author's own note from its edit link, and marks it edited", async () => {
    const form = await text(getPage(server, `${path}?edit=${memberNoteId}`, { cookie: cookies.member }));
    expect(form).toContain("Save changes");
    expect(form).toContain(`action="${path}?edit=${memberNoteId}"`);
    // Someone else's note opens no form.
    const notMine = await text(getPage(server, `${path}?edit=${mentorNoteId}`, { cookie: cookies.member }));
    expect(notMine).not.toContain("Save changes");
    const bad = await postForm(
      server,
      `${path}?edit=${memberNoteId}`,
      { intent: "edit", noteId: String(memberNoteId), sessionOn: today(), body: "" },
      { cookie: cookies.member },
    );
    expect(bad).toHaveStatus(400);
    expect(await bad.text()).toContain("Write what you talked about in the session");
    const refused = await postForm(
      server,
      path,
      { intent: "edit", noteId: String(mentorNoteId), sessionOn: "2026-01-10", body: "Rewritten by the team" },
      { cookie: cookies.member },
    );
    expect(refused).toHaveStatus(403);
    expect(await refused.text()).toContain("Only the person who wrote a note can change it.");
    const saved = await postForm(
      server,
      `${path}?edit=${memberNoteId}`,
      { intent: "edit", noteId: String(memberNoteId), sessionOn: today(), body: "Tried it on ward 7 and ward 9." },
      { cookie: cookies.member },
    );
    expect(saved).toRedirectTo(`${path}?notice=note-edited#note-${memberNoteId}`);
    const html = await text(getPage(server, path, { cookie: cookies.lead }));
    expect(html).toContain("Tried it on ward 7 and ward 9.");
    expect(html).toMatch(/· edited <time/);
  });

  it("asks before deleting, and deletes only the author's own note", async () => {
    const ask = await text(getPage(server, `${path}?delete=${memberNoteId}`, { cookie: cookies.member }));
    expect(ask).toMatch(/Delete this note of .+\? This cannot be undone\./);
    expect(ask).toContain(`href="${path}#note-${memberNoteId}"`);
    const notMine = await text(getPage(server, `${path}?delete=${mentorNoteId}`, { cookie: cookies.member }));
    expect(notMine).not.toContain("This cannot be undone.");
    expect(
      await postForm(server, path, { intent: "delete", noteId: String(mentorNoteId) }, { cookie: cookies.member }),
    ).toHaveStatus(403);
    const deleted = await postForm(
      server,
      `${path}?delete=${memberNoteId}`,
      { intent: "delete", noteId: String(memberNoteId) },
      { cookie: cookies.member },
    );
    expect(deleted).toRedirectTo(`${path}?notice=note-deleted#notes`);
    const left = await getWriterDb()
      .select({ id: s.mentorshipNotes.id })
      .from(s.mentorshipNotes)
      .where(eq(s.mentorshipNotes.mentorshipId, mentorshipId));
    expect(left).toEqual([{ id: mentorNoteId }]);
  });
});
