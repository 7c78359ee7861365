/**
 * Hack days: listing, creating, editing, the status chain, the problem shortlist and registration
 * with a waiting list. Every write that touches several rows runs in one transaction.
 */
import { and, asc, count, countDistinct, desc, eq, inArray, isNull, ne, notInArray, sql } from "drizzle-orm";
import {
  hackDayParticipants,
  hackDayProblems,
  hackDays,
  judges,
  judgingCriteria,
  problems,
  projectMembers,
  projects,
  scores,
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
import { defaultJudgingCriteria, publishResultsRefusal } from "../domain/judging";
import type { HackDayStatus } from "../domain/taxonomy";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../utils/pagination";
import { hackDayFeedbackPath, hackDayJudgingPath, hackDayPath } from "../utils/paths";
import { problemIdFromText, type HackDayInput } from "../validation/hack-days";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { insertionOrder } from "./dialect.server";
import { notify, type NotificationInput } from "./notifications.server";
import { listProblems } from "./problem-search.server";
import { isShortlistable, shortlistableStatuses } from "../domain/problem-status";

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
          AND (w.created_at < hack_day_participants.created_at OR (w.created_at = hack_day_participants.created_at AND ${insertionOrder(sql.raw("w"))} < ${insertionOrder(sql.raw("hack_day_participants"))}))
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

const calendarColumns = {
  id: hackDays.id,
  name: hackDays.name,
  description: hackDays.description,
  startsAt: hackDays.startsAt,
  endsAt: hackDays.endsAt,
  venue: hackDays.venue,
  onlineUrl: hackDays.onlineUrl,
  status: hackDays.status,
  createdAt: hackDays.createdAt,
  updatedAt: hackDays.updatedAt,
  // The iCalendar SEQUENCE: how many times the organiser saved the hack day's details (its name,
  // dates and place live there), counted from the audit log, which is never rewritten in that
  // respect, so the number only grows (decision record 0061).
  sequence:
    sql<number>`(SELECT count(*) FROM audit_events ae WHERE ae.object_type = 'hack_day' AND ae.object_id = hack_days.id AND ae.action = 'hack_day.updated')`.mapWith(
      Number,
    ),
};

/** Every public (not draft) hack day, soonest first, for the calendar feed. */
export async function listCalendarHackDays() {
  return getDb()
    .select(calendarColumns)
    .from(hackDays)
    .where(ne(hackDays.status, "draft"))
    .orderBy(asc(hackDays.startsAt), asc(hackDays.id));
}

/** One public (not draft) hack day as its calendar file needs it, or null. */
export async function getCalendarHackDay(id: number) {
  const [row] = await getDb()
    .select(calendarColumns)
    .from(hackDays)
    .where(and(eq(hackDays.id, id), ne(hackDays.status, "draft")));
  return row ?? null;
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

/** The refusal for a hack day that does not exist. */
export const HACK_DAY_NOT_FOUND = refuse(404, "We could not find that hack day.");

/**
 * What a write checks about a hack day before it changes anything (status, name, capacity and
 * organiser), or null when there is none. Inside a transaction it reads through that transaction.
 */
export async function findHackDay(id: number) {
  const [hackDay] = await getDb()
    .select({
      status: hackDays.status,
      name: hackDays.name,
      capacity: hackDays.capacity,
      organiserId: hackDays.organiserId,
    })
    .from(hackDays)
    .where(eq(hackDays.id, id))
    .limit(1);
  return hackDay ?? null;
}

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
export async function createHackDay({
  organiserId,
  values,
}: {
  organiserId: number;
  values: HackDayInput;
}): Promise<{ id: number }> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .insert(hackDays)
      .values({ ...hackDayValues(values), organiserId, status: "draft" })
      .returning({ id: hackDays.id });
    await tx.insert(judgingCriteria).values(
      defaultJudgingCriteria.map((c, position) => ({
        hackDayId: row!.id,
        name: c.name,
        description: c.description,
        weight: c.weight,
        position,
      })),
    );
    await recordAudit({
      actorId: organiserId,
      action: "hack_day.created",
      objectType: "hack_day",
      objectId: row!.id,
      after: { name: values.name },
    });
    return { id: row!.id };
  });
}

/**
 * Saves a hack day's details. A larger capacity promotes people from the waiting list, in order;
 * a smaller one never removes anyone already registered.
 */
export async function updateHackDay({
  id,
  actorId,
  values,
}: {
  id: number;
  actorId: number;
  values: HackDayInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const before = await findHackDay(id);
    if (!before) return HACK_DAY_NOT_FOUND;
    if (before.status === "archived") return refuse(409, "An archived hack day can no longer be edited.");
    await tx.update(hackDays).set(hackDayValues(values)).where(eq(hackDays.id, id));
    await promoteFromWaitingList(id);
    await recordAudit({
      actorId,
      action: "hack_day.updated",
      objectType: "hack_day",
      objectId: id,
      before: { name: before.name, capacity: before.capacity },
      after: { name: values.name, capacity: values.capacity ?? null },
    });
    return { ok: true };
  });
}

