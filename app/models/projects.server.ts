import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  awards,
  gateItemStatusesTable,
  hackDays,
  mentorProfiles,
  mentorships,
  outcomes,
  pilots,
  problems,
  projectDocuments,
  projectMembers,
  projects,
  stageMoves,
  users,
} from "../../db/schema";
import { gateItemsFor, type GateItem } from "../domain/gates";
import {
  awaitsVerification,
  effectiveGateStatus,
  isItemDone,
  openGateItems,
  unmetRequiredItems,
  type GateRecords,
  type ProjectFacts,
} from "../domain/gate-progress";
import { expertiseNeeded, matchMentors, mentorReason } from "../domain/matching";
import { gateEditRefusal, seesPrivateEvidence, stageRequestRefusal } from "../domain/pipeline";
import { hasRole, isOrganiser } from "../domain/roles";
import { isStalled, nextStage, stageKeys, type Stage } from "../domain/stages";
import type { ExpertiseArea, GateItemStatus } from "../domain/taxonomy";
import { getDb, readUntilNextWrite, type Viewer } from "./core.server";
import { alias, projectMatches, projectSearchMatches, searchQuery, stringAgg } from "./dialect.server";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../utils/pagination";
import type { ProjectFilters } from "../validation/browse";
import { loadProjectFunding } from "./funding.server";
import { listProjectScreenshots } from "./screenshots.server";
import { findPendingRequest, loadGateRecords, loadProjectFacts, loadProjectStanding } from "./project-standing.server";

/** Who is looking: enough to decide what they may see. */

// ---------------------------------------------------------------- shared SQL pieces

/**
 * A project is public once it has been submitted; before that only its team and organisers see it
 * (docs/decisions/0040-what-the-read-pages-show.md).
 */
export const isPublicProject: SQL = isNotNull(projects.submittedAt);

/** `EXISTS` the viewer is an active member of the project in the current row. */
export function viewerIsMemberSql(viewerId: number): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = ${projects.id} AND pm.user_id = ${viewerId} AND pm.status = 'active')`.mapWith(
    Boolean,
  );
}

/** `EXISTS` the viewer is an active mentor of the project in the current row. */
export function viewerIsMentorSql(viewerId: number): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM mentorships ms WHERE ms.project_id = ${projects.id} AND ms.mentor_id = ${viewerId} AND ms.status = 'active')`.mapWith(
    Boolean,
  );
}

/** The WHERE clause for the gallery's filters (public projects only). */
function galleryWhere(filters: ProjectFilters, match: string | null): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    isPublicProject,
    filters.stage ? eq(projects.stage, filters.stage) : undefined,
    filters.state ? eq(projects.state, filters.state) : undefined,
    filters.careSetting ? eq(projects.careSetting, filters.careSetting) : undefined,
    filters.specialty ? eq(projects.specialty, filters.specialty) : undefined,
    filters.hackDay ? eq(projects.hackDayId, filters.hackDay) : undefined,
    filters.problem ? eq(projects.problemId, filters.problem) : undefined,
    match ? projectMatches(projects.id, match) : undefined,
  ];
  return and(...conditions);
}

/** What a team made, as the submission form edits it and a judge's score sheet shows it. */
export const submittedWorkColumns = {
  id: projects.id,
  name: projects.name,
  tagline: projects.tagline,
  description: projects.description,
  repoUrl: projects.repoUrl,
  demoUrl: projects.demoUrl,
  videoUrl: projects.videoUrl,
  tech: projects.tech,
};

/** The columns every project card shows. A hidden problem is not linked to. */
export const cardColumns = {
  id: projects.id,
  name: projects.name,
  tagline: projects.tagline,
  stage: projects.stage,
  state: projects.state,
  careSetting: projects.careSetting,
  specialty: projects.specialty,
  problemId: problems.id,
  problemTitle: problems.title,
  hackDayId: hackDays.id,
  hackDayName: hackDays.name,
  createdAt: projects.createdAt,
};
export type ProjectCard = {
  id: number;
  name: string;
  tagline: string;
  stage: Stage;
  state: "active" | "paused" | "archived";
  careSetting: string | null;
  specialty: string | null;
  problemId: number | null;
  problemTitle: string | null;
  hackDayId: number | null;
  hackDayName: string | null;
  createdAt: Date;
};

// ---------------------------------------------------------------- gallery

/**
 * The projects gallery: public projects with the given filters, newest first (id breaks ties so
 * pages never overlap); with a search, best match first.
 */
