import { and, eq, inArray, lte, ne } from "drizzle-orm";
import {
  clinicianProfiles,
  developerProfiles,
  developerSkills,
  funderFocus,
  funderProfiles,
  mentorExpertise,
  mentorProfiles,
  sessions,
  userRoles,
  users,
} from "../../db/schema";
import type { Stage } from "../domain/stages";
import {
  selfServiceRoles,
  type CareSetting,
  type ExpertiseArea,
  type FunderKind,
  type Role,
  type Specialty,
} from "../domain/taxonomy";
import { getDb, inTransaction } from "./core.server";
import { affectedRows, isUniqueViolation } from "./dialect.server";
import { recordAudit } from "./audit.server";

/** A person's display name, for a notification that says who did something ("" if they are gone). */
export async function getUserName(userId: number): Promise<string> {
  const [row] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? "";
}

/**
 * A session and the few columns of its person that sign-in needs, in one query (lucia's drizzle
 * adapter runs two and reads every column of users, password hash included): this runs on every
 * signed-in request. `expiresAt` and `createdAt` are epoch seconds.
 */
export async function findSessionWithPerson(sessionId: string) {
  const [row] = await getDb()
    .select({
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      createdAt: sessions.createdAt,
      name: users.name,
      suspendedAt: users.suspendedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

/** A session row as lucia's adapter hands it over: epoch seconds, and the one attribute kept. */
export type SessionRow = { id: string; userId: number; expiresAt: number; createdAt: number };

/** Every session of a person (lucia's getUserSessions). */
export async function listSessionsOf(userId: number): Promise<SessionRow[]> {
  return getDb()
    .select({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt })
    .from(sessions)
    .where(eq(sessions.userId, userId));
}

/** Stores a new session (its id is the SHA-256 of the token, app/auth/lucia.server.ts). */
export async function insertSession(row: SessionRow): Promise<void> {
  await inTransaction((tx) => tx.insert(sessions).values(row));
}

/** Slides a session's idle expiry forward. */
export async function setSessionExpiry(sessionId: string, expiresAt: number): Promise<void> {
  await inTransaction((tx) => tx.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId)));
}

/** Ends one session. */
export async function deleteSession(sessionId: string): Promise<void> {
  await inTransaction((tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Ends every session of a person. */
export async function deleteSessionsOf(userId: number): Promise<void> {
  await inTransaction((tx) => tx.delete(sessions).where(eq(sessions.userId, userId)));
}

/** Removes sessions whose expiry has passed (lucia's deleteExpiredSessions; the hourly job). */
export async function deleteExpiredSessions(now = new Date()): Promise<void> {
  const cutoff = Math.floor(now.getTime() / 1000);
  await inTransaction((tx) => tx.delete(sessions).where(lte(sessions.expiresAt, cutoff)));
}

/** The roles a user holds. */
export async function getUserRoles(userId: number): Promise<Role[]> {
  const rows = await getDb().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role);
}

// ---------------------------------------------------------------- sign-up and log-in

/** What log-in needs to check a password: never leaves the server. */
export async function findUserForLogin(email: string) {
  const [row] = await getDb()
    .select({ id: users.id, passwordHash: users.passwordHash, suspendedAt: users.suspendedAt })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Whether an account already uses this email address. */
export async function isEmailTaken(email: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return Boolean(row);
}

/**
 * A person's own address and whether they have confirmed it (null: no such account), for the
 * confirmation reminder and rule (app/domain/email-confirmation.ts). Read inside a transaction,
 * it sees that transaction's writes.
 */
export async function getEmailStatus(userId: number): Promise<{ email: string; emailConfirmedAt: Date | null } | null> {
  const [row] = await getDb()
    .select({ email: users.email, emailConfirmedAt: users.emailConfirmedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/**
 * Creates an account with its self-chosen roles and records the sign-up, in one transaction.
 * Returns null if the email address was taken in the meantime.
 */
export async function createAccount(input: {
  name: string;
  email: string;
  passwordHash: string;
  organisation: string;
  roles: readonly Role[];
  ip?: string | null;
}): Promise<{ id: number } | null> {
  const roles = input.roles.filter((r): r is (typeof selfServiceRoles)[number] =>
    (selfServiceRoles as readonly Role[]).includes(r),
  );
  try {
    return await inTransaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email.toLowerCase(),
          passwordHash: input.passwordHash,
          organisation: input.organisation,
        })
        .returning({ id: users.id });
      if (roles.length) await tx.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
      await recordAudit({
        actorId: user!.id,
        action: "signup",
        objectType: "user",
        objectId: user!.id,
        after: { roles },
        ip: input.ip,
      });
      return { id: user!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users.email")) return null;
    throw error;
  }
}

/** Notes a successful log-in: the time on the account and an audit event. */
export async function recordLogin({ userId, ip }: { userId: number; ip?: string | null }): Promise<void> {
  await inTransaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
    await recordAudit({ actorId: userId, action: "login", objectType: "user", objectId: userId, ip });
  });
}

export type FailedLoginReason = "unknown_email" | "wrong_password" | "suspended" | "rate_limited";
/** Notes a refused log-in. The attempted email is not stored; a known account is named by id. */
export async function recordFailedLogin({
  userId,
  reason,
  ip,
}: {
  userId: number | null;
  reason: FailedLoginReason;
  ip?: string | null;
}): Promise<void> {
  await recordAudit({
    actorId: null,
    action: "login.failed",
    objectType: "user",
    objectId: userId,
    after: { reason },
    ip,
  });
}

// ---------------------------------------------------------------- settings

/** Everything /settings shows a person about their own account and role profiles. */
export async function getAccountSettings(userId: number) {
  const db = getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisation: users.organisation,
      bio: users.bio,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const [roles, [clinician], [developer], skills, [mentor], areas, [funder], focus] = await Promise.all([
    getUserRoles(userId),
    db
      .select({
        profession: clinicianProfiles.profession,
        specialty: clinicianProfiles.specialty,
        organisation: clinicianProfiles.organisation,
      })
      .from(clinicianProfiles)
      .where(eq(clinicianProfiles.userId, userId)),
    db
      .select({ headline: developerProfiles.headline })
      .from(developerProfiles)
      .where(eq(developerProfiles.userId, userId)),
    db
      .select({ skill: developerSkills.skill })
      .from(developerSkills)
      .where(eq(developerSkills.userId, userId))
      .orderBy(developerSkills.skill),
    db
      .select({
        headline: mentorProfiles.headline,
        capacity: mentorProfiles.capacity,
        availability: mentorProfiles.availability,
        acceptingRequests: mentorProfiles.acceptingRequests,
      })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, userId)),
    db.select({ area: mentorExpertise.area }).from(mentorExpertise).where(eq(mentorExpertise.userId, userId)),
    db
      .select({
        kind: funderProfiles.kind,
        thesis: funderProfiles.thesis,
        ticketMin: funderProfiles.ticketMin,
        ticketMax: funderProfiles.ticketMax,
        offersPilotSite: funderProfiles.offersPilotSite,
      })
      .from(funderProfiles)
      .where(eq(funderProfiles.userId, userId)),
    db
      .select({ facet: funderFocus.facet, value: funderFocus.value })
      .from(funderFocus)
      .where(eq(funderFocus.userId, userId)),
  ]);
  const facet = (name: string) => focus.filter((f) => f.facet === name).map((f) => f.value);
  return {
    user,
    roles,
    clinician: clinician ?? null,
    developer: developer
      ? { ...developer, skills: skills.map((s) => s.skill) }
      : skills.length
        ? { headline: "", skills: skills.map((s) => s.skill) }
        : null,
    mentor: mentor ? { ...mentor, areas: areas.map((a) => a.area) } : null,
    funder: funder
      ? {
          ...funder,
          stages: facet("stage") as Stage[],
          careSettings: facet("care_setting") as CareSetting[],
          specialties: facet("specialty") as Specialty[],
        }
      : null,
  };
}
export type AccountSettings = NonNullable<Awaited<ReturnType<typeof getAccountSettings>>>;

/**
 * Saves name, organisation, bio and the self-chosen roles. Organiser and admin are left alone
 * (only an admin grants them). A change of roles is audited.
 */
export async function updateAccount(input: {
  userId: number;
  name: string;
  organisation: string;
  bio: string;
  roles: readonly Role[];
  ip?: string | null;
}): Promise<void> {
  const selfService = selfServiceRoles as readonly Role[];
  const wanted = [...new Set(input.roles.filter((r) => selfService.includes(r)))];
  await inTransaction(async (tx) => {
    await tx
      .update(users)
      .set({ name: input.name, organisation: input.organisation, bio: input.bio })
      .where(eq(users.id, input.userId));
    const before = (
      await tx
        .select({ role: userRoles.role })
        .from(userRoles)
        .where(and(eq(userRoles.userId, input.userId), inArray(userRoles.role, [...selfServiceRoles])))
    ).map((r) => r.role);
    const added = wanted.filter((r) => !before.includes(r));
    const removed = before.filter((r) => !wanted.includes(r));
    if (removed.length)
      await tx.delete(userRoles).where(and(eq(userRoles.userId, input.userId), inArray(userRoles.role, removed)));
    if (added.length)
      await tx.insert(userRoles).values(added.map((role) => ({ userId: input.userId, role, grantedBy: input.userId })));
    if (added.length || removed.length) {
      await recordAudit({
        actorId: input.userId,
        action: "roles.changed",
        objectType: "user",
        objectId: input.userId,
        before: { roles: before },
        after: { roles: wanted },
        ip: input.ip,
      });
    }
  });
}

/** Saves a clinician's profile. */
export async function saveClinicianProfile(input: {
  userId: number;
  profession: string;
  specialty: Specialty | null;
  organisation: string;
}): Promise<void> {
  const values = { profession: input.profession, specialty: input.specialty, organisation: input.organisation };
  await inTransaction((tx) =>
    tx
      .insert(clinicianProfiles)
      .values({ userId: input.userId, ...values })
      .onConflictDoUpdate({ target: clinicianProfiles.userId, set: values }),
  );
}

/** Saves a developer's headline and replaces their skills (lower-case, de-duplicated). */
export async function saveDeveloperProfile(input: {
  userId: number;
  headline: string;
  skills: readonly string[];
}): Promise<void> {
  const skills = [...new Set(input.skills.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  await inTransaction(async (tx) => {
    await tx
      .insert(developerProfiles)
      .values({ userId: input.userId, headline: input.headline })
      .onConflictDoUpdate({ target: developerProfiles.userId, set: { headline: input.headline } });
    await tx.delete(developerSkills).where(eq(developerSkills.userId, input.userId));
    if (skills.length)
      await tx.insert(developerSkills).values(skills.map((skill) => ({ userId: input.userId, skill })));
  });
}

/** Saves a mentor's profile and replaces their areas of expertise. */
export async function saveMentorProfile(input: {
  userId: number;
  headline: string;
  capacity: number;
  availability: string;
  acceptingRequests: boolean;
  areas: readonly ExpertiseArea[];
}): Promise<void> {
  const values = {
    headline: input.headline,
    capacity: input.capacity,
    availability: input.availability,
    acceptingRequests: input.acceptingRequests,
  };
  const areas = [...new Set(input.areas)];
  await inTransaction(async (tx) => {
    await tx
      .insert(mentorProfiles)
      .values({ userId: input.userId, ...values })
      .onConflictDoUpdate({ target: mentorProfiles.userId, set: values });
    await tx.delete(mentorExpertise).where(eq(mentorExpertise.userId, input.userId));
    if (areas.length) await tx.insert(mentorExpertise).values(areas.map((area) => ({ userId: input.userId, area })));
  });
}

/** Saves a funder's profile and replaces their thesis facets (stages, care settings, specialties). */
export async function saveFunderProfile(input: {
  userId: number;
  kind: FunderKind;
  thesis: string;
  ticketMin: number | null;
  ticketMax: number | null;
  offersPilotSite: boolean;
  stages: readonly Stage[];
  careSettings: readonly CareSetting[];
  specialties: readonly Specialty[];
}): Promise<void> {
  const values = {
    kind: input.kind,
    thesis: input.thesis,
    ticketMin: input.ticketMin,
    ticketMax: input.ticketMax,
    offersPilotSite: input.offersPilotSite,
  };
  const focus = [
    ...[...new Set(input.stages)].map((value) => ({ facet: "stage" as const, value })),
    ...[...new Set(input.careSettings)].map((value) => ({ facet: "care_setting" as const, value })),
    ...[...new Set(input.specialties)].map((value) => ({ facet: "specialty" as const, value })),
  ];
  await inTransaction(async (tx) => {
    await tx
      .insert(funderProfiles)
      .values({ userId: input.userId, ...values })
      .onConflictDoUpdate({ target: funderProfiles.userId, set: values });
    await tx.delete(funderFocus).where(eq(funderFocus.userId, input.userId));
    if (focus.length) await tx.insert(funderFocus).values(focus.map((f) => ({ userId: input.userId, ...f })));
  });
}

// ---------------------------------------------------------------- passwords

/** The stored hash, for checking the current password before a change. Never leaves the server. */
export async function getPasswordHash(userId: number): Promise<string | null> {
  const [row] = await getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.passwordHash ?? null;
}

/**
 * Replaces a password and ends every other session of the account (someone who knew the old
 * password is signed out everywhere else), in one transaction, with an audit event.
 */
export async function changePassword(input: {
  userId: number;
  passwordHash: string;
  keepSessionId: string;
  ip?: string | null;
}): Promise<{ endedSessions: number }> {
  return inTransaction(async (tx) => {
    await tx.update(users).set({ passwordHash: input.passwordHash }).where(eq(users.id, input.userId));
    const endedSessions = affectedRows(
      await tx.delete(sessions).where(and(eq(sessions.userId, input.userId), ne(sessions.id, input.keepSessionId))),
    );
    await recordAudit({
      actorId: input.userId,
      action: "password.changed",
      objectType: "user",
      objectId: input.userId,
      after: { endedSessions },
      ip: input.ip,
    });
    return { endedSessions };
  });
}