/**
 * Moves a hack day one step along draft → open → live → judging → results_published → archived,
 * refusing any other move. Going live tells registered participants; judging tells the judges;
 * publishing stamps the time and tells every team member that results and feedback are out.
 */
export async function moveHackDayStatus({
  id,
  to,
  actorId,
  now = new Date(),
}: {
  id: number;
  to: HackDayStatus;
  actorId: number;
  now?: Date;
}): Promise<ModelResult<{ from: HackDayStatus }>> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(id);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    const refusal = hackDayMoveRefusal(hackDay.status, to);
    if (refusal) return refuse(409, refusal);
    if (to === "results_published") {
      const [scored] = await tx
        .select({ n: countDistinct(scores.projectId) })
        .from(scores)
        .where(eq(scores.hackDayId, id));
      const notYet = publishResultsRefusal({ inJudging: true, scoredProjects: scored?.n ?? 0 });
      if (notYet) return notYet;
    }
    await tx
      .update(hackDays)
      .set(to === "results_published" ? { status: to, resultsPublishedAt: now } : { status: to })
      .where(eq(hackDays.id, id));
    const event = { id, name: hackDay.name };
    const messages: NotificationInput[] = [];
    if (to === "live") {
      const people = await tx
        .select({ userId: hackDayParticipants.userId })
        .from(hackDayParticipants)
        .where(and(eq(hackDayParticipants.hackDayId, id), eq(hackDayParticipants.status, "registered")));
      for (const p of people)
        messages.push({
          userId: p.userId,
          kind: "hack_day.live",
          title: `${hackDay.name} is live`,
          body: "Submissions are open until the deadline.",
          link: hackDayPath(event),
        });
    }
    if (to === "judging") {
      const panel = await tx.select({ userId: judges.userId }).from(judges).where(eq(judges.hackDayId, id));
      for (const j of panel)
        messages.push({
          userId: j.userId,
          kind: "judging.started",
          title: `Judging has started at ${hackDay.name}`,
          body: "Score each submitted project.",
          link: hackDayJudgingPath(event),
        });
    }
    if (to === "results_published") {
      const members = await tx
        .selectDistinct({ userId: projectMembers.userId })
        .from(projectMembers)
        .innerJoin(projects, eq(projects.id, projectMembers.projectId))
        .where(and(eq(projects.hackDayId, id), eq(projectMembers.status, "active")));
      for (const m of members)
        messages.push({
          userId: m.userId,
          kind: "hack_day.results",
          title: `Results are out for ${hackDay.name}`,
          body: "See the ranking, the awards and your team's feedback from the judges.",
          link: hackDayFeedbackPath(event),
        });
    }
    await notify(messages);
    await recordAudit({
      actorId,
      action: "hack_day.status_changed",
      objectType: "hack_day",
      objectId: id,
      before: { status: hackDay.status },
      after: { status: to },
    });
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
        inArray(problems.status, [...shortlistableStatuses]),
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

async function shortlistableProblem(problemId: number) {
  const [row] = await getDb()
    .select({
      id: problems.id,
      title: problems.title,
      authorId: problems.authorId,
      status: problems.status,
      hiddenAt: problems.hiddenAt,
    })
    .from(problems)
    .where(eq(problems.id, problemId))
    .limit(1);
  return row;
}

/** A clinician nominates one of their own open problems for an open hack day; the organiser is told. */
export async function nominateProblem({
  hackDayId,
  problemId,
  userId,
}: {
  hackDayId: number;
  problemId: number;
  userId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    if (!acceptsNominations(hackDay.status))
      return refuse(409, "Problems can be nominated only while the hack day is open for registration.", "problemId");
    const problem = await shortlistableProblem(problemId);
    if (!problem || problem.hiddenAt || problem.authorId !== userId)
      return refuse(403, "You can nominate only problems you posted.", "problemId");
    if (!isShortlistable(problem.status)) return refuse(409, "Only open problems can be nominated.", "problemId");
    const [existing] = await tx
      .select({ status: hackDayProblems.status })
      .from(hackDayProblems)
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .limit(1);
    if (existing) return refuse(409, "This problem is already on this hack day's list.", "problemId");
    await tx.insert(hackDayProblems).values({ hackDayId, problemId, nominatedBy: userId, status: "nominated" });
    await notify({
      userId: hackDay.organiserId,
      kind: "hack_day.nomination",
      title: `A problem was nominated for ${hackDay.name}`,
      body: problem.title,
      link: hackDayPath({ id: hackDayId, name: hackDay.name }),
    });
    await recordAudit({
      actorId: userId,
      action: "hack_day.problem_nominated",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { problemId },
    });
    return { ok: true };
  });
}

