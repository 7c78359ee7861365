/**
 * Hack days: listing, creating, editing, the status chain, the problem shortlist and registration
 * with a waiting list. Every write that touches several rows runs in one transaction.
 */
import { and, asc, count, desc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import {
  hackDayParticipants,
  hackDayProblems,
  hackDays,
  judges,
  judgingCriteria,
  problems,
  projectMembers,
  projects,
  users,
} from "../../db/schema";
import {
  acceptsNominations,
  acceptsRegistrations,
  allowsShortlistChanges,
  hackDayMoveRefusal,
  hackDaySectionStatuses,
  type HackDaySection,
} from "../domain/hack-day-status";
import { defaultJudgingCriteria } from "../domain/judging";
import { hackDayStatuses, type HackDayStatus } from "../domain/taxonomy";
import { getDb } from "../utils/db.server";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../utils/pagination";
import { idSlug } from "../utils/slug";
import type { HackDayInput } from "../validation/hack-days";
import { recordAudit, type Tx } from "./audit.server";
import { notify, type NotificationInput } from "./notifications.server";

/** What a model write returns: success with its data, or a refusal the route turns into a status. */
export type ModelResult<T extends object = object> =
  ({ ok: true } & T) | { ok: false; status: 400 | 403 | 404 | 409; message: string; field?: string };

/** A refusal, for brevity. */
export function refuse(
  status: 400 | 403 | 404 | 409,
  message: string,
  field?: string,
): { ok: false; status: 400 | 403 | 404 | 409; message: string; field?: string } {
  return field ? { ok: false, status, message, field } : { ok: false, status, message };
}

const hackDayPath = (id: number, name: string) => `/hack-days/${idSlug(id, name)}`;

// ---------------------------------------------------------------- reading

const registeredCountSql =
  sql<number>`(SELECT count(*) FROM hack_day_participants hp WHERE hp.hack_day_id = hack_days.id AND hp.status = 'registered')`.mapWith(
    Number,
  );
const projectCountSql = sql<number>`(SELECT count(*) FROM projects p WHERE p.hack_day_id = hack_days.id)`.mapWith(
  Number,
);

const cardColumns = {
  id: hackDays.id,
  name: hackDays.name,
  status: hackDays.status,
  startsAt: hackDays.startsAt,
  endsAt: hackDays.endsAt,
  venue: hackDays.venue,
  onlineUrl: hackDays.onlineUrl,
  themes: hackDays.themes,
  capacity: hackDays.capacity,
  registeredCount: registeredCountSql,
  projectCount: projectCountSql,
};
export type HackDayCard = {
  id: number;
  name: string;
  status: HackDayStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  onlineUrl: string | null;
  themes: string;
  capacity: number | null;
  registeredCount: number;
  projectCount: number;
};

function sectionQuery(section: HackDaySection) {
  const statuses = hackDaySectionStatuses[section];
  const order =
    section === "past" ? [desc(hackDays.startsAt), desc(hackDays.id)] : [asc(hackDays.startsAt), asc(hackDays.id)];
  return { where: inArray(hackDays.status, [...statuses]), order };
}

/** One section of /hack-days (upcoming, live, past or drafts), a page at a time. */
export async function listHackDays({
  section,
  page,
  pageSize = PAGE_SIZE,
}: {
  section: HackDaySection;
  page: number;
  pageSize?: number;
}): Promise<Page<HackDayCard>> {
  const db = getDb();
  const { where, order } = sectionQuery(section);
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select(cardColumns)
    .from(hackDays)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(hackDays).where(where);
  return toPage(rows, total?.n ?? 0, page, pageSize);
}

/** The first few hack days of each section with each section's total, for the /hack-days overview. */
export async function listHackDayOverview({ includeDrafts, limit = 6 }: { includeDrafts: boolean; limit?: number }) {
  const sections: HackDaySection[] = includeDrafts
    ? ["live", "upcoming", "past", "drafts"]
    : ["live", "upcoming", "past"];
  const entries = await Promise.all(
    sections.map(async (section) => [section, await listHackDays({ section, page: 1, pageSize: limit })] as const),
  );
  return Object.fromEntries(entries) as Partial<Record<HackDaySection, Page<HackDayCard>>>;
}

/** A hack day with its organiser's name, or null. */
export async function getHackDay(id: number) {
  const [row] = await getDb()
    .select({
      id: hackDays.id,
      organiserId: hackDays.organiserId,
      organiserName: users.name,
      name: hackDays.name,
      description: hackDays.description,
      themes: hackDays.themes,
      startsAt: hackDays.startsAt,
      endsAt: hackDays.endsAt,
      submissionDeadline: hackDays.submissionDeadline,
      venue: hackDays.venue,
      onlineUrl: hackDays.onlineUrl,
      capacity: hackDays.capacity,
      status: hackDays.status,
      resultsPublishedAt: hackDays.resultsPublishedAt,
      createdAt: hackDays.createdAt,
      updatedAt: hackDays.updatedAt,
    })
    .from(hackDays)
    .innerJoin(users, eq(users.id, hackDays.organiserId))
    .where(eq(hackDays.id, id));
  return row ?? null;
}
export type HackDayDetails = NonNullable<Awaited<ReturnType<typeof getHackDay>>>;

/** How many people are registered and waiting. */
export async function countParticipants(hackDayId: number): Promise<{ registered: number; waitlisted: number }> {
  const rows = await getDb()
    .select({ status: hackDayParticipants.status, n: count() })
    .from(hackDayParticipants)
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), ne(hackDayParticipants.status, "cancelled")))
    .groupBy(hackDayParticipants.status);
  return {
    registered: rows.find((r) => r.status === "registered")?.n ?? 0,
    waitlisted: rows.find((r) => r.status === "waitlisted")?.n ?? 0,
  };
}

