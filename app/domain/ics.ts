/**
 * A small RFC 5545 iCalendar writer: one VCALENDAR with VEVENTs, TEXT values escaped, times in
 * UTC (`YYYYMMDDTHHMMSSZ`), CRLF line endings, and lines folded at 75 octets without splitting a
 * UTF-8 character. Browser-safe (TextEncoder only).
 */

export type IcsEvent = {
  /** Globally unique and stable for the event, e.g. `hack-day-12@hackpath.example`. */
  uid: string;
  /** When the event's information was last revised. */
  dtstamp: Date;
  /** When the event was first made (CREATED). */
  created?: Date;
  /** When the event last changed (LAST-MODIFIED). */
  lastModified?: Date;
  /**
   * Revision number (SEQUENCE): starts at 0 and grows with each change to the event, so a
   * subscribed calendar replaces its copy instead of keeping the old one.
   */
  sequence?: number;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  url?: string;
  description?: string;
  /** RFC 5545 STATUS for VEVENT. */
  status?: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
};

export type IcsCalendar = {
  /** PRODID: who made the file. */
  prodId?: string;
  /** X-WR-CALNAME: the calendar's name in most clients. */
  name?: string;
  /**
   * How often a subscribed client should fetch the calendar again, as an ISO 8601 duration
   * (e.g. PT1H): REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL (Outlook, older clients).
   */
  refreshInterval?: string;
  events: readonly IcsEvent[];
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A UTC date-time in iCalendar form, e.g. 20260314T090000Z. */
export function formatIcsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (CR dropped). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n");
}

/** A URI value: not TEXT-escaped, but it may never break a line. */
function cleanUri(value: string): string {
  return value.replace(/[\r\n]/g, "");
}

/**
 * Folds a content line so that no physical line exceeds 75 octets: continuation lines start with
 * one space. Splits only between code points, so a multi-byte UTF-8 character is never cut.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; continuation lines hold 74 after their leading space.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

/** The whole iCalendar text: every line folded and ended with CRLF. */
export function buildIcsCalendar({
  prodId = "-//Hackpath//Hack days//EN",
  name,
  refreshInterval,
  events,
}: IcsCalendar): string {
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    property("PRODID", prodId),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (name) lines.push(property("X-WR-CALNAME", escapeIcsText(name)));
  if (refreshInterval) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`);
    lines.push(`X-PUBLISHED-TTL:${refreshInterval}`);
  }
  for (const event of events) {
    lines.push("BEGIN:VEVENT");
    lines.push(property("UID", escapeIcsText(event.uid)));
    lines.push(`DTSTAMP:${formatIcsDate(event.dtstamp)}`);
    if (event.created) lines.push(`CREATED:${formatIcsDate(event.created)}`);
    if (event.lastModified) lines.push(`LAST-MODIFIED:${formatIcsDate(event.lastModified)}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`);
    lines.push(`DTSTART:${formatIcsDate(event.start)}`);
    lines.push(`DTEND:${formatIcsDate(event.end)}`);
    lines.push(property("SUMMARY", escapeIcsText(event.summary)));
    if (event.location) lines.push(property("LOCATION", escapeIcsText(event.location)));
    if (event.url) lines.push(property("URL", cleanUri(event.url)));
    if (event.description) lines.push(property("DESCRIPTION", escapeIcsText(event.description)));
    if (event.status) lines.push(`STATUS:${event.status}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}

/** Undoes folding (for tests and readers): CRLF followed by one space or tab joins lines. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l.length > 0);
}
