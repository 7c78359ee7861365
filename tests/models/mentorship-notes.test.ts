import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  addNote,
  deleteNote,
  editNote,
  getMentorshipPage,
  listEndedMentorshipsWithNotes,
} from "../../app/models/mentorship-notes.server";
import type { Role } from "../../app/domain/taxonomy";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createMentor, createMentorship, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { allowInsertsInto, failInsertsInto, forcedFailure } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const NOW = new Date("2026-03-20T10:00:00Z");
const NOT_FOUND = { ok: false, status: 404, message: "We could not find that mentorship." };
const note = (body: string, sessionOn = "2026-03-14", nextStep = "") => ({ sessionOn, body, nextStep });

async function setup() {
  // Another project with its own mentorship and note first, so ids differ across tables.
  const elsewhere = await createProject({ name: "Elsewhere", submittedAt: new Date() });
  const elsewhereMentor = await createMentor();
  const other = await createMentorship({ projectId: elsewhere.id, mentorId: elsewhereMentor.id });
  await db()
    .insert(s.mentorshipNotes)
    .values({ mentorshipId: other.id, authorId: elsewhereMentor.id, sessionOn: "2026-01-01", body: "Elsewhere" });
  const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
  const member = await createUser({ roles: ["clinician"], name: "Cara Clinician" });
  const mentor = await createMentor({ areas: ["clinical_safety"] });
  await db().update(s.users).set({ name: "Mo Mentor" }).where(eq(s.users.id, mentor.id));
  const otherMentor = await createMentor({ areas: ["regulation"] });
  const organiser = await createUser({ roles: ["organiser"], name: "Olu Organiser" });
  const admin = await createUser({ roles: ["admin"], name: "Ada Admin" });
  const stranger = await createUser({ roles: ["developer"], name: "Sam Stranger" });
  const project = await createProject({
    name: "Foot Check",
    leadId: lead.id,
    members: [member.id],
    submittedAt: new Date("2026-03-01T10:00:00Z"),
  });
  const mentorship = await createMentorship({
    projectId: project.id,
    mentorId: mentor.id,
    createdAt: new Date("2026-03-02T10:00:00Z"),
    respondedAt: new Date("2026-03-03T10:00:00Z"),
  });
  // Another mentor of the same project: active, and still no reader of this mentorship's notes.
  await createMentorship({ projectId: project.id, mentorId: otherMentor.id });
  const as = (user: { id: number }, roles: Role[]) => ({ id: user.id, roles });
  return {
    project,
    mentorship,
    lead: as(lead, ["developer"]),
    member: as(member, ["clinician"]),
    mentor: as(mentor, ["mentor"]),
    otherMentor: as(otherMentor, ["mentor"]),
    organiser: as(organiser, ["organiser"]),
    admin: as(admin, ["admin"]),
    stranger: as(stranger, ["developer"]),
  };
}

const notesOf = (mentorshipId: number) =>
  db()
    .select({
      authorId: s.mentorshipNotes.authorId,
      sessionOn: s.mentorshipNotes.sessionOn,
      body: s.mentorshipNotes.body,
      nextStep: s.mentorshipNotes.nextStep,
      editedAt: s.mentorshipNotes.editedAt,
    })
    .from(s.mentorshipNotes)
    .where(eq(s.mentorshipNotes.mentorshipId, mentorshipId))
    .orderBy(s.mentorshipNotes.id);
const notificationsOf = (userId: number) =>
  db()
    .select({
      kind: s.notifications.kind,
      title: s.notifications.title,
      body: s.notifications.body,
      link: s.notifications.link,
    })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId));
const auditOf = (action: string) =>
  db()
    .select({
      actorId: s.auditEvents.actorId,
      objectType: s.auditEvents.objectType,
      objectId: s.auditEvents.objectId,
      before: s.auditEvents.before,
      after: s.auditEvents.after,
    })
    .from(s.auditEvents)
    .where(eq(s.auditEvents.action, action));