/** A person's place at a hack day: registration (with waiting-list position), team and judge role. */
export async function getViewerStanding({ hackDayId, userId }: { hackDayId: number; userId: number }) {
  const db = getDb();
  const [registration] = await db
    .select({
      status: hackDayParticipants.status,
      // Written out by hand: drizzle leaves columns unqualified in a one-table select, which
      // would make them resolve to the subquery's own alias.
      position: sql<number>`CASE WHEN hack_day_participants.status = 'waitlisted' THEN (
        SELECT count(*) + 1 FROM hack_day_participants w
        WHERE w.hack_day_id = hack_day_participants.hack_day_id AND w.status = 'waitlisted'
          AND (w.created_at < hack_day_participants.created_at OR (w.created_at = hack_day_participants.created_at AND w.rowid < hack_day_participants.rowid))
      ) END`.mapWith(Number),
    })
    .from(hackDayParticipants)
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)));
  const [team] = await db
    .select({
      projectId: projects.id,
      name: projects.name,
      role: projectMembers.role,
      memberStatus: projectMembers.status,
      submittedAt: projects.submittedAt,
    })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projectMembers.userId, userId), eq(projects.hackDayId, hackDayId)))
    .orderBy(desc(sql`${projectMembers.status} = 'active'`))
    .limit(1);
  const [judge] = await db
    .select({ userId: judges.userId })
    .from(judges)
    .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, userId)));
  return {
    registration:
      registration && registration.status !== "cancelled"
        ? { status: registration.status, position: registration.position || null }
        : null,
    team: team ?? null,
    isJudge: Boolean(judge),
  };
}

/** Every public (not draft) hack day, soonest first, for the calendar feed. */
export async function listCalendarHackDays() {
  return getDb()
    .select({
      id: hackDays.id,
      name: hackDays.name,
      description: hackDays.description,
      startsAt: hackDays.startsAt,
      endsAt: hackDays.endsAt,
      venue: hackDays.venue,
      onlineUrl: hackDays.onlineUrl,
      status: hackDays.status,
      updatedAt: hackDays.updatedAt,
    })
    .from(hackDays)
    .where(ne(hackDays.status, "draft"))
    .orderBy(asc(hackDays.startsAt), asc(hackDays.id));
}

/** Hack days people can start a project at (open or live), soonest first. */
export async function listHackDaysOpenForProjects() {
  return getDb()
    .select({
      id: hackDays.id,
      name: hackDays.name,
      status: hackDays.status,
      startsAt: hackDays.startsAt,
      endsAt: hackDays.endsAt,
      venue: hackDays.venue,
      onlineUrl: hackDays.onlineUrl,
    })
    .from(hackDays)
    .where(inArray(hackDays.status, ["open", "live"]))
    .orderBy(asc(hackDays.startsAt), asc(hackDays.id))
    .limit(50);
}

// ---------------------------------------------------------------- creating and editing

