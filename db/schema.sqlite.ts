/**
 * The whole Hackpath data model. SQL names are snake_case (drizzle's `casing` option in
 * db/drizzle.config.ts and app/utils/db.server.ts). Timestamps are integer seconds; calendar
 * dates without a time are ISO `YYYY-MM-DD` text. Enumerations come from app/domain and are
 * enforced with CHECK constraints.
 */
import { sql, type SQL } from "drizzle-orm";
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import { stageKeys } from "../app/domain/stages";
import {
  archiveReasons,
  careSettings,
  expertiseAreas,
  funderKinds,
  fundingKinds,
  fundingStatuses,
  gateItemStatuses,
  hackDayStatuses,
  mentorshipStatuses,
  pilotStatuses,
  problemStatuses,
  projectStates,
  roles,
  specialties,
} from "../app/domain/taxonomy";

// ---------------------------------------------------------------- column helpers

const id = () => integer().primaryKey({ autoIncrement: true });
const createdAt = () =>
  integer({ mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);
const updatedAt = () =>
  integer({ mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`)
    .$onUpdate(() => new Date());
const bool = () => integer({ mode: "boolean" }).notNull().default(false);
const userRef = () => integer().references(() => users.id, { onDelete: "cascade" });

/** `CHECK (column IN (...))` for a text enum column. */
function oneOf(name: string, column: AnySQLiteColumn, values: readonly string[]) {
  return check(name, sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`);
}
/** `CHECK` that a nullable enum column is null or one of the values. */
function nullOrOneOf(name: string, column: AnySQLiteColumn, values: readonly string[]) {
  return check(name, sql`${column} IS NULL OR ${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`);
}
const between = (name: string, column: AnySQLiteColumn, lo: number, hi: number): ReturnType<typeof check> =>
  check(name, sql`${column} BETWEEN ${sql.raw(String(lo))} AND ${sql.raw(String(hi))}`);
const isDate = (name: string, column: AnySQLiteColumn): ReturnType<typeof check> =>
  check(name, sql`${column} IS NULL OR coalesce(date(${column}) = ${column}, 0)` as SQL);

// ---------------------------------------------------------------- people and accounts

export const users = sqliteTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    organisation: text().notNull().default(""),
    bio: text().notNull().default(""),
    passwordHash: text().notNull(),
    suspendedAt: integer({ mode: "timestamp" }),
    suspendedReason: text(),
    lastLoginAt: integer({ mode: "timestamp" }),
    /** When the person confirmed their email address by its link; null: not yet (decision 0056). */
    emailConfirmedAt: integer({ mode: "timestamp" }),
    /** The TOTP secret (base32) once two-step sign-in is set up; null: not set up. */
    totpSecret: text(),
    /** When two-step sign-in was turned on; null: off. */
    totpEnabledAt: integer({ mode: "timestamp" }),
    /** When the account was closed: its personal data is gone, the row stays for what others depend on. */
    deletedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    index("users_name_idx").on(t.name),
    index("users_created_at_idx").on(t.createdAt),
  ],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: userRef().notNull(),
    role: text({ enum: roles.values }).notNull(),
    grantedBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role] }),
    index("user_roles_role_idx").on(t.role, t.userId),
    index("user_roles_granted_by_idx").on(t.grantedBy),
    oneOf("user_roles_role_check", t.role, roles.values),
  ],
);

/** lucia's session shape; `id` is the SHA-256 hash of the token the cookie carries. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: userRef().notNull(),
    expiresAt: integer().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

/**
 * Single-use links sent by email: a password reset, an address to confirm (at sign-up or on a
 * change, `email` being the address it confirms), an unsubscribe (`scope`: a notification kind or
 * "all"). Only the SHA-256 of the token is stored.
 */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: id(),
    userId: userRef().notNull(),
    purpose: text({ enum: ["password_reset", "email_confirm", "unsubscribe"] }).notNull(),
    tokenHash: text().notNull(),
    email: text(),
    scope: text(),
    expiresAt: integer({ mode: "timestamp" }).notNull(),
    usedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("account_tokens_hash_unique").on(t.tokenHash),
    index("account_tokens_user_idx").on(t.userId, t.purpose, t.createdAt),
    index("account_tokens_expires_idx").on(t.expiresAt),
    oneOf("account_tokens_purpose_check", t.purpose, ["password_reset", "email_confirm", "unsubscribe"]),
  ],
);

/** Two-step sign-in: the ten single-use recovery codes, hashed (SHA-256). */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: id(),
    userId: userRef().notNull(),
    codeHash: text().notNull(),
    usedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_unique").on(t.userId, t.codeHash)],
);

/**
 * A sign-in half done: the password was right and a two-step code is still owed. The browser holds
 * the token in a short-lived cookie; only its SHA-256 is stored. `attempts` counts wrong codes.
 */
