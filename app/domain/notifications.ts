/**
 * Every kind of in-app notification Hackpath sends, with what the person reads about the kind
 * (for a list of kinds, such as a future email-preference screen). The title and body of one
 * notification are written where it is sent; its link comes from the paths module. A kind not
 * listed here does not compile. Browser-safe.
 */
import { vocabulary } from "./taxonomy";

export const notificationKinds = vocabulary({
  // Problems (to the author)
  "problem.endorsed": "Someone endorsed your problem",
  "problem.commented": "Someone commented on your problem",
  "problem.project": "A project started work on your problem",
  "problem.solved": "A project on your problem reached a pilot",
  "problem.closed": "An organiser closed your problem",
  "problem.hidden": "A moderator hid your problem",
  "problem.merged": "Your problem was merged with a duplicate",
  // Hack days
  "hack_day.nomination": "A problem was nominated for your hack day",
  "hack_day.shortlisted": "Your problem was shortlisted for a hack day",
  "hack_day.nomination_accepted": "Your nominated problem was shortlisted",
  "hack_day.nomination_declined": "Your nominated problem was not shortlisted",
  "hack_day.promoted": "You got a place from the waiting list",
  "hack_day.live": "A hack day you registered for is live",
  "hack_day.results": "Results are out for a hack day you took part in",
  // Judging
  "judging.appointed": "You were made a judge",
  "judging.started": "Judging started at a hack day you judge",
  // Teams
  "team.join_request": "Someone asked to join your team",
  "team.join_accepted": "Your request to join a team was accepted",
  "team.join_declined": "Your request to join a team was declined",
  "team.member_left": "Someone left your team",
  "team.removed": "You were removed from a team",
  // The pipeline
  "stage.requested": "A team asked to move a project on",
  "stage.approved": "A move you asked for was approved",
  "stage.returned": "A move you asked for was returned",
  "stage.moved": "An organiser moved your project",
  "stage.state_changed": "Your project was paused, resumed or archived",
  "gate.verify_requested": "A gate item is ready for you to verify",
  "gate.verified": "A gate item on your project was verified",
  "story.published": "An outcome of your project was published as a success story",
  // Mentorships
  "mentorship.requested": "A team asked you to mentor their project",
  "mentorship.offered": "A mentor offered to help your project",
  "mentorship.accepted": "A mentorship request or offer was accepted",
  "mentorship.declined": "A mentorship request or offer was declined",
  "mentorship.ended": "A mentorship was completed or cancelled",
  "mentorship.lapsed": "A mentorship request or offer lapsed unanswered",
  // Mentorship session notes
  "mentorship.note_added": "The other side of a mentorship wrote a session note",
  // Funding interest (to the team lead when a funder acts, to the funder when the team does)
  "funding.registered": "A funder registered interest in your project",
  "funding.moved": "A funder moved their interest in your project on, or changed their offer",
  "funding.withdrawn": "A funder withdrew their interest in your project",
  "funding.declined": "A team declined your interest in their project",
  "funding.pilot_planned": "A team planned a pilot from your pilot-site offer",
  // What you follow
  "follow.project_started": "A project started on a problem you follow",
  "follow.stage_moved": "A project you follow moved stage",
  "follow.pilot": "A project you follow planned a pilot",
  "follow.outcome": "A project you follow published an outcome",
  // Your account
  "role.granted": "An admin gave you a role",
  "role.revoked": "An admin removed one of your roles",
  "user.restored": "Your suspended account was restored",
});

/** A kind of notification the app sends. */
export type NotificationKind = (typeof notificationKinds.values)[number];
