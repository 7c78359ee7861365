import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDateTimeWithDay,
  formatDateWithDay,
  formatTime,
  londonParts,
} from "./dates";

const at = (iso: string) => new Date(iso);

describe("londonParts", () => {
  it("gives UK wall-clock fields in GMT and BST", () => {
    expect(londonParts(at("2026-01-10T09:05:07Z"))).toEqual({
      year: 2026,
      month: 1,
      day: 10,
      hour: 9,
      minute: 5,
      second: 7,
    });
    expect(londonParts(at("2026-07-10T23:30:00Z"))).toEqual({
      year: 2026,
      month: 7,
      day: 11,
      hour: 0,
      minute: 30,
      second: 0,
    });
  });
});

describe("formatDate", () => {
  it("shows the day without a leading zero and the month in full", () => {
    expect(formatDate(at("2026-03-14T09:30:00Z"))).toBe("14 March 2026");
    expect(formatDate(at("2026-01-05T12:00:00Z"))).toBe("5 January 2026");
  });

  it("uses the UK date, not the UTC one", () => {
    // 23:30 UTC in summer is 00:30 BST the next day; in winter it is still the same day.
    expect(formatDate(at("2026-07-10T23:30:00Z"))).toBe("11 July 2026");
    expect(formatDate(at("2026-12-31T23:30:00Z"))).toBe("31 December 2026");
    expect(formatDate(at("2026-12-31T23:59:59Z"))).toBe("31 December 2026");
    expect(formatDate(at("2027-01-01T00:00:00Z"))).toBe("1 January 2027");
  });
});

describe("formatDateWithDay", () => {
  it("puts the weekday in full before the date", () => {
    expect(formatDateWithDay(at("2026-03-14T09:00:00Z"))).toBe("Saturday 14 March 2026");
    expect(formatDateWithDay(at("2026-03-15T17:00:00Z"))).toBe("Sunday 15 March 2026");
  });

  it("takes the weekday of the UK date", () => {
    expect(formatDateWithDay(at("2026-07-10T23:30:00Z"))).toBe("Saturday 11 July 2026");
  });
});

describe("formatTime", () => {
  it("shows hours with am or pm, and minutes only when there are some", () => {
    expect(formatTime(at("2026-01-10T09:00:00Z"))).toBe("9am");
    expect(formatTime(at("2026-01-10T09:30:00Z"))).toBe("9:30am");
    expect(formatTime(at("2026-01-10T09:05:00Z"))).toBe("9:05am");
    expect(formatTime(at("2026-01-10T17:30:00Z"))).toBe("5:30pm");
    expect(formatTime(at("2026-01-10T23:59:00Z"))).toBe("11:59pm");
  });

  it("says midday and midnight rather than 12pm and 12am", () => {
    expect(formatTime(at("2026-01-10T12:00:00Z"))).toBe("midday");
    expect(formatTime(at("2026-01-10T00:00:00Z"))).toBe("midnight");
    expect(formatTime(at("2026-01-10T12:30:00Z"))).toBe("12:30pm");
    expect(formatTime(at("2026-01-10T00:30:00Z"))).toBe("12:30am");
    // In summer, UK midday and midnight are 11:00 and 23:00 UTC.
    expect(formatTime(at("2026-07-10T11:00:00Z"))).toBe("midday");
    expect(formatTime(at("2026-07-10T23:00:00Z"))).toBe("midnight");
  });

  it("shows GMT in winter and BST in summer", () => {
    expect(formatTime(at("2026-01-10T08:00:00Z"))).toBe("8am");
    expect(formatTime(at("2026-07-10T08:00:00Z"))).toBe("9am");
  });

  it("drops the seconds", () => {
    expect(formatTime(at("2026-01-10T09:30:59Z"))).toBe("9:30am");
  });

  it("follows the clocks on the days they change", () => {
    // 29 March 2026: at 01:00 UTC, 1am GMT becomes 2am BST.
    expect(formatTime(at("2026-03-29T00:30:00Z"))).toBe("12:30am");
    expect(formatTime(at("2026-03-29T00:59:00Z"))).toBe("12:59am");
    expect(formatTime(at("2026-03-29T01:00:00Z"))).toBe("2am");
    // 25 October 2026: at 01:00 UTC, 2am BST becomes 1am GMT, so 1:30am happens twice.
    expect(formatTime(at("2026-10-25T00:30:00Z"))).toBe("1:30am");
    expect(formatTime(at("2026-10-25T01:30:00Z"))).toBe("1:30am");
    expect(formatTime(at("2026-10-25T02:00:00Z"))).toBe("2am");
  });
});