/** How many problems a shortlist search offers at once. */
const CANDIDATES = 8;

/**
 * Problems an organiser could shortlist for a search: by number or link when the text is one
 * (problemIdFromText), else a full-text search of open problems then in-progress ones, the best
 * matches of each first. Each says whether it is on this hack day's list already.
 */
export async function findShortlistCandidates({ hackDayId, query }: { hackDayId: number; query: string }) {
  const id = problemIdFromText(query);
  const found =
    id !== null
      ? await getDb()
          .select({ id: problems.id, title: problems.title, status: problems.status })
          .from(problems)
          .where(
            and(eq(problems.id, id), isNull(problems.hiddenAt), inArray(problems.status, [...shortlistableStatuses])),
          )
      : (
          await Promise.all(
            shortlistableStatuses.map((status) => listProblems({ q: query, status, pageSize: CANDIDATES })),
          )
        )
          .flatMap((page) => page.items)
          .slice(0, CANDIDATES)
          .map((p) => ({ id: p.id, title: p.title, status: p.status }));
  if (found.length === 0) return [];
  const listed = await getDb()
    .select({ problemId: hackDayProblems.problemId, status: hackDayProblems.status })
    .from(hackDayProblems)
    .where(
      and(
        eq(hackDayProblems.hackDayId, hackDayId),
        inArray(
          hackDayProblems.problemId,
          found.map((p) => p.id),
        ),
      ),
    );
  const onList = new Map(listed.map((l) => [l.problemId, l.status]));
  return found.map((p) => ({ ...p, shortlisted: onList.get(p.id) === "accepted" }));
}

/** The organiser puts a problem straight on the shortlist (before opening, or at any time until judging). */
export async function shortlistProblem({
  hackDayId,
  problemId,
  actorId,
}: {
  hackDayId: number;
  problemId: number;
  actorId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    if (!allowsShortlistChanges(hackDay.status))
      return refuse(409, "The shortlist is closed once judging starts.", "problem");
    const problem = await shortlistableProblem(problemId);
    if (!problem || problem.hiddenAt) return refuse(400, "There is no problem with that number.", "problem");
    if (!isShortlistable(problem.status))
      return refuse(409, "Only open or in-progress problems can be shortlisted.", "problem");
    const [existing] = await tx
      .select({ status: hackDayProblems.status })
      .from(hackDayProblems)
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .limit(1);
    if (existing?.status === "accepted") return refuse(409, "This problem is already shortlisted.", "problem");
    if (existing)
      await tx
        .update(hackDayProblems)
        .set({ status: "accepted" })
        .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)));
    else await tx.insert(hackDayProblems).values({ hackDayId, problemId, nominatedBy: actorId, status: "accepted" });
    await notify({
      userId: problem.authorId,
      kind: "hack_day.shortlisted",
      title: `Your problem is shortlisted for ${hackDay.name}`,
      body: problem.title,
      link: hackDayPath({ id: hackDayId, name: hackDay.name }),
    });
    await recordAudit({
      actorId,
      action: "hack_day.problem_shortlisted",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { problemId },
    });
    return { ok: true };
  });
}

