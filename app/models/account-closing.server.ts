/**
 * Closing an account (UK GDPR erasure; decision 0059), by the person from their settings or by an
 * admin on request. One transaction: the rule (app/domain/account-closing.ts), then
 * - the users row is anonymised (placeholder address on a reserved domain, "A former member", no
 *   password hash, no two-step secret) and marked closed, and counts as suspended so every check
 *   for an account in good standing leaves it out;
 * - what is private to the person goes: sessions, account links, recovery codes, half-done
 *   sign-ins, notification choices and notifications, follows, roles and role profiles, queued
 *   email, open funding interests, join requests, places at hack days still to come;
 * - open and active mentorships are closed and the other side is told, as is a team lead whose
 *   funder withdraws; a project the person leads passes to its longest-standing member;
 * - what others depend on stays, attributed to "A former member": problems (and endorsements on
 *   them), comments, endorsements, team history, gate evidence, scores, session notes, committed
 *   funding (without the funder's private note);
 * - copies of the name and address Hackpath wrote elsewhere (others' notifications, email
 *   subjects and bodies, audit details by or about the person, contact messages they sent) are
 *   rewritten;
 * - an "account.closed" audit event records who closed it, with no personal data.
 */
import { randomBytes } from "node:crypto";
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type AnyColumn } from "drizzle-orm";
import {
  accountTokens,
  auditEvents,
  clinicianProfiles,
  comments,
  developerProfiles,
  developerSkills,
  emailOutbox,
  endorsements,
  feedbackMessages,
  follows,
  funderFocus,
  funderProfiles,
  fundingInterests,
  hackDayParticipants,
  hackDays,
  loginChallenges,
  mentorExpertise,
  mentorProfiles,
  mentorships,
  notificationPreferences,
  notifications,
  problems,
  projectMembers,
  projects,
  recoveryCodes,
  sessions,
  userRoles,
  users,
} from "../../db/schema";
import {
  closeAccountRefusal,
  closedEmailFor,
  FORMER_MEMBER,
  scrubPersonalJson,
  scrubPersonalText,
  type ClosingCredentials,
  type ClosingRoute,
  type ClosingStanding,
} from "../domain/account-closing";
import { acceptsRegistrations } from "../domain/hack-day-status";
import type { NotificationKind } from "../domain/notifications";
import type { MentorshipStatus } from "../domain/taxonomy";
import { projectFundingPath, projectMentorsPath, projectTeamPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { includesText } from "./dialect.server";
import { cancelRegistration } from "./hack-days.server";
import { notify } from "./notifications.server";

type Actor = { id: number; isAdmin: boolean };

const NOT_FOUND = refuse(404, "We could not find that account.");

/** Mentorship statuses that are still going: waiting for an answer, or active. */
const CURRENT: MentorshipStatus[] = ["requested", "offered", "active"];

/** Who is closing which account, for the rule: the target's state and how many other admins remain. */
export async function loadClosingStanding({
  actor,
  userId,
  route,
}: {
  actor: Actor;
  userId: number;
  route: ClosingRoute;
}): Promise<ClosingStanding | null> {
  const db = getDb();
  const [target] = await db
    .select({
      id: users.id,
      deletedAt: users.deletedAt,
      suspendedAt: users.suspendedAt,
      isAdmin:
        sql<boolean>`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${users.id} AND ur.role = 'admin')`.mapWith(
          Boolean,
        ),
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!target) return null;
  const [others] = await db
    .select({ n: count() })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), ne(users.id, userId), isNull(users.suspendedAt), isNull(users.deletedAt)));
  return {
    route,
    actor,
    target: {
      id: target.id,
      closed: target.deletedAt !== null,
      isActiveAdmin: target.isAdmin && target.suspendedAt === null && target.deletedAt === null,
    },
    otherActiveAdmins: others?.n ?? 0,
  };
}

/** The longest-standing active member of a project other than `leaving`, in good standing: who takes the lead. */
async function successorOf(projectId: number, leaving: number) {
  const [next] = await getDb()
    .select({ userId: projectMembers.userId, name: users.name })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(
      and(
        eq(projectMembers.projectId, projectId),
        eq(projectMembers.status, "active"),
        ne(projectMembers.userId, leaving),
        isNull(users.suspendedAt),
        isNull(users.deletedAt),
      ),
    )
    .orderBy(asc(projectMembers.createdAt), asc(projectMembers.userId))
    .limit(1);
  return next ?? null;
}

