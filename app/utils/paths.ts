/**
 * Every address of a page in Hackpath, built in one place so pages, components, notification
 * links, feeds, calendars, the API and JSON-LD agree. Browser-safe. Records are addressed by
 * `id-slug` (decision record 0004); where a caller has only the id, the bare id is a valid
 * address too (the page redirects to the canonical one), so those functions accept a number.
 * Absolute URLs keep their own origin logic and take the path from here.
 */
import { idSlug } from "./slug";

/** A problem as its address needs it; a bare id works as well. */
export type ProblemRef = { id: number; title: string } | number;
/** A record named by `name` (project, hack day, mentor, funder). */
export type NamedRef = { id: number; name: string };
/** A project as its address needs it; a bare id works as well. */
export type ProjectRef = NamedRef | number;

/** A named record's path segment, `12-some-words`, or a bare id as given. */
const segment = (ref: NamedRef | number) => (typeof ref === "number" ? String(ref) : idSlug(ref.id, ref.name));

// Problems

/** A problem's page: `/problems/12-diabetic-foot-checks`. */
export function problemPath(problem: ProblemRef): string {
  return `/problems/${typeof problem === "number" ? problem : idSlug(problem.id, problem.title)}`;
}

/** The form that edits a problem. */
export function problemEditPath(problem: ProblemRef): string {
  return `${problemPath(problem)}/edit`;
}

/** One comment on a problem's page. */
export function problemCommentPath(problem: ProblemRef, commentId: number): string {
  return `${problemPath(problem)}#comment-${commentId}`;
}

/** The projects list on a problem's page. */
export function problemProjectsPath(problem: ProblemRef): string {
  return `${problemPath(problem)}#projects-heading`;
}

// Projects

/** A project's page: `/projects/7-footpath`. */
export function projectPath(project: ProjectRef): string {
  return `/projects/${segment(project)}`;
}

/** A project's team: members and join requests. */
export function projectTeamPath(project: ProjectRef): string {
  return `${projectPath(project)}/team`;
}

/** The form that writes or edits a project's submission. */
export function projectSubmissionPath(project: ProjectRef): string {
  return `${projectPath(project)}/submission`;
}

/** One gate item's page: its status, evidence, documents, verification and history. */
export function projectGatePath(project: ProjectRef, itemKey: string): string {
  return `${projectPath(project)}/gates/${itemKey}`;
}

/** Where the lead asks to move on, and where moves back, pauses and archiving are made. */
export function projectStagePath(project: ProjectRef): string {
  return `${projectPath(project)}/stage`;
}

/** An evidence document, served as an attachment. */
export function projectDocumentPath(project: ProjectRef, documentId: number): string {
  return `${projectPath(project)}/documents/${documentId}`;
}

/** The printable assurance dossier, laid out like DTAC. */
export function projectDossierPath(project: ProjectRef): string {
  return `${projectPath(project)}/dossier`;
}

/** The project's mentors: requests, offers and active mentorships, and the forms that answer them. */
export function projectMentorsPath(project: ProjectRef): string {
  return `${projectPath(project)}/mentors`;
}

/** Funding interests in the project: a funder's own, or all of them for the team and organisers. */
export function projectFundingPath(project: ProjectRef): string {
  return `${projectPath(project)}/funding`;
}

/** One mentorship and its session notes (the mentor, the team and admins only). */
export function mentorshipPath(mentorshipId: number): string {
  return `/mentorships/${mentorshipId}`;
}

/** Where the team records pilots and outcomes. */
export function projectPilotsPath(project: ProjectRef): string {
  return `${projectPath(project)}/pilots`;
}

/** Where the team writes and publishes the data-use statement. */
export function projectDataUsePath(project: ProjectRef): string {
  return `${projectPath(project)}/data-use`;
}

// The pipeline

/** The organisers' queue of stage requests. */
export function pipelineReviewsPath(): string {
  return "/pipeline/reviews";
}

/** One stage request in the queue. */
export function pipelineReviewPath(requestId: number): string {
  return `/pipeline/reviews#request-${requestId}`;
}

/** A success story's page: `/stories/4-fewer-missed-foot-checks`. */
export function storyPath(story: { id: number; title: string } | number): string {
  return `/stories/${typeof story === "number" ? story : idSlug(story.id, story.title)}`;
}

// Hack days

/** A hack day's page: `/hack-days/3-winter-hack-day`. */
export function hackDayPath(hackDay: NamedRef): string {
  return `/hack-days/${segment(hackDay)}`;
}

/** The organiser's form for a hack day's details. */
export function hackDayEditPath(hackDay: NamedRef): string {
  return `${hackDayPath(hackDay)}/edit`;
}

/** A hack day as an iCalendar file. */
export function hackDayCalendarPath(hackDay: NamedRef): string {
  return `${hackDayPath(hackDay)}/calendar.ics`;
}

/** The form that starts a project at a hack day, optionally on one shortlisted problem. */
export function hackDayNewProjectPath(hackDay: NamedRef, problemId?: number): string {
  return `${hackDayPath(hackDay)}/projects/new${problemId === undefined ? "" : `?problem=${problemId}`}`;
}

/** A judge's board: conflicts and the projects to score. */
export function hackDayJudgingPath(hackDay: NamedRef): string {
  return `${hackDayPath(hackDay)}/judging`;
}

/** A judge's score sheet for one project. */
export function hackDayScoreSheetPath(hackDay: NamedRef, projectId: number): string {
  return `${hackDayJudgingPath(hackDay)}/${projectId}`;
}