export async function listProjects({
  filters,
  page,
  pageSize = PAGE_SIZE,
}: {
  filters: ProjectFilters;
  page: number;
  pageSize?: number;
}): Promise<Page<ProjectCard>> {
  const db = getDb();
  const match = filters.q ? searchQuery(filters.q) : null;
  const where = galleryWhere(filters, match);
  const { limit, offset } = pageWindow(page, pageSize);

  const base = db
    .select(cardColumns)
    .from(projects)
    .leftJoin(problems, and(eq(problems.id, projects.problemId), isNull(problems.hiddenAt)))
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .$dynamic();
  const rows = match
    ? await base
        .innerJoin(projectSearchMatches(match), sql`fts.fts_id = ${projects.id}`)
        .where(where)
        .orderBy(sql`fts.fts_rank`, desc(projects.id))
        .limit(limit)
        .offset(offset)
    : await base.where(where).orderBy(desc(projects.createdAt), desc(projects.id)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(where);
  return toPage(rows as ProjectCard[], total?.n ?? 0, page, pageSize);
}

/** Hack days that have public projects, for the gallery's filter (newest first, at most 100). */
export async function listHackDaysWithProjects(): Promise<{ id: number; name: string }[]> {
  return getDb()
    .select({ id: hackDays.id, name: hackDays.name })
    .from(hackDays)
    .where(
      and(
        sql`${hackDays.status} <> 'draft'`,
        sql`EXISTS (SELECT 1 FROM projects p WHERE p.hack_day_id = ${hackDays.id} AND p.submitted_at IS NOT NULL)`,
      ),
    )
    .orderBy(desc(hackDays.startsAt), desc(hackDays.id))
    .limit(100);
}

// ---------------------------------------------------------------- one project

export type GateRow = {
  key: string;
  label: string;
  guidance: string;
  standard: string;
  required: boolean;
  derived: boolean;
  status: GateItemStatus;
  /** Settled, and verified where the item names a verifier. */
  done: boolean;
  awaitingVerification: boolean;
  /** Empty when the item's evidence is private to the team, verifiers and organisers. */
  evidence: string;
  choiceLabel: string | null;
  documents: number;
  verifier: { expertise: ExpertiseArea } | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
};
export type GateGroup = {
  stage: Exclude<Stage, "prototype">;
  /** passed: the project is at or beyond this stage; next: the gate it is working on; later: beyond that. */
  position: "passed" | "next" | "later";
  items: GateRow[];
  settled: number;
};

type StoredGateRow = {
  status: GateItemStatus;
  evidence: string;
  choice: string | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
};

/** The gate items grouped by the stage they lead into, joined with the project's recorded statuses. */
function buildGateGroups({
  stage,
  stored,
  records,
  facts,
  documents,
  seesPrivate,
}: {
  stage: Stage;
  stored: Map<string, StoredGateRow>;
  records: GateRecords;
  facts: ProjectFacts;
  documents: Map<string, number>;
  seesPrivate: boolean;
}): GateGroup[] {
  const current = stageKeys.indexOf(stage);
  return stageKeys.slice(1).map((gateStage, i) => {
    const index = i + 1;
    const items = gateItemsFor(gateStage).map((item: GateItem): GateRow => {
      const row = stored.get(item.key);
      const shown = !item.derived && (seesPrivate || !item.privateEvidence);
      return {
        key: item.key,
        label: item.label,
        guidance: item.guidance,
        standard: item.standard,
        required: item.required,
        derived: Boolean(item.derived),
        status: effectiveGateStatus(item, row?.status, facts),
        done: isItemDone(item, records[item.key], facts),
        awaitingVerification: awaitsVerification(item, records[item.key]),
        evidence: shown ? (row?.evidence ?? "") : "",
        choiceLabel: (shown && item.choices?.find((c) => c.value === row?.choice)?.label) || null,
        documents: documents.get(item.key) ?? 0,
        verifier: item.verifier,
        verifiedByName: row?.verifiedByName ?? null,
        verifiedAt: row?.verifiedAt ?? null,
      };
    });
    return {
      stage: gateStage as GateGroup["stage"],
      position: index <= current ? "passed" : index === current + 1 ? "next" : "later",
      items,
      settled: items.filter((item) => item.done).length,
    };
  });
}

const verifier = alias(users, "verifier");
const actor = alias(users, "actor");

/**
 * Everything the project page shows, or null when there is no such project or the viewer may not
 * see it (an unsubmitted project outside its team). What is private is decided here, in the queries:
 * funding interests reach only the team and organisers (all of them) or a funder (their own), and
 * a funder's private note only that funder (app/models/funding.server.ts);
 * mentorship notes are never read; "stalled" and last activity reach only the team, the project's
 * mentors and organisers.
 */
export async function getProjectPage({ id, viewer, now = new Date() }: { id: number; viewer: Viewer; now?: Date }) {
  const db = getDb();
  const viewerId = viewer?.id ?? 0;
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      description: projects.description,
      stage: projects.stage,
      state: projects.state,
      archiveReason: projects.archiveReason,
      stateReason: projects.stateReason,
      careSetting: projects.careSetting,
      specialty: projects.specialty,
      repoUrl: projects.repoUrl,
      demoUrl: projects.demoUrl,
      videoUrl: projects.videoUrl,
      tech: projects.tech,
      licence: projects.licence,
      dataUseStatement: projects.dataUseStatement,
      dataUseLawfulBasis: projects.dataUseLawfulBasis,
      dataUsePublishedAt: projects.dataUsePublishedAt,
      submittedAt: projects.submittedAt,
      stageEnteredAt: projects.stageEnteredAt,
      lastActivityAt: projects.lastActivityAt,
      createdAt: projects.createdAt,
      problemId: problems.id,
      problemTitle: problems.title,
      problemStatus: problems.status,
      hackDayId: hackDays.id,
      hackDayName: hackDays.name,
      isMember: viewerIsMemberSql(viewerId),
      isMentor: viewerIsMentorSql(viewerId),
      activeMentors:
        sql<number>`(SELECT count(*) FROM mentorships ms WHERE ms.project_id = ${projects.id} AND ms.status = 'active')`.mapWith(
          Number,
        ),
    })
    .from(projects)
    .leftJoin(problems, and(eq(problems.id, projects.problemId), isNull(problems.hiddenAt)))
    .leftJoin(hackDays, and(eq(hackDays.id, projects.hackDayId), sql`${hackDays.status} <> 'draft'`))
    .where(eq(projects.id, id));
  if (!project) return null;

  const organiser = isOrganiser(viewer);
  if (!project.submittedAt && !project.isMember && !organiser) return null;
  const seesTeamView = project.isMember || organiser;
  const seesProgress = seesTeamView || project.isMentor;

  const [team, stored, timeline, mentors, projectPilots, projectOutcomes, projectAwards, funding, screenshots] =
    await Promise.all([
      db
        .select({
          userId: users.id,
          name: users.name,
          organisation: users.organisation,
          role: projectMembers.role,
          isClinician:
            sql<boolean>`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${users.id} AND ur.role = 'clinician')`.mapWith(
              Boolean,
            ),
        })
        .from(projectMembers)
        .innerJoin(users, eq(users.id, projectMembers.userId))
        .where(and(eq(projectMembers.projectId, id), eq(projectMembers.status, "active")))
        .orderBy(desc(sql`${projectMembers.role} = 'lead'`), asc(projectMembers.createdAt), asc(users.id)),
      db
        .select({
          itemKey: gateItemStatusesTable.itemKey,
          status: gateItemStatusesTable.status,
          evidence: gateItemStatusesTable.evidence,
          choice: gateItemStatusesTable.choice,
          verifiedAt: gateItemStatusesTable.verifiedAt,
          verifiedByName: verifier.name,
        })
        .from(gateItemStatusesTable)
        .leftJoin(verifier, eq(verifier.id, gateItemStatusesTable.verifiedBy))
        .where(eq(gateItemStatusesTable.projectId, id)),
      db
        .select({
          id: stageMoves.id,
          kind: stageMoves.kind,
          fromStage: stageMoves.fromStage,
          toStage: stageMoves.toStage,
          reason: stageMoves.reason,
          createdAt: stageMoves.createdAt,
          actorName: actor.name,
        })
        .from(stageMoves)
        .leftJoin(actor, eq(actor.id, stageMoves.actorId))
        .where(eq(stageMoves.projectId, id))
        .orderBy(desc(stageMoves.createdAt), desc(stageMoves.id))
        .limit(TIMELINE_LIMIT),
      db
        .select({
          mentorId: users.id,
          name: users.name,
          headline: mentorProfiles.headline,
          focus: mentorships.focus,
          since: sql<Date>`coalesce(${mentorships.respondedAt}, ${mentorships.createdAt})`.mapWith(
            mentorships.createdAt,
          ),
        })
        .from(mentorships)
        .innerJoin(users, eq(users.id, mentorships.mentorId))
        .leftJoin(mentorProfiles, eq(mentorProfiles.userId, mentorships.mentorId))
        .where(and(eq(mentorships.projectId, id), eq(mentorships.status, "active")))
        .orderBy(asc(mentorships.createdAt), asc(mentorships.id)),
      db
        .select({
          id: pilots.id,
          organisation: pilots.organisation,
          site: pilots.site,
          startsOn: pilots.startsOn,
          endsOn: pilots.endsOn,
          successMeasures: pilots.successMeasures,
          status: pilots.status,
        })
        .from(pilots)
        .where(eq(pilots.projectId, id))
        .orderBy(desc(sql`coalesce(${pilots.startsOn}, '')`), desc(pilots.id)),
      db
        .select({
          id: outcomes.id,
          metric: outcomes.metric,
          baseline: outcomes.baseline,
          result: outcomes.result,
          unit: outcomes.unit,
          source: outcomes.source,
          measuredOn: outcomes.measuredOn,
          storyTitle: sql<string | null>`CASE WHEN ${outcomes.publishedAt} IS NOT NULL THEN ${outcomes.storyTitle} END`,
          storyBody: sql<string | null>`CASE WHEN ${outcomes.publishedAt} IS NOT NULL THEN ${outcomes.storyBody} END`,
          publishedAt: outcomes.publishedAt,
        })
        .from(outcomes)
        .where(eq(outcomes.projectId, id))
        .orderBy(desc(outcomes.measuredOn), desc(outcomes.id)),
      db
        .select({
          id: awards.id,
          name: awards.name,
          description: awards.description,
          hackDayId: hackDays.id,
          hackDayName: hackDays.name,
        })
        .from(awards)
        .innerJoin(hackDays, eq(hackDays.id, awards.hackDayId))
        .where(and(eq(awards.projectId, id), isNotNull(hackDays.resultsPublishedAt)))
        .orderBy(asc(awards.position), asc(awards.id)),
      loadProjectFunding({ projectId: id, viewer, isMember: project.isMember }),
      listProjectScreenshots(id),
    ]);

  const [standingRow, records, facts, documentCounts, pending] = await Promise.all([
    loadProjectStanding(id, viewer),
    loadGateRecords(id),
    loadProjectFacts(id),
    db
      .select({ itemKey: projectDocuments.itemKey, n: count() })
      .from(projectDocuments)
      .where(
        and(eq(projectDocuments.projectId, id), seesTeamView ? undefined : eq(projectDocuments.visibility, "public")),
      )
      .groupBy(projectDocuments.itemKey),
    findPendingRequest(id),
  ]);
  const standing = standingRow!.standing;
  const seesPrivate = seesPrivateEvidence(standing);
  const gates = buildGateGroups({
    stage: project.stage,
    stored: new Map(stored.map((row) => [row.itemKey, row])),
    records,
    facts,
    documents: new Map(documentCounts.map((row) => [row.itemKey, row.n])),
    seesPrivate,
  });
  const open = openGateItems(project.stage, records, facts);
  const unmet = unmetRequiredItems(project.stage, records, facts);
  const position = { stage: project.stage, state: project.state, submitted: project.submittedAt !== null };
  // Paused and archived projects are not looking for mentors.
  const suggestedMentors =
    project.state === "active"
      ? await suggestMentors({
          projectId: id,
          openItems: open,
          exclude: team.map((m) => m.userId),
          whose: project.isMember ? "your" : "the",
        })
      : [];

  const { isMember, isMentor, activeMentors: _activeMentors, lastActivityAt, ...rest } = project;
  const dataUsePublished = project.dataUsePublishedAt !== null;
  return {
    project: {
      ...rest,
      // Draft wording stays with the team until it is published.
      dataUseStatement: dataUsePublished || seesTeamView ? project.dataUseStatement : "",
      dataUseLawfulBasis: dataUsePublished || seesTeamView ? project.dataUseLawfulBasis : "",
    },
    nextStage: nextStage(project.stage),
    viewer: {
      isMember,
      isMentor,
      isLead: standing.isLead,
      hasMentorRole: hasRole(viewer, "mentor"),
      isOrganiser: organiser,
      isFunder: hasRole(viewer, "funder"),
    },
    progress: seesProgress
      ? { lastActivityAt, stalled: project.state === "active" && isStalled(lastActivityAt, now) }
      : null,
    team: team.map(({ isClinician, ...m }) => ({ ...m, isClinician })),
    gates,
    openItems: open.map((item) => ({ key: item.key, label: item.label })),
    unmetItems: unmet.map((item) => ({ key: item.key, label: item.label })),
    pendingRequest: pending,
    // What the stage controls offer: the same rules the lifecycle model applies.
    mayRequestMove: !stageRequestRefusal({ standing, project: position, pending: pending !== null, unmet: [] }),
    mayWorkStage: standing.isLead || standing.isOrganiser,
    mayEditGates: !gateEditRefusal(standing, position),
    timeline,
    timelineLimited: timeline.length === TIMELINE_LIMIT,
    mentors,
    suggestedMentors,
    pilots: projectPilots,
    outcomes: projectOutcomes,
    awards: projectAwards,
    screenshots: screenshots.map((shot) => ({ id: shot.id, alt: shot.alt, src: shot.src })),
    funding,
  };
}