export const loginChallenges = sqliteTable(
  "login_challenges",
  {
    id: id(),
    userId: userRef().notNull(),
    tokenHash: text().notNull(),
    redirectTo: text(),
    attempts: integer().notNull().default(0),
    expiresAt: integer({ mode: "timestamp" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("login_challenges_hash_unique").on(t.tokenHash),
    index("login_challenges_user_idx").on(t.userId),
    index("login_challenges_expires_idx").on(t.expiresAt),
  ],
);

export const clinicianProfiles = sqliteTable(
  "clinician_profiles",
  {
    userId: userRef().primaryKey(),
    profession: text().notNull().default(""),
    specialty: text({ enum: specialties.values }),
    organisation: text().notNull().default(""),
    updatedAt: updatedAt(),
  },
  (t) => [
    nullOrOneOf("clinician_profiles_specialty_check", t.specialty, specialties.values),
    index("clinician_profiles_specialty_idx").on(t.specialty),
  ],
);

export const developerProfiles = sqliteTable("developer_profiles", {
  userId: userRef().primaryKey(),
  headline: text().notNull().default(""),
  updatedAt: updatedAt(),
});

export const developerSkills = sqliteTable(
  "developer_skills",
  { userId: userRef().notNull(), skill: text().notNull() },
  (t) => [primaryKey({ columns: [t.userId, t.skill] }), index("developer_skills_skill_idx").on(t.skill)],
);

export const mentorProfiles = sqliteTable(
  "mentor_profiles",
  {
    userId: userRef().primaryKey(),
    headline: text().notNull().default(""),
    capacity: integer().notNull().default(2),
    availability: text().notNull().default(""),
    acceptingRequests: integer({ mode: "boolean" }).notNull().default(true),
    updatedAt: updatedAt(),
  },
  (t) => [
    between("mentor_profiles_capacity_check", t.capacity, 0, 50),
    index("mentor_profiles_accepting_idx").on(t.acceptingRequests),
  ],
);

export const mentorExpertise = sqliteTable(
  "mentor_expertise",
  { userId: userRef().notNull(), area: text({ enum: expertiseAreas.values }).notNull() },
  (t) => [
    primaryKey({ columns: [t.userId, t.area] }),
    index("mentor_expertise_area_idx").on(t.area),
    oneOf("mentor_expertise_area_check", t.area, expertiseAreas.values),
  ],
);

export const funderProfiles = sqliteTable(
  "funder_profiles",
  {
    userId: userRef().primaryKey(),
    kind: text({ enum: funderKinds.values }).notNull(),
    thesis: text().notNull().default(""),
    ticketMin: integer(),
    ticketMax: integer(),
    offersPilotSite: bool(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("funder_profiles_kind_check", t.kind, funderKinds.values),
    check(
      "funder_profiles_ticket_check",
      sql`${t.ticketMin} IS NULL OR ${t.ticketMax} IS NULL OR ${t.ticketMin} <= ${t.ticketMax}`,
    ),
    index("funder_profiles_kind_idx").on(t.kind),
  ],
);

/** A funder's thesis: the stages, care settings and specialties they fund. */
export const funderFocus = sqliteTable(
  "funder_focus",
  {
    userId: userRef().notNull(),
    facet: text({ enum: ["stage", "care_setting", "specialty"] }).notNull(),
    value: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.facet, t.value] }),
    index("funder_focus_facet_value_idx").on(t.facet, t.value),
    oneOf("funder_focus_facet_check", t.facet, ["stage", "care_setting", "specialty"]),
  ],
);

// ---------------------------------------------------------------- problems

/** The problems /problems lists: not hidden, not merged into another. */
const LISTED = "hidden_at IS NULL AND status <> 'duplicate'";

