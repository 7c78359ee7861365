import { describe, expect, it } from "vitest";
import { buildIcsCalendar, escapeIcsText, foldIcsLine, formatIcsDate, unfoldIcs } from "./ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

const event = {
  uid: "hack-day-1@hackpath.example",
  dtstamp: new Date("2026-02-01T10:20:30.456Z"),
  start: new Date("2026-03-14T09:00:00Z"),
  end: new Date("2026-03-14T17:30:00Z"),
  summary: "NHS Hack Day, Leeds; diabetes\\foot care",
  location: "Nexus, University of Leeds, LS2 3AA",
  url: "https://hackpath.example/hack-days/1-nhs-hack-day",
  description: "Line one\nLine two, with a comma; and a semicolon",
};

describe("iCalendar writer", () => {
  it("formats UTC date-times", () => {
    expect(formatIcsDate(new Date("2026-03-14T09:05:07.999Z"))).toBe("20260314T090507Z");
  });

  it("escapes backslash, semicolon, comma and newlines in TEXT", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes a calendar with the required VEVENT properties and CRLF endings only", () => {
    const text = buildIcsCalendar({ name: "Hackpath hack days", events: [event] });
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfoldIcs(text);
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("UID:hack-day-1@hackpath.example");
    expect(lines).toContain("DTSTAMP:20260201T102030Z");
    expect(lines).toContain("DTSTART:20260314T090000Z");
    expect(lines).toContain("DTEND:20260314T173000Z");
    expect(lines).toContain("SUMMARY:NHS Hack Day\\, Leeds\\; diabetes\\\\foot care");
    expect(lines).toContain("LOCATION:Nexus\\, University of Leeds\\, LS2 3AA");
    expect(lines).toContain("URL:https://hackpath.example/hack-days/1-nhs-hack-day");
    expect(lines).toContain("DESCRIPTION:Line one\\nLine two\\, with a comma\\; and a semicolon");
    expect(lines).toContain("PRODID:-//Hackpath//Hack days//EN");
  });

  it("folds long lines at 75 octets with a leading space, and unfolds back", () => {
    const long = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldIcsLine(long);
    const physical = folded.split("\r\n");
    expect(physical.length).toBe(3);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(octets(physical[0]!)).toBe(75);
    for (const line of physical.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(unfoldIcs(folded + "\r\n")).toEqual([long]);
  });

  it("never splits a multi-byte UTF-8 character when folding", () => {
    const long = `SUMMARY:${"Café ☕ – 😀 ".repeat(20)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A cut character would show up as a lone surrogate or replacement character.
      expect(line).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])|\uFFFD/u);
    }
    expect(unfoldIcs(folded + "\r\n")).toEqual([long]);
  });

  it("leaves short lines alone and writes an empty calendar", () => {
    expect(foldIcsLine("SUMMARY:short")).toBe("SUMMARY:short");
    const empty = buildIcsCalendar({ events: [] });
    expect(empty).not.toContain("BEGIN:VEVENT");
    expect(unfoldIcs(empty).at(-1)).toBe("END:VCALENDAR");
  });

  it("writes SEQUENCE, CREATED and LAST-MODIFIED when an event has them, and leaves them out when not", () => {
    const text = buildIcsCalendar({
      events: [
        {
          ...event,
          created: new Date("2026-01-05T08:00:00Z"),
          lastModified: new Date("2026-02-01T10:20:30Z"),
          sequence: 2,
        },
      ],
    });
    const lines = unfoldIcs(text);
    expect(lines).toContain("CREATED:20260105T080000Z");
    expect(lines).toContain("LAST-MODIFIED:20260201T102030Z");
    expect(lines).toContain("SEQUENCE:2");
    const bare = unfoldIcs(buildIcsCalendar({ events: [event] }));
    expect(bare.filter((l) => /^(CREATED|LAST-MODIFIED|SEQUENCE)[:;]/.test(l))).toEqual([]);
    expect(unfoldIcs(buildIcsCalendar({ events: [{ ...event, sequence: 0 }] }))).toContain("SEQUENCE:0");
  });

  it("adds the refresh hints to the calendar only when asked", () => {
    const lines = unfoldIcs(buildIcsCalendar({ refreshInterval: "PT1H", events: [] }));
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(lines).toContain("X-PUBLISHED-TTL:PT1H");
    const plain = unfoldIcs(buildIcsCalendar({ events: [] }));
    expect(plain.some((l) => l.startsWith("REFRESH-INTERVAL") || l.startsWith("X-PUBLISHED-TTL"))).toBe(false);
  });
});
