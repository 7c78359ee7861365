import { describe, expect, it } from "vitest";
import { buildIcsCalendar, unfoldIcs } from "./ics";
import { CALENDAR_REFRESH_INTERVAL, hackDayJsonLd, hackDayToIcsEvent, serializeJsonLd } from "./hack-day-calendar";

const hackDay = {
  id: 7,
  name: "NHS Hack Day: Leeds",
  description: "Build for the NHS",
  startsAt: new Date("2026-03-14T09:00:00Z"),
  endsAt: new Date("2026-03-14T17:00:00Z"),
  venue: "Nexus, Leeds",
  onlineUrl: "https://meet.example/hack",
  status: "open" as const,
  createdAt: new Date("2026-01-10T08:00:00Z"),
  updatedAt: new Date("2026-02-01T12:00:00Z"),
  sequence: 3,
};

describe("hack day calendar and JSON-LD", () => {
  it("makes a VEVENT with a stable UID, the page URL and both places", () => {
    const event = hackDayToIcsEvent("https://hackpath.example/", hackDay);
    expect(event.uid).toBe("hack-day-7@hackpath.example");
    expect(event.url).toBe("https://hackpath.example/hack-days/7-nhs-hack-day-leeds");
    expect(event.location).toBe("Nexus, Leeds · Online: https://meet.example/hack");
    expect(event.dtstamp).toEqual(hackDay.updatedAt);
    expect(event.lastModified).toEqual(hackDay.updatedAt);
    expect(event.created).toEqual(hackDay.createdAt);
    expect(event.sequence).toBe(3);
    expect(event.description).toContain(
      "Details and registration: https://hackpath.example/hack-days/7-nhs-hack-day-leeds",
    );
  });

  it("describes the event for search engines with the attendance mode", () => {
    const ld = hackDayJsonLd("https://hackpath.example", hackDay);
    expect(ld).toMatchObject({
      "@type": "Event",
      startDate: "2026-03-14T09:00:00.000Z",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
    });
    expect(hackDayJsonLd("https://hackpath.example", { ...hackDay, onlineUrl: null }).eventAttendanceMode).toBe(
      "https://schema.org/OfflineEventAttendanceMode",
    );
  });

  it("escapes < so a name cannot close the script tag", () => {
    const json = serializeJsonLd(
      hackDayJsonLd("https://hackpath.example", { ...hackDay, name: "</script><script>alert(1)</script>" }),
    );
    expect(json).not.toContain("<");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });

  it("writes the revision, the last change and the refresh hint into the file", () => {
    const text = buildIcsCalendar({
      name: "Hackpath hack days",
      refreshInterval: CALENDAR_REFRESH_INTERVAL,
      events: [hackDayToIcsEvent("https://hackpath.example", hackDay)],
    });
    const lines = unfoldIcs(text);
    expect(lines.slice(0, 8)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Hackpath//Hack days//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Hackpath hack days",
      "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
      "X-PUBLISHED-TTL:PT1H",
    ]);
    const event = lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1);
    expect(event.slice(0, 6)).toEqual([
      "BEGIN:VEVENT",
      "UID:hack-day-7@hackpath.example",
      "DTSTAMP:20260201T120000Z",
      "CREATED:20260110T080000Z",
      "LAST-MODIFIED:20260201T120000Z",
      "SEQUENCE:3",
    ]);
  });

  it("gives an edited hack day a higher SEQUENCE and a later LAST-MODIFIED, and nothing else moves", () => {
    const before = hackDayToIcsEvent("https://hackpath.example", hackDay);
    const after = hackDayToIcsEvent("https://hackpath.example", {
      ...hackDay,
      venue: "Thackray Museum, Leeds",
      updatedAt: new Date("2026-02-03T09:30:00Z"),
      sequence: 4,
    });
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence! + 1);
    expect(after.lastModified!.getTime()).toBeGreaterThan(before.lastModified!.getTime());
    expect(after.location).toBe("Thackray Museum, Leeds · Online: https://meet.example/hack");
  });
});