export const problems = sqliteTable(
  "problems",
  {
    id: id(),
    authorId: userRef().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    whoAffected: text().notNull().default(""),
    frequency: text().notNull().default(""),
    currentWorkaround: text().notNull().default(""),
    idealOutcome: text().notNull().default(""),
    careSetting: text({ enum: careSettings.values }).notNull(),
    specialty: text({ enum: specialties.values }).notNull(),
    dataAvailable: text().notNull().default(""),
    dataConstraints: text().notNull().default(""),
    noPiiConfirmed: bool(),
    status: text({ enum: problemStatuses.values }).notNull().default("open"),
    closedReason: text(),
    duplicateOfId: integer().references((): AnySQLiteColumn => problems.id, { onDelete: "set null" }),
    hiddenAt: integer({ mode: "timestamp" }),
    // Kept in step by triggers (db/migrations, custom SQL) so sorts by demand are index scans.
    endorsementCount: integer().notNull().default(0),
    organisationCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    projectCount: integer().notNull().default(0),
    lastActivityAt: integer({ mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("problems_care_setting_check", t.careSetting, careSettings.values),
    oneOf("problems_specialty_check", t.specialty, specialties.values),
    oneOf("problems_status_check", t.status, problemStatuses.values),
    check("problems_duplicate_check", sql`(${t.status} = 'duplicate') = (${t.duplicateOfId} IS NOT NULL)`),
    check("problems_not_self_duplicate", sql`${t.duplicateOfId} IS NULL OR ${t.duplicateOfId} <> ${t.id}`),
    check("problems_title_length", sql`length(${t.title}) BETWEEN 1 AND 200`),
    index("problems_author_idx").on(t.authorId),
    index("problems_duplicate_of_idx").on(t.duplicateOfId),
    index("problems_status_created_idx").on(t.status, t.createdAt),
    index("problems_care_setting_created_idx").on(t.careSetting, t.createdAt),
    index("problems_specialty_created_idx").on(t.specialty, t.createdAt),
    index("problems_created_idx").on(t.createdAt),
    index("problems_endorsements_idx").on(t.endorsementCount, t.createdAt),
    index("problems_organisations_idx").on(t.organisationCount, t.createdAt),
    index("problems_activity_idx").on(t.lastActivityAt),
    index("problems_project_count_idx").on(t.projectCount),
    // Partial indexes over listed problems (not hidden, not merged) for /problems: each sort and
    // filter walks one of these in order (the sort keys, then id for the tie-break), and because
    // hidden_at and status are in each, the page of ids and the total come from the index alone. The WHERE text must match VISIBLE in
    // app/models/problem-search.server.ts word for word (docs/decisions/0020).
    index("problems_listed_created_idx").on(t.createdAt, t.id, t.hiddenAt, t.status).where(sql.raw(LISTED)),
    index("problems_listed_endorsed_idx")
      .on(t.endorsementCount, t.createdAt, t.id, t.hiddenAt, t.status)
      .where(sql.raw(LISTED)),
    index("problems_listed_organisations_idx")
      .on(t.organisationCount, t.createdAt, t.id, t.hiddenAt, t.status)
      .where(sql.raw(LISTED)),
    index("problems_listed_activity_idx").on(t.lastActivityAt, t.id, t.hiddenAt, t.status).where(sql.raw(LISTED)),
    index("problems_listed_care_setting_idx")
      .on(t.careSetting, t.createdAt, t.id, t.hiddenAt, t.status)
      .where(sql.raw(LISTED)),
    index("problems_listed_specialty_idx")
      .on(t.specialty, t.createdAt, t.id, t.hiddenAt, t.status)
      .where(sql.raw(LISTED)),
    index("problems_listed_status_idx").on(t.status, t.createdAt, t.id, t.hiddenAt).where(sql.raw(LISTED)),
    index("problems_listed_projects_idx")
      .on(t.projectCount, t.createdAt, t.id, t.hiddenAt, t.status)
      .where(sql.raw(LISTED)),
    // For search: every full-text match is checked against filters and sorted from this narrow
    // index (named with INDEXED BY) instead of the wide table rows.
    index("problems_search_filter_idx").on(
      t.id,
      t.hiddenAt,
      t.status,
      t.careSetting,
      t.specialty,
      t.projectCount,
      t.createdAt,
      t.endorsementCount,
      t.organisationCount,
      t.lastActivityAt,
    ),
    index("problems_hidden_idx").on(t.hiddenAt).where(sql.raw("hidden_at IS NOT NULL")),
  ],
);

export const tags = sqliteTable("tags", { id: id(), name: text().notNull(), slug: text().notNull() }, (t) => [
  uniqueIndex("tags_slug_unique").on(t.slug),
]);

export const problemTags = sqliteTable(
  "problem_tags",
  {
    problemId: integer()
      .notNull()
      .references(() => problems.id, { onDelete: "cascade" }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.tagId] }), index("problem_tags_tag_idx").on(t.tagId, t.problemId)],
);

export const endorsements = sqliteTable(
  "endorsements",
  {
    id: id(),
    problemId: integer()
      .notNull()
      .references(() => problems.id, { onDelete: "cascade" }),
    userId: userRef().notNull(),
    organisation: text().notNull(),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("endorsements_problem_user_unique").on(t.problemId, t.userId),
    index("endorsements_user_idx").on(t.userId),
    index("endorsements_problem_org_idx").on(t.problemId, t.organisation),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: id(),
    problemId: integer()
      .notNull()
      .references(() => problems.id, { onDelete: "cascade" }),
    authorId: userRef().notNull(),
    body: text().notNull(),
    hiddenAt: integer({ mode: "timestamp" }),
    hiddenBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("comments_problem_created_idx").on(t.problemId, t.createdAt),
    index("comments_author_idx").on(t.authorId),
    index("comments_hidden_by_idx").on(t.hiddenBy),
    index("comments_hidden_idx").on(t.hiddenAt).where(sql.raw("hidden_at IS NOT NULL")),
    check("comments_body_length", sql`length(${t.body}) BETWEEN 1 AND 5000`),
  ],
);