/** The organiser's judges and criteria. */
export function hackDaySetupPath(hackDay: NamedRef): string {
  return `${hackDayJudgingPath(hackDay)}/setup`;
}

/** The organiser's ranking, awards and publishing. */
export function hackDayAwardsPath(hackDay: NamedRef): string {
  return `${hackDayJudgingPath(hackDay)}/awards`;
}

/** The published results. */
export function hackDayResultsPath(hackDay: NamedRef): string {
  return `${hackDayPath(hackDay)}/results`;
}

/** A team's feedback from the judges. */
export function hackDayFeedbackPath(hackDay: NamedRef): string {
  return `${hackDayPath(hackDay)}/feedback`;
}

// People

/** A mentor's public profile. */
export function mentorPath(mentor: NamedRef): string {
  return `/mentors/${segment(mentor)}`;
}

/** A funder's public profile. */
export function funderPath(funder: NamedRef): string {
  return `/funders/${segment(funder)}`;
}

// Files

/** A project screenshot, by its stored file name. */
export function screenshotPath(fileName: string): string {
  return `/screenshots/${fileName}`;
}

// Notifications and their emails

/** A person's notifications. */
export function notificationsPath(): string {
  return "/notifications";
}

/** Where a person chooses which notifications reach them by email. */
export function notificationSettingsPath(): string {
  return "/settings/notifications";
}

/** The page an email's unsubscribe link opens (and a mail provider's one-click POST reaches). */
export function unsubscribePath(token: string): string {
  return `/unsubscribe/${token}`;
}

// Accounts: recovery and email addresses

/** Where a person who forgot their password asks for a reset link. */
export function forgotPasswordPath(): string {
  return "/forgot-password";
}

/** The page an emailed password-reset link opens. */
export function resetPasswordPath(token: string): string {
  return `/reset-password/${token}`;
}

/** Without a token: where a signed-in person asks for a new confirmation link. With one: the page an emailed confirmation link opens. */
export function confirmEmailPath(token?: string): string {
  return token === undefined ? "/confirm-email" : `/confirm-email/${token}`;
}

/** Where a person changes their email address. */
export function emailSettingsPath(): string {
  return "/settings/email";
}

/** The contact page, for someone who needs the people who run Hackpath. */
export function contactPath(): string {
  return "/contact";
}

// Accounts: two-step sign-in

/** Where a person sets two-step sign-in up, turns it off and makes new recovery codes. */
export function twoStepSettingsPath(): string {
  return "/settings/two-step";
}

/** The second step of signing in: the code from the app (or a recovery code). */
export function loginTwoStepPath(): string {
  return "/login/two-step";
}

// Accounts: a person's own data, and closing an account

/** Where a person downloads their data and closes their account. */
export function accountDataPath(): string {
  return "/settings/data";
}

/** The JSON file of everything Hackpath holds about the signed-in person. */
export function accountDataDownloadPath(): string {
  return "/settings/data.json";
}

/** The confirmation step before a person closes their own account. */
export function closeAccountPath(): string {
  return "/settings/data/close";
}

/** What a person sees once their account is closed (they are signed out). */
export function accountClosedPath(): string {
  return "/account-closed";
}

// Administration

/** An account in the admin area. */
export function adminUserPath(userId: number): string {
  return `/admin/users/${userId}`;
}

/** The audit log narrowed to events by or about one account. */
export function adminUserAuditPath(userId: number): string {
  return `/admin/audit?user=${userId}`;
}

/** The confirmation step before an admin closes someone's account on their request. */
export function adminCloseAccountPath(userId: number): string {
  return `/admin/users/${userId}/close`;
}

/** One person's data file, downloaded by an admin to answer their request. */
export function adminAccountDataPath(userId: number): string {
  return `/admin/users/${userId}/data.json`;
}

// Organisers' exports (CSV)

/** Every problem as CSV. */
export function problemsExportPath(): string {
  return "/exports/problems.csv";
}

/** Every project, with its stage and next-gate progress, as CSV. */
export function projectsExportPath(): string {
  return "/exports/projects.csv";
}

/** A hack day's registrants and waiting list as CSV (its organiser and admins). */
export function hackDayRegistrantsExportPath(hackDay: NamedRef): string {
  return `/exports/hack-days/${segment(hackDay)}/registrants.csv`;
}

/** A hack day's published results as CSV. */
export function hackDayResultsExportPath(hackDay: NamedRef): string {
  return `/exports/hack-days/${segment(hackDay)}/results.csv`;
}

// For search engines

/** The sitemap, or the sitemap index when there are too many addresses for one file. */
export function sitemapPath(): string {
  return "/sitemap.xml";
}

/** One numbered part of a sitemap index. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

// The public API (ids only: API clients do not need the words)

/** One problem in the API. */
export function apiProblemPath(id: number): string {
  return `/api/v1/problems/${id}`;
}

/** One project in the API. */
export function apiProjectPath(id: number): string {
  return `/api/v1/projects/${id}`;
}

/** One published success story in the API. */
export function apiStoryPath(id: number): string {
  return `/api/v1/stories/${id}`;
}

/** The API's index: what there is and where it is described. */
export function apiIndexPath(): string {
  return "/api/v1";
}

/** The API's OpenAPI 3.1 document. */
export function apiOpenApiPath(): string {
  return "/api/v1/openapi.json";
}

/** The API's documentation for people: the OpenAPI document as a page. */
export function apiDocsPath(): string {
  return "/developers";
}
