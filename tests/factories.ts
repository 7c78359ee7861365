/**
 * Factories for every object, writing straight to the test file's own database. Each takes
 * overrides and fills the rest with valid, distinct values.
 */
import { hashPassword } from "../app/auth/password.server";
import { newTotpSecret } from "../app/auth/two-step.server";
import type { ExpertiseArea, Role } from "../app/domain/taxonomy";
import { getWriterDb } from "../app/utils/db.server";
import * as s from "../db/schema";

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;
/** One argon2id hash of TEST_PASSWORD, shared by every factory user (hashing is slow on purpose). */
function testPasswordHash() {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/**
 * A person with the roles given. Admins and organisers must use two-step sign-in (decision 0058),
 * so they get it turned on (a random TOTP secret, in `totpSecret`) unless `twoStep: false`; anyone
 * else gets it with `twoStep: true`.
 */
export async function createUser(overrides: Partial<s.NewUser> & { roles?: Role[]; twoStep?: boolean } = {}) {
  const { roles = [], twoStep = roles.includes("admin") || roles.includes("organiser"), ...rest } = overrides;
  const n = next();
  const db = getWriterDb();
  const [user] = await db
    .insert(s.users)
    .values({
      email: `person${n}-${Date.now()}@example.test`,
      name: `Test Person ${n}`,
      organisation: `Test Trust ${n}`,
      passwordHash: await testPasswordHash(),
      emailConfirmedAt: new Date(),
      ...(twoStep ? { totpSecret: newTotpSecret(), totpEnabledAt: new Date() } : {}),
      ...rest,
    })
    .returning();
  if (roles.length) await db.insert(s.userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
  return { ...user!, roles };
}

export async function createMentor(overrides: { capacity?: number; areas?: ExpertiseArea[]; name?: string } = {}) {
  const user = await createUser({ roles: ["mentor"], ...(overrides.name ? { name: overrides.name } : {}) });
  const db = getWriterDb();
  await db.insert(s.mentorProfiles).values({ userId: user.id, headline: "Mentor", capacity: overrides.capacity ?? 2 });
  const areas = overrides.areas ?? ["clinical_safety"];
  if (areas.length) await db.insert(s.mentorExpertise).values(areas.map((area) => ({ userId: user.id, area })));
  return user;
}

export async function createFunder(overrides: Partial<typeof s.funderProfiles.$inferInsert> = {}) {
  const user = await createUser({ roles: ["funder"] });
  await getWriterDb()
    .insert(s.funderProfiles)
    .values({
      userId: user.id,
      kind: "charity",
      thesis: "Early-stage digital health",
      ticketMin: 10_000,
      ticketMax: 100_000,
      ...overrides,
    });
  return user;
}

export async function createProblem(overrides: Partial<s.NewProblem> = {}) {
  const n = next();
  const authorId = overrides.authorId ?? (await createUser({ roles: ["clinician"] })).id;
  const [problem] = await getWriterDb()
    .insert(s.problems)
    .values({
      title: `Problem ${n}: referrals lost between services`,
      summary: `Summary of problem ${n}.`,
      careSetting: "community",
      specialty: "podiatry",
      noPiiConfirmed: true,
      ...overrides,
      authorId,
    })
    .returning();
  return problem!;
}

export async function createTag(name = `tag-${next()}`) {
  const [tag] = await getWriterDb()
    .insert(s.tags)
    .values({ name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") })
    .returning();
  return tag!;
}

export async function createEndorsement(
  overrides: Partial<typeof s.endorsements.$inferInsert> & { problemId: number },
) {
  const userId = overrides.userId ?? (await createUser({ roles: ["clinician"] })).id;
  const [row] = await getWriterDb()
    .insert(s.endorsements)
    .values({ organisation: `Org ${next()}`, ...overrides, userId })
    .returning();
  return row!;
}

export async function createComment(overrides: Partial<typeof s.comments.$inferInsert> & { problemId: number }) {
  const authorId = overrides.authorId ?? (await createUser()).id;
  const [row] = await getWriterDb()
    .insert(s.comments)
    .values({ body: `Comment ${next()}`, ...overrides, authorId })
    .returning();
  return row!;
}

export async function createHackDay(overrides: Partial<s.NewHackDay> = {}) {
  const n = next();
  const organiserId = overrides.organiserId ?? (await createUser({ roles: ["organiser"] })).id;
  const start = new Date(Date.now() + 14 * 86_400_000);
  const [row] = await getWriterDb()
    .insert(s.hackDays)
    .values({
      name: `Hack day ${n}`,
      description: "A day of building.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3_600_000),
      submissionDeadline: new Date(start.getTime() + 7 * 3_600_000),
      venue: "Leeds",
      status: "open",
      ...overrides,
      organiserId,
    })
    .returning();
  return row!;
}

export async function createProject(overrides: Partial<s.NewProject> & { members?: number[] } = {}) {
  const { members = [], ...rest } = overrides;
  const n = next();
  const leadId = rest.leadId ?? (await createUser({ roles: ["developer"] })).id;
  const db = getWriterDb();
  const [project] = await db
    .insert(s.projects)
    .values({ name: `Project ${n}`, tagline: `Tagline ${n}`, description: `Description ${n}`, ...rest, leadId })
    .returning();
  await db
    .insert(s.projectMembers)
    .values([
      { projectId: project!.id, userId: leadId, role: "lead" as const },
      ...members.map((userId) => ({ projectId: project!.id, userId, role: "member" as const })),
    ]);
  return project!;
}

export async function createGateItemStatus(values: typeof s.gateItemStatusesTable.$inferInsert) {
  const [row] = await getWriterDb().insert(s.gateItemStatusesTable).values(values).returning();
  return row!;
}

export async function createStageMove(values: typeof s.stageMoves.$inferInsert) {
  const [row] = await getWriterDb().insert(s.stageMoves).values(values).returning();
  return row!;
}

export async function createMentorship(
  overrides: Partial<typeof s.mentorships.$inferInsert> & { projectId: number; mentorId: number },
) {
  const [row] = await getWriterDb()
    .insert(s.mentorships)
    .values({ status: "active", ...overrides })
    .returning();
  return row!;
}

export async function createFundingInterest(
  overrides: Partial<typeof s.fundingInterests.$inferInsert> & { projectId: number; funderId: number },
) {
  const [row] = await getWriterDb()
    .insert(s.fundingInterests)
    .values({ note: "Private note", ...overrides })
    .returning();
  return row!;
}

export async function createPilot(overrides: Partial<typeof s.pilots.$inferInsert> & { projectId: number }) {
  const [row] = await getWriterDb()
    .insert(s.pilots)
    .values({
      organisation: "Leeds Teaching Hospitals NHS Trust",
      startsOn: "2026-01-05",
      endsOn: "2026-06-30",
      status: "live",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createOutcome(overrides: Partial<typeof s.outcomes.$inferInsert> & { projectId: number }) {
  const [row] = await getWriterDb()
    .insert(s.outcomes)
    .values({
      metric: "Missed foot checks",
      baseline: "31%",
      result: "9%",
      unit: "% of reviews",
      source: "Practice audit",
      measuredOn: "2026-05-01",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createJudgingCriterion(
  overrides: Partial<typeof s.judgingCriteria.$inferInsert> & { hackDayId: number },
) {
  const [row] = await getWriterDb()
    .insert(s.judgingCriteria)
    .values({ name: `Criterion ${next()}`, weight: 1, ...overrides })
    .returning();
  return row!;
}

export async function createNotification(overrides: Partial<typeof s.notifications.$inferInsert> & { userId: number }) {
  const [row] = await getWriterDb()
    .insert(s.notifications)
    .values({ kind: "test", title: "Something happened", ...overrides })
    .returning();
  return row!;
}

export async function createAuditEvent(overrides: Partial<typeof s.auditEvents.$inferInsert> = {}) {
  const [row] = await getWriterDb()
    .insert(s.auditEvents)
    .values({ action: "test", objectType: "user", ...overrides })
    .returning();
  return row!;
}
