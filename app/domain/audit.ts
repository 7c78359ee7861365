/**
 * Every action Hackpath records in its audit log, with the label the admin's audit log shows.
 * An action not listed here does not compile. Rows written before this list (and the demo
 * seed's own actions) may hold other strings: `auditActions.label` shows those as recorded.
 * Browser-safe.
 */
import { vocabulary } from "./taxonomy";

export const auditActions = vocabulary({
  // Accounts
  signup: "Signed up",
  "signup.blocked": "Sign-up blocked (honeypot)",
  login: "Signed in",
  "login.failed": "Failed sign-in",
  "password.changed": "Changed password",
  "roles.changed": "Changed own roles",
  "role.granted": "Role granted",
  "role.revoked": "Role revoked",
  "user.suspended": "Account suspended",
  "user.restored": "Account restored",
  // Problems, comments and reports
  "problem.created": "Problem posted",
  "problem.updated": "Problem edited",
  "problem.status_changed": "Problem status changed",
  "problem.closed": "Problem closed",
  "problem.reopened": "Problem reopened",
  "problem.hidden": "Problem hidden",
  "problem.restored": "Problem restored",
  "problem.merged": "Problem merged into another",
  "comment.hidden": "Comment hidden",
  "comment.restored": "Comment restored",
  "report.dismissed": "Report dismissed",
  // Hack days
  "hack_day.created": "Hack day created",
  "hack_day.updated": "Hack day edited",
  "hack_day.status_changed": "Hack day status changed",
  "hack_day.problem_nominated": "Problem nominated for a hack day",
  "hack_day.problem_shortlisted": "Problem shortlisted for a hack day",
  "hack_day.problem_accepted": "Nomination accepted",
  "hack_day.problem_declined": "Nomination declined",
  "hack_day.registered": "Registered for a hack day",
  "hack_day.waitlisted": "Joined a hack day's waiting list",
  "hack_day.registration_cancelled": "Hack day registration cancelled",
  // Projects and teams
  "project.created": "Project started",
  "project.submitted": "Project submitted",
  "project.submission_updated": "Submission updated",
  "team.join_requested": "Asked to join a team",
  "team.join_withdrawn": "Join request withdrawn",
  "team.join_accepted": "Join request accepted",
  "team.join_declined": "Join request declined",
  "team.left": "Left a team",
  "team.member_removed": "Team member removed",
  // The pipeline
  "gate.updated": "Gate item updated",
  "gate.verified": "Gate item verified",
  "gate.document_added": "Evidence document added",
  "gate.document_removed": "Evidence document removed",
  "stage.requested": "Move requested",
  "stage.request_withdrawn": "Move request withdrawn",
  "stage.approved": "Move approved",
  "stage.returned": "Move returned",
  "stage.overridden": "Moved by override",
  "stage.moved_back": "Moved back a stage",
  "project.paused": "Project paused",
  "project.resumed": "Project resumed",
  "project.archived": "Project archived",
  "pilot.added": "Pilot added",
  "pilot.updated": "Pilot updated",
  "outcome.added": "Outcome added",
  "outcome.updated": "Outcome updated",
  "outcome.removed": "Outcome removed",
  "story.published": "Success story published",
  "story.unpublished": "Success story withdrawn",
  "data_use.saved": "Data-use statement saved",
  "data_use.published": "Data-use statement published",
  // Mentorships
  "mentorship.requested": "Mentor requested",
  "mentorship.offered": "Mentorship offered",
  "mentorship.accepted": "Mentorship accepted",
  "mentorship.declined": "Mentorship declined",
  "mentorship.withdrawn": "Mentorship request or offer withdrawn",
  "mentorship.completed": "Mentorship completed",
  "mentorship.cancelled": "Mentorship cancelled",
  "mentorship.lapsed": "Mentorship request or offer lapsed after 21 days",
  // Mentorship session notes (the body is never recorded: notes are private)
  "mentorship_note.added": "Session note added",
  "mentorship_note.edited": "Session note edited",
  "mentorship_note.deleted": "Session note deleted",
  // Funding interest (the funder's private note is never recorded)
  "funding.registered": "Funding interest registered",
  "funding.reopened": "Funding interest registered again after it closed",
  "funding.updated": "Funding interest updated",
  "funding.withdrawn": "Funding interest withdrawn",
  "funding.declined": "Funding interest declined by the team",
  "funding.pilot_planned": "Pilot planned from a pilot-site offer",
  "funding.settings_saved": "Project funding settings saved",
  // Judging
  "judging.judge_appointed": "Judge appointed",
  "judging.judge_removed": "Judge removed",
  "judging.criteria_saved": "Judging criteria saved",
  "judging.criterion_added": "Judging criterion added",
  "judging.criterion_removed": "Judging criterion removed",
  "judging.conflict_declared": "Conflict of interest declared",
  "judging.scored": "Project scored",
  "judging.award_added": "Award added",
  "judging.award_removed": "Award removed",
});

/** An action recorded in the audit log. */
export type AuditAction = (typeof auditActions.values)[number];