describe("writing session notes", () => {
  it("lets the mentor write one and tells the team, with an audit event that keeps the words out", async () => {
    const { mentorship, mentor, lead, member } = await setup();
    const added = await addNote({
      mentorshipId: mentorship.id,
      actor: mentor,
      input: note("Walked through the hazard log.", "2026-03-14", "Team drafts the safety case"),
      now: NOW,
    });
    expect(added.ok).toBe(true);
    const noteId = added.ok ? added.noteId : 0;
    expect(await notesOf(mentorship.id)).toEqual([
      {
        authorId: mentor.id,
        sessionOn: "2026-03-14",
        body: "Walked through the hazard log.",
        nextStep: "Team drafts the safety case",
        editedAt: null,
      },
    ]);
    const told = {
      kind: "mentorship.note_added",
      title: "Mo Mentor wrote a session note on Foot Check",
      body: "Session on 14 March 2026.",
      link: `/mentorships/${mentorship.id}`,
    };
    expect(await notificationsOf(lead.id)).toEqual([told]);
    expect(await notificationsOf(member.id)).toEqual([told]);
    expect(await notificationsOf(mentor.id)).toEqual([]);
    expect(await auditOf("mentorship_note.added")).toEqual([
      {
        actorId: mentor.id,
        objectType: "mentorship_note",
        objectId: noteId,
        before: null,
        after: { mentorshipId: mentorship.id, sessionOn: "2026-03-14" },
      },
    ]);
  });

  it("lets a team member write one and tells the mentor only", async () => {
    const { mentorship, mentor, lead, member } = await setup();
    expect(
      await addNote({ mentorshipId: mentorship.id, actor: member, input: note("Tried it on the ward."), now: NOW }),
    ).toMatchObject({ ok: true });
    expect(await notificationsOf(mentor.id)).toEqual([
      {
        kind: "mentorship.note_added",
        title: "Cara Clinician wrote a session note on Foot Check",
        body: "Session on 14 March 2026.",
        link: `/mentorships/${mentorship.id}`,
      },
    ]);
    expect(await notificationsOf(lead.id)).toEqual([]);
    expect(await notificationsOf(member.id)).toEqual([]);
  });

  it("refuses another mentor, an organiser and a stranger as if it were not there, and an admin who may only read", async () => {
    const { mentorship, otherMentor, organiser, stranger, admin } = await setup();
    for (const actor of [otherMentor, organiser, stranger])
      expect(await addNote({ mentorshipId: mentorship.id, actor, input: note("Mine"), now: NOW })).toEqual(NOT_FOUND);
    expect(await addNote({ mentorshipId: mentorship.id, actor: admin, input: note("Admin"), now: NOW })).toEqual({
      ok: false,
      status: 403,
      message: "Admins can read session notes; only the mentor and the team write them.",
    });
    expect(await addNote({ mentorshipId: 999_999, actor: admin, input: note("Nowhere"), now: NOW })).toEqual(NOT_FOUND);
    expect(await notesOf(mentorship.id)).toEqual([]);
    expect(await db().select().from(s.notifications)).toEqual([]);
  });

  it("refuses a session date after today (UK time) and new notes on a completed mentorship", async () => {
    const { mentorship, mentor, lead } = await setup();
    expect(
      await addNote({ mentorshipId: mentorship.id, actor: mentor, input: note("Soon", "2026-03-21"), now: NOW }),
    ).toEqual({
      ok: false,
      status: 400,
      message: "The session date must be today or in the past",
      field: "sessionOn",
    });
    expect(
      await addNote({ mentorshipId: mentorship.id, actor: mentor, input: note("Today", "2026-03-20"), now: NOW }),
    ).toMatchObject({ ok: true });
    await db()
      .update(s.mentorships)
      .set({ status: "completed", endedAt: NOW })
      .where(eq(s.mentorships.id, mentorship.id));
    expect(await addNote({ mentorshipId: mentorship.id, actor: lead, input: note("After"), now: NOW })).toEqual({
      ok: false,
      status: 409,
      message: "This mentorship has ended, so its notes are kept as they are.",
    });
    expect((await notesOf(mentorship.id)).map((n) => n.body)).toEqual(["Today"]);
  });

  it("writes nothing when its notification or its audit event fails", async () => {
    const { mentorship, mentor } = await setup();
    await failInsertsInto("notifications");
    await expect(
      addNote({ mentorshipId: mentorship.id, actor: mentor, input: note("Lost"), now: NOW }),
    ).rejects.toThrow(forcedFailure);
    expect(await notesOf(mentorship.id)).toEqual([]);
    await allowInsertsInto("notifications");
    await failInsertsInto("audit_events");
    await expect(
      addNote({ mentorshipId: mentorship.id, actor: mentor, input: note("Lost too"), now: NOW }),
    ).rejects.toThrow(forcedFailure);
    expect(await notesOf(mentorship.id)).toEqual([]);
    expect(await db().select().from(s.notifications)).toEqual([]);
  });
});

