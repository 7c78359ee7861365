import { and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { mentorProfiles, mentorships, projects, users } from "../../db/schema";
import type { ExpertiseArea } from "../domain/taxonomy";
import { getDb } from "./core.server";
import { stringAgg } from "./dialect.server";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../utils/pagination";
import type { MentorFilters } from "../validation/browse";
import { isPublicProject } from "./projects.server";

/** Active mentorships of the mentor in the current row: what counts against capacity. */
const activeCount = sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorProfiles.userId} AND m.status = 'active')`;
const areasList = sql<
  string | null
>`(SELECT ${stringAgg(sql`me.area`)} FROM mentor_expertise me WHERE me.user_id = ${mentorProfiles.userId})`;

/** A listed mentor is someone with the mentor role, a mentor profile and an account in good standing. */
const listedMentor: SQL = and(
  isNull(users.suspendedAt),
  sql`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${mentorProfiles.userId} AND ur.role = 'mentor')`,
)!;

const mentorColumns = {
  id: users.id,
  name: users.name,
  organisation: users.organisation,
  headline: mentorProfiles.headline,
  capacity: mentorProfiles.capacity,
  acceptingRequests: mentorProfiles.acceptingRequests,
  activeCount: activeCount.mapWith(Number),
  areas: areasList,
};

const splitAreas = (areas: string | null) => (areas ?? "").split(",").filter(Boolean).sort() as ExpertiseArea[];

export type MentorCard = {
  id: number;
  name: string;
  organisation: string;
  headline: string;
  capacity: number;
  acceptingRequests: boolean;
  activeCount: number;
  areas: ExpertiseArea[];
};

/**
 * The mentor directory, by name. Filters: an expertise area, accepting requests, and capacity left
 * (fewer active mentorships than their capacity). No email addresses leave this function.
 */
export async function listMentors({
  filters,
  page,
  pageSize = PAGE_SIZE,
}: {
  filters: MentorFilters;
  page: number;
  pageSize?: number;
}): Promise<Page<MentorCard>> {
  const db = getDb();
  const where = and(
    listedMentor,
    filters.area
      ? sql`EXISTS (SELECT 1 FROM mentor_expertise me WHERE me.user_id = ${mentorProfiles.userId} AND me.area = ${filters.area})`
      : undefined,
    filters.accepting ? eq(mentorProfiles.acceptingRequests, true) : undefined,
    filters.capacity ? sql`${activeCount} < ${mentorProfiles.capacity}` : undefined,
  );
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select(mentorColumns)
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(where);
  return toPage(
    rows.map((row) => ({ ...row, areas: splitAreas(row.areas) })),
    total?.n ?? 0,
    page,
    pageSize,
  );
}

/**
 * A mentor's public profile: who they are, their expertise and capacity, and the public projects
 * they mentor now. Null for anyone who is not a listed mentor. Session notes are never read here.
 */
export async function getMentorProfile(id: number) {
  const db = getDb();
  const [mentor] = await db
    .select({
      ...mentorColumns,
      bio: users.bio,
      availability: mentorProfiles.availability,
      completedCount:
        sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorProfiles.userId} AND m.status = 'completed')`.mapWith(
          Number,
        ),
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(listedMentor, eq(mentorProfiles.userId, id)));
  if (!mentor) return null;
  // Bounded by the mentor's capacity (at most 50 by the schema's CHECK).
  const current = await db
    .select({ id: projects.id, name: projects.name, tagline: projects.tagline, stage: projects.stage })
    .from(mentorships)
    .innerJoin(projects, eq(projects.id, mentorships.projectId))
    .where(and(eq(mentorships.mentorId, id), eq(mentorships.status, "active"), isPublicProject))
    .orderBy(asc(projects.name), asc(projects.id))
    .limit(50);
  return { ...mentor, areas: splitAreas(mentor.areas), projects: current };
}

export type MentorProfile = NonNullable<Awaited<ReturnType<typeof getMentorProfile>>>;