function hackDayValues(values: HackDayInput) {
  return {
    name: values.name,
    description: values.description ?? "",
    themes: values.themes ?? "",
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    submissionDeadline: values.submissionDeadline,
    venue: values.venue ?? "",
    onlineUrl: values.onlineUrl ?? null,
    capacity: values.capacity ?? null,
  };
}

/** Creates a draft hack day with the default judging criteria. Returns its id. */
export function createHackDay({ organiserId, values }: { organiserId: number; values: HackDayInput }): { id: number } {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(hackDays)
      .values({ ...hackDayValues(values), organiserId, status: "draft" })
      .returning({ id: hackDays.id })
      .get();
    tx.insert(judgingCriteria)
      .values(
        defaultJudgingCriteria.map((c, position) => ({
          hackDayId: row.id,
          name: c.name,
          description: c.description,
          weight: c.weight,
          position,
        })),
      )
      .run();
    recordAudit(
      {
        actorId: organiserId,
        action: "hack_day.created",
        objectType: "hack_day",
        objectId: row.id,
        after: { name: values.name },
      },
      tx,
    );
    return { id: row.id };
  });
}

/**
 * Saves a hack day's details. A larger capacity promotes people from the waiting list, in order;
 * a smaller one never removes anyone already registered.
 */
export function updateHackDay({
  id,
  actorId,
  values,
}: {
  id: number;
  actorId: number;
  values: HackDayInput;
}): ModelResult {
  return getDb().transaction((tx) => {
    const before = tx
      .select({ status: hackDays.status, name: hackDays.name, capacity: hackDays.capacity })
      .from(hackDays)
      .where(eq(hackDays.id, id))
      .get();
    if (!before) return refuse(404, "We could not find that hack day.");
    if (before.status === "archived") return refuse(409, "An archived hack day can no longer be edited.");
    tx.update(hackDays).set(hackDayValues(values)).where(eq(hackDays.id, id)).run();
    promoteFromWaitingList(tx, id);
    recordAudit(
      {
        actorId,
        action: "hack_day.updated",
        objectType: "hack_day",
        objectId: id,
        before: { name: before.name, capacity: before.capacity },
        after: { name: values.name, capacity: values.capacity ?? null },
      },
      tx,
    );
    return { ok: true };
  });
}

/**
 * Moves a hack day one step along draft → open → live → judging → results_published → archived,
 * refusing any other move. Going live tells registered participants; judging tells the judges;
 * publishing stamps the time and tells every team member that results and feedback are out.
 */
export function moveHackDayStatus({
  id,
  to,
  actorId,
  now = new Date(),
}: {
  id: number;
  to: HackDayStatus;
  actorId: number;
  now?: Date;
}): ModelResult<{ from: HackDayStatus }> {
  return getDb().transaction((tx) => {
    const hackDay = tx
      .select({ status: hackDays.status, name: hackDays.name })
      .from(hackDays)
      .where(eq(hackDays.id, id))
      .get();
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    const refusal = hackDayMoveRefusal(hackDay.status, to);
    if (refusal) return refuse(409, refusal);
    tx.update(hackDays)
      .set(to === "results_published" ? { status: to, resultsPublishedAt: now } : { status: to })
      .where(eq(hackDays.id, id))
      .run();
    const link = hackDayPath(id, hackDay.name);
    const messages: NotificationInput[] = [];
    if (to === "live") {
      const people = tx
        .select({ userId: hackDayParticipants.userId })
        .from(hackDayParticipants)
        .where(and(eq(hackDayParticipants.hackDayId, id), eq(hackDayParticipants.status, "registered")))
        .all();
      for (const p of people)
        messages.push({
          userId: p.userId,
          kind: "hack_day.live",
          title: `${hackDay.name} is live`,
          body: "Submissions are open until the deadline.",
          link,
        });
    }
    if (to === "judging") {
      const panel = tx.select({ userId: judges.userId }).from(judges).where(eq(judges.hackDayId, id)).all();
      for (const j of panel)
        messages.push({
          userId: j.userId,
          kind: "judging.started",
          title: `Judging has started at ${hackDay.name}`,
          body: "Score each submitted project.",
          link: `${link}/judging`,
        });
    }
    if (to === "results_published") {
      const members = tx
        .selectDistinct({ userId: projectMembers.userId })
        .from(projectMembers)
        .innerJoin(projects, eq(projects.id, projectMembers.projectId))
        .where(and(eq(projects.hackDayId, id), eq(projectMembers.status, "active")))
        .all();
      for (const m of members)
        messages.push({
          userId: m.userId,
          kind: "hack_day.results",
          title: `Results are out for ${hackDay.name}`,
          body: "See the ranking, the awards and your team's feedback from the judges.",
          link: `${link}/feedback`,
        });
    }
    notify(messages, tx);
    recordAudit(
      {
        actorId,
        action: "hack_day.status_changed",
        objectType: "hack_day",
        objectId: id,
        before: { status: hackDay.status },
        after: { status: to },
      },
      tx,
    );
    return { ok: true, from: hackDay.status };
  });
}