describe("the mentorship page", () => {
  async function withNotes() {
    const people = await setup();
    const { mentorship, mentor, member } = people;
    await addNote({ mentorshipId: mentorship.id, actor: mentor, input: note("First session", "2026-03-05"), now: NOW });
    await addNote({
      mentorshipId: mentorship.id,
      actor: member,
      input: note("Latest session", "2026-03-18", "Book the pen test"),
      now: NOW,
    });
    await addNote({
      mentorshipId: mentorship.id,
      actor: mentor,
      input: note("Middle session", "2026-03-10"),
      now: NOW,
    });
    return people;
  }

  it("shows the mentorship and its notes, newest session first, to the mentor with their own notes to change", async () => {
    const { mentorship, mentor, project } = await withNotes();
    const page = await getMentorshipPage({ mentorshipId: mentorship.id, viewer: mentor });
    if (!page.ok) throw new Error(page.message);
    expect(page.mentorship).toEqual({
      id: mentorship.id,
      status: "active",
      createdAt: new Date("2026-03-02T10:00:00Z"),
      respondedAt: new Date("2026-03-03T10:00:00Z"),
      endedAt: null,
      project: { id: project.id, name: "Foot Check" },
      mentor: { id: mentor.id, name: "Mo Mentor", hasProfile: true },
    });
    expect(page.notes.map((n) => [n.sessionOn, n.body, n.authorName, n.byMentor, n.nextStep, n.mayChange])).toEqual([
      ["2026-03-18", "Latest session", "Cara Clinician", false, "Book the pen test", false],
      ["2026-03-10", "Middle session", "Mo Mentor", true, "", true],
      ["2026-03-05", "First session", "Mo Mentor", true, "", true],
    ]);
    expect([page.mayAdd, page.addBlocker, page.isAdmin]).toEqual([true, null, false]);
  });

  it("shows the notes to the lead and an admin, who may not write; to others the mentorship is not there", async () => {
    const { mentorship, lead, admin, otherMentor, organiser, stranger } = await withNotes();
    const forLead = await getMentorshipPage({ mentorshipId: mentorship.id, viewer: lead });
    expect(forLead.ok && [forLead.notes.length, forLead.mayAdd, forLead.notes.some((n) => n.mayChange)]).toEqual([
      3,
      true,
      false,
    ]);
    const forAdmin = await getMentorshipPage({ mentorshipId: mentorship.id, viewer: admin });
    expect(forAdmin.ok && [forAdmin.notes.length, forAdmin.mayAdd, forAdmin.addBlocker, forAdmin.isAdmin]).toEqual([
      3,
      false,
      null,
      true,
    ]);
    for (const viewer of [otherMentor, organiser, stranger])
      expect(await getMentorshipPage({ mentorshipId: mentorship.id, viewer })).toEqual(NOT_FOUND);
    expect(await getMentorshipPage({ mentorshipId: 999_999, viewer: admin })).toEqual(NOT_FOUND);
  });

  it("stays readable once completed, saying why no more notes can be written", async () => {
    const { mentorship, member } = await withNotes();
    await db()
      .update(s.mentorships)
      .set({ status: "completed", endedAt: NOW })
      .where(eq(s.mentorships.id, mentorship.id));
    const page = await getMentorshipPage({ mentorshipId: mentorship.id, viewer: member });
    expect(page.ok && [page.notes.length, page.mayAdd, page.addBlocker, page.notes[0]!.mayChange]).toEqual([
      3,
      false,
      "This mentorship has ended, so its notes are kept as they are.",
      false,
    ]);
  });

  it("lists a project's ended mentorships only to those who may read their notes", async () => {
    const { mentorship, project, lead, mentor, otherMentor, organiser, admin } = await withNotes();
    await db()
      .update(s.mentorships)
      .set({ status: "cancelled", endedAt: NOW })
      .where(eq(s.mentorships.id, mentorship.id));
    const expected = [
      {
        id: mentorship.id,
        mentorId: mentor.id,
        mentorName: "Mo Mentor",
        status: "cancelled",
        endedAt: NOW,
        noteCount: 3,
      },
    ];
    for (const viewer of [lead, mentor, admin])
      expect(await listEndedMentorshipsWithNotes(project.id, viewer)).toEqual(expected);
    for (const viewer of [otherMentor, organiser])
      expect(await listEndedMentorshipsWithNotes(project.id, viewer)).toEqual([]);
  });
});

