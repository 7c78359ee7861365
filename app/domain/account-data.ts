/**
 * The "Download my data" file (UK GDPR right of access; decision 0059): its name, and how the
 * audit details in it are cleaned of other people. Pure and browser-safe.
 */

/** The file name a download is saved under: `hackpath-data-2026-03-01.json`. */
export function accountDataFileName(now: Date): string {
  return `hackpath-data-${now.toISOString().slice(0, 10)}.json`;
}

/** Keys of audit details that hold an account id (one, or a list). */
const PERSON_KEYS = new Set([
  "userId",
  "mentorId",
  "funderId",
  "judgeId",
  "leadId",
  "newLeadId",
  "actorId",
  "requestedBy",
  "decidedBy",
  "verifiedBy",
  "uploadedBy",
  "grantedBy",
  "promoted",
]);

/** What an account id in an audit detail becomes: the person themself, or nobody in particular. */
export const YOU = "you";
export const SOMEONE_ELSE = "another member";
export const AN_EMAIL_ADDRESS = "an email address";

const EMAIL_LIKE = /[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+/g;

/**
 * An audit event's before/after as the person may take it away: account ids become "you" or
 * "another member", and any email address but their own becomes "an email address". The rest
 * (statuses, roles, project and hack day names, reasons about them) stays as recorded.
 */
export function scrubAuditDetail(value: unknown, self: { id: number; email: string }): unknown {
  const person = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(person) : typeof v === "number" ? (v === self.id ? YOU : SOMEONE_ELSE) : v;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string")
      return v.replace(EMAIL_LIKE, (address) => (address.toLowerCase() === self.email ? address : AN_EMAIL_ADDRESS));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, inner]) => [
          k,
          PERSON_KEYS.has(k) ? person(inner) : walk(inner),
        ]),
      );
    return v;
  };
  return walk(value);
}