/** The organiser accepts or declines a nomination (or takes a problem off the shortlist). */
export async function decideNomination({
  hackDayId,
  problemId,
  decision,
  actorId,
}: {
  hackDayId: number;
  problemId: number;
  decision: "accepted" | "declined";
  actorId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    if (!allowsShortlistChanges(hackDay.status)) return refuse(409, "The shortlist is closed once judging starts.");
    const [row] = await tx
      .select({
        status: hackDayProblems.status,
        nominatedBy: hackDayProblems.nominatedBy,
        authorId: problems.authorId,
        title: problems.title,
      })
      .from(hackDayProblems)
      .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)))
      .limit(1);
    if (!row) return refuse(404, "That problem is not on this hack day's list.");
    if (row.status === decision) return { ok: true };
    if (decision === "declined") {
      const [teams] = await tx
        .select({ n: count() })
        .from(projects)
        .where(and(eq(projects.hackDayId, hackDayId), eq(projects.problemId, problemId)));
      if ((teams?.n ?? 0) > 0)
        return refuse(409, "A team is already working on this problem, so it stays on the shortlist.");
    }
    await tx
      .update(hackDayProblems)
      .set({ status: decision })
      .where(and(eq(hackDayProblems.hackDayId, hackDayId), eq(hackDayProblems.problemId, problemId)));
    await notify({
      userId: row.authorId,
      kind: `hack_day.nomination_${decision}`,
      title:
        decision === "accepted"
          ? `Your problem is shortlisted for ${hackDay.name}`
          : `Your problem was not shortlisted for ${hackDay.name}`,
      body: row.title,
      link: hackDayPath({ id: hackDayId, name: hackDay.name }),
    });
    await recordAudit({
      actorId,
      action: `hack_day.problem_${decision}`,
      objectType: "hack_day",
      objectId: hackDayId,
      before: { status: row.status },
      after: { problemId, status: decision },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------- registration and waiting list

/**
 * Moves people from the waiting list into free places, first come first served. Called inside the
 * caller's transaction, which it joins.
 */
async function promoteFromWaitingList(hackDayId: number): Promise<number[]> {
  return inTransaction(async (tx) => {
    const [hackDay] = await tx
      .select({ capacity: hackDays.capacity, name: hackDays.name })
      .from(hackDays)
      .where(eq(hackDays.id, hackDayId))
      .limit(1);
    if (!hackDay) return [];
    const [registered] = await tx
      .select({ n: count() })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "registered")));
    const free = hackDay.capacity === null ? Number.MAX_SAFE_INTEGER : hackDay.capacity - (registered?.n ?? 0);
    if (free <= 0) return [];
    const waiting = await tx
      .select({ userId: hackDayParticipants.userId })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "waitlisted")))
      .orderBy(asc(hackDayParticipants.createdAt), insertionOrder(sql.raw("hack_day_participants")))
      .limit(Math.min(free, 10_000));
    if (waiting.length === 0) return [];
    const ids = waiting.map((w) => w.userId);
    await tx
      .update(hackDayParticipants)
      .set({ status: "registered" })
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), inArray(hackDayParticipants.userId, ids)));
    await notify(
      ids.map((userId) => ({
        userId,
        kind: "hack_day.promoted",
        title: `You have a place at ${hackDay.name}`,
        body: "A place came free and you were next on the waiting list.",
        link: hackDayPath({ id: hackDayId, name: hackDay.name }),
      })),
    );
    return ids;
  });
}

/**
 * Registers a person, or puts them on the waiting list when the hack day is full. Registering
 * again after cancelling goes to the back of the queue.
 */
export async function registerForHackDay({
  hackDayId,
  userId,
  now = new Date(),
}: {
  hackDayId: number;
  userId: number;
  now?: Date;
}): Promise<ModelResult<{ status: "registered" | "waitlisted" }>> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    if (!acceptsRegistrations(hackDay.status)) return refuse(409, "Registration for this hack day is closed.");
    const [existing] = await tx
      .select({ status: hackDayParticipants.status })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .limit(1);
    if (existing && existing.status !== "cancelled") return { ok: true, status: existing.status };
    const [registered] = await tx
      .select({ n: count() })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "registered")));
    const [waiting] = await tx
      .select({ n: count() })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.status, "waitlisted")));
    // Nobody jumps the queue: while anyone is waiting, newcomers wait too.
    const full = hackDay.capacity !== null && ((registered?.n ?? 0) >= hackDay.capacity || (waiting?.n ?? 0) > 0);
    const status = full ? ("waitlisted" as const) : ("registered" as const);
    if (existing) {
      await tx
        .update(hackDayParticipants)
        .set({ status, createdAt: now })
        .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)));
    } else {
      await tx.insert(hackDayParticipants).values({ hackDayId, userId, status, createdAt: now });
    }
    await recordAudit({ actorId: userId, action: `hack_day.${status}`, objectType: "hack_day", objectId: hackDayId });
    return { ok: true, status };
  });
}

/** Cancels a registration (or leaves the waiting list); a freed place goes to the next in line. */
export async function cancelRegistration({
  hackDayId,
  userId,
}: {
  hackDayId: number;
  userId: number;
}): Promise<ModelResult<{ promoted: number[] }>> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .select({ status: hackDayParticipants.status })
      .from(hackDayParticipants)
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
      .limit(1);
    if (!row || row.status === "cancelled") return refuse(409, "You are not registered for this hack day.");
    const [team] = await tx
      .select({ projectId: projectMembers.projectId })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(eq(projectMembers.userId, userId), eq(projects.hackDayId, hackDayId)))
      .limit(1);
    if (team)
      return refuse(
        409,
        "You are on a team (or asked to join one) at this hack day. Leave the team or withdraw your request first.",
      );
    await tx
      .update(hackDayParticipants)
      .set({ status: "cancelled" })
      .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)));
    const promoted = row.status === "registered" ? await promoteFromWaitingList(hackDayId) : [];
    await recordAudit({
      actorId: userId,
      action: "hack_day.registration_cancelled",
      objectType: "hack_day",
      objectId: hackDayId,
      before: { status: row.status },
      after: { promoted },
    });
    return { ok: true, promoted };
  });
}
