import { formatDate, formatDateTime } from "~/domain/dates";

/**
 * A date ("14 March 2026") or date and time ("14 March 2026 at 9:30am") in UK time, the same on
 * the server and in the browser, in a <time> element. Takes a Date or the ISO string a loader's
 * Date becomes.
 */
export function Time({
  value,
  withTime = false,
  fallback = "—",
}: {
  value: Date | string | null | undefined;
  withTime?: boolean;
  fallback?: string;
}) {
  if (!value) return <>{fallback}</>;
  const date = new Date(value);
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date) : formatDate(date)}</time>;
}
