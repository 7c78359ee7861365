/**
 * Dates and times as people read them, in NHS content style ("14 March 2026", "9:30am",
 * "midday"), always in UK time whatever the server's or the visitor's zone. Everything that shows
 * a date or time to a person uses these; machine formats (Atom's RFC 3339, iCalendar, the API's
 * ISO strings) do not. See docs/decisions/0038-dates-and-times.md.
 *
 * The text is built from numeric parts rather than Intl's own patterns, whose words and
 * punctuation vary between ICU versions (and so between the server and a browser, which would
 * break hydration). Browser-safe: Intl only.
 */

export const UK_TIME_ZONE = "Europe/London";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** UK wall-clock fields of an instant; `month` is 1–12, `hour` 0–23. */
export type LondonParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** Instants already taken apart, most recent last: pages show the same rows' dates again and again. */
const KEPT_PARTS = 5000;
const keptParts = new Map<number, Readonly<LondonParts>>();

/** The UK wall-clock year, month, day, hour, minute and second of an instant. */
export function londonParts(date: Date): Readonly<LondonParts> {
  const instant = date.getTime();
  let parts = keptParts.get(instant);
  if (!parts) {
    // formatToParts is slow (about 10 µs), and a page of cards calls this dozens of times.
    const fields: Record<string, number> = {};
    for (const p of partsFormat.formatToParts(date)) if (p.type !== "literal") fields[p.type] = Number(p.value);
    parts = Object.freeze(fields as LondonParts);
    if (keptParts.size >= KEPT_PARTS) keptParts.delete(keptParts.keys().next().value!);
    keptParts.set(instant, parts);
  }
  return parts;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** The months as people in the UK write them, January first. */
export const MONTHS = [
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

/** "14 March 2026": the UK date, no leading zero, month in full. */
export function formatDate(date: Date): string {
  const p = londonParts(date);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "Saturday 14 March 2026": the UK date with its weekday, for events. */
export function formatDateWithDay(date: Date): string {
  const p = londonParts(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "9am", "9:30am", "5:30pm", "midday", "midnight": the UK time to the minute. */
export function formatTime(date: Date): string {
  const { hour, minute } = londonParts(date);
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const h = hour % 12 || 12;
  const suffix = hour < 12 ? "am" : "pm";
  return minute === 0 ? `${h}${suffix}` : `${h}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** "14 March 2026 at 9:30am" in UK time. */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} at ${formatTime(date)}`;
}

/** "Saturday 14 March 2026 at 9:30am" in UK time, for an event's times (a deadline, a start). */
export function formatDateTimeWithDay(date: Date): string {
  return `${formatDateWithDay(date)} at ${formatTime(date)}`;
}

/**
 * An event's span in UK time: "Saturday 14 March 2026, 9am to 5:30pm" within one UK day, or
 * "Saturday 14 March 2026 at 9am to Sunday 15 March 2026 at 5pm" across days.
 */
export function formatDateRange(start: Date, end: Date): string {
  const startDay = formatDateWithDay(start);
  const endDay = formatDateWithDay(end);
  return startDay === endDay
    ? `${startDay}, ${formatTime(start)} to ${formatTime(end)}`
    : `${startDay} at ${formatTime(start)} to ${endDay} at ${formatTime(end)}`;
}
