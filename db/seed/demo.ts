/**
 * The demo data set: realistic UK health and social care people, problems, hack days and a
 * pipeline of projects at every stage. Written in one synchronous transaction (better-sqlite3);
 * the only async work, hashing the shared demo password, happens before it starts.
 */
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "../../app/auth/password.server";
import { parseUkLocalDateTime } from "../../app/domain/hack-day-time";
import { defaultJudgingCriteria } from "../../app/domain/judging";
import { slugify } from "../../app/utils/slug";
import type { DB } from "../../app/utils/db.server";
import {
  clinicianProfiles,
  comments,
  developerProfiles,
  developerSkills,
  endorsements,
  funderFocus,
  funderProfiles,
  hackDayProblems,
  hackDays,
  judges,
  judgingCriteria,
  mentorExpertise,
  mentorProfiles,
  problemTags,
  problems,
  tags,
  userRoles,
  users,
} from "../schema.sqlite";
import { createClock, createRandom, isoDate } from "./clock";
import { seedHackDays } from "./content/hack-days";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, people } from "./content/people";
import { seedProblems } from "./content/problems";
import { seedProjects } from "./content/projects";
import { must, userId, type SeedContext, type Tx } from "./context";
import { seedActivity } from "./demo-activity";
import { seedPipeline } from "./demo-projects";
import { problemStatusFromProjects } from "./timeline";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./content/people";

export type SeedDemoResult = { seeded: boolean; counts: Record<string, number> };

/** Whether the demo accounts are already in the database. */
export function isDemoSeeded(db: Pick<DB, "select">): boolean {
  const first = DEMO_ACCOUNTS[0];
  if (!first) return false;
  return db.select({ id: users.id }).from(users).where(eq(users.email, first.email)).get() !== undefined;
}

/**
 * Seeds the demo data set. Idempotent: does nothing when the demo accounts already exist.
 * `now` anchors every date (tests pass a fixed one); it defaults to the current time.
 */
