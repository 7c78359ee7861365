/**
 * The signed-in person's own work, for /dashboard and its "see all" pages: a to-do list for each
 * role they hold (decision 0053). Each section is a function returning `{ items, total }` of what
 * that person may see, and `getDashboard` gathers the first few of each in one go. Every query is
 * narrowed to this person (their problems, teams, mentorships, interests) or is a count an
 * organiser may open; nothing of anyone else's private business is read.
 *
 * To add a section: write its list function here or in your area's model, call it in
 * `getDashboard` and, if it needs a "see all" page, add it to `dashboardSections` and
 * `listDashboardSection`; then add a component in app/components/dashboard/ and place it in
 * app/routes/dashboard/route.tsx.
 */
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  clinicianProfiles,
  developerProfiles,
  funderProfiles,
  fundingInterests,
  hackDays,
  mentorExpertise,
  mentorProfiles,
  mentorships,
  problems,
  projectMembers,
  projects,
  reports,
  stageRequests,
  users,
} from "../../db/schema";
import { mentorshipLine } from "../domain/dashboard";
import { unmetRequiredItems, openGateItems } from "../domain/gate-progress";
import { expertiseFor } from "../domain/matching";
import { isOrganiser } from "../domain/roles";
import { nextStage } from "../domain/stages";
import type { ExpertiseArea, FundingStatus, Role } from "../domain/taxonomy";
import { getDb } from "./core.server";
import { alias } from "./dialect.server";
import { pageWindow, toPage, type Page } from "../utils/pagination";
import { countUnreadNotifications, listNotifications } from "./notifications.server";
import {
  loadGateStandings,
  suggestProblemsForDeveloper,
  suggestProjectsForFunder,
  suggestProjectsForMentor,
} from "./suggestions.server";

/** How many of each list the dashboard shows before "see all". */
export const DASHBOARD_PREVIEW = 5;

/** The sections that have a paginated "see all" page at /dashboard/:section. */
export const dashboardSections = [
  "answer",
  "problems",
  "projects",
  "join-requests",
  "mentorships",
  "funding",
  "hack-days",
] as const;
export type DashboardSection = (typeof dashboardSections)[number];

type Window = { limit: number; offset: number };
const preview: Window = { limit: DASHBOARD_PREVIEW, offset: 0 };
const none = <T>() => Promise.resolve({ items: [] as T[], total: 0 });

async function paged<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>) {
  const [items, [t]] = await Promise.all([rows, total]);
  return { items, total: t?.n ?? 0 };
}

// ---------------------------------------------------------------- everyone

// ---------------------------------------------------------------- clinicians

/**
 * Problems a person posted, newest first (hidden ones included: they are the author's), each with
 * its endorsements and the projects working on it that this person may see (public ones, and
 * their own team's before it is submitted).
 */
