/**
 * Confirmations shown after a form posts and redirects (POST/redirect/GET). The URL carries a
 * code in one query parameter, `?notice=code`, never text, so a link cannot put words in our
 * mouth; the compiler rejects a code that has no message. Decision record 0009.
 */
export const notices = {
  // Following
  followed: "You are following it. We will tell you of its updates in your notifications.",
  unfollowed: "You no longer follow it.",
  // Hack days
  "hack-day-created": "The hack day is saved as a draft. Shortlist problems and open registration when you are ready.",
  "hack-day-saved": "Your changes are saved.",
  registered: "You are registered. See you there!",
  waitlisted: "The hack day is full, so you are on the waiting list. We will tell you if a place comes free.",
  "registration-cancelled": "Your registration is cancelled.",
  nominated: "Your problem is nominated. The organiser will accept or decline it.",
  shortlisted: "The problem is on the shortlist.",
  "nomination-accepted": "The nomination is accepted.",
  "nomination-declined": "The nomination is declined.",
  "hack-day-moved": "The hack day's status has changed.",
  // Projects and teams
  "hack-day-project-started":
    "Your project is started and you are its lead. Invite people to ask to join, then submit while the hack day is live.",
  "project-started": "Your project is started and you are its lead. Write the submission when you are ready.",
  "join-requested": "Your request is sent to the team lead.",
  "join-withdrawn": "Your request is withdrawn.",
  "team-left": "You have left the team.",
  "member-accepted": "They are on the team now.",
  "member-declined": "The request is declined.",
  "member-removed": "They are no longer on the team.",
  submitted: "Your project is submitted. It is now in the pipeline at the prototype stage.",
  "submission-saved": "Your submission is updated.",
  // The pipeline
  "gate-saved": "The gate item is saved.",
  "gate-verified": "The gate item is verified and the team has been told.",
  "document-added": "The document is added to the evidence.",
  "document-removed": "The document is removed.",
  "stage-requested": "Your request is with the organisers. They will approve it or return it with a reason.",
  "stage-request-withdrawn": "Your request is withdrawn.",
  "stage-approved": "The move is approved and the team has been told.",
  "stage-returned": "The request is returned to the team with your reason.",
  "stage-overridden": "The project is moved on by override; the timeline shows your reason.",
  "stage-moved-back": "The project is moved back and the team has been told why.",
  "project-paused": "The project is paused.",
  "project-resumed": "The project is active again.",
  "project-archived": "The project is archived.",
  "pilot-saved": "The pilot is saved.",
  "outcome-saved": "The outcome is saved.",
  "outcome-removed": "The outcome is removed.",
  "story-published": "The outcome is published as a success story.",
  "story-unpublished": "The success story is withdrawn; the outcome stays on the project.",
  "data-use-saved": "The draft data-use statement is saved. Only the team sees it until you publish it.",
  "data-use-published": "The data-use statement is published on the project page.",
  // Mentorships
  "mentor-requested": "Your request is sent to the mentor. They will accept or decline it.",
  "mentorship-offered": "Your offer is sent to the team lead. They will accept or decline it.",
  "mentorship-accepted": "The mentorship is active. The other side has been told.",
  "mentorship-declined": "It is declined, and the other side has been told.",
  "mentorship-withdrawn": "It is withdrawn.",
  "mentorship-completed": "The mentorship is marked completed. Thank you.",
  "mentorship-cancelled": "The mentorship is cancelled, and the other side has been told.",
  // Mentorship session notes
  "note-added": "Your note is saved, and the other side has been told.",
  "note-edited": "Your note is updated.",
  "note-deleted": "Your note is deleted.",
  // Funding interest
  "interest-registered": "Your interest is registered and the team lead has been told. Only you see your note.",
  "interest-updated": "Your interest is updated.",
  "interest-withdrawn": "Your interest is withdrawn, and the team lead has been told.",
  "interest-declined": "The interest is declined, and the funder has been told why.",
  "pilot-planned": "The pilot is planned. Add its site, dates and success measures on the pilots page.",
  "funding-settings-saved": "The funding settings are saved.",
  // Judging
  scored: "Your scores are saved. You can change them until the results are published.",
  "conflict-declared": "Your conflict of interest is recorded. You will not score that project.",
  "judge-appointed": "The judge is appointed and has been told.",
  "judge-removed": "The judge is removed.",
  "criteria-saved": "The criteria are saved.",
  "award-added": "The award is added.",
  "award-removed": "The award is removed.",
  "results-published": "The results are published and every team has been told.",
  // Problems
  "problem-posted": "Your problem is posted. Clinicians can now endorse it and developers can pick it up.",
  "problem-saved": "Your changes are saved.",
  endorsed: "Thank you: your endorsement is added. The author has been told it happens to you too.",
  "endorsement-withdrawn": "Your endorsement is withdrawn.",
  commented: "Your comment is posted.",
  "comment-updated": "Your comment is updated.",
  "comment-deleted": "Your comment is deleted.",
  "comment-hidden": "The comment is hidden and its reports are closed.",
  "comment-restored": "The comment is visible again.",
  reported: "Thank you for reporting this. An organiser will look at it.",
  "already-reported": "You have already reported this. An organiser will look at it.",
  "problem-closed": "The problem is closed.",
  "problem-reopened": "The problem is reopened.",
  "problem-hidden": "The problem is hidden from lists and from everyone but its author and organisers.",
  "problem-restored": "The problem is visible again.",
  merged:
    "The duplicate is merged into this problem: its endorsements, comments and projects are here now, and its old address leads here.",
  "report-dismissed": "The report is dismissed.",
  // The contact page
  "feedback-sent": "Thank you: your message is sent to the people who run Hackpath.",
  "feedback-handled": "The message is marked as dealt with.",
  // Accounts and administration
  "account-saved": "Your account details were saved.",
  "clinician-saved": "Your clinician profile was saved.",
  "developer-saved": "Your developer profile was saved.",
  "mentor-saved": "Your mentor profile was saved.",
  "funder-saved": "Your funder profile was saved.",
  "password-changed": "Your password was changed. Any other device you were signed in on has been signed out.",
  "reset-link-sent":
    "If an account uses that address, we have sent it a link to reset the password. The link works for 1 hour.",
  "password-reset": "Your password is reset and you are signed in. Every other device has been signed out.",
  "confirmation-sent": "We have sent a new link to your email address. It works for 3 days.",
  "email-confirmed": "Your email address is confirmed. You can now post problems, endorse them and comment.",
  "email-change-requested":
    "We have sent a link to your new address. Your address changes when you follow it; until then, sign in with your current one.",
  "email-changed": "Your email address is changed. Sign in with the new one from now on.",
  "email-choices-saved": "Your email choices are saved.",
  "emails-turned-off":
    "You will get no notification emails. Every notification still appears on your notifications page.",
  "two-step-required":
    "You are signed in. Organisers and admins must use two-step sign-in: set it up here, then you can use your organiser or admin rights.",
  "two-step-off": "Two-step sign-in is off. You now sign in with your password alone.",
  "recovery-code-used": "You signed in with a recovery code. That code cannot be used again.",
  "two-step-expired": "Your sign-in was not finished within 5 minutes. Sign in again with your password.",
  "two-step-locked": "Too many wrong codes. For your security, sign in again with your password.",
  "role-granted": "The role was granted.",
  "role-revoked": "The role was removed.",
  "account-suspended": "The account was suspended and signed out everywhere.",
  "account-restored": "The account was restored.",
  "account-closed":
    "The account is closed: its personal data is removed, and what others depend on now shows as “A former member”.",
} as const satisfies Record<string, string>;

export type NoticeCode = keyof typeof notices;

/** The query parameter that carries a notice code. */
export const NOTICE_PARAM = "notice";

/** The message for a code read from a URL, or null for none or an unknown one. */
export function noticeMessage(code: string | null | undefined): string | null {
  return code && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : null;
}

/** A path with its notice code (and an anchor to scroll to), for the redirect after a post. */
export function withNotice(path: string, code: NoticeCode, anchor?: string): string {
  const [pathname, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  params.set(NOTICE_PARAM, code);
  return `${pathname}?${params.toString()}${anchor ? `#${anchor}` : ""}`;
}
