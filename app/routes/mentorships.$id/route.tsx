import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormReply } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { MAX_ID } from "~/domain/ids";
import { MENTORSHIP_NOT_FOUND, ukToday } from "~/domain/mentorship-notes";
import type { NoticeCode } from "~/domain/notices";
import {
  addNote,
  deleteNote,
  editNote,
  getMentorshipPage,
  mentorshipAccessRefusal,
} from "~/models/mentorship-notes.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { mentorshipPath, projectMentorsPath } from "~/utils/paths";
import { mentorshipNoteActionSchema, type MentorshipNoteAction } from "~/validation/mentorship-notes";
import { NoteForm } from "./note-form";
import { MentorshipSummary } from "./mentorship-summary";
import { NotesList } from "./notes-list";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Mentorship: ${data.mentorship.project.name} with ${data.mentorship.mentor.name} · Hackpath`
      : "Mentorship · Hackpath",
  },
];

/** A note id from `?edit=` or `?delete=`, or null for none or nonsense. */
function noteParam(url: URL, name: "edit" | "delete"): number | null {
  const value = Number(url.searchParams.get(name));
  return Number.isSafeInteger(value) && value > 0 && value <= MAX_ID ? value : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  const id = requireIdParam(params.id, "mentorship");
  const page = await getMentorshipPage({ mentorshipId: id, viewer });
  // Anyone who may not read it is told it is not there, exactly as for an id that names nothing.
  if (!page.ok) notFound(page.message);
  const url = new URL(request.url);
  // Only a note the viewer may change opens its edit form or its delete question.
  const changeable = (noteId: number | null) =>
    noteId !== null && page.notes.some((n) => n.id === noteId && n.mayChange) ? noteId : null;
  const { ok: _ok, ...rest } = page;
  return {
    ...rest,
    today: ukToday(new Date()),
    editing: changeable(noteParam(url, "edit")),
    deleting: changeable(noteParam(url, "delete")),
  };
}

const noteNotices = {
  add: "note-added",
  edit: "note-edited",
  delete: "note-deleted",
} satisfies Record<MentorshipNoteAction["intent"], NoticeCode>;

async function perform(v: MentorshipNoteAction, mentorshipId: number, actor: Awaited<ReturnType<typeof requireUser>>) {
  if (v.intent === "add") {
    const r = await addNote({ mentorshipId, actor, input: v });
    return r.ok ? done(noteNotices.add, { anchor: `note-${r.noteId}` }) : r;
  }
  if (v.intent === "edit") {
    const r = await editNote({ mentorshipId, noteId: v.noteId, actor, input: v });
    return r.ok ? done(noteNotices.edit, { anchor: `note-${v.noteId}` }) : r;
  }
  const r = await deleteNote({ mentorshipId, noteId: v.noteId, actor });
  return r.ok ? done(noteNotices.delete, { anchor: "notes" }) : r;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = requireIdParam(params.id, "mentorship");
  // Someone who may not read the mentorship learns nothing from posting to it, not even a 400.
  const refusal = await mentorshipAccessRefusal(id, actor);
  if (refusal) notFound(refusal.message);
  return runFormAction(request, mentorshipNoteActionSchema, (v) => perform(v, id, actor), {
    page: mentorshipPath(id),
    targetOf: (payload) => payload.noteId,
  });
}

export type MentorshipPageData = ReturnType<typeof useLoaderData<typeof loader>>;

/**
 * A refusal for a form the page no longer shows (a delete, or an edit or add refused because the
 * mentorship has just ended), shown at the top; a form still on the page shows its own.
 */
function useRefusalOutsideForms(page: MentorshipPageData) {
  const reply = useFormReply();
  if (!reply) return undefined;
  const inForm =
    (reply.intent === "add" && page.mayAdd) || (reply.intent === "edit" && page.editing === reply.targetId);
  return inForm ? undefined : reply.result;
}

export default function MentorshipPage() {
  const page = useLoaderData<typeof loader>();
  const { mentorship: m } = page;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link to={projectMentorsPath(m.project)}>Mentors of {m.project.name}</Link>
      </p>
      <PageHeader title={`Mentorship: ${m.project.name} with ${m.mentor.name}`} />
      <Notice />
      <FormErrors result={useRefusalOutsideForms(page)} />
      <MentorshipSummary mentorship={m} />
      <section id="notes" aria-labelledby="notes-heading" className="scroll-mt-4">
        <h2 id="notes-heading" className="mb-2 text-2xl">
          Session notes
        </h2>
        <p className="mb-4 text-muted">
          Only the mentor, the project&apos;s team and Hackpath&apos;s admins can read these notes.
        </p>
        {page.isAdmin && !page.mayAdd && !page.addBlocker ? (
          <p className="mb-4 rounded-md border-l-4 border-brand-600 bg-brand-50 p-4" role="note">
            You are reading as an admin. The mentor and the team write the notes.
          </p>
        ) : null}
        {page.addBlocker ? (
          <p className="mb-4 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4 font-semibold" role="note">
            {page.addBlocker}
          </p>
        ) : null}
        {page.mayAdd ? (
          <div className="mb-8 rounded-lg border border-line bg-surface p-4">
            <h3 className="mb-3 text-xl">Write a session note</h3>
            <NoteForm today={page.today} />
          </div>
        ) : null}
        <NotesList page={page} />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: MENTORSHIP_NOT_FOUND.message }} />;
}
