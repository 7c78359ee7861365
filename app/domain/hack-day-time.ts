/**
 * Hack days happen in the UK: organisers type dates and times as UK wall-clock time
 * (`<input type="datetime-local">`, no zone), we store UTC instants, and pages show UK time
 * (formatted by ./dates). Browser-safe: Intl only.
 */
import { londonParts } from "./dates";

const two = (n: number) => String(n).padStart(2, "0");

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
