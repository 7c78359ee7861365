/**
 * An account whose email address is not confirmed yet may sign in and look around, but may not
 * post a problem, endorse one or comment until it follows the link we sent (decision 0056). One
 * rule: loaders use it to show the reminder instead of the form, models to refuse inside their
 * transaction. Browser-safe.
 */
import { refuse, type Refusal } from "./refusal";

/** What an unconfirmed account may not do. */
export type ConfirmedOnlyAction = "post" | "endorse" | "comment";

const doing: Record<ConfirmedOnlyAction, string> = {
  post: "post a problem",
  endorse: "endorse a problem",
  comment: "comment",
};

/** Refuses (403) an action to an account that has not confirmed its email address. */
export function unconfirmedRefusal(
  account: { emailConfirmedAt: Date | string | number | null },
  action: ConfirmedOnlyAction,
): Refusal | undefined {
  if (account.emailConfirmedAt !== null) return undefined;
  return refuse(
    403,
    `Confirm your email address to ${doing[action]}. Follow the link we emailed you, or ask for a new one.`,
  );
}

/** What a page shows instead of a form an unconfirmed person may not use yet: the reason and their address. */
export type EmailGate = { message: string; email: string };

/** The reminder for `action`, or null when the account may go ahead (or there is none). */
export function emailGate(
  account: { email: string; emailConfirmedAt: Date | string | number | null } | null,
  action: ConfirmedOnlyAction,
): EmailGate | null {
  const refusal = account ? unconfirmedRefusal(account, action) : undefined;
  return account && refusal ? { message: refusal.message, email: account.email } : null;
}