/** The projects a person leads, each with who would take the lead if they left (null: nobody else is on the team). */
async function projectsLedWithSuccessors(userId: number) {
  const led = await getDb()
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(eq(projects.leadId, userId))
    .orderBy(asc(projects.name), asc(projects.id));
  return Promise.all(led.map(async (p) => ({ ...p, successor: await successorOf(p.id, userId) })));
}

/**
 * What closing this account would do, for the confirmation page: the projects whose lead passes
 * to someone (and to whom), and how much stays attributed to "A former member".
 */
export async function previewAccountClosing(userId: number) {
  const db = getDb();
  const countOf = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const [led, problemCount, commentCount, endorsementCount, openMentorships, openInterests, committedInterests] =
    await Promise.all([
      projectsLedWithSuccessors(userId),
      countOf(db.select({ n: count() }).from(problems).where(eq(problems.authorId, userId))),
      countOf(db.select({ n: count() }).from(comments).where(eq(comments.authorId, userId))),
      countOf(db.select({ n: count() }).from(endorsements).where(eq(endorsements.userId, userId))),
      countOf(
        db
          .select({ n: count() })
          .from(mentorships)
          .where(and(eq(mentorships.mentorId, userId), inArray(mentorships.status, CURRENT))),
      ),
      countOf(
        db
          .select({ n: count() })
          .from(fundingInterests)
          .where(
            and(
              eq(fundingInterests.funderId, userId),
              inArray(fundingInterests.status, ["interested", "in_discussion"]),
            ),
          ),
      ),
      countOf(
        db
          .select({ n: count() })
          .from(fundingInterests)
          .where(and(eq(fundingInterests.funderId, userId), eq(fundingInterests.status, "committed"))),
      ),
    ]);
  return {
    projectsLed: led.map((p) => ({ id: p.id, name: p.name, successorName: p.successor?.name ?? null })),
    problems: problemCount,
    comments: commentCount,
    endorsements: endorsementCount,
    openMentorships,
    openInterests,
    committedInterests,
  };
}

/**
 * Closes an account. From settings the caller has already checked the password (and the code)
 * and passes what it found; from the admin page the admin gives a reason. Everything happens in
 * one transaction, or nothing does.
 */
export async function closeAccount({
  userId,
  actor,
  route,
  reason,
  credentials,
  ip,
  now = new Date(),
}: {
  userId: number;
  actor: Actor;
  route: ClosingRoute;
  reason?: string;
  credentials?: ClosingCredentials;
  ip?: string | null;
  now?: Date;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const standing = await loadClosingStanding({ actor, userId, route });
    if (!standing) return NOT_FOUND;
    const refusal = closeAccountRefusal(standing, { reason, credentials });
    if (refusal) return refusal;
    const [person] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
    if (!person) return NOT_FOUND;
    const placeholderEmail = await freePlaceholder(userId);
    const scrub = { name: person.name, email: person.email, placeholderEmail };

    const handedOver = await handOverLeads(userId);
    const mentorshipsClosed = await closeMentorships(userId, actor.id, handedOver.orphaned);
    const interestsWithdrawn = await closeFundingInterests(userId, actor.id);
    await closeJoinRequests(userId, handedOver.orphaned);
    await leaveUpcomingHackDays(userId);

    for (const table of [sessions, accountTokens, recoveryCodes, loginChallenges, notificationPreferences] as const)
      await tx.delete(table).where(eq(table.userId, userId));
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(follows).where(eq(follows.userId, userId));
    await tx.delete(userRoles).where(eq(userRoles.userId, userId));
    for (const table of [
      clinicianProfiles,
      developerProfiles,
      developerSkills,
      mentorProfiles,
      mentorExpertise,
      funderProfiles,
      funderFocus,
    ] as const)
      await tx.delete(table).where(eq(table.userId, userId));

    await scrubContactMessages(userId, scrub);
    await scrubOutbox(userId, scrub);
    await scrubNotifications(scrub);
    await scrubAudit(userId, scrub);

    await tx
      .update(users)
      .set({
        email: placeholderEmail,
        name: FORMER_MEMBER,
        organisation: "",
        bio: "",
        passwordHash: "",
        totpSecret: null,
        totpEnabledAt: null,
        emailConfirmedAt: null,
        lastLoginAt: null,
        suspendedAt: sql`coalesce(${users.suspendedAt}, ${Math.floor(now.getTime() / 1000)})`,
        suspendedReason: null,
        deletedAt: now,
      })
      .where(eq(users.id, userId));

    await recordAudit({
      actorId: actor.id,
      action: "account.closed",
      objectType: "user",
      objectId: userId,
      after: {
        by: route === "settings" ? "self" : "admin",
        ...(route === "admin" ? { reason: scrubPersonalText(reason ?? "", scrub) } : {}),
        leadHandedOver: handedOver.handedOver.map((h) => ({ projectId: h.projectId, newLeadId: h.newLeadId })),
        mentorshipsClosed,
        fundingInterestsWithdrawn: interestsWithdrawn,
      },
      // The person's own address is personal data; an admin's stays, as on every admin action.
      ip: route === "admin" ? ip : null,
    });
    return { ok: true };
  });
}