export const reportTargets = ["problem", "comment", "project"] as const;
/** Where an uploaded file belongs (a folder under the uploads folder, or a key in stored_files). */
export const fileAreas = ["screenshots", "documents"] as const;
export const reports = sqliteTable(
  "reports",
  {
    id: id(),
    reporterId: userRef().notNull(),
    targetType: text({ enum: reportTargets }).notNull(),
    targetId: integer().notNull(),
    reason: text().notNull(),
    status: text({ enum: ["open", "actioned", "dismissed"] })
      .notNull()
      .default("open"),
    resolvedBy: integer().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf("reports_target_check", t.targetType, reportTargets),
    oneOf("reports_status_check", t.status, ["open", "actioned", "dismissed"]),
    index("reports_status_created_idx").on(t.status, t.createdAt),
    index("reports_target_idx").on(t.targetType, t.targetId),
    index("reports_reporter_idx").on(t.reporterId),
    index("reports_resolved_by_idx").on(t.resolvedBy),
  ],
);

// ---------------------------------------------------------------- hack days and judging

export const hackDays = sqliteTable(
  "hack_days",
  {
    id: id(),
    organiserId: userRef().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    themes: text().notNull().default(""),
    startsAt: integer({ mode: "timestamp" }).notNull(),
    endsAt: integer({ mode: "timestamp" }).notNull(),
    submissionDeadline: integer({ mode: "timestamp" }).notNull(),
    venue: text().notNull().default(""),
    onlineUrl: text(),
    capacity: integer(),
    status: text({ enum: hackDayStatuses.values }).notNull().default("draft"),
    resultsPublishedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("hack_days_status_check", t.status, hackDayStatuses.values),
    check("hack_days_dates_check", sql`${t.startsAt} <= ${t.endsAt}`),
    check("hack_days_capacity_check", sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
    index("hack_days_organiser_idx").on(t.organiserId),
    index("hack_days_status_starts_idx").on(t.status, t.startsAt),
    index("hack_days_starts_idx").on(t.startsAt),
  ],
);

export const hackDayProblems = sqliteTable(
  "hack_day_problems",
  {
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    problemId: integer()
      .notNull()
      .references(() => problems.id, { onDelete: "cascade" }),
    nominatedBy: integer().references(() => users.id, { onDelete: "set null" }),
    status: text({ enum: ["nominated", "accepted", "declined"] })
      .notNull()
      .default("nominated"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hackDayId, t.problemId] }),
    index("hack_day_problems_problem_idx").on(t.problemId),
    index("hack_day_problems_nominated_by_idx").on(t.nominatedBy),
    oneOf("hack_day_problems_status_check", t.status, ["nominated", "accepted", "declined"]),
  ],
);

export const hackDayParticipants = sqliteTable(
  "hack_day_participants",
  {
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    userId: userRef().notNull(),
    status: text({ enum: ["registered", "waitlisted", "cancelled"] })
      .notNull()
      .default("registered"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hackDayId, t.userId] }),
    index("hack_day_participants_user_idx").on(t.userId),
    index("hack_day_participants_status_idx").on(t.hackDayId, t.status, t.createdAt),
    oneOf("hack_day_participants_status_check", t.status, ["registered", "waitlisted", "cancelled"]),
  ],
);

export const judges = sqliteTable(
  "judges",
  {
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    userId: userRef().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.hackDayId, t.userId] }), index("judges_user_idx").on(t.userId)],
);

export const judgingCriteria = sqliteTable(
  "judging_criteria",
  {
    id: id(),
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    weight: integer().notNull().default(1),
    position: integer().notNull().default(0),
  },
  (t) => [
    between("judging_criteria_weight_check", t.weight, 1, 100),
    index("judging_criteria_hack_day_idx").on(t.hackDayId, t.position),
  ],
);

// ---------------------------------------------------------------- projects

