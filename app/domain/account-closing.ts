/**
 * Closing an account (UK GDPR erasure; decision 0059): who may close which account, and the words
 * and placeholders a closed account leaves behind. Pure and browser-safe: the pages call the rule
 * to decide what to offer, app/models/account-closing.server.ts calls it again inside the
 * transaction that closes.
 */
import { refuse, type Refusal } from "./refusal";

/** What every page shows where a closed account's name was. */
export const FORMER_MEMBER = "A former member";

/** The reserved domain closed accounts' placeholder addresses live on (RFC 2606: never delivered). */
export const CLOSED_EMAIL_DOMAIN = "closed.invalid";

/** The unique, lower-case placeholder that replaces a closed account's email address. */
export function closedEmailFor(userId: number, suffix = ""): string {
  return `closed-${userId}${suffix ? `-${suffix}` : ""}@${CLOSED_EMAIL_DOMAIN}`;
}

/**
 * Whether an address is on the reserved domain: sign-up and address changes should refuse it, and
 * nothing should be sent to it.
 */
export function isClosedAccountEmail(address: string): boolean {
  return address.trim().toLowerCase().endsWith(`@${CLOSED_EMAIL_DOMAIN}`);
}

/** Where the request to close comes from: the person's own settings, or an admin's page about them. */
export type ClosingRoute = "settings" | "admin";

/** Who is closing which account, as the rule needs them. */
export type ClosingStanding = {
  route: ClosingRoute;
  actor: { id: number; isAdmin: boolean };
  target: { id: number; closed: boolean; isActiveAdmin: boolean };
  /** Admins in good standing (not suspended, not closed) other than the target. */
  otherActiveAdmins: number;
};

/**
 * What the person typed to prove it is them (from their own settings), already checked against
 * the stored hash and the two-step secret by app/auth/close-account.server.ts.
 */
export type ClosingCredentials = {
  passwordRight: boolean;
  twoStepOn: boolean;
  /** Whether a code was typed at all. */
  codeGiven: boolean;
  codeRight: boolean;
};

/**
 * Why this account may not be closed this way, or undefined when it may. Without `check` it
 * answers whether to offer the control at all; with it (the write), it also wants the admin's
 * reason or the person's password and, when two-step sign-in is on, a code.
 */
export function closeAccountRefusal(
  standing: ClosingStanding,
  check?: { reason?: string; credentials?: ClosingCredentials },
): Refusal | undefined {
  const { route, actor, target } = standing;
  if (target.closed) return refuse(409, "This account is already closed.");
  if (route === "settings" && actor.id !== target.id) return refuse(403, "You can close only your own account.");
  if (route === "admin") {
    if (!actor.isAdmin) return refuse(403, "Only an admin can close someone else's account.");
    if (actor.id === target.id)
      return refuse(409, "Close your own account from your settings, where your password is asked for.");
  }
  if (target.isActiveAdmin && standing.otherActiveAdmins === 0)
    return refuse(
      409,
      route === "settings"
        ? "You are the only admin. Make someone else an admin before you close your account, so someone can still run Hackpath."
        : "This is the only admin account. Make someone else an admin first.",
    );
  if (!check) return undefined;
  if (route === "admin") {
    if (!check.reason?.trim()) return refuse(400, "Say why this account is being closed", "reason");
    return undefined;
  }
  const credentials = check.credentials;
  if (!credentials?.passwordRight) return refuse(400, "Your password is not right", "password");
  if (credentials.twoStepOn && !credentials.codeGiven)
    return refuse(400, "Enter the 6-digit code from your app, or a recovery code", "code");
  if (credentials.twoStepOn && !credentials.codeRight)
    return refuse(400, "That code is not right. Check the code in your app and try again", "code");
  return undefined;
}

/**
 * A text with a closed account's name and email address replaced: the address by the placeholder,
 * the name (as a whole word, in any case) by FORMER_MEMBER. For copies of the name Hackpath wrote
 * into other records (notification titles, email subjects, audit details).
 */
export function scrubPersonalText(
  text: string,
  person: { name: string; email: string; placeholderEmail: string },
): string {
  let out = text;
  if (person.email) out = out.replace(new RegExp(escapeRegExp(person.email), "giu"), person.placeholderEmail);
  const name = person.name.trim();
  if (name)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu"), FORMER_MEMBER);
  return out;
}

/** Every string inside a JSON value scrubbed with scrubPersonalText; other values as they are. */
export function scrubPersonalJson<T>(value: T, person: Parameters<typeof scrubPersonalText>[1]): T {
  if (typeof value === "string") return scrubPersonalText(value, person) as T;
  if (Array.isArray(value)) return value.map((v) => scrubPersonalJson(v, person)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubPersonalJson(v, person)]),
    ) as T;
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
