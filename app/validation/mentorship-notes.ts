/**
 * The forms on a mentorship's page (add, edit and delete a session note), told apart by `intent`.
 * Who may post them, and when, is app/domain/mentorship-notes.ts; the date rule lives there too
 * and is applied here as well, so a future date is refused beside its field, before the model.
 */
import { z } from "zod";
import { recordId } from "./record-id";
import { sessionDateRefusal } from "~/domain/mentorship-notes";

export const NOTE_BODY_MAX = 5000;
export const NEXT_STEP_MAX = 1000;

const noteId = recordId("Choose a note");

const sessionOn = z
  .string({ required_error: "Enter the date of the session" })
  .trim()
  .date("Enter the date of the session as a real date, such as 2026-03-14")
  .superRefine((value, ctx) => {
    const refusal = sessionDateRefusal(value, new Date());
    if (refusal) ctx.addIssue({ code: z.ZodIssueCode.custom, message: refusal.message });
  });

const body = z
  .string({ required_error: "Write what you talked about in the session" })
  .trim()
  .min(1, "Write what you talked about in the session")
  .max(NOTE_BODY_MAX, `Keep the note to ${NOTE_BODY_MAX.toLocaleString("en-GB")} characters or fewer`);

const nextStep = z
  .string()
  .trim()
  .max(NEXT_STEP_MAX, `Keep the next step to ${NEXT_STEP_MAX.toLocaleString("en-GB")} characters or fewer`)
  .default("");

/** A note's fields, for adding and editing. */
export const noteFields = z.object({ sessionOn, body, nextStep });
export type NoteInput = z.infer<typeof noteFields>;

/** The forms on a mentorship's page. */
export const mentorshipNoteActionSchema = z.discriminatedUnion("intent", [
  noteFields.extend({ intent: z.literal("add") }),
  noteFields.extend({ intent: z.literal("edit"), noteId }),
  z.object({ intent: z.literal("delete"), noteId }),
]);
export type MentorshipNoteAction = z.infer<typeof mentorshipNoteActionSchema>;