export const projects = sqliteTable(
  "projects",
  {
    id: id(),
    name: text().notNull(),
    tagline: text().notNull().default(""),
    description: text().notNull().default(""),
    problemId: integer().references(() => problems.id, { onDelete: "set null" }),
    hackDayId: integer().references(() => hackDays.id, { onDelete: "set null" }),
    leadId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // Copied from the problem when linked; a project may exist before its problem is linked.
    careSetting: text({ enum: careSettings.values }),
    specialty: text({ enum: specialties.values }),
    repoUrl: text(),
    demoUrl: text(),
    videoUrl: text(),
    tech: text().notNull().default(""),
    licence: text().notNull().default(""),
    declaredNoPii: bool(),
    declaredMaySubmit: bool(),
    declaredIpPolicy: bool(),
    dataUseStatement: text().notNull().default(""),
    dataUseLawfulBasis: text().notNull().default(""),
    dataUsePublishedAt: integer({ mode: "timestamp" }),
    /** Whether the project page says publicly that it has backers (the team's choice, off by default). */
    showsBackers: bool(),
    /** What the team is asking funders for, in whole pounds, when it has said; matched with tickets. */
    fundingAsk: integer(),
    stage: text({ enum: stageKeys }).notNull().default("prototype"),
    state: text({ enum: projectStates.values }).notNull().default("active"),
    archiveReason: text({ enum: archiveReasons.values }),
    stateReason: text(),
    submittedAt: integer({ mode: "timestamp" }),
    stageEnteredAt: integer({ mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    lastActivityAt: integer({ mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("projects_stage_check", t.stage, stageKeys),
    oneOf("projects_state_check", t.state, projectStates.values),
    nullOrOneOf("projects_care_setting_check", t.careSetting, careSettings.values),
    nullOrOneOf("projects_specialty_check", t.specialty, specialties.values),
    nullOrOneOf("projects_archive_reason_check", t.archiveReason, archiveReasons.values),
    check("projects_archive_reason_required", sql`(${t.state} = 'archived') = (${t.archiveReason} IS NOT NULL)`),
    check("projects_name_length", sql`length(${t.name}) BETWEEN 1 AND 120`),
    index("projects_problem_idx").on(t.problemId),
    index("projects_hack_day_idx").on(t.hackDayId),
    index("projects_lead_idx").on(t.leadId),
    index("projects_state_stage_idx").on(t.state, t.stage, t.lastActivityAt),
    index("projects_care_setting_idx").on(t.careSetting),
    index("projects_specialty_idx").on(t.specialty),
    index("projects_activity_idx").on(t.lastActivityAt),
    index("projects_created_idx").on(t.createdAt),
    // Public (submitted) projects, for the gallery, the board and the figures. SQLite uses a partial
    // index only when the query repeats `submitted_at IS NOT NULL` (see isPublicProject in
    // app/models/projects.server.ts).
    index("projects_public_board_idx")
      .on(t.state, t.stage, t.lastActivityAt)
      .where(sql`${t.submittedAt} IS NOT NULL`),
    index("projects_public_created_idx")
      .on(t.createdAt)
      .where(sql`${t.submittedAt} IS NOT NULL`),
    index("projects_public_stage_created_idx")
      .on(t.stage, t.createdAt)
      .where(sql`${t.submittedAt} IS NOT NULL`),
  ],
);

export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: userRef().notNull(),
    role: text({ enum: ["lead", "member"] })
      .notNull()
      .default("member"),
    status: text({ enum: ["requested", "active"] })
      .notNull()
      .default("active"),
    message: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index("project_members_user_idx").on(t.userId, t.status),
    oneOf("project_members_role_check", t.role, ["lead", "member"]),
    oneOf("project_members_status_check", t.status, ["requested", "active"]),
  ],
);

export const projectScreenshots = sqliteTable(
  "project_screenshots",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text({ enum: ["image/png", "image/jpeg", "image/webp"] }).notNull(),
    byteSize: integer().notNull(),
    alt: text().notNull().default(""),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("project_screenshots_project_idx").on(t.projectId, t.position),
    uniqueIndex("project_screenshots_file_unique").on(t.fileName),
    oneOf("project_screenshots_type_check", t.contentType, ["image/png", "image/jpeg", "image/webp"]),
  ],
);

/** A project's status against one gate item defined in app/domain/gates.ts. */
export const gateItemStatusesTable = sqliteTable(
  "gate_item_statuses",
  {
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text().notNull(),
    status: text({ enum: gateItemStatuses.values }).notNull().default("not_started"),
    /** A link or text, as the item asks; for a "choice" item, the reasoning. */
    evidence: text().notNull().default(""),
    /** The answer a "choice" item offers (e.g. an MHRA class), from the item's choices. */
    choice: text(),
    /** Why the item does not apply; required when the status is not applicable. */
    notApplicableReason: text().notNull().default(""),
    verifiedBy: integer().references(() => users.id, { onDelete: "set null" }),
    verifiedAt: integer({ mode: "timestamp" }),
    updatedBy: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.itemKey] }),
    oneOf("gate_item_statuses_status_check", t.status, gateItemStatuses.values),
    index("gate_item_statuses_open_idx").on(t.itemKey, t.status),
    index("gate_item_statuses_verified_by_idx").on(t.verifiedBy),
    index("gate_item_statuses_updated_by_idx").on(t.updatedBy),
  ],
);

