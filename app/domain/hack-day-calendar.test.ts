import { describe, expect, it } from "vitest";
import { hackDayJsonLd, hackDayToIcsEvent, serializeJsonLd } from "./hack-day-calendar";

const hackDay = {
  id: 7,
  name: "NHS Hack Day: Leeds",
  description: "Build for the NHS",
  startsAt: new Date("2026-03-14T09:00:00Z"),
  endsAt: new Date("2026-03-14T17:00:00Z"),
  venue: "Nexus, Leeds",
  onlineUrl: "https://meet.example/hack",
  status: "open" as const,
  updatedAt: new Date("2026-02-01T12:00:00Z"),
};

describe("hack day calendar and JSON-LD", () => {
  it("makes a VEVENT with a stable UID, the page URL and both places", () => {
    const event = hackDayToIcsEvent("https://hackpath.example/", hackDay);
    expect(event.uid).toBe("hack-day-7@hackpath.example");
    expect(event.url).toBe("https://hackpath.example/hack-days/7-nhs-hack-day-leeds");
    expect(event.location).toBe("Nexus, Leeds · Online: https://meet.example/hack");
    expect(event.dtstamp).toEqual(hackDay.updatedAt);
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
});