describe("formatDateTime", () => {
  it("joins the date and the time with 'at'", () => {
    expect(formatDateTime(at("2026-03-14T09:30:00Z"))).toBe("14 March 2026 at 9:30am");
    expect(formatDateTime(at("2026-07-11T16:30:00Z"))).toBe("11 July 2026 at 5:30pm");
    expect(formatDateTime(at("2026-07-11T11:00:00Z"))).toBe("11 July 2026 at midday");
    expect(formatDateTime(at("2026-07-10T23:00:00Z"))).toBe("11 July 2026 at midnight");
  });

  it("keeps the date and time together across a clock change", () => {
    expect(formatDateTime(at("2026-03-29T01:30:00Z"))).toBe("29 March 2026 at 2:30am");
    expect(formatDateTime(at("2026-10-24T23:30:00Z"))).toBe("25 October 2026 at 12:30am");
  });
});

describe("formatDateTimeWithDay", () => {
  it("puts the weekday before the date and time", () => {
    expect(formatDateTimeWithDay(at("2026-07-11T15:00:00Z"))).toBe("Saturday 11 July 2026 at 4pm");
  });
});

describe("formatDateRange", () => {
  it("gives the date once when the event starts and ends on one UK day", () => {
    expect(formatDateRange(at("2026-03-14T09:00:00Z"), at("2026-03-14T17:30:00Z"))).toBe(
      "Saturday 14 March 2026, 9am to 5:30pm",
    );
    expect(formatDateRange(at("2026-07-11T08:00:00Z"), at("2026-07-11T11:00:00Z"))).toBe(
      "Saturday 11 July 2026, 9am to midday",
    );
  });

  it("gives both dates when the event runs over more than one day", () => {
    expect(formatDateRange(at("2026-03-14T09:00:00Z"), at("2026-03-15T17:00:00Z"))).toBe(
      "Saturday 14 March 2026 at 9am to Sunday 15 March 2026 at 5pm",
    );
    expect(formatDateRange(at("2026-07-11T08:00:00Z"), at("2026-07-12T16:30:00Z"))).toBe(
      "Saturday 11 July 2026 at 9am to Sunday 12 July 2026 at 5:30pm",
    );
  });

  it("compares UK days, not UTC ones", () => {
    // 18:00 to 23:30 UTC in summer ends at 00:30 BST the next day.
    expect(formatDateRange(at("2026-07-11T17:00:00Z"), at("2026-07-11T23:30:00Z"))).toBe(
      "Saturday 11 July 2026 at 6pm to Sunday 12 July 2026 at 12:30am",
    );
  });

  it("spans the clock-change days in local time", () => {
    // Spring forward: 9am GMT on Saturday to 5pm BST on Sunday.
    expect(formatDateRange(at("2026-03-28T09:00:00Z"), at("2026-03-29T16:00:00Z"))).toBe(
      "Saturday 28 March 2026 at 9am to Sunday 29 March 2026 at 5pm",
    );
    // Fall back: the day of the change, 9am to 5pm GMT.
    expect(formatDateRange(at("2026-10-25T09:00:00Z"), at("2026-10-25T17:00:00Z"))).toBe(
      "Sunday 25 October 2026, 9am to 5pm",
    );
    // Across the change: 8am BST on Saturday (07:00 UTC) to 5pm GMT on Sunday.
    expect(formatDateRange(at("2026-10-24T07:00:00Z"), at("2026-10-25T17:00:00Z"))).toBe(
      "Saturday 24 October 2026 at 8am to Sunday 25 October 2026 at 5pm",
    );
  });
});
