import { Link } from "@remix-run/react";
import { RichText } from "~/components/rich-text";
import { Time } from "~/components/ui/time";
import { mentorshipPath } from "~/utils/paths";
import { DeleteNoteForm, NoteForm, sessionDate } from "./note-form";
import type { MentorshipPageData } from "./route";

type Note = MentorshipPageData["notes"][number];

/** The session notes, newest session first; their authors get edit and delete links on their own. */
export function NotesList({ page }: { page: MentorshipPageData }) {
  if (page.notes.length === 0) return <p>No session notes yet.</p>;
  return (
    <ol className="space-y-4">
      {page.notes.map((note) => (
        <NoteItem key={note.id} note={note} page={page} />
      ))}
    </ol>
  );
}

function NoteItem({ note, page }: { note: Note; page: MentorshipPageData }) {
  const here = mentorshipPath(page.mentorship.id);
  const back = `${here}#note-${note.id}`;
  return (
    <li id={`note-${note.id}`} className="scroll-mt-4 rounded-lg border border-line p-4">
      <h3 className="text-lg">Session on {sessionDate(note.sessionOn)}</h3>
      <p className="text-sm text-muted">
        {note.authorName} ({note.byMentor ? "mentor" : "team"}) · written <Time value={note.createdAt} />
        {note.editedAt ? (
          <>
            {" "}
            · edited <Time value={note.editedAt} />
          </>
        ) : null}
      </p>
      {page.editing === note.id ? (
        <div className="mt-3">
          <NoteForm today={page.today} note={note} cancelTo={back} />
        </div>
      ) : (
        <>
          <RichText text={note.body} className="mt-2" />
          {note.nextStep ? (
            <p className="mt-2">
              <strong>Next step:</strong> {note.nextStep}
            </p>
          ) : null}
          {page.deleting === note.id ? (
            <DeleteNoteForm noteId={note.id} sessionOn={note.sessionOn} cancelTo={back} />
          ) : note.mayChange ? (
            <p className="mt-3 flex flex-wrap gap-x-6">
              <Link to={`${here}?edit=${note.id}#note-${note.id}`} className="inline-flex min-h-11 items-center">
                Edit<span className="sr-only"> the note of {sessionDate(note.sessionOn)}</span>
              </Link>
              <Link to={`${here}?delete=${note.id}#note-${note.id}`} className="inline-flex min-h-11 items-center">
                Delete<span className="sr-only"> the note of {sessionDate(note.sessionOn)}</span>
              </Link>
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}
