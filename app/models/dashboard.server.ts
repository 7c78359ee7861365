/**
 * The signed-in person's own work, for /dashboard and its "see all" pages. Each section is a
 * function returning `{ items, total }` (or a Page) of what that person may see, and
 * `getDashboard` gathers the first few of each in one go.
 *
 * To add a section (judging, requests, …): write its list function here or in your area's model,
 * call it in `getDashboard` and, if it needs a "see all" page, add it to `dashboardSections` and
 * `listDashboardSection`; then add a component in app/components/dashboard/ and place it in
 * app/routes/dashboard/route.tsx.
 */
import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  clinicianProfiles,
  developerProfiles,
  funderProfiles,
  fundingInterests,
  mentorProfiles,
  mentorships,
  notifications,
  problems,
  projectMembers,
  projects,
  users,
} from "../../db/schema";
import type { Role } from "../domain/taxonomy";
import { getDb } from "./core.server";
import { pageWindow, toPage, type Page } from "../utils/pagination";
import { countUnreadNotifications } from "./notifications.server";

/** How many of each list the dashboard shows before "see all". */
export const DASHBOARD_PREVIEW = 5;

/** The sections that have a paginated "see all" page at /dashboard/:section. */
export const dashboardSections = ["notifications", "problems", "projects", "mentorships", "funding"] as const;
export type DashboardSection = (typeof dashboardSections)[number];

type Window = { limit: number; offset: number };
const preview: Window = { limit: DASHBOARD_PREVIEW, offset: 0 };

async function paged<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>) {
  const [items, [t]] = await Promise.all([rows, total]);
  return { items, total: t?.n ?? 0 };
}

/** A person's notifications, unread first then newest. */
export function listOwnNotifications(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const own = eq(notifications.userId, userId);
  return paged(
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(own)
      .orderBy(desc(isNull(notifications.readAt)), desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(own),
  );
}

/** Problems a person posted, newest first (hidden ones included: they are the author's). */
export function listOwnProblems(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const own = eq(problems.authorId, userId);
  return paged(
    db
      .select({
        id: problems.id,
        title: problems.title,
        status: problems.status,
        endorsementCount: problems.endorsementCount,
        hidden: sql<boolean>`${problems.hiddenAt} IS NOT NULL`.mapWith(Boolean),
        createdAt: problems.createdAt,
      })
      .from(problems)
      .where(own)
      .orderBy(desc(problems.createdAt), desc(problems.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(problems).where(own),
  );
}

/** Projects a person is an active member of, most recently active first. */
export function listOwnProjects(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const member = and(eq(projectMembers.userId, userId), eq(projectMembers.status, "active"));
  return paged(
    db
      .select({
        id: projects.id,
        name: projects.name,
        stage: projects.stage,
        state: projects.state,
        role: projectMembers.role,
        submitted: sql<boolean>`${projects.submittedAt} IS NOT NULL`.mapWith(Boolean),
      })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(member)
      .orderBy(desc(projects.lastActivityAt), desc(projects.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(projectMembers).where(member),
  );
}

/**
 * Mentorships a person is part of: as the mentor, or as a member of the project's team. Notes are
 * not included: they have their own page with their own rules.
 */
export function listOwnMentorships(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const mentor = alias(users, "mentor");
  const teamProjects = db
    .select({ id: projectMembers.projectId })
    .from(projectMembers)
    .where(and(eq(projectMembers.userId, userId), eq(projectMembers.status, "active")));
  const mine: SQL = or(eq(mentorships.mentorId, userId), inArray(mentorships.projectId, teamProjects))!;
  return paged(
    db
      .select({
        id: mentorships.id,
        status: mentorships.status,
        projectId: projects.id,
        projectName: projects.name,
        mentorId: mentorships.mentorId,
        mentorName: mentor.name,
        updatedAt: mentorships.updatedAt,
      })
      .from(mentorships)
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
      .where(mine)
      .orderBy(desc(mentorships.updatedAt), desc(mentorships.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(mentorships).where(mine),
  );
}

/** A funder's own funding interests (private: only ever their own here). */
export function listOwnFundingInterests(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const own = eq(fundingInterests.funderId, userId);
  return paged(
    db
      .select({
        id: fundingInterests.id,
        status: fundingInterests.status,
        kind: fundingInterests.kind,
        amount: fundingInterests.amount,
        projectId: projects.id,
        projectName: projects.name,
        updatedAt: fundingInterests.updatedAt,
      })
      .from(fundingInterests)
      .innerJoin(projects, eq(projects.id, fundingInterests.projectId))
      .where(own)
      .orderBy(desc(fundingInterests.updatedAt), desc(fundingInterests.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(fundingInterests).where(own),
  );
}

/** Which of a person's role profiles are filled in, so the dashboard can prompt for the rest. */
export async function getProfileStatus(
  userId: number,
): Promise<Record<"clinician" | "developer" | "mentor" | "funder", boolean>> {
  const db = getDb();
  const exists = (
    table: typeof clinicianProfiles | typeof developerProfiles | typeof mentorProfiles | typeof funderProfiles,
  ) =>
    db
      .select({ one: sql<number>`1` })
      .from(table)
      .where(eq(table.userId, userId))
      .limit(1)
      .then((rows) => rows.length > 0);
  const [clinician, developer, mentor, funder] = await Promise.all([
    exists(clinicianProfiles),
    exists(developerProfiles),
    exists(mentorProfiles),
    exists(funderProfiles),
  ]);
  return { clinician, developer, mentor, funder };
}

/** Everything the dashboard shows, for one person. Funding interests only for funders. */
export async function getDashboard({ userId, roles }: { userId: number; roles: readonly Role[] }) {
  const isFunder = roles.includes("funder") || roles.includes("admin");
  const [notificationList, unread, problemList, projectList, mentorshipList, fundingList, profiles] = await Promise.all(
    [
      listOwnNotifications(userId),
      countUnreadNotifications(userId),
      listOwnProblems(userId),
      listOwnProjects(userId),
      listOwnMentorships(userId),
      isFunder ? listOwnFundingInterests(userId) : Promise.resolve({ items: [], total: 0 }),
      getProfileStatus(userId),
    ],
  );
  return {
    notifications: { ...notificationList, unread },
    problems: problemList,
    projects: projectList,
    mentorships: mentorshipList,
    funding: fundingList,
    profiles,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** One section in full, a page at a time, for /dashboard/:section (funding only for funders). */
export async function listDashboardSection({
  userId,
  roles,
  section,
  page,
}: {
  userId: number;
  roles: readonly Role[];
  section: DashboardSection;
  page: number;
}) {
  const window = pageWindow(page);
  const asPage = <T>({ items, total }: { items: T[]; total: number }): Page<T> =>
    toPage(items, total, page, window.limit);
  switch (section) {
    case "notifications":
      return { section, page: asPage(await listOwnNotifications(userId, window)) };
    case "problems":
      return { section, page: asPage(await listOwnProblems(userId, window)) };
    case "projects":
      return { section, page: asPage(await listOwnProjects(userId, window)) };
    case "mentorships":
      return { section, page: asPage(await listOwnMentorships(userId, window)) };
    case "funding":
      return {
        section,
        page: asPage(
          roles.includes("funder") || roles.includes("admin")
            ? await listOwnFundingInterests(userId, window)
            : { items: [], total: 0 },
        ),
      };
  }
}
