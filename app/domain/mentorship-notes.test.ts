import { describe, expect, it } from "vitest";
import {
  addNoteRefusal,
  changeNoteRefusal,
  readNotesRefusal,
  sessionDateRefusal,
  ukToday,
  type NotesStanding,
} from "./mentorship-notes";
import { mentorshipNoteActionSchema } from "../validation/mentorship-notes";

const nobody: NotesStanding = { isMentor: false, isTeamMember: false, isAdmin: false };
const mentor: NotesStanding = { ...nobody, isMentor: true };
const member: NotesStanding = { ...nobody, isTeamMember: true };
const admin: NotesStanding = { ...nobody, isAdmin: true };
const notFound = { ok: false, status: 404, message: "We could not find that mentorship." };

describe("reading a mentorship's notes", () => {
  it("is for the mentor, the team and admins; to anyone else the mentorship is not there", () => {
    expect(readNotesRefusal(mentor)).toBeUndefined();
    expect(readNotesRefusal(member)).toBeUndefined();
    expect(readNotesRefusal(admin)).toBeUndefined();
    // Organisers and other mentors hold no standing here: they are nobody to this mentorship.
    expect(readNotesRefusal(nobody)).toEqual(notFound);
  });
});

describe("writing a note", () => {
  it("lets the mentor and a team member write while the mentorship is active", () => {
    expect(addNoteRefusal(mentor, "active")).toBeUndefined();
    expect(addNoteRefusal(member, "active")).toBeUndefined();
    expect(addNoteRefusal({ ...member, isAdmin: true }, "active")).toBeUndefined();
  });

  it("keeps an ended mentorship's notes as history, and waits for an open one to start", () => {
    for (const status of ["completed", "cancelled"] as const)
      expect(addNoteRefusal(mentor, status)).toEqual({
        ok: false,
        status: 409,
        message: "This mentorship has ended, so its notes are kept as they are.",
      });
    for (const status of ["requested", "offered", "declined", "lapsed"] as const)
      expect(addNoteRefusal(member, status)?.message).toBe(
        "Session notes can be written once the mentorship is active.",
      );
  });

  it("lets admins read but not write, and tells strangers nothing", () => {
    expect(addNoteRefusal(admin, "active")).toEqual({
      ok: false,
      status: 403,
      message: "Admins can read session notes; only the mentor and the team write them.",
    });
    expect(addNoteRefusal(nobody, "active")).toEqual(notFound);
    expect(addNoteRefusal(nobody, "completed")).toEqual(notFound);
  });
});

describe("editing and deleting a note", () => {
  it("is for its author while they are still the mentor or on the team, and the mentorship is active", () => {
    expect(changeNoteRefusal(mentor, "active", { isAuthor: true })).toBeUndefined();
    expect(changeNoteRefusal(member, "active", { isAuthor: true })).toBeUndefined();
    expect(changeNoteRefusal(member, "active", { isAuthor: false })).toEqual({
      ok: false,
      status: 403,
      message: "Only the person who wrote a note can change it.",
    });
    expect(changeNoteRefusal(admin, "active", { isAuthor: false })?.status).toBe(403);
    // An author who has left the team reads nothing, so the note is not there for them.
    expect(changeNoteRefusal(nobody, "active", { isAuthor: true })).toEqual(notFound);
    // An admin who wrote it while on the team, and has left it, reads it but no longer writes.
    expect(changeNoteRefusal(admin, "active", { isAuthor: true })?.status).toBe(403);
    expect(changeNoteRefusal(mentor, "completed", { isAuthor: true })?.status).toBe(409);
  });
});

describe("the session date", () => {
  // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
  const lateEvening = new Date("2026-05-31T23:30:00Z");

  it("is today or earlier, in UK time", () => {
    expect(ukToday(lateEvening)).toBe("2026-06-01");
    expect(sessionDateRefusal("2026-06-01", lateEvening)).toBeUndefined();
    expect(sessionDateRefusal("2025-12-31", lateEvening)).toBeUndefined();
    expect(sessionDateRefusal("2026-06-02", lateEvening)).toEqual({
      ok: false,
      status: 400,
      message: "The session date must be today or in the past",
      field: "sessionOn",
    });
    expect(ukToday(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
  });
});

describe("the note forms", () => {
  const parse = (value: Record<string, unknown>) => mentorshipNoteActionSchema.safeParse(value);
  const errors = (value: Record<string, unknown>) => {
    const result = parse(value);
    return result.success ? {} : result.error.flatten().fieldErrors;
  };

  it("takes a dated note with an optional next step, trimmed", () => {
    expect(parse({ intent: "add", sessionOn: "2026-03-14", body: "  Hazard log reviewed.  " })).toEqual({
      success: true,
      data: { intent: "add", sessionOn: "2026-03-14", body: "Hazard log reviewed.", nextStep: "" },
    });
    expect(
      parse({ intent: "edit", noteId: 4, sessionOn: "2026-03-14", body: "x", nextStep: "Draft the DPIA" }).data,
    ).toEqual({ intent: "edit", noteId: 4, sessionOn: "2026-03-14", body: "x", nextStep: "Draft the DPIA" });
    expect(parse({ intent: "delete", noteId: 4 }).data).toEqual({ intent: "delete", noteId: 4 });
  });

  it("says what is wrong with each field", () => {
    expect(errors({ intent: "add", sessionOn: "2026-02-30", body: " " })).toEqual({
      sessionOn: ["Enter the date of the session as a real date, such as 2026-03-14"],
      body: ["Write what you talked about in the session"],
    });
    expect(errors({ intent: "add", body: "x".repeat(5001), nextStep: "y".repeat(1001) })).toEqual({
      sessionOn: ["Enter the date of the session"],
      body: ["Keep the note to 5,000 characters or fewer"],
      nextStep: ["Keep the next step to 1,000 characters or fewer"],
    });
    expect(errors({ intent: "add", sessionOn: "2999-01-01", body: "x".repeat(5000) })).toEqual({
      sessionOn: ["The session date must be today or in the past"],
    });
    expect(parse({ intent: "delete" }).success).toBe(false);
  });
});