// ---------------------------------------------------------------- problem shortlist

/** Shortlisted problems with their demand signal; with `includeAll`, nominations and declines too. */
export async function listShortlist({ hackDayId, includeAll = false }: { hackDayId: number; includeAll?: boolean }) {
  return getDb()
    .select({
      problemId: problems.id,
      title: problems.title,
      summary: problems.summary,
      careSetting: problems.careSetting,
      specialty: problems.specialty,
      problemStatus: problems.status,
      endorsementCount: problems.endorsementCount,
      organisationCount: problems.organisationCount,
      status: hackDayProblems.status,
      nominatedByName: users.name,
    })
    .from(hackDayProblems)
    .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
    .leftJoin(users, eq(users.id, hackDayProblems.nominatedBy))
    .where(
      and(
        eq(hackDayProblems.hackDayId, hackDayId),
        sql`${problems.hiddenAt} IS NULL`,
        includeAll ? undefined : eq(hackDayProblems.status, "accepted"),
      ),
    )
    .orderBy(
      sql`CASE ${hackDayProblems.status} WHEN 'accepted' THEN 0 WHEN 'nominated' THEN 1 ELSE 2 END`,
      desc(problems.organisationCount),
      desc(problems.endorsementCount),
      asc(problems.id),
    )
    .limit(200);
}
export type ShortlistEntry = Awaited<ReturnType<typeof listShortlist>>[number];

/** A clinician's own problems that could be nominated for a hack day (not already on its list). */
export async function listNominatableProblems({ hackDayId, userId }: { hackDayId: number; userId: number }) {
  return getDb()
    .select({ id: problems.id, title: problems.title })
    .from(problems)
    .where(
      and(
        eq(problems.authorId, userId),
        inArray(problems.status, ["open", "in_progress"]),
        sql`${problems.hiddenAt} IS NULL`,
        notInArray(
          problems.id,
          getDb()
            .select({ id: hackDayProblems.problemId })
            .from(hackDayProblems)
            .where(eq(hackDayProblems.hackDayId, hackDayId)),
        ),
      ),
    )
    .orderBy(desc(problems.createdAt))
    .limit(100);
}

function shortlistableProblem(tx: Tx, problemId: number) {
  return tx
    .select({
      id: problems.id,
      title: problems.title,
      authorId: problems.authorId,
      status: problems.status,
      hiddenAt: problems.hiddenAt,
    })
    .from(problems)
    .where(eq(problems.id, problemId))
    .get();
}

/** A clinician nominates one of their own open problems for an open hack day; the organiser is told. */
export function nominateProblem({
  hackDayId,
  problemId,
  userId,
}: {
  hackDayId: number;
  problemId: number;
  userId: number;
}): ModelResult {
  return getDb().transaction((tx) => {
    const hackDay = tx
      .select({ status: hackDays.status, name: hackDays.name, organiserId: hackDays.organiserId })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .get();
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    if (!acceptsNominations(hackDay.status))
      return refuse(409, "Problems can be nominated only while the hack day is open for registration.", "problemId");
    const problem = shortlistableProblem(tx, problemId);
    if (!problem || problem.hiddenAt || problem.authorId !== userId)
      return refuse(403, "You can nominate only problems you posted.", "problemId");
    if (problem.status !== "open" && problem.status !== "in_progress")
      return refuse(409, "Only open problems can be nominated.", "problemId");
    const existing = tx
      .select({ status: hackDayProblems.status })
      .from(hackDayProblems)
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .get();
    if (existing) return refuse(409, "This problem is already on this hack day's list.", "problemId");
    tx.insert(hackDayProblems).values({ hackDayId, problemId, nominatedBy: userId, status: "nominated" }).run();
    notify(
      {
        userId: hackDay.organiserId,
        kind: "hack_day.nomination",
        title: `A problem was nominated for ${hackDay.name}`,
        body: problem.title,
        link: hackDayPath(hackDayId, hackDay.name),
      },
      tx,
    );
    recordAudit(
      {
        actorId: userId,
        action: "hack_day.problem_nominated",
        objectType: "hack_day",
        objectId: hackDayId,
        after: { problemId },
      },
      tx,
    );
    return { ok: true };
  });
}

