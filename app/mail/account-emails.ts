/**
 * The words of the emails about a person's own account: a password-reset link, a link that
 * confirms an address, and the notes to an old address when the address is changing or has
 * changed (decision 0056). Pure: the caller passes absolute URLs.
 */
import { EMAIL_CONFIRM_LIFETIME_WORDS, PASSWORD_RESET_LIFETIME_WORDS } from "../domain/account-links";
import type { EmailContent } from "./layout";

/** The link that resets a password. */
export function passwordResetEmail({ resetUrl }: { resetUrl: string }): EmailContent {
  return {
    subject: "Reset your password",
    heading: "Reset your password",
    paragraphs: [
      `Someone (we hope you) asked to reset the password of the Hackpath account that uses this address. The link works for ${PASSWORD_RESET_LIFETIME_WORDS} and only once; if it has stopped working, the page it opens lets you ask for a new one. Using it signs you out everywhere else.`,
      "If you did not ask, you can ignore this email: your password stays as it is.",
    ],
    action: { label: "Choose a new password", url: resetUrl },
    reason: "You got this email because someone asked to reset the password of your Hackpath account.",
  };
}

/** The link that confirms an address: a new account's, or the new address of an account. */
export function confirmEmailEmail({
  confirmUrl,
  change,
}: {
  confirmUrl: string;
  /** True when the address is replacing the account's old one. */
  change: boolean;
}): EmailContent {
  return change
    ? {
        subject: "Confirm your new email address",
        heading: "Confirm your new email address",
        paragraphs: [
          `You asked to use this address for your Hackpath account. Your address changes when you follow this link. It works for ${EMAIL_CONFIRM_LIFETIME_WORDS}.`,
          "If you did not ask, ignore this email: nothing changes.",
        ],
        action: { label: "Confirm this address", url: confirmUrl },
        reason: "You got this email because someone asked to move a Hackpath account to this address.",
      }
    : {
        subject: "Confirm your email address",
        heading: "Confirm your email address",
        paragraphs: [
          "Welcome to Hackpath. Confirm your email address so that you can post problems, endorse them and comment.",
          `The link works for ${EMAIL_CONFIRM_LIFETIME_WORDS}. You can ask for a new one when you are signed in.`,
          "If you did not create an account, ignore this email.",
        ],
        action: { label: "Confirm my address", url: confirmUrl },
        reason: "You got this email because this address was used to create a Hackpath account.",
      };
}

/** To the old address, when a change to another address is asked for. */
export function emailChangeRequestedEmail({ forgotUrl }: { forgotUrl: string }): EmailContent {
  return {
    subject: "Your email address is about to change",
    heading: "Someone asked to change your email address",
    paragraphs: [
      "Someone signed in to your Hackpath account with its password and asked to move it to another email address. We have sent a link to that address; nothing changes until it is followed.",
      "If this was you, there is nothing more to do.",
      "If it was not you, someone knows your password. Reset your password now: that signs everyone else out and cancels the change.",
    ],
    action: { label: "Reset my password", url: forgotUrl },
    reason: "You got this email because it is the address of your Hackpath account.",
  };
}

/** To the old address, once the account has moved to another one. */
export function emailChangedEmail({ contactUrl }: { contactUrl: string }): EmailContent {
  return {
    subject: "Your email address has changed",
    heading: "Your email address has changed",
    paragraphs: [
      "Your Hackpath account now uses another email address, which has been confirmed. We will not send email to this address again.",
      `If you did not make this change, contact the Hackpath team at once: ${contactUrl}`,
    ],
    reason: "You got this email because this was the address of your Hackpath account.",
  };
}
