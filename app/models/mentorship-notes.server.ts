/**
 * A mentorship's page and its session notes: dated notes with an optional next step, written by
 * the mentor or the team while the mentorship is active, read by them and by admins. The rules are
 * app/domain/mentorship-notes.ts; the page's loader uses them to decide which controls show, and
 * each write here checks them again inside its transaction, with its notification and its audit
 * event. The audit log never holds a note's words: notes are private, the log is an admin's page.
 */
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { mentorshipNotes, mentorships, projectMembers, projects, users } from "../../db/schema";
import type { AuditAction } from "../domain/audit";
import { formatDate } from "../domain/dates";
import {
  addNoteRefusal,
  changeNoteRefusal,
  MENTORSHIP_NOT_FOUND,
  readNotesRefusal,
  sessionDateRefusal,
  type NotesStanding,
} from "../domain/mentorship-notes";
import { hasRole } from "../domain/roles";
import type { MentorshipStatus } from "../domain/taxonomy";
import { mentorshipPath } from "../utils/paths";
import type { NoteInput } from "../validation/mentorship-notes";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { alias } from "./dialect.server";
import { notify } from "./notifications.server";
import { loadProjectStanding } from "./project-standing.server";

type Actor = NonNullable<Viewer>;

const mentorUser = alias(users, "mentor_user");