export async function listOwnProblems(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const own = eq(problems.authorId, userId);
  const list = await paged(
    db
      .select({
        id: problems.id,
        title: problems.title,
        status: problems.status,
        endorsementCount: problems.endorsementCount,
        organisationCount: problems.organisationCount,
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
  const ids = list.items.map((p) => p.id);
  const onThem = ids.length
    ? await db
        .select({ problemId: projects.problemId, id: projects.id, name: projects.name, stage: projects.stage })
        .from(projects)
        .where(
          and(
            inArray(projects.problemId, ids),
            sql`(${projects.submittedAt} IS NOT NULL OR EXISTS (SELECT 1 FROM project_members vm WHERE vm.project_id = ${projects.id} AND vm.user_id = ${userId} AND vm.status = 'active'))`,
          ),
        )
        .orderBy(asc(projects.name), asc(projects.id))
    : [];
  return {
    ...list,
    items: list.items.map((p) => ({
      ...p,
      projects: onThem.filter((j) => j.problemId === p.id).map(({ id, name, stage }) => ({ id, name, stage })),
    })),
  };
}

// ---------------------------------------------------------------- developers and teams

/**
 * Projects a person is an active member of, most recently active first, each with what its next
 * gate still needs: the required items not done (their count and the first two), or that it is
 * ready to ask to move on.
 */
export async function listOwnProjects(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const member = and(eq(projectMembers.userId, userId), eq(projectMembers.status, "active"));
  const list = await paged(
    db
      .select({
        id: projects.id,
        name: projects.name,
        stage: projects.stage,
        state: projects.state,
        role: projectMembers.role,
        submitted: sql<boolean>`${projects.submittedAt} IS NOT NULL`.mapWith(Boolean),
        pendingRequest:
          sql<boolean>`EXISTS (SELECT 1 FROM stage_requests sr WHERE sr.project_id = ${projects.id} AND sr.status = 'pending')`.mapWith(
            Boolean,
          ),
      })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(member)
      .orderBy(desc(projects.lastActivityAt), desc(projects.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(projectMembers).where(member),
  );
  const standings = await loadGateStandings(list.items.map((p) => p.id));
  return {
    ...list,
    items: list.items.map((p) => {
      const next = nextStage(p.stage);
      const standing = standings.get(p.id);
      const unmet = next && standing ? unmetRequiredItems(p.stage, standing.records, standing.facts) : [];
      return {
        ...p,
        nextStage: next,
        unmetCount: unmet.length,
        firstUnmet: unmet.slice(0, 2).map((item) => ({ key: item.key, label: item.label })),
      };
    }),
  };
}

/** People asking to join teams this person leads, oldest first (the lead answers them). */
export function listJoinRequestsToAnswer(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const waiting = and(
    eq(projectMembers.status, "requested"),
    sql`${projectMembers.projectId} IN (SELECT id FROM projects WHERE lead_id = ${userId})`,
  );
  return paged(
    db
      .select({
        projectId: projects.id,
        projectName: projects.name,
        userId: users.id,
        name: users.name,
        message: projectMembers.message,
        createdAt: projectMembers.createdAt,
      })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(waiting)
      .orderBy(asc(projectMembers.createdAt), asc(projects.id), asc(users.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(projectMembers).where(waiting),
  );
}

// ---------------------------------------------------------------- mentorships, both sides

const mentor = alias(users, "mentor");

/** The mentorships a person is part of: as the mentor, or on the project's team. */
function mentorshipsOf(userId: number): SQL {
  return or(
    eq(mentorships.mentorId, userId),
    sql`${mentorships.projectId} IN (SELECT pm.project_id FROM project_members pm WHERE pm.user_id = ${userId} AND pm.status = 'active')`,
  )!;
}

/** Open ones this person answers: requests to them as mentor, offers to the projects they lead. */
function theirMoveSql(userId: number): SQL {
  return sql`((${mentorships.status} = 'requested' AND ${mentorships.mentorId} = ${userId}) OR (${mentorships.status} = 'offered' AND ${projects.leadId} = ${userId}))`;
}

async function mentorshipRows(where: SQL, order: SQL[], { limit, offset }: Window, withMessage: boolean) {
  const db = getDb();
  return paged(
    db
      .select({
        id: mentorships.id,
        status: mentorships.status,
        projectId: projects.id,
        projectName: projects.name,
        projectStage: projects.stage,
        leadId: projects.leadId,
        mentorId: mentorships.mentorId,
        mentorName: mentor.name,
        // The message between the two sides: only read for what waits for this person's answer.
        message: withMessage ? mentorships.message : sql<string>`''`,
        createdAt: mentorships.createdAt,
        updatedAt: mentorships.updatedAt,
      })
      .from(mentorships)
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(mentorships)
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .where(where),
  );
}

/** Each row with its line in words for this person (what it is to them, overdue or not). */
function withLines<
  R extends {
    status: Parameters<typeof mentorshipLine>[0]["status"];
    mentorName: string;
    createdAt: Date;
    mentorId: number;
    leadId: number;
  },
>(userId: number, rows: R[], now: Date) {
  return rows.map(({ leadId, ...row }) => {
    const asMentor = row.mentorId === userId;
    return { ...row, asMentor, line: mentorshipLine(row, { asMentor, isLead: leadId === userId, now }) };
  });
}

/**
 * Requests and offers waiting for this person's answer, oldest first (overdue ones come first),
 * with the other side's message.
 */
export async function listMentorshipsToAnswer(userId: number, window: Window = preview, now = new Date()) {
  const list = await mentorshipRows(
    theirMoveSql(userId),
    [asc(mentorships.createdAt), asc(mentorships.id)],
    window,
    true,
  );
  return { ...list, items: withLines(userId, list.items, now) };
}

/**
 * This person's other current mentorships: what they (or their team) asked or offered, waiting
 * for the other side (oldest first), then the active ones (most recently updated first). For
 * active ones they mentor, the project's open items for its next gate, marking those their
 * expertise covers.
 */
export async function listCurrentMentorships(userId: number, window: Window = preview, now = new Date()) {
  const where = and(
    mentorshipsOf(userId),
    inArray(mentorships.status, ["requested", "offered", "active"]),
    sql`NOT ${theirMoveSql(userId)}`,
  )!;
  const list = await mentorshipRows(
    where,
    [
      sql`${mentorships.status} = 'active'`,
      sql`CASE WHEN ${mentorships.status} = 'active' THEN -${mentorships.updatedAt} ELSE ${mentorships.createdAt} END`,
      asc(mentorships.id),
    ],
    window,
    false,
  );
  const rows = withLines(userId, list.items, now);
  const mentoring = rows.filter((m) => m.asMentor && m.status === "active");
  const [standings, areas] = await Promise.all([
    loadGateStandings(mentoring.map((m) => m.projectId)),
    mentoring.length ? ownExpertise(userId) : Promise.resolve(new Set<ExpertiseArea>()),
  ]);
  return {
    ...list,
    items: rows.map((m) => {
      const standing = m.asMentor && m.status === "active" ? standings.get(m.projectId) : undefined;
      const open = standing ? openGateItems(m.projectStage, standing.records, standing.facts) : [];
      return {
        ...m,
        nextStage: standing ? nextStage(m.projectStage) : null,
        openItems: open.map((item) => ({
          key: item.key,
          label: item.label,
          yours: expertiseFor(item).some((area) => areas.has(area)),
        })),
      };
    }),
  };
}

async function ownExpertise(userId: number): Promise<Set<ExpertiseArea>> {
  const rows = await getDb()
    .select({ area: mentorExpertise.area })
    .from(mentorExpertise)
    .where(eq(mentorExpertise.userId, userId));
  return new Set(rows.map((r) => r.area));
}

/**
 * Every mentorship a person is part of, for the "see all" page: the current ones first (theirs to
 * answer, then waiting, then active), then the ended ones, most recent first. Messages are not
 * included: they belong to the request's own page.
 */
export async function listOwnMentorships(userId: number, window: Window = preview, now = new Date()) {
  const list = await mentorshipRows(
    mentorshipsOf(userId),
    [
      sql`CASE WHEN ${theirMoveSql(userId)} THEN 0 WHEN ${mentorships.status} IN ('requested', 'offered') THEN 1 WHEN ${mentorships.status} = 'active' THEN 2 ELSE 3 END`,
      desc(mentorships.updatedAt),
      desc(mentorships.id),
    ],
    window,
    false,
  );
  return { ...list, items: withLines(userId, list.items, now) };
}

// ---------------------------------------------------------------- funders

/** The order interests are grouped in: live conversations first, closed ones last. */
export const fundingStatusOrder = [
  "in_discussion",
  "interested",
  "committed",
  "declined",
  "withdrawn",
] as const satisfies readonly FundingStatus[];

/**
 * A funder's own funding interests (private: only ever their own here), grouped by status in
 * `fundingStatusOrder`, most recently updated first within each; `byStatus` counts every status.
 */
export async function listOwnFundingInterests(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const own = eq(fundingInterests.funderId, userId);
  const [list, counts] = await Promise.all([
    paged(
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
        .orderBy(
          sql`CASE ${fundingInterests.status} ${sql.raw(fundingStatusOrder.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" "))} END`,
          desc(fundingInterests.updatedAt),
          desc(fundingInterests.id),
        )
        .limit(limit)
        .offset(offset),
      db.select({ n: count() }).from(fundingInterests).where(own),
    ),
    db
      .select({ status: fundingInterests.status, n: count() })
      .from(fundingInterests)
      .where(own)
      .groupBy(fundingInterests.status),
  ]);
  const byStatus = Object.fromEntries(fundingStatusOrder.map((s) => [s, 0])) as Record<FundingStatus, number>;
  for (const row of counts) byStatus[row.status] = row.n;
  return { ...list, byStatus };
}

// ---------------------------------------------------------------- organisers

/**
 * Hack days this person runs that are not archived: those under way first (live, then judging),
 * then open for registration, drafts, and published results; soonest first within each.
 */
export function listOrganisedHackDays(userId: number, { limit, offset }: Window = preview) {
  const db = getDb();
  const mine = and(eq(hackDays.organiserId, userId), ne(hackDays.status, "archived"));
  return paged(
    db
      .select({
        id: hackDays.id,
        name: hackDays.name,
        status: hackDays.status,
        startsAt: hackDays.startsAt,
        participants:
          sql<number>`(SELECT count(*) FROM hack_day_participants hp WHERE hp.hack_day_id = ${hackDays.id} AND hp.status = 'registered')`.mapWith(
            Number,
          ),
      })
      .from(hackDays)
      .where(mine)
      .orderBy(
        sql`CASE ${hackDays.status} WHEN 'live' THEN 0 WHEN 'judging' THEN 1 WHEN 'open' THEN 2 WHEN 'draft' THEN 3 ELSE 4 END`,
        asc(hackDays.startsAt),
        asc(hackDays.id),
      )
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(hackDays).where(mine),
  );
}

/** What waits for organisers: stage requests to review and open reports to moderate. */
async function organiserQueues() {
  const db = getDb();
  const [[reviews], [moderation]] = await Promise.all([
    db.select({ n: count() }).from(stageRequests).where(eq(stageRequests.status, "pending")),
    db.select({ n: count() }).from(reports).where(eq(reports.status, "open")),
  ]);
  return { reviewQueue: reviews?.n ?? 0, moderation: moderation?.n ?? 0 };
}

// ---------------------------------------------------------------- profiles

/** Which of a person's role profiles are filled in, so the dashboard can prompt for the rest. */
export async function getProfileStatus(
  userId: number,
): Promise<Record<"clinician" | "developer" | "mentor" | "funder", boolean>> {
  const has = (
    table: typeof clinicianProfiles | typeof developerProfiles | typeof mentorProfiles | typeof funderProfiles,
  ) => sql<number>`EXISTS (SELECT 1 FROM ${table} WHERE ${table.userId} = ${userId})`;
  // One statement for the four: it runs on every dashboard.
  const [row] = await getDb()
    .select({
      clinician: has(clinicianProfiles),
      developer: has(developerProfiles),
      mentor: has(mentorProfiles),
      funder: has(funderProfiles),
    })
    .from(sql`(SELECT 1) AS "one"`);
  return {
    clinician: Boolean(row?.clinician),
    developer: Boolean(row?.developer),
    mentor: Boolean(row?.mentor),
    funder: Boolean(row?.funder),
  };
}

// ---------------------------------------------------------------- the whole dashboard

/** A funder's own interests are shown to funders (and admins, who hold every role's rights). */
const seesFunding = (roles: readonly Role[]) => roles.includes("funder") || roles.includes("admin");

/**
 * Everything the dashboard shows, for one person: what waits for their answer, and a list for
 * each role they hold. Suggestions are made for the roles a person chose themselves (an admin is
 * not suggested projects to mentor); the organisers' queues only for those who may open them.
 */
export async function getDashboard({
  userId,
  roles,
  now = new Date(),
}: {
  userId: number;
  roles: readonly Role[];
  now?: Date;
}) {
  const has = (role: Role) => roles.includes(role);
  const organiser = isOrganiser({ roles });
  const [
    notificationList,
    unread,
    toAnswer,
    joinRequests,
    problemList,
    projectList,
    mentorshipList,
    fundingList,
    mentorSuggestions,
    funderSuggestions,
    developerSuggestions,
    hackDayList,
    queues,
    profiles,
  ] = await Promise.all([
    listNotifications(userId, preview),
    countUnreadNotifications(userId),
    listMentorshipsToAnswer(userId, preview, now),
    listJoinRequestsToAnswer(userId),
    listOwnProblems(userId),
    listOwnProjects(userId),
    listCurrentMentorships(userId, preview, now),
    seesFunding(roles) ? listOwnFundingInterests(userId) : null,
    has("mentor") ? suggestProjectsForMentor({ mentorId: userId }) : null,
    has("funder") ? suggestProjectsForFunder({ funderId: userId }) : null,
    has("developer") ? suggestProblemsForDeveloper({ developerId: userId }) : null,
    organiser ? listOrganisedHackDays(userId) : none<never>(),
    organiser ? organiserQueues() : null,
    getProfileStatus(userId),
  ]);
  return {
    notifications: { ...notificationList, unread },
    toAnswer: { mentorships: toAnswer, joinRequests },
    problems: problemList,
    projects: projectList,
    mentorships: mentorshipList,
    funding: fundingList ?? { items: [], total: 0, byStatus: null },
    suggestions: { mentor: mentorSuggestions, funder: funderSuggestions, developer: developerSuggestions },
    organiser: queues ? { ...queues, hackDays: hackDayList } : null,
    profiles,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** One section in full, a page at a time, for /dashboard/:section. */
export async function listDashboardSection({
  userId,
  roles,
  section,
  page,
  now = new Date(),
}: {
  userId: number;
  roles: readonly Role[];
  section: DashboardSection;
  page: number;
  now?: Date;
}) {
  const window = pageWindow(page);
  const asPage = <T>({ items, total }: { items: T[]; total: number }): Page<T> =>
    toPage(items, total, page, window.limit);
  switch (section) {
    case "answer":
      return { section, page: asPage(await listMentorshipsToAnswer(userId, window, now)) };
    case "problems":
      return { section, page: asPage(await listOwnProblems(userId, window)) };
    case "projects":
      return { section, page: asPage(await listOwnProjects(userId, window)) };
    case "join-requests":
      return { section, page: asPage(await listJoinRequestsToAnswer(userId, window)) };
    case "mentorships":
      return { section, page: asPage(await listOwnMentorships(userId, window, now)) };
    case "funding":
      return {
        section,
        page: asPage(seesFunding(roles) ? await listOwnFundingInterests(userId, window) : { items: [], total: 0 }),
      };
    case "hack-days":
      return {
        section,
        page: asPage(isOrganiser({ roles }) ? await listOrganisedHackDays(userId, window) : { items: [], total: 0 }),
      };
  }
}
