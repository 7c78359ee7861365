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
  updatedAt: Date;
};

/** The page of a hack day as an absolute URL. */
export function hackDayUrl(origin: string, hackDay: { id: number; name: string }): string {
  return `${origin.replace(/\/$/, "")}${hackDayPath(hackDay)}`;
}

/** One VEVENT for a hack day: stable UID per hack day and host, revised time as DTSTAMP. */
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
export function hackDayJsonLd(origin: string, hackDay: CalendarHackDay & { organiserName?: string }) {
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