/** The mentorship with who is on it, and where the viewer stands; null when there is no such mentorship. */
async function loadMentorship(mentorshipId: number, viewer: Actor) {
  const [row] = await getDb()
    .select({
      id: mentorships.id,
      status: mentorships.status,
      createdAt: mentorships.createdAt,
      respondedAt: mentorships.respondedAt,
      endedAt: mentorships.endedAt,
      mentorId: mentorships.mentorId,
      mentorName: mentorUser.name,
      mentorClosed: sql<boolean>`${mentorUser.deletedAt} IS NOT NULL`.mapWith(Boolean),
      projectId: projects.id,
      projectName: projects.name,
    })
    .from(mentorships)
    .innerJoin(projects, eq(projects.id, mentorships.projectId))
    .innerJoin(mentorUser, eq(mentorUser.id, mentorships.mentorId))
    .where(eq(mentorships.id, mentorshipId));
  if (!row) return null;
  // Team membership as every project rule reads it (active members only; a project the viewer
  // may not see at all leaves them off its team).
  const found = await loadProjectStanding(row.projectId, viewer);
  const standing: NotesStanding = {
    isMentor: row.mentorId === viewer.id,
    isTeamMember: found?.standing.isMember ?? false,
    isAdmin: hasRole(viewer, "admin"),
  };
  return { ...row, standing };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadMentorship>>>;

/** The mentorship as the viewer may read it, or the refusal (404 alike for no such mentorship and no access). */
async function readableMentorship(mentorshipId: number, viewer: Actor): Promise<ModelResult<{ found: Loaded }>> {
  const found = await loadMentorship(mentorshipId, viewer);
  if (!found) return MENTORSHIP_NOT_FOUND;
  return readNotesRefusal(found.standing) ?? { ok: true, found };
}

/** Whether the viewer may read the mentorship at all, without reading its notes (for its page's action). */
export async function mentorshipAccessRefusal(mentorshipId: number, viewer: Actor) {
  const readable = await readableMentorship(mentorshipId, viewer);
  return readable.ok ? undefined : readable;
}

/** The mentorship as its page shows it, the notes newest session first, and the controls the viewer gets. */
export async function getMentorshipPage({ mentorshipId, viewer }: { mentorshipId: number; viewer: Actor }): Promise<
  ModelResult<{
    mentorship: {
      id: number;
      status: MentorshipStatus;
      createdAt: Date;
      respondedAt: Date | null;
      endedAt: Date | null;
      project: { id: number; name: string };
      mentor: { id: number; name: string; hasProfile: boolean };
    };
    notes: {
      id: number;
      sessionOn: string;
      body: string;
      nextStep: string;
      authorName: string;
      byMentor: boolean;
      createdAt: Date;
      editedAt: Date | null;
      mayChange: boolean;
    }[];
    mayAdd: boolean;
    /** Why the viewer cannot add a note, for the mentor and the team (null when they can, or for admins). */
    addBlocker: string | null;
    isAdmin: boolean;
  }>
> {
  const readable = await readableMentorship(mentorshipId, viewer);
  if (!readable.ok) return readable;
  const { found } = readable;
  const rows = await getDb()
    .select({
      id: mentorshipNotes.id,
      authorId: mentorshipNotes.authorId,
      sessionOn: mentorshipNotes.sessionOn,
      body: mentorshipNotes.body,
      nextStep: mentorshipNotes.nextStep,
      authorName: users.name,
      createdAt: mentorshipNotes.createdAt,
      editedAt: mentorshipNotes.editedAt,
    })
    .from(mentorshipNotes)
    .innerJoin(users, eq(users.id, mentorshipNotes.authorId))
    .where(eq(mentorshipNotes.mentorshipId, mentorshipId))
    .orderBy(desc(mentorshipNotes.sessionOn), desc(mentorshipNotes.createdAt), desc(mentorshipNotes.id));
  const { standing, status } = found;
  const addRefusal = addNoteRefusal(standing, status);
  return {
    ok: true,
    mentorship: {
      id: found.id,
      status,
      createdAt: found.createdAt,
      respondedAt: found.respondedAt,
      endedAt: found.endedAt,
      project: { id: found.projectId, name: found.projectName },
      // A mentor who closed their account has no profile page to link to.
      mentor: { id: found.mentorId, name: found.mentorName, hasProfile: !found.mentorClosed },
    },
    notes: rows.map(({ authorId, ...note }) => ({
      ...note,
      byMentor: authorId === found.mentorId,
      mayChange: !changeNoteRefusal(standing, status, { isAuthor: authorId === viewer.id }),
    })),
    mayAdd: !addRefusal,
    addBlocker: addRefusal && addRefusal.status !== 403 ? addRefusal.message : null,
    isAdmin: standing.isAdmin,
  };
}

/** Completed and cancelled mentorships of a project whose notes this viewer may read, for the mentors page. */
export async function listEndedMentorshipsWithNotes(projectId: number, viewer: Actor) {
  const rows = await getDb()
    .select({
      id: mentorships.id,
      mentorId: mentorships.mentorId,
      mentorName: users.name,
      status: mentorships.status,
      endedAt: mentorships.endedAt,
      noteCount:
        sql<number>`(SELECT count(*) FROM mentorship_notes n WHERE n.mentorship_id = ${mentorships.id})`.mapWith(
          Number,
        ),
    })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(and(eq(mentorships.projectId, projectId), inArray(mentorships.status, ["completed", "cancelled"])))
    .orderBy(desc(mentorships.endedAt), desc(mentorships.id));
  const found = await loadProjectStanding(projectId, viewer);
  const isTeamMember = found?.standing.isMember ?? false;
  const isAdmin = hasRole(viewer, "admin");
  return rows.filter((m) => !readNotesRefusal({ isMentor: m.mentorId === viewer.id, isTeamMember, isAdmin }));
}

async function authorName(userId: number): Promise<string> {
  const [row] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? "Someone";
}

/** Who hears of a new note: the mentor when the team writes, the team's active members when the mentor does. */
async function otherSide(found: Loaded, authorId: number): Promise<number[]> {
  if (authorId !== found.mentorId) return [found.mentorId];
  const team = await getDb()
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(
      and(
        eq(projectMembers.projectId, found.projectId),
        eq(projectMembers.status, "active"),
        ne(projectMembers.userId, authorId),
      ),
    );
  return team.map((m) => m.userId);
}

async function audit(action: AuditAction, actor: Actor, noteId: number, before: object | null, after: object | null) {
  await recordAudit({ actorId: actor.id, action, objectType: "mentorship_note", objectId: noteId, before, after });
}

/** The mentor or a team member writes a session note; the other side is told. */
export async function addNote({
  mentorshipId,
  actor,
  input,
  now = new Date(),
}: {
  mentorshipId: number;
  actor: Actor;
  input: NoteInput;
  now?: Date;
}): Promise<ModelResult<{ noteId: number }>> {
  return inTransaction(async (tx) => {
    const found = await loadMentorship(mentorshipId, actor);
    if (!found) return MENTORSHIP_NOT_FOUND;
    const refusal = addNoteRefusal(found.standing, found.status) ?? sessionDateRefusal(input.sessionOn, now);
    if (refusal) return refusal;
    const [row] = await tx
      .insert(mentorshipNotes)
      .values({
        mentorshipId,
        authorId: actor.id,
        sessionOn: input.sessionOn,
        body: input.body,
        nextStep: input.nextStep,
        createdAt: now,
      })
      .returning({ id: mentorshipNotes.id });
    const name = await authorName(actor.id);
    const recipients = await otherSide(found, actor.id);
    // The note's words stay on its page: a notification (and any email made from it) only points there.
    await notify(
      recipients.map((userId) => ({
        userId,
        kind: "mentorship.note_added" as const,
        title: `${name} wrote a session note on ${found.projectName}`,
        body: `Session on ${formatDate(new Date(`${input.sessionOn}T12:00:00Z`))}.`,
        link: mentorshipPath(mentorshipId),
      })),
    );
    await audit("mentorship_note.added", actor, row!.id, null, { mentorshipId, sessionOn: input.sessionOn });
    return { ok: true, noteId: row!.id };
  });
}

const NOTE_NOT_FOUND = refuse(404, "We could not find that note.");

/** The mentorship and one of its notes, for a change to the note; a refusal when either is not there for the actor. */
async function loadForChange(mentorshipId: number, noteId: number, actor: Actor) {
  const found = await loadMentorship(mentorshipId, actor);
  if (!found) return MENTORSHIP_NOT_FOUND;
  const unreadable = readNotesRefusal(found.standing);
  if (unreadable) return unreadable;
  const [note] = await getDb()
    .select({
      id: mentorshipNotes.id,
      authorId: mentorshipNotes.authorId,
      sessionOn: mentorshipNotes.sessionOn,
      body: mentorshipNotes.body,
      nextStep: mentorshipNotes.nextStep,
    })
    .from(mentorshipNotes)
    .where(and(eq(mentorshipNotes.id, noteId), eq(mentorshipNotes.mentorshipId, mentorshipId)));
  if (!note) return NOTE_NOT_FOUND;
  const refusal = changeNoteRefusal(found.standing, found.status, { isAuthor: note.authorId === actor.id });
  return refusal ?? { ok: true as const, found, note };
}

/** The author edits their note while the mentorship is active; it then shows as edited. */
export async function editNote({
  mentorshipId,
  noteId,
  actor,
  input,
  now = new Date(),
}: {
  mentorshipId: number;
  noteId: number;
  actor: Actor;
  input: NoteInput;
  now?: Date;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const loaded = await loadForChange(mentorshipId, noteId, actor);
    if (!loaded.ok) return loaded;
    const dateRefusal = sessionDateRefusal(input.sessionOn, now);
    if (dateRefusal) return dateRefusal;
    const { note } = loaded;
    const changed = (["sessionOn", "body", "nextStep"] as const).filter((field) => note[field] !== input[field]);
    // Saving what is already there changes nothing, and does not mark the note edited.
    if (changed.length === 0) return { ok: true };
    await tx
      .update(mentorshipNotes)
      .set({ sessionOn: input.sessionOn, body: input.body, nextStep: input.nextStep, editedAt: now })
      .where(eq(mentorshipNotes.id, noteId));
    await audit(
      "mentorship_note.edited",
      actor,
      noteId,
      { sessionOn: note.sessionOn },
      { mentorshipId, sessionOn: input.sessionOn, changed },
    );
    return { ok: true };
  });
}

/** The author deletes their note while the mentorship is active. */
export async function deleteNote({
  mentorshipId,
  noteId,
  actor,
}: {
  mentorshipId: number;
  noteId: number;
  actor: Actor;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const loaded = await loadForChange(mentorshipId, noteId, actor);
    if (!loaded.ok) return loaded;
    await tx.delete(mentorshipNotes).where(eq(mentorshipNotes.id, noteId));
    await audit("mentorship_note.deleted", actor, noteId, { mentorshipId, sessionOn: loaded.note.sessionOn }, null);
    return { ok: true };
  });
}
