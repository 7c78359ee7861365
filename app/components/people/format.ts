/** "£25,000" — whole pounds, UK style. */
export function formatPounds(amount: number): string {
  return `£${Math.round(amount).toLocaleString("en-GB")}`;
}

/** A funder's ticket range in words: "£10,000 to £100,000", "up to £50,000", "from £5,000", or "". */
export function formatTicket(min: number | null, max: number | null): string {
  if (min != null && max != null)
    return min === max ? formatPounds(min) : `${formatPounds(min)} to ${formatPounds(max)}`;
  if (max != null) return `up to ${formatPounds(max)}`;
  if (min != null) return `from ${formatPounds(min)}`;
  return "";
}
