/**
 * A hack day as an iCalendar event and as schema.org `Event` JSON-LD. Pure and browser-safe;
 * the routes pass the site's origin in.
 */
import type { IcsEvent } from "./ics";
import { hackDayPath } from "../utils/paths";
import type { HackDayStatus } from "./taxonomy";

export type CalendarHackDay = {
  id: number;
  name: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  onlineUrl: string | null;
  status: HackDayStatus;
  createdAt: Date;
  updatedAt: Date;
  /** How many times its details were edited: the VEVENT's SEQUENCE. */
  sequence: number;
};

/** How often subscribed calendars should fetch the feeds again: an hour. */
export const CALENDAR_REFRESH_INTERVAL = "PT1H";

/** The page of a hack day as an absolute URL. */
export function hackDayUrl(origin: string, hackDay: { id: number; name: string }): string {
  return `${origin.replace(/\/$/, "")}${hackDayPath(hackDay)}`;
}

/**
 * One VEVENT for a hack day: stable UID per hack day and host; the last revision as DTSTAMP and
 * LAST-MODIFIED (so an unchanged hack day gives byte-identical files); SEQUENCE from its edits.
 */
export function hackDayToIcsEvent(origin: string, hackDay: CalendarHackDay): IcsEvent {
  const url = hackDayUrl(origin, hackDay);
  const where = [hackDay.venue, hackDay.onlineUrl ? `Online: ${hackDay.onlineUrl}` : ""].filter(Boolean).join(" · ");
  const description = [
    hackDay.description.trim(),
    hackDay.onlineUrl ? `Join online: ${hackDay.onlineUrl}` : "",
    `Details and registration: ${url}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    uid: `hack-day-${hackDay.id}@${new URL(origin).hostname}`,
    dtstamp: hackDay.updatedAt,
    created: hackDay.createdAt,
    lastModified: hackDay.updatedAt,
    sequence: hackDay.sequence,
    start: hackDay.startsAt,
    end: hackDay.endsAt,
    summary: hackDay.name,
    location: where || undefined,
    url,
    description,
    status: "CONFIRMED",
  };
}

/** schema.org Event for a hack day page. */
export function hackDayJsonLd(
  origin: string,
  hackDay: Omit<CalendarHackDay, "sequence" | "createdAt"> & { organiserName?: string },
) {
  const url = hackDayUrl(origin, hackDay);
  const place = hackDay.venue ? { "@type": "Place", name: hackDay.venue, address: hackDay.venue } : null;
  const virtual = hackDay.onlineUrl ? { "@type": "VirtualLocation", url: hackDay.onlineUrl } : null;
  const mode =
    place && virtual
      ? "MixedEventAttendanceMode"
      : virtual
        ? "OnlineEventAttendanceMode"
        : "OfflineEventAttendanceMode";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: hackDay.name,
    description: hackDay.description || undefined,
    startDate: hackDay.startsAt.toISOString(),
    endDate: hackDay.endsAt.toISOString(),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: place && virtual ? [place, virtual] : (place ?? virtual ?? undefined),
    url,
    organizer: { "@type": "Organization", name: "Hackpath", url: origin },
  };
}

/** JSON for an inline <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