export async function seedDemoData(db: DB, options: { now?: Date } = {}): Promise<SeedDemoResult> {
  if (isDemoSeeded(db)) return { seeded: false, counts: {} };
  // One argon2id hash shared by every demo account keeps seeding fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clock = createClock(options.now);

  return db.transaction(
    (tx) => {
      // Another process may have seeded while we were hashing.
      if (isDemoSeeded(tx)) return { seeded: false, counts: {} };
      const ctx: SeedContext = {
        tx,
        clock,
        rng: createRandom(20_240_611),
        people: new Map(),
        problems: new Map(),
        hackDays: new Map(),
        projects: new Map(),
        audits: [],
      };
      seedPeople(ctx, passwordHash);
      seedProblemsAndTalk(ctx);
      seedHackDayFrames(ctx);
      seedPipeline(ctx);
      seedActivity(ctx);
      return { seeded: true, counts: countRows(tx) };
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------- people

function seedPeople(ctx: SeedContext, passwordHash: string): void {
  const { tx, clock, rng } = ctx;
  const demoEmails = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  people.forEach((person, i) => {
    const joinedAt = clock.ago(person.joinedDaysAgo, 8 + (i % 10), (i * 7) % 60);
    const lastLogin = demoEmails.has(person.email)
      ? clock.ago(rng.int(1, 4), 9 + (i % 8))
      : clock.ago(rng.int(1, Math.max(2, person.joinedDaysAgo - 1)), 8 + (i % 10));
    const row = tx
      .insert(users)
      .values({
        email: person.email,
        name: person.name,
        organisation: person.organisation,
        bio: person.bio,
        passwordHash,
        suspendedAt: person.suspended ? clock.ago(person.suspended.daysAgo, 11) : null,
        suspendedReason: person.suspended?.reason ?? null,
        lastLoginAt: person.suspended ? clock.ago(person.suspended.daysAgo + 1, 20) : lastLogin,
        emailConfirmedAt: joinedAt,
        createdAt: joinedAt,
        updatedAt: joinedAt,
      })
      .returning({ id: users.id })
      .get();
    ctx.people.set(person.key, { ...person, id: row.id, joinedAt });
  });

  const adminId = userId(ctx, "admin");
  for (const person of ctx.people.values()) {
    for (const role of person.roles) {
      // Organiser and admin are granted by an admin; the first admin bootstraps itself.
      const granted = (role === "organiser" || role === "admin") && person.key !== "admin";
      const at = granted ? new Date(person.joinedAt.getTime() + 3_600_000) : person.joinedAt;
      tx.insert(userRoles)
        .values({ userId: person.id, role, grantedBy: granted ? adminId : null, createdAt: at })
        .run();
      if (granted) {
        ctx.audits.push({
          actor: "admin",
          action: "role.granted",
          objectType: "user",
          objectId: person.id,
          before: { roles: person.roles.filter((r) => r !== role) },
          after: { roles: person.roles },
          at,
        });
      }
    }
    if (person.clinician) {
      tx.insert(clinicianProfiles)
        .values({
          userId: person.id,
          profession: person.clinician.profession,
          specialty: person.clinician.specialty,
          organisation: person.organisation,
          updatedAt: person.joinedAt,
        })
        .run();
    }
    if (person.developer) {
      tx.insert(developerProfiles)
        .values({ userId: person.id, headline: person.developer.headline, updatedAt: person.joinedAt })
        .run();
      tx.insert(developerSkills)
        .values(person.developer.skills.map((skill) => ({ userId: person.id, skill })))
        .run();
    }
    if (person.mentor) {
      const m = person.mentor;
      tx.insert(mentorProfiles)
        .values({
          userId: person.id,
          headline: m.headline,
          capacity: m.capacity,
          availability: m.availability,
          acceptingRequests: m.acceptingRequests ?? true,
          updatedAt: person.joinedAt,
        })
        .run();
      tx.insert(mentorExpertise)
        .values(m.expertise.map((area) => ({ userId: person.id, area })))
        .run();
    }
    if (person.funder) {
      const f = person.funder;
      tx.insert(funderProfiles)
        .values({
          userId: person.id,
          kind: f.kind,
          thesis: f.thesis,
          ticketMin: f.ticketMin,
          ticketMax: f.ticketMax,
          offersPilotSite: f.offersPilotSite ?? false,
          updatedAt: person.joinedAt,
        })
        .run();
      const focus = [
        ...f.stages.map((value) => ({ facet: "stage" as const, value })),
        ...f.careSettings.map((value) => ({ facet: "care_setting" as const, value })),
        ...f.specialties.map((value) => ({ facet: "specialty" as const, value })),
      ];
      if (focus.length > 0)
        tx.insert(funderFocus)
          .values(focus.map((row) => ({ userId: person.id, ...row })))
          .run();
    }
  }
}

// ---------------------------------------------------------------- problems, endorsements, comments

function seedProblemsAndTalk(ctx: SeedContext): void {
  const { tx, clock, rng } = ctx;

  // Tags, shared across problems.
  const tagIds = new Map<string, number>();
  for (const name of new Set(seedProblems.flatMap((p) => p.tags))) {
    const row = tx
      .insert(tags)
      .values({ name, slug: slugify(name) })
      .returning({ id: tags.id })
      .get();
    tagIds.set(name, row.id);
  }

  // Targets before duplicates, so a duplicate can point at its target.
  const ordered = [...seedProblems.filter((p) => !p.duplicateOf), ...seedProblems.filter((p) => p.duplicateOf)];
  ordered.forEach((problem, i) => {
    const author = must(ctx.people, problem.author, "person");
    if (!author.roles.includes("clinician")) throw new Error(`Problem ${problem.key} is posted by a non-clinician`);
    const createdAt = clock.ago(problem.createdDaysAgo, 7 + (i % 12), (i * 13) % 60);
    if (createdAt < author.joinedAt) throw new Error(`Problem ${problem.key} predates its author's account`);
    const status = problem.duplicateOf
      ? "duplicate"
      : problem.closedReason
        ? "closed"
        : problemStatusFromProjects(problem.key, seedProjects);
    const row = tx
      .insert(problems)
      .values({
        authorId: author.id,
        title: problem.title,
        summary: problem.summary,
        whoAffected: problem.whoAffected,
        frequency: problem.frequency,
        currentWorkaround: problem.currentWorkaround,
        idealOutcome: problem.idealOutcome,
        careSetting: problem.careSetting,
        specialty: problem.specialty,
        dataAvailable: problem.dataAvailable,
        dataConstraints: problem.dataConstraints,
        noPiiConfirmed: true,
        status,
        closedReason: problem.closedReason ?? null,
        duplicateOfId: problem.duplicateOf ? must(ctx.problems, problem.duplicateOf, "problem").id : null,
        lastActivityAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: problems.id })
      .get();
    ctx.problems.set(problem.key, { ...problem, id: row.id, createdAt });
    tx.insert(problemTags)
      .values(problem.tags.map((name) => ({ problemId: row.id, tagId: must(tagIds, name, "tag") })))
      .run();
  });

  for (const problem of ctx.problems.values()) {
    const ageDays = problem.createdDaysAgo;
    // Endorsements arrive mostly in the first weeks after posting, a few trickle in later.
    problem.endorsements.forEach((entry, i) => {
      const [key, note] = typeof entry === "string" ? [entry, ""] : entry;
      const endorser = must(ctx.people, key, "person");
      if (key === problem.author) throw new Error(`${problem.key}: the author cannot endorse their own problem`);
      if (!endorser.roles.includes("clinician")) throw new Error(`${problem.key}: ${key} is not a clinician`);
      const spread = i < 3 ? Math.min(30, ageDays - 1) : Math.max(1, ageDays - 2);
      const daysAfter = Math.max(1, Math.min(ageDays - 1, rng.int(1, Math.max(1, spread))));
      const at = clock.ago(ageDays - daysAfter, 8 + rng.int(0, 10), rng.int(0, 59));
      tx.insert(endorsements)
        .values({
          problemId: problem.id,
          userId: endorser.id,
          organisation: endorser.organisation,
          note,
          createdAt: at,
        })
        .run();
    });
    (problem.comments ?? []).forEach(([key, daysAfter, body], i) => {
      if (daysAfter >= ageDays) throw new Error(`${problem.key}: a comment is dated in the future`);
      const at = clock.ago(ageDays - daysAfter, 9 + ((i * 3) % 9), (i * 17) % 60);
      if (at < must(ctx.people, key, "person").joinedAt)
        throw new Error(`${problem.key}: ${key} comments before joining`);
      tx.insert(comments)
        .values({ problemId: problem.id, authorId: userId(ctx, key), body, createdAt: at, updatedAt: at })
        .run();
    });
    if (problem.closedReason) {
      const at = clock.ago(Math.min(ageDays - 1, problem.key === "sepsis-screening" ? 248 : 198), 15);
      tx.update(problems).set({ updatedAt: at }).where(eq(problems.id, problem.id)).run();
      ctx.audits.push({
        actor: "organiser",
        action: "problem.closed",
        objectType: "problem",
        objectId: problem.id,
        before: { status: "open" },
        after: { status: "closed", closedReason: problem.closedReason },
        at,
      });
    }
    if (problem.duplicateOf) {
      const target = must(ctx.problems, problem.duplicateOf, "problem");
      const at = clock.ago(target.createdDaysAgo - 120, 11);
      tx.update(problems).set({ updatedAt: at }).where(eq(problems.id, problem.id)).run();
      ctx.audits.push({
        actor: "organiser",
        action: "problem.merged",
        objectType: "problem",
        objectId: problem.id,
        before: { status: "open" },
        after: { status: "duplicate", duplicateOfId: target.id },
        at,
      });
    }
  }
}

// ---------------------------------------------------------------- hack days (the frame; results come after projects)

function seedHackDayFrames(ctx: SeedContext): void {
  const { tx, clock } = ctx;
  // Hack days run on UK wall-clock time (docs/decisions/0034): 9:00 means 9:00 in London.
  const when = ([days, hour]: [number, number]) => {
    const local = `${isoDate(clock.ahead(days, 0))}T${String(hour).padStart(2, "0")}:00`;
    const instant = parseUkLocalDateTime(local);
    if (!instant) throw new Error(`Bad hack day time ${local}`);
    return instant;
  };
  for (const day of seedHackDays) {
    const createdAt = clock.ago(day.createdDaysAgo, 10);
    const startsAt = when(day.starts);
    const deadline = when(day.deadline);
    const row = tx
      .insert(hackDays)
      .values({
        organiserId: userId(ctx, day.organiser),
        name: day.name,
        description: day.description,
        themes: day.themes,
        startsAt,
        endsAt: when(day.ends),
        submissionDeadline: deadline,
        venue: day.venue,
        onlineUrl: day.onlineUrl,
        capacity: day.capacity,
        status: day.status,
        resultsPublishedAt:
          day.resultsPublishedDaysAgo === undefined ? null : clock.ago(day.resultsPublishedDaysAgo, 16),
        createdAt,
        updatedAt: day.resultsPublishedDaysAgo === undefined ? createdAt : clock.ago(day.resultsPublishedDaysAgo, 16),
      })
      .returning({ id: hackDays.id })
      .get();
    const criteria = defaultJudgingCriteria.map(
      (c, position) =>
        tx
          .insert(judgingCriteria)
          .values({ hackDayId: row.id, name: c.name, description: c.description, weight: c.weight, position })
          .returning({ id: judgingCriteria.id })
          .get().id,
    );
    ctx.hackDays.set(day.key, { id: row.id, name: day.name, startsAt, createdAt, deadline, criteria });
    ctx.audits.push({
      actor: day.organiser,
      action: "hack_day.created",
      objectType: "hack_day",
      objectId: row.id,
      after: { name: day.name, status: "draft" },
      at: createdAt,
    });

    day.problems.forEach(([problemKey, status, nominator], i) => {
      const problem = must(ctx.problems, problemKey, "problem");
      const at = latest(problem.createdAt, new Date(createdAt.getTime() + (i + 1) * 86_400_000));
      tx.insert(hackDayProblems)
        .values({
          hackDayId: row.id,
          problemId: problem.id,
          nominatedBy: userId(ctx, nominator),
          status,
          createdAt: earliest(at, startsAt),
        })
        .run();
    });
    for (const judge of day.judges) {
      tx.insert(judges)
        .values({
          hackDayId: row.id,
          userId: userId(ctx, judge),
          createdAt: new Date(createdAt.getTime() + 5 * 86_400_000),
        })
        .run();
    }
  }
}

// ---------------------------------------------------------------- helpers

function latest(a: Date, b: Date): Date {
  return a > b ? a : b;
}
function earliest(a: Date, b: Date): Date {
  return a < b ? a : b;
}

const countedTables = [
  "users",
  "problems",
  "endorsements",
  "comments",
  "hack_days",
  "projects",
  "project_members",
  "gate_item_statuses",
  "stage_moves",
  "stage_requests",
  "mentorships",
  "mentorship_notes",
  "funding_interests",
  "pilots",
  "outcomes",
  "scores",
  "notifications",
  "audit_events",
] as const;

function countRows(tx: Tx): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of countedTables) {
    const row = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`);
    counts[table] = row.n;
  }
  return counts;
}

/** Exposed for the CLI's summary line. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table}=${n}`)
    .join(" ");
}