/** `closed-<id>@closed.invalid`, or with a random suffix in the unlikely case someone signed up with it. */
async function freePlaceholder(userId: number): Promise<string> {
  const plain = closedEmailFor(userId);
  const [taken] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, plain), ne(users.id, userId)));
  return taken ? closedEmailFor(userId, randomBytes(6).toString("hex")) : plain;
}

/**
 * Each project the person leads passes to its longest-standing other active member, who is told;
 * the person stays in the team's history as a member. Projects with nobody else on the team keep
 * "A former member" as lead (an organiser can archive them) and are returned as orphaned.
 */
async function handOverLeads(userId: number) {
  const handedOver: { projectId: number; newLeadId: number }[] = [];
  const orphaned: number[] = [];
  for (const project of await projectsLedWithSuccessors(userId)) {
    const next = project.successor;
    if (!next) {
      orphaned.push(project.id);
      continue;
    }
    await inTransaction(async (tx) => {
      await tx.update(projects).set({ leadId: next.userId }).where(eq(projects.id, project.id));
      await tx
        .update(projectMembers)
        .set({ role: "member" })
        .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, userId)));
      await tx
        .update(projectMembers)
        .set({ role: "lead" })
        .where(and(eq(projectMembers.projectId, project.id), eq(projectMembers.userId, next.userId)));
    });
    await notify({
      userId: next.userId,
      kind: "team.member_left",
      title: `You now lead ${project.name}`,
      body: "Its lead closed their Hackpath account, and you have been on the team the longest, so the lead passed to you.",
      link: projectTeamPath(project),
    });
    handedOver.push({ projectId: project.id, newLeadId: next.userId });
  }
  return { handedOver, orphaned };
}

/**
 * Closes the mentorships that cannot go on: those where the person is the mentor, and those of
 * projects they led alone. A request waiting for them is declined, an offer or request they made
 * withdrawn, an active mentorship cancelled; the other side is told each time, as the lifecycle
 * does, and each move is audited.
 */
async function closeMentorships(userId: number, actorId: number, orphanedProjects: number[]): Promise<number> {
  const rows = await getDb()
    .select({
      id: mentorships.id,
      status: mentorships.status,
      mentorId: mentorships.mentorId,
      projectId: projects.id,
      projectName: projects.name,
      leadId: projects.leadId,
    })
    .from(mentorships)
    .innerJoin(projects, eq(projects.id, mentorships.projectId))
    .where(
      and(
        inArray(mentorships.status, CURRENT),
        orphanedProjects.length
          ? or(eq(mentorships.mentorId, userId), inArray(mentorships.projectId, orphanedProjects))
          : eq(mentorships.mentorId, userId),
      ),
    );
  for (const m of rows) {
    const leaverIsMentor = m.mentorId === userId;
    // The side waiting for the leaver declines; what the leaver started, or an active one, ends.
    const waitingForLeaver = leaverIsMentor ? m.status === "requested" : m.status === "offered";
    const next: MentorshipStatus = waitingForLeaver ? "declined" : "cancelled";
    await inTransaction((tx) =>
      tx
        .update(mentorships)
        .set(next === "declined" ? { status: next, respondedAt: new Date() } : { status: next, endedAt: new Date() })
        .where(eq(mentorships.id, m.id)),
    );
    const who = leaverIsMentor ? "The mentor" : "The team lead";
    const kind: NotificationKind = next === "declined" ? "mentorship.declined" : "mentorship.ended";
    const title =
      m.status === "active"
        ? `Mentoring ${m.projectName} was cancelled`
        : m.status === "requested"
          ? `The request for a mentor for ${m.projectName} is closed`
          : `The offer to mentor ${m.projectName} is closed`;
    await notify({
      userId: leaverIsMentor ? m.leadId : m.mentorId,
      kind,
      title,
      body: `${who} closed their Hackpath account.${m.status === "active" ? " The session notes stay with the mentorship." : ""}`,
      link: projectMentorsPath({ id: m.projectId, name: m.projectName }),
    });
    await recordAudit({
      actorId,
      action: next === "declined" ? "mentorship.declined" : "mentorship.cancelled",
      objectType: "mentorship",
      objectId: m.id,
      before: { status: m.status },
      after: { status: next, reason: "account closed" },
    });
  }
  return rows.length;
}

