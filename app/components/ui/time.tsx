const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/London",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/**
 * A date (or date and time) in UK time, the same on the server and in the browser, in a <time>
 * element. Takes a Date or the ISO string a loader's Date becomes.
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
  return <time dateTime={date.toISOString()}>{(withTime ? dateTimeFormat : dateFormat).format(date)}</time>;
}