export type ProjectPage = NonNullable<Awaited<ReturnType<typeof getProjectPage>>>;

const TIMELINE_LIMIT = 100;

/**
 * Mentors who could help with the project's next gate: the open items' expertise, capacity left,
 * accepting requests, not already on the project (as mentor or team). Ranked by the domain rules.
 */
async function suggestMentors({
  projectId,
  openItems,
  exclude,
  whose,
  limit = 5,
}: {
  projectId: number;
  openItems: GateItem[];
  exclude: number[];
  /** Whose items the reason names: the team's own ("your") or anyone else's view ("the"). */
  whose: "your" | "the";
  limit?: number;
}) {
  const areas = expertiseNeeded(openItems);
  if (areas.length === 0) return [];
  const candidates = await listMentorCandidates({ areas, excludeProjectId: projectId });
  return matchMentors(openItems, candidates, { exclude, limit }).map((m) => ({
    id: m.mentor.id,
    name: m.mentor.name,
    headline: m.mentor.headline,
    covers: m.covers.map((item) => ({ key: item.key, label: item.label })),
    spare: m.spare,
    reason: mentorReason(m, { whose }),
  }));
}

/**
 * Mentors with expertise in any of `areas` and room for another project (at most 200, most spare
 * capacity first), with their areas and active load. Mentors already linked to `excludeProjectId`
 * (active, requested or offered) are left out. Worked out again only after a write
 * (readUntilNextWrite).
 */
