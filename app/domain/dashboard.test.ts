import { describe, expect, it } from "vitest";
import { daysBetween, mentorshipLine } from "./dashboard";

const now = new Date("2026-03-20T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const line = (status: Parameters<typeof mentorshipLine>[0]["status"], asMentor: boolean, age = 1, isLead = true) =>
  mentorshipLine({ status, mentorName: "Dr Helen Marsh", createdAt: daysAgo(age) }, { asMentor, isLead, now });

describe("mentorshipLine", () => {
  it("says what a request is to the mentor and to the team, and whose move it is", () => {
    expect(line("requested", true)).toEqual({
      text: "The team asked you to mentor it",
      overdue: null,
      theirMove: true,
    });
    expect(line("requested", false)).toEqual({
      text: "You asked Dr Helen Marsh; waiting for their answer",
      overdue: null,
      theirMove: false,
    });
    expect(line("offered", true)).toEqual({
      text: "You offered to mentor it; waiting for the team lead",
      overdue: null,
      theirMove: false,
    });
    expect(line("offered", false)).toEqual({
      text: "Dr Helen Marsh offered to mentor it",
      overdue: null,
      theirMove: true,
    });
  });

  it("leaves answering an offer to the team lead, and says so to the rest of the team", () => {
    expect(line("offered", false, 1, false)).toEqual({
      text: "Dr Helen Marsh offered to mentor it; waiting for your team lead",
      overdue: null,
      theirMove: false,
    });
    expect(line("requested", false, 1, false).text).toBe("Your team asked Dr Helen Marsh; waiting for their answer");
  });

  it("never says 'You mentor this project' unless the mentorship is active", () => {
    expect(line("active", true).text).toBe("You mentor this project");
    expect(line("active", false).text).toBe("Dr Helen Marsh mentors this project");
    for (const status of ["requested", "offered", "declined", "cancelled", "completed", "lapsed"] as const)
      expect(line(status, true).text).not.toBe("You mentor this project");
    expect(line("declined", true).text).toBe("Declined; not mentoring");
    expect(line("completed", false).text).toBe("Dr Helen Marsh mentored it; completed");
    expect(line("lapsed", true).text).toBe("Lapsed: nobody answered within 21 days");
  });

  it("marks an open one overdue after 7 days, on both sides, and nothing else", () => {
    expect(line("requested", true, 6).overdue).toBeNull();
    expect(line("requested", true, 7).overdue).toBe("Overdue: asked 7 days ago");
    expect(line("requested", false, 9).overdue).toBe("Overdue: asked 9 days ago");
    expect(line("offered", false, 12).overdue).toBe("Overdue: offered 12 days ago");
    expect(line("active", true, 30).overdue).toBeNull();
  });

  it("counts whole days, never negative", () => {
    expect(daysBetween(daysAgo(2.9), now)).toBe(2);
    expect(daysBetween(new Date(now.getTime() + 5_000), now)).toBe(0);
  });
});