/** The organiser puts a problem straight on the shortlist (before opening, or at any time until judging). */
export function shortlistProblem({
  hackDayId,
  problemId,
  actorId,
}: {
  hackDayId: number;
  problemId: number;
  actorId: number;
}): ModelResult {
  return getDb().transaction((tx) => {
    const hackDay = tx
      .select({ status: hackDays.status, name: hackDays.name })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .get();
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    if (!allowsShortlistChanges(hackDay.status))
      return refuse(409, "The shortlist is closed once judging starts.", "problem");
    const problem = shortlistableProblem(tx, problemId);
    if (!problem || problem.hiddenAt) return refuse(400, "There is no problem with that number.", "problem");
    if (problem.status !== "open" && problem.status !== "in_progress")
      return refuse(409, "Only open or in-progress problems can be shortlisted.", "problem");
    const existing = tx
      .select({ status: hackDayProblems.status })
      .from(hackDayProblems)
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .get();
    if (existing?.status === "accepted") return refuse(409, "This problem is already shortlisted.", "problem");
    if (existing)
      tx.update(hackDayProblems)
        .set({ status: "accepted" })
        .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
        .run();
    else tx.insert(hackDayProblems).values({ hackDayId, problemId, nominatedBy: actorId, status: "accepted" }).run();
    notify(
      {
        userId: problem.authorId,
        kind: "hack_day.shortlisted",
        title: `Your problem is shortlisted for ${hackDay.name}`,
        body: problem.title,
        link: hackDayPath(hackDayId, hackDay.name),
      },
      tx,
    );
    recordAudit(
      {
        actorId,
        action: "hack_day.problem_shortlisted",
        objectType: "hack_day",
        objectId: hackDayId,
        after: { problemId },
      },
      tx,
    );
    return { ok: true };
  });
}

/** The organiser accepts or declines a nomination (or takes a problem off the shortlist). */
export function decideNomination({
  hackDayId,
  problemId,
  decision,
  actorId,
}: {
  hackDayId: number;
  problemId: number;
  decision: "accepted" | "declined";
  actorId: number;
}): ModelResult {
  return getDb().transaction((tx) => {
    const hackDay = tx
      .select({ status: hackDays.status, name: hackDays.name })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .get();
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    if (!allowsShortlistChanges(hackDay.status)) return refuse(409, "The shortlist is closed once judging starts.");
    const row = tx
      .select({
        status: hackDayProblems.status,
        nominatedBy: hackDayProblems.nominatedBy,
        authorId: problems.authorId,
        title: problems.title,
      })
      .from(hackDayProblems)
      .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .get();
    if (!row) return refuse(404, "That problem is not on this hack day's list.");
    if (row.status === decision) return { ok: true };
    if (decision === "declined") {
      const [teams] = tx
        .select({ n: count() })
        .from(projects)
        .where(and(eq(projects.hackDayId, hackDayId), eq(projects.problemId, problemId)))
        .all();
      if ((teams?.n ?? 0) > 0)
        return refuse(409, "A team is already working on this problem, so it stays on the shortlist.");
    }
    tx.update(hackDayProblems)
      .set({ status: decision })
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .run();
    notify(
      {
        userId: row.authorId,
        kind: `hack_day.nomination_${decision}`,
        title:
          decision === "accepted"
            ? `Your problem is shortlisted for ${hackDay.name}`
            : `Your problem was not shortlisted for ${hackDay.name}`,
        body: row.title,
        link: hackDayPath(hackDayId, hackDay.name),
      },
      tx,
    );
    recordAudit(
      {
        actorId,
        action: `hack_day.problem_${decision}`,
        objectType: "hack_day",
        objectId: hackDayId,
        before: { status: row.status },
        after: { problemId, status: decision },
      },
      tx,
    );
    return { ok: true };
  });
}

// ---------------------------------------------------------------- registration and waiting list