export function listMentorCandidates({
  areas,
  excludeProjectId,
  limit = 200,
}: {
  areas: ExpertiseArea[];
  excludeProjectId?: number;
  limit?: number;
}) {
  const key = `mentor-candidates:${JSON.stringify([[...areas].sort(), excludeProjectId ?? null, limit])}`;
  return readUntilNextWrite(key, () => findMentorCandidates(areas, excludeProjectId, limit));
}

async function findMentorCandidates(areas: ExpertiseArea[], excludeProjectId: number | undefined, limit: number) {
  if (areas.length === 0) return [];
  const activeCount = sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorProfiles.userId} AND m.status = 'active')`;
  const rows = await getDb()
    .select({
      id: users.id,
      name: users.name,
      headline: mentorProfiles.headline,
      capacity: mentorProfiles.capacity,
      acceptingRequests: mentorProfiles.acceptingRequests,
      activeCount: activeCount.mapWith(Number),
      areas: sql<string>`(SELECT ${stringAgg(sql`me.area`)} FROM mentor_expertise me WHERE me.user_id = ${mentorProfiles.userId})`,
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(
      and(
        isNull(users.suspendedAt),
        eq(mentorProfiles.acceptingRequests, true),
        sql`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${mentorProfiles.userId} AND ur.role = 'mentor')`,
        sql`EXISTS (SELECT 1 FROM mentor_expertise me WHERE me.user_id = ${mentorProfiles.userId} AND me.area IN ${areas})`,
        sql`${activeCount} < ${mentorProfiles.capacity}`,
        excludeProjectId
          ? sql`NOT EXISTS (SELECT 1 FROM mentorships x WHERE x.mentor_id = ${mentorProfiles.userId} AND x.project_id = ${excludeProjectId} AND x.status IN ('active', 'requested', 'offered'))`
          : undefined,
      ),
    )
    .orderBy(desc(sql`${mentorProfiles.capacity} - ${activeCount}`), asc(users.name), asc(users.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, areas: (row.areas ?? "").split(",").filter(Boolean) as ExpertiseArea[] }));
}