/**
 * A funder's interests are private to them and the team: open ones are withdrawn (the lead is told,
 * as when a funder withdraws) and deleted with the declined and withdrawn ones. Committed ones stay,
 * because a team's funding and pilots rest on them, without the funder's private note.
 */
async function closeFundingInterests(userId: number, actorId: number): Promise<number> {
  const rows = await getDb()
    .select({
      id: fundingInterests.id,
      status: fundingInterests.status,
      projectId: projects.id,
      projectName: projects.name,
      leadId: projects.leadId,
    })
    .from(fundingInterests)
    .innerJoin(projects, eq(projects.id, fundingInterests.projectId))
    .where(eq(fundingInterests.funderId, userId));
  const open = rows.filter((r) => r.status === "interested" || r.status === "in_discussion");
  for (const interest of open) {
    await notify({
      userId: interest.leadId,
      kind: "funding.withdrawn",
      title: `A funder withdrew their interest in ${interest.projectName}`,
      body: "They closed their Hackpath account.",
      link: projectFundingPath({ id: interest.projectId, name: interest.projectName }),
    });
    await recordAudit({
      actorId,
      action: "funding.withdrawn",
      objectType: "funding_interest",
      objectId: interest.id,
      before: { status: interest.status },
      after: { status: "withdrawn", reason: "account closed" },
    });
  }
  await inTransaction(async (tx) => {
    await tx
      .delete(fundingInterests)
      .where(and(eq(fundingInterests.funderId, userId), ne(fundingInterests.status, "committed")));
    await tx.update(fundingInterests).set({ note: "" }).where(eq(fundingInterests.funderId, userId));
  });
  return open.length;
}

/**
 * The person's own join requests go (as if withdrawn). Requests to join a project they led alone
 * are declined, and the people who asked are told; elsewhere the new lead answers them.
 */
async function closeJoinRequests(userId: number, orphanedProjects: number[]) {
  await inTransaction(async (tx) => {
    await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.userId, userId), eq(projectMembers.status, "requested")));
    if (!orphanedProjects.length) return;
    const waiting = await tx
      .select({ userId: projectMembers.userId, projectId: projects.id, projectName: projects.name })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(inArray(projectMembers.projectId, orphanedProjects), eq(projectMembers.status, "requested")));
    if (!waiting.length) return;
    await tx
      .delete(projectMembers)
      .where(and(inArray(projectMembers.projectId, orphanedProjects), eq(projectMembers.status, "requested")));
    await notify(
      waiting.map((w) => ({
        userId: w.userId,
        kind: "team.join_declined" as const,
        title: `Your request to join ${w.projectName} was declined`,
        body: "The team lead closed their Hackpath account.",
        link: projectTeamPath(w.projectId),
      })),
    );
  });
}

/**
 * Gives up places at hack days that still take registrations (the next on the waiting list moves
 * up, as when anyone cancels). A place at one where the person is on a team stays with the team.
 */
async function leaveUpcomingHackDays(userId: number) {
  const places = await getDb()
    .select({ hackDayId: hackDayParticipants.hackDayId, hackDayStatus: hackDays.status })
    .from(hackDayParticipants)
    .innerJoin(hackDays, eq(hackDays.id, hackDayParticipants.hackDayId))
    .where(
      and(eq(hackDayParticipants.userId, userId), inArray(hackDayParticipants.status, ["registered", "waitlisted"])),
    );
  for (const place of places)
    if (acceptsRegistrations(place.hackDayStatus)) await cancelRegistration({ hackDayId: place.hackDayId, userId });
}

type Scrub = Parameters<typeof scrubPersonalText>[1];

const htmlEscaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A text with the person's name and address replaced, in plain and in HTML-escaped form. */
function scrubBoth(text: string, scrub: Scrub): string {
  const plain = scrubPersonalText(text, scrub);
  const escapedName = htmlEscaped(scrub.name);
  return escapedName === scrub.name ? plain : scrubPersonalText(plain, { ...scrub, name: escapedName });
}

/** A SQL test that a text column holds the name (as written) or the address (in any case). */
function mentions(column: AnyColumn, scrub: Scrub) {
  return sql`(${includesText(column, scrub.name)} OR ${includesText(sql`lower(${column})`, scrub.email)})`;
}

