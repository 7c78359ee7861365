import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { formatDate } from "~/domain/dates";

const labels = { sessionOn: "Date of the session", body: "What you talked about", nextStep: "Next step" };

/** A `YYYY-MM-DD` session date as people read it. */
export function sessionDate(sessionOn: string): string {
  return formatDate(new Date(`${sessionOn}T12:00:00Z`));
}

/**
 * The form for one session note: empty (dated today) to add one, filled to edit one. Either way a
 * plain form that posts; with JavaScript, fields are checked as they are left.
 */
export function NoteForm({
  today,
  note,
  cancelTo,
}: {
  today: string;
  note?: { id: number; sessionOn: string; body: string; nextStep: string };
  /** Where "Cancel" leads, for the edit form. */
  cancelTo?: string;
}) {
  const intent = note ? "edit" : "add";
  const lastResult = useFormResult(intent, note?.id);
  const id = note ? `edit-note-${note.id}` : "add-note";
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id,
    lastResult,
    defaultValue: note
      ? { sessionOn: note.sessionOn, body: note.body, nextStep: note.nextStep }
      : { sessionOn: today, body: "", nextStep: "" },
    ...useSchemaChecks(id, () => import("~/validation/mentorship-notes").then((m) => m.noteFields), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={intent} />
        {note ? <input type="hidden" name="noteId" value={note.id} /> : null}
        <TextField
          meta={fields.sessionOn}
          label={labels.sessionOn}
          hint="Today or an earlier day."
          type="date"
          max={today}
        />
        <TextAreaField
          meta={fields.body}
          label={labels.body}
          hint="What you covered and what you agreed. Only the mentor, the team and admins read it; no patient details."
          rows={5}
        />
        <TextAreaField
          meta={fields.nextStep}
          label="Next step (optional)"
          hint="For example: the team drafts the hazard log before the next session."
          rows={2}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">
            {note ? "Save changes" : "Save the note"}
            {note ? <span className="sr-only"> of {sessionDate(note.sessionOn)}</span> : null}
          </Button>
          {cancelTo ? <Link to={cancelTo}>Cancel</Link> : null}
        </div>
      </Form>
    </>
  );
}

/** "Delete this note?" with the button that does it: the confirmation step, without JavaScript too. */
export function DeleteNoteForm({
  noteId,
  sessionOn,
  cancelTo,
}: {
  noteId: number;
  sessionOn: string;
  cancelTo: string;
}) {
  return (
    <Form method="post" className="mt-3 rounded-md border-l-4 border-danger-700 bg-danger-50 p-4">
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="noteId" value={noteId} />
      <p className="mb-3 font-semibold">Delete this note of {sessionDate(sessionOn)}? This cannot be undone.</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger">
          Delete<span className="sr-only"> the note of {sessionDate(sessionOn)}</span>
        </Button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
    </Form>
  );
}
