/**
 * Hack days happen in the UK: organisers type dates and times as UK wall-clock time
 * (`<input type="datetime-local">`, no zone), we store UTC instants, and pages show UK time
 * whatever the server's or the visitor's zone (so server and browser render the same text).
 * Browser-safe: Intl only.
 */

export const HACK_DAY_TIME_ZONE = "Europe/London";

const two = (n: number) => String(n).padStart(2, "0");

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: HACK_DAY_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function londonParts(date: Date) {
  const parts: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(date: Date): number {
  const p = londonParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant for a UK wall-clock `YYYY-MM-DDTHH:MM` (as a datetime-local input sends it), or
 * null if the text is not a real date and time. In the autumn's repeated hour the first (summer)
 * instant wins; a time in the spring's skipped hour moves forward an hour.
 */
export function parseUkLocalDateTime(value: string): Date | null {
  const m = LOCAL_PATTERN.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v))) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59
  )
    return null;
  // Try the offset in force an hour either side: the right one maps back to the same wall time.
  const candidates = [londonOffsetMinutes(new Date(wall - 3_600_000)), londonOffsetMinutes(new Date(wall + 3_600_000))];
  for (const offset of candidates.sort((a, b) => b - a)) {
    const instant = new Date(wall - offset * 60_000);
    if (toUkLocalInput(instant) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`) return instant;
  }
  return new Date(wall - Math.min(...candidates) * 60_000);
}

/** The `YYYY-MM-DDTHH:MM` value for a datetime-local input showing UK time. */
export function toUkLocalInput(date: Date): string {
  const p = londonParts(date);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// Built from parts rather than Intl's own patterns, whose punctuation varies between ICU versions
// (and so between the server and a browser, which would break hydration).
function datePart(date: Date): string {
  const p = londonParts(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

function timePart(date: Date): string {
  const p = londonParts(date);
  return `${two(p.hour)}:${two(p.minute)}`;
}

/** "Sat 14 March 2026" in UK time. */
export function formatUkDate(date: Date): string {
  return datePart(date);
}

/** "Sat 14 March 2026, 09:00" in UK time. */
export function formatUkDateTime(date: Date): string {
  return `${datePart(date)}, ${timePart(date)}`;
}

/** "Sat 14 March 2026, 09:00 to 17:30" (or to another day's date and time) in UK time. */
export function formatUkRange(start: Date, end: Date): string {
  const sameDay = datePart(start) === datePart(end);
  return sameDay
    ? `${formatUkDateTime(start)} to ${timePart(end)}`
    : `${formatUkDateTime(start)} to ${formatUkDateTime(end)}`;
}
