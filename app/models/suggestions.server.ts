/**
 * Suggestions with reasons: projects for a mentor, projects for a funder, problems for a
 * developer. Each reads a bounded set of candidates in SQL (one walk per stage or interest, each
 * reading at most CANDIDATE_WINDOW rows in index order and keeping at most CANDIDATE_LIMIT, so the
 * work per request does not grow with the tables), then the
 * pure rules in app/domain/matching.ts decide, rank and word them. See
 * docs/decisions/0053-suggestions-and-dashboards.md.
 */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import {
  clinicianProfiles,
  developerSkills,
  gateItemStatusesTable,
  mentorProfiles,
  problemTags,
  problems,
  projectMembers,
  projects,
  tags,
  users,
} from "../../db/schema";
import type { GateRecords, ProjectFacts } from "../domain/gate-progress";
import { gateItems, type GateItem } from "../domain/gates";
import {
  careSettingsInSkills,
  expertiseFor,
  matchProblemsForDeveloper,
  matchProjectsForFunder,
  matchProjectsForMentor,
  specialtiesInSkills,
  thesisIsSet,
  type MentorSeeking,
  type Thesis,
} from "../domain/matching";
import { stageIndex, stageKeys, type Stage } from "../domain/stages";
import type { CareSetting, ExpertiseArea, Specialty } from "../domain/taxonomy";
import { slugify } from "../utils/slug";
import { getDb, readUntilNextWrite } from "./core.server";
import { joinInWrittenOrder, rawRows, stringAgg } from "./dialect.server";
import { getFunderProfile, thesisOf } from "./funders.server";

/** Most rows one walk reads: the newest or most recently active at one stage or with one interest. */
export const CANDIDATE_WINDOW = 400;
/** Most candidates one walk keeps (those that meet its conditions, in the walk's order). */
export const CANDIDATE_LIMIT = 100;
/** How many suggestions a list shows. */
export const SUGGESTION_LIMIT = 5;
/** Most interests a developer's candidates are read for (each is one bounded index walk). */
const MAX_FACETS = 12;

// ---------------------------------------------------------------- gate standing of a few projects

/**
 * "A clinician is on project `p`'s team", walked from the team (a handful of rows) to each
 * member's roles: written as a join, SQLite would start from every clinician's role row instead.
 */
const clinicianOnTeam = sql`EXISTS (SELECT 1 FROM project_members cm WHERE cm.project_id = p.id AND cm.status = 'active' AND EXISTS (SELECT 1 FROM user_roles cr WHERE cr.user_id = cm.user_id AND cr.role = 'clinician'))`;

/** The facts derived gate items are worked out from, as columns of the `p` (projects) row. */
const factColumns = sql`
  ${clinicianOnTeam} AS "hasClinician",
  p.problem_id IS NOT NULL AS "problemLinked",
  (SELECT count(*) FROM mentorships fa WHERE fa.project_id = p.id AND fa.status = 'active') AS "activeMentors",
  p.data_use_published_at IS NOT NULL AS "dataUsePublished",
  (SELECT count(*) FROM outcomes fo WHERE fo.project_id = p.id AND fo.published_at IS NOT NULL) AS "storiesPublished"`;

type FactRow = {
  hasClinician: number;
  problemLinked: number;
  activeMentors: number;
  dataUsePublished: number;
  storiesPublished: number;
};

function toFacts(row: FactRow): ProjectFacts {
  return {
    hasClinician: Boolean(row.hasClinician),
    problemLinked: Boolean(row.problemLinked),
    activeMentors: Number(row.activeMentors),
    dataUsePublished: Boolean(row.dataUsePublished),
    storiesPublished: Number(row.storiesPublished),
  };
}

/**
 * Where each of these projects stands against its gates: the team's records and the facts the
 * derived items come from. Two queries whatever the number of projects (callers pass a page or a
 * bounded candidate set).
 */