export const documentVisibilities = ["public", "team"] as const;
/** A PDF attached to a gate item as evidence, stored beside the screenshots. */
export const projectDocuments = sqliteTable(
  "project_documents",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text().notNull(),
    /** The stored file's name under the uploads folder: random, never the uploader's. */
    fileName: text().notNull(),
    /** The title people read (the uploader's file name unless they gave one). */
    title: text().notNull(),
    byteSize: integer().notNull(),
    /** public: anyone who can see the project; team: the team, verifiers and organisers. */
    visibility: text({ enum: documentVisibilities }).notNull().default("team"),
    uploadedBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf("project_documents_visibility_check", t.visibility, documentVisibilities),
    uniqueIndex("project_documents_file_unique").on(t.fileName),
    index("project_documents_item_idx").on(t.projectId, t.itemKey),
    index("project_documents_uploaded_by_idx").on(t.uploadedBy),
  ],
);

export const gateEventKinds = [
  "updated",
  "verified",
  "verification_cleared",
  "document_added",
  "document_removed",
] as const;
/** The history of one gate item on one project: every change, verification and document. */
export const gateItemEvents = sqliteTable(
  "gate_item_events",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    itemKey: text().notNull(),
    kind: text({ enum: gateEventKinds }).notNull(),
    status: text({ enum: gateItemStatuses.values }),
    /** What changed, in words (evidence is not copied: the item holds the current version). */
    summary: text().notNull().default(""),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf("gate_item_events_kind_check", t.kind, gateEventKinds),
    nullOrOneOf("gate_item_events_status_check", t.status, gateItemStatuses.values),
    index("gate_item_events_item_idx").on(t.projectId, t.itemKey, t.createdAt),
    index("gate_item_events_actor_idx").on(t.actorId),
  ],
);

/** A team lead's request to move a project on; an organiser approves or returns it. */
export const stageRequests = sqliteTable(
  "stage_requests",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fromStage: text({ enum: stageKeys }).notNull(),
    toStage: text({ enum: stageKeys }).notNull(),
    requestedBy: userRef().notNull(),
    note: text().notNull().default(""),
    status: text({ enum: ["pending", "approved", "returned", "withdrawn"] })
      .notNull()
      .default("pending"),
    decidedBy: integer().references(() => users.id, { onDelete: "set null" }),
    decisionReason: text(),
    decidedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf("stage_requests_status_check", t.status, ["pending", "approved", "returned", "withdrawn"]),
    oneOf("stage_requests_from_check", t.fromStage, stageKeys),
    oneOf("stage_requests_to_check", t.toStage, stageKeys),
    index("stage_requests_project_idx").on(t.projectId, t.createdAt),
    // One open request per project: a second would be a second queue entry for the same move.
    uniqueIndex("stage_requests_one_pending")
      .on(t.projectId)
      .where(sql`${t.status} = 'pending'`),
    index("stage_requests_status_idx").on(t.status, t.createdAt),
    index("stage_requests_requested_by_idx").on(t.requestedBy),
    index("stage_requests_decided_by_idx").on(t.decidedBy),
  ],
);

export const stageMoveKinds = [
  "submitted",
  "requested",
  "approved",
  "returned",
  "override",
  "moved_back",
  "paused",
  "resumed",
  "archived",
] as const;
/** The project's timeline: every move, request, approval, return, override and change of state. */
export const stageMoves = sqliteTable(
  "stage_moves",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text({ enum: stageMoveKinds }).notNull(),
    fromStage: text({ enum: stageKeys }),
    toStage: text({ enum: stageKeys }),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    reason: text().notNull().default(""),
    requestId: integer().references(() => stageRequests.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf("stage_moves_kind_check", t.kind, stageMoveKinds),
    check(
      "stage_moves_override_reason",
      sql`${t.kind} NOT IN ('override', 'moved_back', 'returned', 'archived') OR length(${t.reason}) > 0`,
    ),
    index("stage_moves_project_idx").on(t.projectId, t.createdAt),
    index("stage_moves_actor_idx").on(t.actorId),
    index("stage_moves_request_idx").on(t.requestId),
    index("stage_moves_kind_created_idx").on(t.kind, t.createdAt),
  ],
);

export const judgeConflicts = sqliteTable(
  "judge_conflicts",
  {
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    judgeId: userRef().notNull(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    reason: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.judgeId, t.projectId] }),
    index("judge_conflicts_hack_day_idx").on(t.hackDayId),
    index("judge_conflicts_project_idx").on(t.projectId),
  ],
);

export const scores = sqliteTable(
  "scores",
  {
    id: id(),
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    judgeId: userRef().notNull(),
    criterionId: integer()
      .notNull()
      .references(() => judgingCriteria.id, { onDelete: "cascade" }),
    score: integer().notNull(),
    comment: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    between("scores_score_check", t.score, 1, 5),
    uniqueIndex("scores_judge_project_criterion_unique").on(t.judgeId, t.projectId, t.criterionId),
    index("scores_hack_day_project_idx").on(t.hackDayId, t.projectId),
    index("scores_project_idx").on(t.projectId),
    index("scores_criterion_idx").on(t.criterionId),
  ],
);