/**
 * Email to the person that has not gone yet is dropped; the record of what was sent keeps its kind,
 * status and dates, addressed to the placeholder, with its bodies emptied. Messages to others that
 * name the person are rewritten.
 */
async function scrubOutbox(userId: number, scrub: Scrub) {
  await inTransaction(async (tx) => {
    const theirs = or(eq(emailOutbox.userId, userId), eq(emailOutbox.toAddress, scrub.email))!;
    await tx.delete(emailOutbox).where(and(theirs, inArray(emailOutbox.status, ["queued", "sending"])));
    const kept = await tx.select({ id: emailOutbox.id, subject: emailOutbox.subject }).from(emailOutbox).where(theirs);
    for (const row of kept)
      await tx
        .update(emailOutbox)
        .set({
          toAddress: scrub.placeholderEmail,
          subject: scrubPersonalText(row.subject, scrub),
          textBody: "",
          htmlBody: "",
          headers: {},
        })
        .where(eq(emailOutbox.id, row.id));
    const others = await tx
      .select({
        id: emailOutbox.id,
        subject: emailOutbox.subject,
        textBody: emailOutbox.textBody,
        htmlBody: emailOutbox.htmlBody,
      })
      .from(emailOutbox)
      .where(
        or(
          mentions(emailOutbox.subject, scrub),
          mentions(emailOutbox.textBody, scrub),
          mentions(emailOutbox.htmlBody, { ...scrub, name: htmlEscaped(scrub.name) }),
        ),
      );
    for (const row of others)
      await tx
        .update(emailOutbox)
        .set({
          subject: scrubPersonalText(row.subject, scrub),
          textBody: scrubPersonalText(row.textBody, scrub),
          htmlBody: scrubBoth(row.htmlBody, scrub),
        })
        .where(eq(emailOutbox.id, row.id));
  });
}

/**
 * Messages the person sent through the contact page stay for the admins who answer them, without
 * the name and reply address they gave (or the name and address in the text).
 */
async function scrubContactMessages(userId: number, scrub: Scrub) {
  await inTransaction(async (tx) => {
    const rows = await tx
      .select({ id: feedbackMessages.id, message: feedbackMessages.message })
      .from(feedbackMessages)
      .where(or(eq(feedbackMessages.userId, userId), sql`lower(${feedbackMessages.email}) = ${scrub.email}`));
    for (const row of rows)
      await tx
        .update(feedbackMessages)
        .set({ name: FORMER_MEMBER, email: null, message: scrubPersonalText(row.message, scrub) })
        .where(eq(feedbackMessages.id, row.id));
  });
}

/** Other people's notifications that name the person ("Sam asked to join…") now say "A former member". */
async function scrubNotifications(scrub: Scrub) {
  await inTransaction(async (tx) => {
    const rows = await tx
      .select({ id: notifications.id, title: notifications.title, body: notifications.body })
      .from(notifications)
      .where(or(mentions(notifications.title, scrub), mentions(notifications.body, scrub)));
    for (const row of rows)
      await tx
        .update(notifications)
        .set({ title: scrubPersonalText(row.title, scrub), body: scrubPersonalText(row.body, scrub) })
        .where(eq(notifications.id, row.id));
  });
}

/**
 * Audit events by or about the person keep what happened, with the name and address taken out of
 * their details, and without the person's own IP addresses (an admin's stay).
 */
async function scrubAudit(userId: number, scrub: Scrub) {
  await inTransaction(async (tx) => {
    const about = and(eq(auditEvents.objectType, "user"), eq(auditEvents.objectId, userId))!;
    const rows = await tx
      .select({ id: auditEvents.id, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(or(eq(auditEvents.actorId, userId), about));
    for (const row of rows) {
      const before = scrubPersonalJson(row.before, scrub);
      const after = scrubPersonalJson(row.after, scrub);
      if (JSON.stringify(before) !== JSON.stringify(row.before) || JSON.stringify(after) !== JSON.stringify(row.after))
        await tx.update(auditEvents).set({ before, after }).where(eq(auditEvents.id, row.id));
    }
    await tx
      .update(auditEvents)
      .set({ ip: null })
      .where(or(eq(auditEvents.actorId, userId), and(about, isNull(auditEvents.actorId))));
  });
}

/** When an account was closed (null: it is open), for pages that show an account to admins. */
export async function accountClosedAt(userId: number): Promise<Date | null> {
  const [row] = await getDb().select({ deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId));
  return row?.deletedAt ?? null;
}