export async function loadGateStandings(
  projectIds: readonly number[],
): Promise<Map<number, { records: GateRecords; facts: ProjectFacts }>> {
  const result = new Map<number, { records: GateRecords; facts: ProjectFacts }>();
  if (projectIds.length === 0) return result;
  const db = getDb();
  const ids = [...new Set(projectIds)];
  const [factRows, gateRows] = await Promise.all([
    rawRows<FactRow & { id: number }>(
      db,
      sql`SELECT p.id AS "id", ${factColumns} FROM projects p WHERE p.id IN ${ids}`,
    ),
    db
      .select({
        projectId: gateItemStatusesTable.projectId,
        itemKey: gateItemStatusesTable.itemKey,
        status: gateItemStatusesTable.status,
        verified: sql<boolean>`${gateItemStatusesTable.verifiedAt} IS NOT NULL`.mapWith(Boolean),
      })
      .from(gateItemStatusesTable)
      .where(inArray(gateItemStatusesTable.projectId, ids)),
  ]);
  for (const row of factRows) result.set(row.id, { records: {}, facts: toFacts(row) });
  for (const row of gateRows) {
    const entry = result.get(row.projectId);
    if (entry) (entry.records as Record<string, unknown>)[row.itemKey] = { status: row.status, verified: row.verified };
  }
  return result;
}

// ---------------------------------------------------------------- SQL for "this item is open"

/**
 * "Gate item `item` is not done on project `p`", the SQL twin of `isItemDone` in
 * app/domain/gate-progress.ts: derived items from the same facts, the rest from the team's record
 * (settled, and verified where the item names a verifier).
 */
export function openItemSql(item: GateItem): SQL {
  switch (item.derived) {
    case "clinical_champion":
      return sql`NOT ${clinicianOnTeam}`;
    case "problem_linked":
      return sql`p.problem_id IS NULL`;
    case "active_mentor":
      return sql`NOT EXISTS (SELECT 1 FROM mentorships oa WHERE oa.project_id = p.id AND oa.status = 'active')`;
    case "data_use_published":
      return sql`p.data_use_published_at IS NULL`;
    case "story_published":
      return sql`NOT EXISTS (SELECT 1 FROM outcomes oo WHERE oo.project_id = p.id AND oo.published_at IS NOT NULL)`;
    default:
      return sql`NOT EXISTS (SELECT 1 FROM gate_item_statuses og WHERE og.project_id = p.id AND og.item_key = ${item.key} AND og.status IN ('met', 'not_applicable')${item.verifier ? sql` AND og.verified_at IS NOT NULL` : sql``})`;
  }
}

/**
 * For each stage a project can be at, the gate items into the next stage that call on any of
 * these areas. Known from the gate definitions alone, so the candidate query names them.
 */
export function itemsNeedingAreas(areas: readonly ExpertiseArea[]): Map<Stage, GateItem[]> {
  const wanted = new Set(areas);
  const byStage = new Map<Stage, GateItem[]>();
  for (const item of gateItems) {
    if (!expertiseFor(item).some((area) => wanted.has(area))) continue;
    const from = stageKeys[stageIndex(item.stage) - 1]!;
    byStage.set(from, [...(byStage.get(from) ?? []), item]);
  }
  return byStage;
}

/**
 * `SELECT id FROM (…) UNION ALL SELECT id FROM (…)`: each part keeps its own ORDER BY and LIMIT,
 * so each is one bounded walk along an index and nothing is sorted (repeats are dropped after).
 */
export function unionOfIds(parts: SQL[]): SQL {
  return sql.join(
    parts.map((part) => sql`SELECT id FROM (${part}) AS part`),
    sql` UNION ALL `,
  );
}

async function idsOf(parts: SQL[]): Promise<number[]> {
  if (parts.length === 0) return [];
  const rows = await rawRows<{ id: number }>(getDb(), unionOfIds(parts));
  return [...new Set(rows.map((row) => row.id))];
}

/**
 * One bounded walk over projects: the CANDIDATE_WINDOW most recently active public, active
 * projects at this stage (along the board index), of which at most CANDIDATE_LIMIT that meet
 * `where` (about the `p` row) are kept. However selective `where` is, no more rows are read.
 * joinInWrittenOrder (SQLite's CROSS JOIN) keeps the planner from turning the walk inside out (from
 * every row `where` might match).
 */
const projectWalk = (stage: Stage, where: SQL) =>
  sql`SELECT p.id AS id FROM (SELECT w.id AS id FROM projects w WHERE w.submitted_at IS NOT NULL AND w.state = 'active' AND w.stage = ${stage} ORDER BY w.last_activity_at DESC, w.id DESC LIMIT ${CANDIDATE_WINDOW}) AS win ${joinInWrittenOrder} projects p ON p.id = win.id WHERE ${where} LIMIT ${CANDIDATE_LIMIT}`;
const notOnTeam = (userId: number) =>
  sql`NOT EXISTS (SELECT 1 FROM project_members xm WHERE xm.project_id = p.id AND xm.user_id = ${userId})`;

