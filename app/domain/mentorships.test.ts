import { describe, expect, it } from "vitest";
import {
  answerMentorshipRefusal,
  endMentorshipRefusal,
  offerMentorshipRefusal,
  requestMentorRefusal,
  withdrawMentorshipRefusal,
  type MentorStanding,
} from "./mentorships";

const mentor: MentorStanding = { isMentor: true, acceptingRequests: true, capacity: 2, activeCount: 1 };
const full: MentorStanding = { ...mentor, activeCount: 2 };

describe("asking and offering", () => {
  const ask = (extra: Partial<Parameters<typeof requestMentorRefusal>[0]>) =>
    requestMentorRefusal({
      isLead: true,
      projectActive: true,
      mentor,
      current: null,
      isMemberOfProject: false,
      ...extra,
    });

  it("lets the lead ask a mentor with room who takes requests", () => {
    expect(ask({})).toBeUndefined();
    expect(ask({ isLead: false })?.status).toBe(403);
    expect(ask({ projectActive: false })?.status).toBe(409);
    expect(ask({ mentor: { ...mentor, isMentor: false } })?.status).toBe(404);
    expect(ask({ isMemberOfProject: true })?.status).toBe(409);
    expect(ask({ current: "offered" })?.message).toBe(
      "A request or offer between this mentor and the project is already waiting for an answer.",
    );
    expect(ask({ current: "active" })?.message).toBe("This mentor already mentors the project.");
    expect(ask({ mentor: { ...mentor, acceptingRequests: false } })?.status).toBe(409);
    expect(ask({ mentor: full })?.status).toBe(409);
  });

  it("lets a mentor offer even when not taking requests or full", () => {
    const offer = (extra: Partial<Parameters<typeof offerMentorshipRefusal>[0]>) =>
      offerMentorshipRefusal({
        mentor: { ...full, acceptingRequests: false },
        projectActive: true,
        projectPublic: true,
        current: null,
        isMemberOfProject: false,
        ...extra,
      });
    expect(offer({})).toBeUndefined();
    expect(offer({ mentor: { ...mentor, isMentor: false } })?.status).toBe(403);
    expect(offer({ projectPublic: false })?.status).toBe(404);
    expect(offer({ projectActive: false })?.status).toBe(409);
    expect(offer({ isMemberOfProject: true })?.status).toBe(409);
    expect(offer({ current: "requested" })?.status).toBe(409);
  });
});

describe("answering, withdrawing and ending", () => {
  it("lets the side that did not start it answer, and enforces capacity when accepting", () => {
    expect(answerMentorshipRefusal({ side: "mentor", status: "requested", accepting: true, mentor })).toBeUndefined();
    expect(answerMentorshipRefusal({ side: "team", status: "offered", accepting: true, mentor })).toBeUndefined();
    expect(answerMentorshipRefusal({ side: "team", status: "requested", accepting: true, mentor })?.status).toBe(403);
    expect(answerMentorshipRefusal({ side: null, status: "requested", accepting: true, mentor })?.status).toBe(403);
    expect(answerMentorshipRefusal({ side: "mentor", status: "active", accepting: true, mentor })?.status).toBe(409);
    expect(answerMentorshipRefusal({ side: "mentor", status: "requested", accepting: true, mentor: full })).toEqual({
      ok: false,
      status: 409,
      message:
        "The mentor is at capacity (2 active projects). End another mentorship or raise the capacity in settings first.",
    });
    expect(
      answerMentorshipRefusal({ side: "mentor", status: "requested", accepting: false, mentor: full }),
    ).toBeUndefined();
  });

  it("lets the side that asked withdraw, and either side end an active one", () => {
    expect(withdrawMentorshipRefusal("team", "requested")).toBeUndefined();
    expect(withdrawMentorshipRefusal("mentor", "offered")).toBeUndefined();
    expect(withdrawMentorshipRefusal("mentor", "requested")?.status).toBe(403);
    expect(withdrawMentorshipRefusal("team", "active")?.status).toBe(409);
    expect(endMentorshipRefusal("team", "active")).toBeUndefined();
    expect(endMentorshipRefusal("mentor", "active")).toBeUndefined();
    expect(endMentorshipRefusal(null, "active")?.status).toBe(403);
    expect(endMentorshipRefusal("mentor", "requested")?.status).toBe(409);
  });
});