/** Moves people from the waiting list into free places, first come first served. */
function promoteFromWaitingList(tx: Tx, hackDayId: number): number[] {
  const hackDay = tx
    .select({ capacity: hackDays.capacity, name: hackDays.name })
    .from(hackDays)
    .where(eq(hackDays.id, hackDayId))
    .get();
  if (!hackDay) return [];
  const [registered] = tx
    .select({ n: count() })
    .from(hackDayParticipants)
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "registered")))
    .all();
  const free = hackDay.capacity === null ? Number.MAX_SAFE_INTEGER : hackDay.capacity - (registered?.n ?? 0);
  if (free <= 0) return [];
  const waiting = tx
    .select({ userId: hackDayParticipants.userId })
    .from(hackDayParticipants)
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "waitlisted")))
    .orderBy(asc(hackDayParticipants.createdAt), sql`hack_day_participants.rowid`)
    .limit(Math.min(free, 10_000))
    .all();
  if (waiting.length === 0) return [];
  const ids = waiting.map((w) => w.userId);
  tx.update(hackDayParticipants)
    .set({ status: "registered" })
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), inArray(hackDayParticipants.userId, ids)))
    .run();
  notify(
    ids.map((userId) => ({
      userId,
      kind: "hack_day.promoted",
      title: `You have a place at ${hackDay.name}`,
      body: "A place came free and you were next on the waiting list.",
      link: hackDayPath(hackDayId, hackDay.name),
    })),
    tx,
  );
  return ids;
}

/**
 * Registers a person, or puts them on the waiting list when the hack day is full. Registering
 * again after cancelling goes to the back of the queue.
 */
export function registerForHackDay({
  hackDayId,
  userId,
  now = new Date(),
}: {
  hackDayId: number;
  userId: number;
  now?: Date;
}): ModelResult<{ status: "registered" | "waitlisted" }> {
  return getDb().transaction((tx) => {
    const hackDay = tx
      .select({ status: hackDays.status, capacity: hackDays.capacity })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .get();
    if (!hackDay) return refuse(404, "We could not find that hack day.");
    if (!acceptsRegistrations(hackDay.status)) return refuse(409, "Registration for this hack day is closed.");
    const existing = tx
      .select({ status: hackDayParticipants.status })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .get();
    if (existing && existing.status !== "cancelled") return { ok: true, status: existing.status };
    const [registered] = tx
      .select({ n: count() })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "registered")))
      .all();
    const [waiting] = tx
      .select({ n: count() })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "waitlisted")))
      .all();
    // Nobody jumps the queue: while anyone is waiting, newcomers wait too.
    const full = hackDay.capacity !== null && ((registered?.n ?? 0) >= hackDay.capacity || (waiting?.n ?? 0) > 0);
    const status = full ? ("waitlisted" as const) : ("registered" as const);
    if (existing) {
      tx.update(hackDayParticipants)
        .set({ status, createdAt: now })
        .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
        .run();
    } else {
      tx.insert(hackDayParticipants).values({ hackDayId, userId, status, createdAt: now }).run();
    }
    recordAudit({ actorId: userId, action: `hack_day.${status}`, objectType: "hack_day", objectId: hackDayId }, tx);
    return { ok: true, status };
  });
}

/** Cancels a registration (or leaves the waiting list); a freed place goes to the next in line. */
export function cancelRegistration({
  hackDayId,
  userId,
}: {
  hackDayId: number;
  userId: number;
}): ModelResult<{ promoted: number[] }> {
  return getDb().transaction((tx) => {
    const row = tx
      .select({ status: hackDayParticipants.status })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .get();
    if (!row || row.status === "cancelled") return refuse(409, "You are not registered for this hack day.");
    const team = tx
      .select({ projectId: projectMembers.projectId })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(eq(projectMembers.userId, userId), eq(projects.hackDayId, hackDayId)))
      .get();
    if (team)
      return refuse(
        409,
        "You are on a team (or asked to join one) at this hack day. Leave the team or withdraw your request first.",
      );
    tx.update(hackDayParticipants)
      .set({ status: "cancelled" })
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .run();
    const promoted = row.status === "registered" ? promoteFromWaitingList(tx, hackDayId) : [];
    recordAudit(
      {
        actorId: userId,
        action: "hack_day.registration_cancelled",
        objectType: "hack_day",
        objectId: hackDayId,
        before: { status: row.status },
        after: { promoted },
      },
      tx,
    );
    return { ok: true, promoted };
  });
}

/** Every status, for forms that list them. */
export const hackDayStatusOptions = hackDayStatuses.values.map((value) => ({
  value,
  label: hackDayStatuses.label(value),
}));