describe("editing and deleting a note", () => {
  async function withOneNote() {
    const people = await setup();
    const added = await addNote({
      mentorshipId: people.mentorship.id,
      actor: people.mentor,
      input: note("Draft", "2026-03-14"),
      now: NOW,
    });
    if (!added.ok) throw new Error(added.message);
    return { ...people, noteId: added.noteId };
  }
  const LATER = new Date("2026-03-21T09:00:00Z");

  it("lets only the author edit, marks it edited, and records which fields changed but not the words", async () => {
    const { mentorship, noteId, mentor, lead, admin, stranger } = await withOneNote();
    const input = note("Final words", "2026-03-15", "Next: DPIA");
    expect(await editNote({ mentorshipId: mentorship.id, noteId, actor: lead, input, now: LATER })).toEqual({
      ok: false,
      status: 403,
      message: "Only the person who wrote a note can change it.",
    });
    expect(await editNote({ mentorshipId: mentorship.id, noteId, actor: admin, input, now: LATER })).toMatchObject({
      status: 403,
    });
    expect(await editNote({ mentorshipId: mentorship.id, noteId, actor: stranger, input, now: LATER })).toEqual(
      NOT_FOUND,
    );
    expect(await editNote({ mentorshipId: mentorship.id, noteId, actor: mentor, input, now: LATER })).toEqual({
      ok: true,
    });
    expect(await notesOf(mentorship.id)).toEqual([
      { authorId: mentor.id, sessionOn: "2026-03-15", body: "Final words", nextStep: "Next: DPIA", editedAt: LATER },
    ]);
    expect(await auditOf("mentorship_note.edited")).toEqual([
      {
        actorId: mentor.id,
        objectType: "mentorship_note",
        objectId: noteId,
        before: { sessionOn: "2026-03-14" },
        after: { mentorshipId: mentorship.id, sessionOn: "2026-03-15", changed: ["sessionOn", "body", "nextStep"] },
      },
    ]);
    // Saving it unchanged is not an edit.
    const again = new Date("2026-03-22T09:00:00Z");
    expect(await editNote({ mentorshipId: mentorship.id, noteId, actor: mentor, input, now: again })).toEqual({
      ok: true,
    });
    expect((await notesOf(mentorship.id))[0]!.editedAt).toEqual(LATER);
    expect(await auditOf("mentorship_note.edited")).toHaveLength(1);
  });

  it("refuses a note of another mentorship, a future date, and edits once the mentorship has ended", async () => {
    const { mentorship, noteId, mentor } = await withOneNote();
    const [elsewhere] = await db()
      .select({ id: s.mentorshipNotes.id })
      .from(s.mentorshipNotes)
      .where(eq(s.mentorshipNotes.body, "Elsewhere"));
    expect(
      await editNote({
        mentorshipId: mentorship.id,
        noteId: elsewhere!.id,
        actor: mentor,
        input: note("x"),
        now: LATER,
      }),
    ).toEqual({ ok: false, status: 404, message: "We could not find that note." });
    expect(
      await editNote({
        mentorshipId: mentorship.id,
        noteId,
        actor: mentor,
        input: note("x", "2026-03-22"),
        now: LATER,
      }),
    ).toMatchObject({ status: 400, field: "sessionOn" });
    await db().update(s.mentorships).set({ status: "completed" }).where(eq(s.mentorships.id, mentorship.id));
    expect(
      await editNote({ mentorshipId: mentorship.id, noteId, actor: mentor, input: note("x"), now: LATER }),
    ).toEqual({
      ok: false,
      status: 409,
      message: "This mentorship has ended, so its notes are kept as they are.",
    });
    expect(await deleteNote({ mentorshipId: mentorship.id, noteId, actor: mentor })).toMatchObject({ status: 409 });
    expect((await notesOf(mentorship.id)).map((n) => n.body)).toEqual(["Draft"]);
  });

  it("lets only the author delete, with an audit event, and all or nothing", async () => {
    const { mentorship, noteId, mentor, member, organiser } = await withOneNote();
    expect(await deleteNote({ mentorshipId: mentorship.id, noteId, actor: member })).toMatchObject({ status: 403 });
    expect(await deleteNote({ mentorshipId: mentorship.id, noteId, actor: organiser })).toEqual(NOT_FOUND);
    await failInsertsInto("audit_events");
    await expect(deleteNote({ mentorshipId: mentorship.id, noteId, actor: mentor })).rejects.toThrow(forcedFailure);
    await expect(
      editNote({ mentorshipId: mentorship.id, noteId, actor: mentor, input: note("Changed"), now: LATER }),
    ).rejects.toThrow(forcedFailure);
    expect(await notesOf(mentorship.id)).toEqual([
      { authorId: mentor.id, sessionOn: "2026-03-14", body: "Draft", nextStep: "", editedAt: null },
    ]);
    await allowInsertsInto("audit_events");
    expect(await deleteNote({ mentorshipId: mentorship.id, noteId, actor: mentor })).toEqual({ ok: true });
    expect(await notesOf(mentorship.id)).toEqual([]);
    expect(await auditOf("mentorship_note.deleted")).toEqual([
      {
        actorId: mentor.id,
        objectType: "mentorship_note",
        objectId: noteId,
        before: { mentorshipId: mentorship.id, sessionOn: "2026-03-14" },
        after: null,
      },
    ]);
  });

  it("takes a team member who has left out of their notes: they no longer read or change them", async () => {
    const { mentorship, member, project } = await setup();
    const added = await addNote({ mentorshipId: mentorship.id, actor: member, input: note("Mine"), now: NOW });
    if (!added.ok) throw new Error(added.message);
    await db()
      .delete(s.projectMembers)
      .where(and(eq(s.projectMembers.projectId, project.id), eq(s.projectMembers.userId, member.id)));
    expect(await getMentorshipPage({ mentorshipId: mentorship.id, viewer: member })).toEqual(NOT_FOUND);
    expect(
      await editNote({ mentorshipId: mentorship.id, noteId: added.noteId, actor: member, input: note("x"), now: NOW }),
    ).toEqual(NOT_FOUND);
    expect(await deleteNote({ mentorshipId: mentorship.id, noteId: added.noteId, actor: member })).toEqual(NOT_FOUND);
  });
});