export const awards = sqliteTable(
  "awards",
  {
    id: id(),
    hackDayId: integer()
      .notNull()
      .references(() => hackDays.id, { onDelete: "cascade" }),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("awards_hack_day_idx").on(t.hackDayId, t.position), index("awards_project_idx").on(t.projectId)],
);

// ---------------------------------------------------------------- mentorship and funding

export const mentorships = sqliteTable(
  "mentorships",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    mentorId: userRef().notNull(),
    status: text({ enum: mentorshipStatuses.values }).notNull(),
    message: text().notNull().default(""),
    focus: text().notNull().default(""),
    requestedBy: integer().references(() => users.id, { onDelete: "set null" }),
    respondedAt: integer({ mode: "timestamp" }),
    endedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("mentorships_status_check", t.status, mentorshipStatuses.values),
    index("mentorships_project_idx").on(t.projectId, t.status),
    index("mentorships_mentor_idx").on(t.mentorId, t.status),
    index("mentorships_requested_by_idx").on(t.requestedBy),
  ],
);

export const mentorshipNotes = sqliteTable(
  "mentorship_notes",
  {
    id: id(),
    mentorshipId: integer()
      .notNull()
      .references(() => mentorships.id, { onDelete: "cascade" }),
    authorId: userRef().notNull(),
    sessionOn: text().notNull(),
    body: text().notNull(),
    nextStep: text().notNull().default(""),
    createdAt: createdAt(),
    /** When its author last changed it, shown as "edited"; null until then. */
    editedAt: integer({ mode: "timestamp" }),
  },
  (t) => [
    isDate("mentorship_notes_date_check", t.sessionOn),
    index("mentorship_notes_mentorship_idx").on(t.mentorshipId, t.sessionOn),
    index("mentorship_notes_author_idx").on(t.authorId),
  ],
);

export const fundingInterests = sqliteTable(
  "funding_interests",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    funderId: userRef().notNull(),
    status: text({ enum: fundingStatuses.values }).notNull().default("interested"),
    kind: text({ enum: fundingKinds.values }),
    amount: integer(),
    /** The funder's private note: only the funder sees it. */
    note: text().notNull().default(""),
    /** The team's reason when it declines; the funder and the team see it. */
    declineReason: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("funding_interests_status_check", t.status, fundingStatuses.values),
    nullOrOneOf("funding_interests_kind_check", t.kind, fundingKinds.values),
    check("funding_interests_committed_kind", sql`${t.status} <> 'committed' OR ${t.kind} IS NOT NULL`),
    check("funding_interests_amount_check", sql`${t.amount} IS NULL OR ${t.amount} >= 0`),
    uniqueIndex("funding_interests_project_funder_unique").on(t.projectId, t.funderId),
    index("funding_interests_funder_idx").on(t.funderId, t.status),
  ],
);

// ---------------------------------------------------------------- pilots and outcomes

