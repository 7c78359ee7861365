/**
 * What makes a password acceptable, as a pure rule (NCSC and NIST SP 800-63B: length and a
 * deny-list of common passwords, no composition rules). Browser-safe; the deny-list itself is
 * server-only (app/auth/common-passwords.server.ts) and passed in.
 */

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 200;

/** A set of lower-cased passwords to refuse. */
export type PasswordDenyList = { has(password: string): boolean };

/** Normalises a password for comparison with the deny-list: case and surrounding spaces do not make it stronger. */
export function normalisePassword(password: string): string {
  return password.normalize("NFKC").trim().toLowerCase();
}

/** What every new-password field says before anything is typed: every rule passwordProblem applies. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters, not one of the most common passwords, and not containing your email address, your name or the word Hackpath. Three or four random words make a strong password that is easy to remember.`;

/**
 * Why a password cannot be used, in words for the person choosing it, or null when it is fine.
 * `context` holds things about the person (email, name) that make a poor password.
 */
export function passwordProblem(
  password: string,
  { denyList, email, name }: { denyList?: PasswordDenyList; email?: string; name?: string } = {},
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer.`;
  const normalised = normalisePassword(password);
  if (new Set(normalised).size <= 2)
    return "Your password repeats the same characters. Choose something harder to guess, such as three or four random words.";
  if (denyList?.has(normalised))
    return "This is one of the most common passwords, so it is easy to guess. Choose something harder to guess, such as three or four random words.";
  const local = email?.split("@")[0]?.toLowerCase() ?? "";
  if (email && (normalised === email.toLowerCase() || (local.length >= 4 && normalised.includes(local))))
    return "Your password must not contain your email address.";
  const compactName = name?.toLowerCase().replace(/\s+/g, "") ?? "";
  if (compactName.length >= 4 && normalised.replace(/\s+/g, "") === compactName)
    return "Your password must not be your name.";
  if (normalised.includes("hackpath")) return "Your password must not contain the word Hackpath.";
  return null;
}
