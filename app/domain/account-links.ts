/**
 * The single-use links Hackpath sends by email to reset a password or confirm an address
 * (decision 0056): how long each works and whether one still does. Browser-safe.
 */

/** A password-reset link works for one hour. */
export const PASSWORD_RESET_LIFETIME_SECONDS = 60 * 60;
/** A link that confirms an email address works for three days. */
export const EMAIL_CONFIRM_LIFETIME_SECONDS = 3 * 24 * 60 * 60;

/** The lifetimes in words, for pages and emails. */
export const PASSWORD_RESET_LIFETIME_WORDS = "1 hour";
export const EMAIL_CONFIRM_LIFETIME_WORDS = "3 days";

/** When a link made at `now` stops working. */
export function linkExpiry(now: Date, lifetimeSeconds: number): Date {
  return new Date(now.getTime() + lifetimeSeconds * 1000);
}

/**
 * Whether a link may still be used at `now`: never used, and `now` before its expiry (at the
 * expiry itself it has stopped working).
 */
export function isLinkUsable(link: { usedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return link.usedAt === null && now.getTime() < link.expiresAt.getTime();
}