// ---------------------------------------------------------------- projects for a mentor

/**
 * The candidate ids for a mentor: for each stage whose next gate has items calling on their
 * areas, public active projects there with at least one of those items open, that the mentor is
 * not linked to (active, asked or offered) nor on the team of; most recently active first.
 */
export function mentorCandidateSql({ mentorId, areas }: { mentorId: number; areas: readonly ExpertiseArea[] }): SQL[] {
  const notLinked = sql`NOT EXISTS (SELECT 1 FROM mentorships xs WHERE xs.project_id = p.id AND xs.mentor_id = ${mentorId} AND xs.status IN ('active', 'requested', 'offered'))`;
  return [...itemsNeedingAreas(areas)].map(([stage, items]) =>
    projectWalk(
      stage,
      sql`(${sql.join(items.map(openItemSql), sql` OR `)}) AND ${notLinked} AND ${notOnTeam(mentorId)}`,
    ),
  );
}

/** A mentor's expertise and load, or null when they have no mentor profile. */
async function loadMentorSeeking(mentorId: number): Promise<MentorSeeking | null> {
  const [row] = await getDb()
    .select({
      capacity: mentorProfiles.capacity,
      activeCount:
        sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorProfiles.userId} AND m.status = 'active')`.mapWith(
          Number,
        ),
      areas: sql<
        string | null
      >`(SELECT ${stringAgg(sql`me.area`)} FROM mentor_expertise me WHERE me.user_id = ${mentorProfiles.userId})`,
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.userId, mentorId), sql`${users.suspendedAt} IS NULL`));
  if (!row) return null;
  return {
    capacity: row.capacity,
    activeCount: row.activeCount,
    areas: (row.areas ?? "").split(",").filter(Boolean) as ExpertiseArea[],
  };
}

/**
 * Public active projects whose open items for their next gate need this mentor's expertise, with
 * the reason in words, best first. Projects the mentor is already linked to (active, asked or
 * offered) or on the team of are left out. `standing` says the mentor's load, so the page can say
 * why there is nothing (no profile, or no place free).
 * Worked out again only after a write (readUntilNextWrite).
 */
export function suggestProjectsForMentor({ mentorId, limit = SUGGESTION_LIMIT }: { mentorId: number; limit?: number }) {
  return readUntilNextWrite(`suggestProjectsForMentor:${mentorId}:${limit}`, () =>
    findProjectsForMentor(mentorId, limit),
  );
}

async function findProjectsForMentor(mentorId: number, limit: number) {
  const standing = await loadMentorSeeking(mentorId);
  if (!standing || standing.areas.length === 0 || standing.activeCount >= standing.capacity)
    return { standing, items: [] };
  const ids = await idsOf(mentorCandidateSql({ mentorId, areas: standing.areas }));
  if (ids.length === 0) return { standing, items: [] };
  const [rows, standings] = await Promise.all([
    getDb()
      .select({
        id: projects.id,
        name: projects.name,
        stage: projects.stage,
        state: projects.state,
        stageEnteredAt: projects.stageEnteredAt,
      })
      .from(projects)
      .where(inArray(projects.id, ids)),
    loadGateStandings(ids),
  ]);
  const candidates = rows.map((row) => ({ ...row, ...standings.get(row.id)! }));
  const items = matchProjectsForMentor(standing, candidates, { limit }).map((m) => ({
    id: m.project.id,
    name: m.project.name,
    stage: m.project.stage,
    nextStage: m.nextStage,
    covers: m.covers.map((item) => ({ key: item.key, label: item.label })),
    reason: m.reason,
  }));
  return { standing, items };
}

// ---------------------------------------------------------------- projects for a funder

/**
 * The candidate ids for a funder: for each stage the thesis names (every stage when it names
 * none), public active projects in its care settings and specialties whose ask, when known, sits
 * in the tickets, that the funder has no interest in yet and is not on the team of.
 */
export function funderCandidateSql({ funderId, thesis }: { funderId: number; thesis: Thesis }): SQL[] {
  const filters = and(
    thesis.careSettings.length ? sql`p.care_setting IN ${[...thesis.careSettings]}` : undefined,
    thesis.specialties.length ? sql`p.specialty IN ${[...thesis.specialties]}` : undefined,
    thesis.ticketMin != null ? sql`(p.funding_ask IS NULL OR p.funding_ask >= ${thesis.ticketMin})` : undefined,
    thesis.ticketMax != null ? sql`(p.funding_ask IS NULL OR p.funding_ask <= ${thesis.ticketMax})` : undefined,
    sql`NOT EXISTS (SELECT 1 FROM funding_interests xf WHERE xf.project_id = p.id AND xf.funder_id = ${funderId})`,
    notOnTeam(funderId),
  )!;
  const stages = thesis.stages.length ? thesis.stages : stageKeys;
  return stages.map((stage) => projectWalk(stage, filters));
}

/**
 * Public active projects that fit a funder's thesis and that they have not registered an interest
 * in yet (nor are on the team of), with the reason in words, best first. `thesisSet` is false
 * when the thesis names no stage, care setting or specialty (then nothing is suggested).
 * Worked out again only after a write (readUntilNextWrite).
 */
export function suggestProjectsForFunder({ funderId, limit = SUGGESTION_LIMIT }: { funderId: number; limit?: number }) {
  return readUntilNextWrite(`suggestProjectsForFunder:${funderId}:${limit}`, () =>
    findProjectsForFunder(funderId, limit),
  );
}

async function findProjectsForFunder(funderId: number, limit: number) {
  const profile = await getFunderProfile(funderId);
  if (!profile) return { thesisSet: false, items: [] };
  const thesis = thesisOf(profile);
  if (!thesisIsSet(thesis)) return { thesisSet: false, items: [] };
  const ids = await idsOf(funderCandidateSql({ funderId, thesis }));
  if (ids.length === 0) return { thesisSet: true, items: [] };
  const rows = await getDb()
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      stage: projects.stage,
      state: projects.state,
      careSetting: projects.careSetting,
      specialty: projects.specialty,
      ask: projects.fundingAsk,
      lastActivityAt: projects.lastActivityAt,
      pilotSiteSettled:
        sql<boolean>`EXISTS (SELECT 1 FROM gate_item_statuses g WHERE g.project_id = ${projects.id} AND g.item_key = 'pilot_site_committed' AND g.status IN ('met', 'not_applicable'))`.mapWith(
          Boolean,
        ),
    })
    .from(projects)
    .where(inArray(projects.id, ids));
  const candidates = rows.map(({ pilotSiteSettled, ...row }) => ({
    ...row,
    // Only a project before the pilot gate can still be looking for its pilot site.
    needsPilotSite: stageIndex(row.stage) < stageIndex("pilot") && !pilotSiteSettled,
  }));
  const items = matchProjectsForFunder(thesis, candidates, { limit }).map((m) => ({
    id: m.project.id,
    name: m.project.name,
    tagline: m.project.tagline,
    stage: m.project.stage,
    reason: m.reason,
  }));
  return { thesisSet: true, items };
}

// ---------------------------------------------------------------- problems for a developer

/**
 * The candidate ids for a developer: for each interest (a specialty, a care setting, a tag; at
 * most MAX_FACETS), a walk along that interest's own index over its newest problems, keeping the
 * open, listed ones they did not write and have no project on.
 */
export function developerCandidateSql({
  developerId,
  specialties,
  careSettings,
  tagIds,
}: {
  developerId: number;
  specialties: readonly Specialty[];
  careSettings: readonly CareSetting[];
  tagIds: readonly number[];
}): SQL[] {
  // Problems they wrote, or already have a project on, are not suggestions.
  const notTheirs = sql`pr.author_id <> ${developerId} AND NOT EXISTS (SELECT 1 FROM projects q JOIN project_members qm ON qm.project_id = q.id WHERE q.problem_id = pr.id AND qm.user_id = ${developerId})`;
  const keep = sql`${notTheirs} AND pr.hidden_at IS NULL AND pr.status = 'open'`;
  // Each walk reads the CANDIDATE_WINDOW newest problems with the interest (from its index alone),
  // then keeps at most CANDIDATE_LIMIT that are open, listed and not theirs.
  const walk = (ids: SQL) =>
    sql`SELECT pr.id AS id FROM (${ids}) AS win ${joinInWrittenOrder} problems pr ON pr.id = win.id WHERE ${keep} LIMIT ${CANDIDATE_LIMIT}`;
  const newest = sql`ORDER BY w.created_at DESC, w.id DESC LIMIT ${CANDIDATE_WINDOW}`;
  return [
    ...specialties.map((s) => walk(sql`SELECT w.id AS id FROM problems w WHERE w.specialty = ${s} ${newest}`)),
    ...careSettings.map((c) => walk(sql`SELECT w.id AS id FROM problems w WHERE w.care_setting = ${c} ${newest}`)),
    ...tagIds.map((id) =>
      walk(
        sql`SELECT pt.problem_id AS id FROM problem_tags pt WHERE pt.tag_id = ${id} ORDER BY pt.problem_id DESC LIMIT ${CANDIDATE_WINDOW}`,
      ),
    ),
  ].slice(0, MAX_FACETS);
}

/** What a developer's profile and projects say they would work on. */
async function loadDeveloperInterests(developerId: number) {
  const db = getDb();
  const [skills, [clinician], onProjects] = await Promise.all([
    db
      .select({ skill: developerSkills.skill })
      .from(developerSkills)
      .where(eq(developerSkills.userId, developerId))
      .orderBy(developerSkills.skill),
    db
      .select({ specialty: clinicianProfiles.specialty })
      .from(clinicianProfiles)
      .where(eq(clinicianProfiles.userId, developerId)),
    db
      .select({ specialty: projects.specialty, projectName: projects.name })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(
        and(
          eq(projectMembers.userId, developerId),
          eq(projectMembers.status, "active"),
          sql`${projects.specialty} IS NOT NULL`,
        ),
      )
      .orderBy(sql`${projects.lastActivityAt} DESC`, projects.id)
      .limit(20),
  ]);
  return {
    skills: skills.map((s) => s.skill),
    ownSpecialty: clinician?.specialty ?? null,
    projectSpecialties: onProjects.map((p) => ({ specialty: p.specialty as Specialty, projectName: p.projectName })),
  };
}

/**
 * Open, listed problems that meet a developer's interests (skills naming a specialty, a care
 * setting or a tag; their own specialty; their projects' specialties), with the reason in words,
 * best first. Their own problems and problems they already have a project on are left out.
 * `hasInterests` is false when nothing in their profile could match (the page then says what to add).
 * Worked out again only after a write (readUntilNextWrite).
 */
export function suggestProblemsForDeveloper({
  developerId,
  limit = SUGGESTION_LIMIT,
}: {
  developerId: number;
  limit?: number;
}) {
  return readUntilNextWrite(`suggestProblemsForDeveloper:${developerId}:${limit}`, () =>
    findProblemsForDeveloper(developerId, limit),
  );
}

async function findProblemsForDeveloper(developerId: number, limit: number) {
  const interests = await loadDeveloperInterests(developerId);
  const db = getDb();
  const slugs = [...new Set(interests.skills.map(slugify).filter(Boolean))];
  const matchedTags = slugs.length
    ? await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, slugs)).orderBy(tags.id)
    : [];
  const specialtyFacets = [
    ...new Set<Specialty>([
      ...specialtiesInSkills(interests.skills),
      ...(interests.ownSpecialty ? [interests.ownSpecialty] : []),
      ...interests.projectSpecialties.map((p) => p.specialty),
    ]),
  ];
  const settingFacets: CareSetting[] = careSettingsInSkills(interests.skills);
  const hasInterests = specialtyFacets.length + settingFacets.length + matchedTags.length > 0;
  const ids = await idsOf(
    developerCandidateSql({
      developerId,
      specialties: specialtyFacets,
      careSettings: settingFacets,
      tagIds: matchedTags.map((t) => t.id),
    }),
  );
  if (ids.length === 0) return { hasInterests, items: [] };
  const [rows, tagRows] = await Promise.all([
    db
      .select({
        id: problems.id,
        title: problems.title,
        careSetting: problems.careSetting,
        specialty: problems.specialty,
        endorsementCount: problems.endorsementCount,
        createdAt: problems.createdAt,
      })
      .from(problems)
      .where(inArray(problems.id, ids)),
    matchedTags.length
      ? db
          .select({ problemId: problemTags.problemId, name: tags.name, slug: tags.slug })
          .from(problemTags)
          .innerJoin(tags, eq(tags.id, problemTags.tagId))
          .where(
            and(
              inArray(problemTags.problemId, ids),
              inArray(
                problemTags.tagId,
                matchedTags.map((t) => t.id),
              ),
            ),
          )
          .orderBy(tags.name)
      : [],
  ]);
  const candidates = rows.map((row) => ({
    ...row,
    tags: tagRows.filter((t) => t.problemId === row.id).map((t) => ({ name: t.name, slug: t.slug })),
  }));
  const items = matchProblemsForDeveloper(interests, candidates, { limit }).map((m) => ({
    id: m.problem.id,
    title: m.problem.title,
    reason: m.reason,
  }));
  return { hasInterests, items };
}
