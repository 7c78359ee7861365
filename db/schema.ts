/**
 * The tables of the store in use, under one import for every model: SQLite's (db/schema.sqlite.ts)
 * by default, PostgreSQL's twin (db/schema.pg.ts) when DATABASE_URL is a postgres:// URL
 * (decision 0065). The types are SQLite's: the two schemas declare the same tables, columns and
 * JS values, which tests/db/schema-parity.test.ts proves column by column, so code typed against
 * one runs on the other. Code that must reach one store (the SQLite seeds, the copy to
 * PostgreSQL, drizzle-kit) imports that store's file directly.
 */
import * as pg from "./schema.pg";
import * as sqlite from "./schema.sqlite";
import { usesPostgres } from "../app/utils/store.server";

const active = (usesPostgres() ? pg : sqlite) as unknown as typeof sqlite;

export const {
  users,
  userRoles,
  sessions,
  accountTokens,
  recoveryCodes,
  loginChallenges,
  clinicianProfiles,
  developerProfiles,
  developerSkills,
  mentorProfiles,
  mentorExpertise,
  funderProfiles,
  funderFocus,
  problems,
  tags,
  problemTags,
  endorsements,
  comments,
  reports,
  hackDays,
  hackDayProblems,
  hackDayParticipants,
  judges,
  judgingCriteria,
  projects,
  projectMembers,
  projectScreenshots,
  gateItemStatusesTable,
  projectDocuments,
  gateItemEvents,
  stageRequests,
  stageMoves,
  judgeConflicts,
  scores,
  awards,
  mentorships,
  mentorshipNotes,
  fundingInterests,
  pilots,
  outcomes,
  notifications,
  notificationPreferences,
  emailOutbox,
  follows,
  auditEvents,
  feedbackMessages,
  rateLimits,
  storedFiles,
} = active;

// Lists of allowed values, the same on both stores.
export { reportTargets, fileAreas, documentVisibilities, gateEventKinds, stageMoveKinds } from "./schema.sqlite";
export type {
  User,
  NewUser,
  Problem,
  NewProblem,
  HackDay,
  NewHackDay,
  Project,
  NewProject,
  Mentorship,
  FundingInterest,
  Pilot,
  Outcome,
  Notification,
  AuditEvent,
} from "./schema.sqlite";