export const pilots = sqliteTable(
  "pilots",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organisation: text().notNull(),
    site: text().notNull().default(""),
    startsOn: text(),
    endsOn: text(),
    successMeasures: text().notNull().default(""),
    status: text({ enum: pilotStatuses.values }).notNull().default("planned"),
    /** The committed pilot-site interest this pilot was planned from, if any (at most one pilot each). */
    fundingInterestId: integer().references(() => fundingInterests.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    oneOf("pilots_status_check", t.status, pilotStatuses.values),
    isDate("pilots_starts_on_check", t.startsOn),
    isDate("pilots_ends_on_check", t.endsOn),
    check("pilots_dates_order", sql`${t.startsOn} IS NULL OR ${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
    index("pilots_project_idx").on(t.projectId),
    uniqueIndex("pilots_funding_interest_unique").on(t.fundingInterestId),
    index("pilots_status_idx").on(t.status),
  ],
);

export const outcomes = sqliteTable(
  "outcomes",
  {
    id: id(),
    projectId: integer()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    pilotId: integer().references(() => pilots.id, { onDelete: "set null" }),
    metric: text().notNull(),
    baseline: text().notNull(),
    result: text().notNull(),
    unit: text().notNull().default(""),
    source: text().notNull(),
    measuredOn: text().notNull(),
    storyTitle: text(),
    storyBody: text(),
    publishedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    isDate("outcomes_measured_on_check", t.measuredOn),
    check(
      "outcomes_story_check",
      sql`${t.publishedAt} IS NULL OR (${t.storyTitle} IS NOT NULL AND ${t.storyBody} IS NOT NULL)`,
    ),
    index("outcomes_project_idx").on(t.projectId),
    index("outcomes_pilot_idx").on(t.pilotId),
    index("outcomes_published_idx").on(t.publishedAt),
  ],
);

// ---------------------------------------------------------------- notifications, audit, limits

export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: userRef().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    link: text(),
    readAt: integer({ mode: "timestamp" }),
    /** How it goes out by email, decided when it is created from the person's choice: null, not at all. */
    emailDelivery: text({ enum: ["immediate", "digest"] }),
    /** When it went into the outbox (at once, or in a digest); null while a digest is still to come. */
    emailedAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt),
    index("notifications_digest_idx").on(t.emailDelivery, t.emailedAt, t.userId),
    nullOrOneOf("notifications_email_delivery_check", t.emailDelivery, ["immediate", "digest"]),
  ],
);

/** Each person's choice of how a notification kind reaches them by email; a kind with no row takes its default. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: userRef().notNull(),
    kind: text().notNull(),
    delivery: text({ enum: ["immediate", "digest", "off"] }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    oneOf("notification_preferences_delivery_check", t.delivery, ["immediate", "digest", "off"]),
  ],
);

/**
 * The transactional outbox (decision 0055): a write that should email someone inserts the whole
 * message here in its own transaction; the sender in the server process delivers it. `status`:
 * queued (waiting, `nextAttemptAt` says when), sending (claimed by a sender until `claimedUntil`),
 * sent, failed (gave up after the last attempt). `messageId` is fixed at enqueue, so a message sent
 * again after a crash carries the same Message-ID. The body is cleared once sent.
 */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: id(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    kind: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    headers: text({ mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    messageId: text().notNull(),
    status: text({ enum: ["queued", "sending", "sent", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: "timestamp" }).notNull(),
    claimedUntil: integer({ mode: "timestamp" }),
    lastError: text(),
    sentAt: integer({ mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_outbox_message_id_unique").on(t.messageId),
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_user_idx").on(t.userId, t.createdAt),
    oneOf("email_outbox_status_check", t.status, ["queued", "sending", "sent", "failed"]),
  ],
);

/** Who follows which problem or project, to hear of its updates. */
export const follows = sqliteTable(
  "follows",
  {
    userId: userRef().notNull(),
    objectType: text({ enum: ["problem", "project"] }).notNull(),
    objectId: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.objectType, t.objectId] }),
    index("follows_object_idx").on(t.objectType, t.objectId),
    oneOf("follows_object_type_check", t.objectType, ["problem", "project"]),
  ],
);

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    objectType: text().notNull(),
    objectId: integer(),
    before: text({ mode: "json" }),
    after: text({ mode: "json" }),
    ip: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_actor_idx").on(t.actorId, t.createdAt),
    index("audit_events_object_idx").on(t.objectType, t.objectId, t.createdAt),
    index("audit_events_action_idx").on(t.action, t.createdAt),
    index("audit_events_created_idx").on(t.createdAt),
  ],
);

/**
 * Messages sent through the contact page: from anyone, signed in or not. Admins read them at
 * /admin/feedback and mark them dealt with. `email` is where to reply (optional).
 */
export const feedbackMessages = sqliteTable(
  "feedback_messages",
  {
    id: id(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    topic: text({ enum: ["accessibility", "privacy", "problem", "other"] }).notNull(),
    name: text().notNull().default(""),
    email: text(),
    message: text().notNull(),
    page: text(),
    handledAt: integer({ mode: "timestamp" }),
    handledBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("feedback_messages_open_idx").on(t.handledAt, t.createdAt),
    index("feedback_messages_user_idx").on(t.userId),
    index("feedback_messages_handled_by_idx").on(t.handledBy),
    oneOf("feedback_messages_topic_check", t.topic, ["accessibility", "privacy", "problem", "other"]),
  ],
);

/** Fixed-window counters for rate limits; kept in the database so limits survive a restart. */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    windowStart: integer().notNull(),
    count: integer().notNull(),
  },
  (t) => [index("rate_limits_window_idx").on(t.windowStart)],
);

/**
 * Uploaded files kept in the database (app/models/file-store.server.ts), when UPLOADS_STORE is
 * "database": what several app servers with no shared disk need. By default files stay in the
 * uploads folder and this table is empty.
 */
export const storedFiles = sqliteTable(
  "stored_files",
  {
    area: text().notNull(),
    name: text().notNull(),
    bytes: blob({ mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.area, t.name] }), oneOf("stored_files_area_check", t.area, fileAreas)],
);

// ---------------------------------------------------------------- types

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Problem = typeof problems.$inferSelect;
export type NewProblem = typeof problems.$inferInsert;
export type HackDay = typeof hackDays.$inferSelect;
export type NewHackDay = typeof hackDays.$inferInsert;
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type Mentorship = typeof mentorships.$inferSelect;
export type FundingInterest = typeof fundingInterests.$inferSelect;
export type Pilot = typeof pilots.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
