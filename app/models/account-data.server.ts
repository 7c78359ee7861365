/**
 * "Download my data" (UK GDPR right of access; decision 0059): everything Hackpath holds about one
 * person, as a plain JSON object. Each query is narrowed to the person in its WHERE clause and
 * selects only the columns that go in the file, so nothing of anyone else is read: other records
 * appear by their public title (a problem's title, a project's or hack day's name), never another
 * person's name, email address or private note. Never in it: the password hash, the two-step
 * secret, session ids, token or recovery-code hashes, email bodies.
 */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
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
  gateItemEvents,
  hackDayParticipants,
  hackDays,
  judgeConflicts,
  judges,
  judgingCriteria,
  mentorExpertise,
  mentorProfiles,
  mentorshipNotes,
  mentorships,
  notificationPreferences,
  notifications,
  problems,
  projectDocuments,
  projectMembers,
  projects,
  recoveryCodes,
  reports,
  scores,
  sessions,
  stageRequests,
  userRoles,
  users,
} from "../../db/schema";
import { scrubAuditDetail } from "../domain/account-data";
import { auditActions } from "../domain/audit";
import { getDb } from "./core.server";

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);
const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Everything Hackpath holds about a person, or null when there is no such account. */
export async function exportAccountData(userId: number, now = new Date()) {
  const db = getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisation: users.organisation,
      bio: users.bio,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      emailConfirmedAt: users.emailConfirmedAt,
      totpEnabledAt: users.totpEnabledAt,
      suspendedAt: users.suspendedAt,
      suspendedReason: users.suspendedReason,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;

  // The projects whose team the person is on: their mentorships are the person's too (the team side).
  const teamProjectIds = db
    .select({ id: projectMembers.projectId })
    .from(projectMembers)
    .where(and(eq(projectMembers.userId, userId), eq(projectMembers.status, "active")));

  const [
    roles,
    [clinician],
    [developer],
    skills,
    [mentor],
    expertise,
    [funder],
    focus,
    posted,
    ownComments,
    ownEndorsements,
    ownReports,
    registrations,
    organised,
    judging,
    givenScores,
    conflicts,
    memberships,
    led,
    ownStageRequests,
    gateEvents,
    documents,
    ownMentorships,
    notes,
    interests,
    followed,
    choices,
    received,
    openSessions,
    emails,
    tokens,
    codes,
    messages,
    audit,
  ] = await Promise.all([
    db
      .select({ role: userRoles.role, since: userRoles.createdAt })
      .from(userRoles)
      .where(eq(userRoles.userId, userId))
      .orderBy(asc(userRoles.role)),
    db
      .select({
        profession: clinicianProfiles.profession,
        specialty: clinicianProfiles.specialty,
        organisation: clinicianProfiles.organisation,
        updatedAt: clinicianProfiles.updatedAt,
      })
      .from(clinicianProfiles)
      .where(eq(clinicianProfiles.userId, userId)),
    db
      .select({ headline: developerProfiles.headline, updatedAt: developerProfiles.updatedAt })
      .from(developerProfiles)
      .where(eq(developerProfiles.userId, userId)),
    db
      .select({ skill: developerSkills.skill })
      .from(developerSkills)
      .where(eq(developerSkills.userId, userId))
      .orderBy(asc(developerSkills.skill)),
    db
      .select({
        headline: mentorProfiles.headline,
        capacity: mentorProfiles.capacity,
        availability: mentorProfiles.availability,
        acceptingRequests: mentorProfiles.acceptingRequests,
        updatedAt: mentorProfiles.updatedAt,
      })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, userId)),
    db
      .select({ area: mentorExpertise.area })
      .from(mentorExpertise)
      .where(eq(mentorExpertise.userId, userId))
      .orderBy(asc(mentorExpertise.area)),
    db
      .select({
        kind: funderProfiles.kind,
        thesis: funderProfiles.thesis,
        ticketMin: funderProfiles.ticketMin,
        ticketMax: funderProfiles.ticketMax,
        offersPilotSite: funderProfiles.offersPilotSite,
        updatedAt: funderProfiles.updatedAt,
      })
      .from(funderProfiles)
      .where(eq(funderProfiles.userId, userId)),
    db
      .select({ facet: funderFocus.facet, value: funderFocus.value })
      .from(funderFocus)
      .where(eq(funderFocus.userId, userId))
      .orderBy(asc(funderFocus.facet), asc(funderFocus.value)),
    db
      .select({
        id: problems.id,
        title: problems.title,
        summary: problems.summary,
        whoAffected: problems.whoAffected,
        frequency: problems.frequency,
        currentWorkaround: problems.currentWorkaround,
        idealOutcome: problems.idealOutcome,
        careSetting: problems.careSetting,
        specialty: problems.specialty,
        dataAvailable: problems.dataAvailable,
        dataConstraints: problems.dataConstraints,
        status: problems.status,
        createdAt: problems.createdAt,
        updatedAt: problems.updatedAt,
      })
      .from(problems)
      .where(eq(problems.authorId, userId))
      .orderBy(asc(problems.id)),
    db
      .select({
        id: comments.id,
        problemId: comments.problemId,
        problemTitle: problems.title,
        body: comments.body,
        hidden: sql<boolean>`${comments.hiddenAt} IS NOT NULL`.mapWith(Boolean),
        createdAt: comments.createdAt,
        updatedAt: comments.updatedAt,
      })
      .from(comments)
      .innerJoin(problems, eq(problems.id, comments.problemId))
      .where(eq(comments.authorId, userId))
      .orderBy(asc(comments.id)),
    db
      .select({
        problemId: endorsements.problemId,
        problemTitle: problems.title,
        organisation: endorsements.organisation,
        note: endorsements.note,
        createdAt: endorsements.createdAt,
      })
      .from(endorsements)
      .innerJoin(problems, eq(problems.id, endorsements.problemId))
      .where(eq(endorsements.userId, userId))
      .orderBy(asc(endorsements.id)),
    db
      .select({
        targetType: reports.targetType,
        targetId: reports.targetId,
        reason: reports.reason,
        status: reports.status,
        createdAt: reports.createdAt,
      })
      .from(reports)
      .where(eq(reports.reporterId, userId))
      .orderBy(asc(reports.id)),
    db
      .select({
        hackDayId: hackDayParticipants.hackDayId,
        hackDayName: hackDays.name,
        status: hackDayParticipants.status,
        createdAt: hackDayParticipants.createdAt,
      })
      .from(hackDayParticipants)
      .innerJoin(hackDays, eq(hackDays.id, hackDayParticipants.hackDayId))
      .where(eq(hackDayParticipants.userId, userId))
      .orderBy(asc(hackDayParticipants.createdAt), asc(hackDayParticipants.hackDayId)),
    db
      .select({ id: hackDays.id, name: hackDays.name, status: hackDays.status, startsAt: hackDays.startsAt })
      .from(hackDays)
      .where(eq(hackDays.organiserId, userId))
      .orderBy(asc(hackDays.id)),
    db
      .select({ hackDayId: judges.hackDayId, hackDayName: hackDays.name, since: judges.createdAt })
      .from(judges)
      .innerJoin(hackDays, eq(hackDays.id, judges.hackDayId))
      .where(eq(judges.userId, userId))
      .orderBy(asc(judges.createdAt), asc(judges.hackDayId)),
    db
      .select({
        hackDayId: scores.hackDayId,
        projectId: scores.projectId,
        projectName: projects.name,
        criterion: judgingCriteria.name,
        score: scores.score,
        comment: scores.comment,
        updatedAt: scores.updatedAt,
      })
      .from(scores)
      .innerJoin(projects, eq(projects.id, scores.projectId))
      .innerJoin(judgingCriteria, eq(judgingCriteria.id, scores.criterionId))
      .where(eq(scores.judgeId, userId))
      .orderBy(asc(scores.id)),
    db
      .select({
        hackDayId: judgeConflicts.hackDayId,
        projectId: judgeConflicts.projectId,
        projectName: projects.name,
        reason: judgeConflicts.reason,
        createdAt: judgeConflicts.createdAt,
      })
      .from(judgeConflicts)
      .innerJoin(projects, eq(projects.id, judgeConflicts.projectId))
      .where(eq(judgeConflicts.judgeId, userId))
      .orderBy(asc(judgeConflicts.createdAt), asc(judgeConflicts.projectId)),
    db
      .select({
        projectId: projectMembers.projectId,
        projectName: projects.name,
        role: projectMembers.role,
        status: projectMembers.status,
        message: projectMembers.message,
        createdAt: projectMembers.createdAt,
      })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(eq(projectMembers.userId, userId))
      .orderBy(asc(projectMembers.createdAt), asc(projectMembers.projectId)),
    db
      .select({
        id: projects.id,
        name: projects.name,
        stage: projects.stage,
        state: projects.state,
        submittedAt: projects.submittedAt,
        createdAt: projects.createdAt,
      })
      .from(projects)
      .where(eq(projects.leadId, userId))
      .orderBy(asc(projects.id)),
    db
      .select({
        projectId: stageRequests.projectId,
        projectName: projects.name,
        fromStage: stageRequests.fromStage,
        toStage: stageRequests.toStage,
        note: stageRequests.note,
        status: stageRequests.status,
        createdAt: stageRequests.createdAt,
      })
      .from(stageRequests)
      .innerJoin(projects, eq(projects.id, stageRequests.projectId))
      .where(eq(stageRequests.requestedBy, userId))
      .orderBy(asc(stageRequests.id)),
    db
      .select({
        projectId: gateItemEvents.projectId,
        projectName: projects.name,
        itemKey: gateItemEvents.itemKey,
        kind: gateItemEvents.kind,
        status: gateItemEvents.status,
        createdAt: gateItemEvents.createdAt,
      })
      .from(gateItemEvents)
      .innerJoin(projects, eq(projects.id, gateItemEvents.projectId))
      .where(eq(gateItemEvents.actorId, userId))
      .orderBy(asc(gateItemEvents.id)),
    db
      .select({
        projectId: projectDocuments.projectId,
        projectName: projects.name,
        itemKey: projectDocuments.itemKey,
        title: projectDocuments.title,
        visibility: projectDocuments.visibility,
        createdAt: projectDocuments.createdAt,
      })
      .from(projectDocuments)
      .innerJoin(projects, eq(projects.id, projectDocuments.projectId))
      .where(eq(projectDocuments.uploadedBy, userId))
      .orderBy(asc(projectDocuments.id)),
    db
      .select({
        id: mentorships.id,
        projectId: mentorships.projectId,
        projectName: projects.name,
        side: sql<"mentor" | "team">`CASE WHEN ${mentorships.mentorId} = ${userId} THEN 'mentor' ELSE 'team' END`,
        status: mentorships.status,
        // The message goes with whoever wrote it: the person's own, or nothing.
        message: sql<string>`CASE WHEN ${mentorships.requestedBy} = ${userId} THEN ${mentorships.message} ELSE '' END`,
        focus: mentorships.focus,
        createdAt: mentorships.createdAt,
        respondedAt: mentorships.respondedAt,
        endedAt: mentorships.endedAt,
      })
      .from(mentorships)
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .where(or(eq(mentorships.mentorId, userId), inArray(mentorships.projectId, teamProjectIds)))
      .orderBy(asc(mentorships.id)),
    db
      .select({
        mentorshipId: mentorshipNotes.mentorshipId,
        projectName: projects.name,
        sessionOn: mentorshipNotes.sessionOn,
        body: mentorshipNotes.body,
        nextStep: mentorshipNotes.nextStep,
        createdAt: mentorshipNotes.createdAt,
        editedAt: mentorshipNotes.editedAt,
      })
      .from(mentorshipNotes)
      .innerJoin(mentorships, eq(mentorships.id, mentorshipNotes.mentorshipId))
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .where(eq(mentorshipNotes.authorId, userId))
      .orderBy(asc(mentorshipNotes.id)),
    db
      .select({
        projectId: fundingInterests.projectId,
        projectName: projects.name,
        status: fundingInterests.status,
        kind: fundingInterests.kind,
        amount: fundingInterests.amount,
        note: fundingInterests.note,
        declineReason: fundingInterests.declineReason,
        createdAt: fundingInterests.createdAt,
        updatedAt: fundingInterests.updatedAt,
      })
      .from(fundingInterests)
      .innerJoin(projects, eq(projects.id, fundingInterests.projectId))
      .where(eq(fundingInterests.funderId, userId))
      .orderBy(asc(fundingInterests.id)),
    db
      .select({
        objectType: follows.objectType,
        objectId: follows.objectId,
        title: sql<string | null>`CASE ${follows.objectType}
          WHEN 'problem' THEN (SELECT p.title FROM problems p WHERE p.id = ${follows.objectId})
          ELSE (SELECT pr.name FROM projects pr WHERE pr.id = ${follows.objectId}) END`,
        since: follows.createdAt,
      })
      .from(follows)
      .where(eq(follows.userId, userId))
      .orderBy(asc(follows.createdAt), asc(follows.objectType), asc(follows.objectId)),
    db
      .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId))
      .orderBy(asc(notificationPreferences.kind)),
    db
      .select({
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        readAt: notifications.readAt,
        emailDelivery: notifications.emailDelivery,
        emailedAt: notifications.emailedAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.id)),
    db
      .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt)),
    db
      .select({
        kind: emailOutbox.kind,
        to: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.userId, userId))
      .orderBy(asc(emailOutbox.id)),
    db
      .select({
        purpose: accountTokens.purpose,
        email: accountTokens.email,
        createdAt: accountTokens.createdAt,
        expiresAt: accountTokens.expiresAt,
        usedAt: accountTokens.usedAt,
      })
      .from(accountTokens)
      .where(eq(accountTokens.userId, userId))
      .orderBy(asc(accountTokens.id)),
    db
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        unused: sql<number>`count(*) FILTER (WHERE ${recoveryCodes.usedAt} IS NULL)`.mapWith(Number),
      })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, userId)),
    db
      .select({
        topic: feedbackMessages.topic,
        name: feedbackMessages.name,
        email: feedbackMessages.email,
        message: feedbackMessages.message,
        page: feedbackMessages.page,
        handled: sql<boolean>`${feedbackMessages.handledAt} IS NOT NULL`.mapWith(Boolean),
        createdAt: feedbackMessages.createdAt,
      })
      .from(feedbackMessages)
      .where(eq(feedbackMessages.userId, userId))
      .orderBy(asc(feedbackMessages.id)),
    db
      .select({
        action: auditEvents.action,
        objectType: auditEvents.objectType,
        objectId: auditEvents.objectId,
        actorId: auditEvents.actorId,
        before: auditEvents.before,
        after: auditEvents.after,
        ip: auditEvents.ip,
        createdAt: auditEvents.createdAt,
      })
      .from(auditEvents)
      .where(
        or(eq(auditEvents.actorId, userId), and(eq(auditEvents.objectType, "user"), eq(auditEvents.objectId, userId))),
      )
      .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id)),
  ]);

  const self = { id: userId, email: user.email };
  const facet = (name: string) => focus.filter((f) => f.facet === name).map((f) => f.value);
  return {
    about:
      "Everything Hackpath holds about you, as of exportedAt. Other people appear only by what Hackpath shows publicly (a problem's title, a project's name); their names, email addresses and private notes are not included. Times are UTC (ISO 8601).",
    service: "Hackpath",
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      organisation: user.organisation,
      bio: user.bio,
      createdAt: iso(user.createdAt),
      lastSignedInAt: iso(user.lastLoginAt),
      emailConfirmedAt: iso(user.emailConfirmedAt),
      twoStepSignIn: user.totpEnabledAt ? { on: true, since: iso(user.totpEnabledAt) } : { on: false },
      recoveryCodes: codes[0] ?? { total: 0, unused: 0 },
      suspended: user.suspendedAt ? { since: iso(user.suspendedAt), reason: user.suspendedReason ?? "" } : null,
      closedAt: iso(user.deletedAt),
    },
    roles: roles.map((r) => ({ role: r.role, since: iso(r.since) })),
    profiles: {
      clinician: clinician ? { ...clinician, updatedAt: iso(clinician.updatedAt) } : null,
      developer:
        developer || skills.length
          ? {
              headline: developer?.headline ?? "",
              skills: skills.map((s) => s.skill),
              updatedAt: iso(developer?.updatedAt),
            }
          : null,
      mentor:
        mentor || expertise.length
          ? {
              headline: mentor?.headline ?? "",
              capacity: mentor?.capacity ?? null,
              availability: mentor?.availability ?? "",
              acceptingRequests: mentor?.acceptingRequests ?? false,
              expertise: expertise.map((e) => e.area),
              updatedAt: iso(mentor?.updatedAt),
            }
          : null,
      funder:
        funder || focus.length
          ? {
              kind: funder?.kind ?? null,
              thesis: funder?.thesis ?? "",
              ticketMin: funder?.ticketMin ?? null,
              ticketMax: funder?.ticketMax ?? null,
              offersPilotSite: funder?.offersPilotSite ?? false,
              stages: facet("stage"),
              careSettings: facet("care_setting"),
              specialties: facet("specialty"),
              updatedAt: iso(funder?.updatedAt),
            }
          : null,
    },
    problems: posted.map((p) => ({ ...p, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) })),
    comments: ownComments.map((c) => ({ ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) })),
    endorsements: ownEndorsements.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
    reports: ownReports.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    hackDays: {
      registrations: registrations.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
      organised: organised.map((h) => ({ ...h, startsAt: iso(h.startsAt) })),
      judging: judging.map((j) => ({ ...j, since: iso(j.since) })),
      scoresGiven: givenScores.map((s) => ({ ...s, updatedAt: iso(s.updatedAt) })),
      conflictsDeclared: conflicts.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
    },
    teams: {
      memberships: memberships.map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
      projectsLed: led.map((p) => ({ ...p, submittedAt: iso(p.submittedAt), createdAt: iso(p.createdAt) })),
      stageRequests: ownStageRequests.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
      gateItemChanges: gateEvents.map((g) => ({ ...g, createdAt: iso(g.createdAt) })),
      documentsUploaded: documents.map((d) => ({ ...d, createdAt: iso(d.createdAt) })),
    },
    mentorships: ownMentorships.map((m) => ({
      ...m,
      createdAt: iso(m.createdAt),
      respondedAt: iso(m.respondedAt),
      endedAt: iso(m.endedAt),
    })),
    sessionNotesWritten: notes.map((n) => ({ ...n, createdAt: iso(n.createdAt), editedAt: iso(n.editedAt) })),
    fundingInterests: interests.map((f) => ({ ...f, createdAt: iso(f.createdAt), updatedAt: iso(f.updatedAt) })),
    following: followed.map((f) => ({ ...f, since: iso(f.since) })),
    notificationChoices: choices,
    notifications: received.map((n) => ({
      ...n,
      readAt: iso(n.readAt),
      emailedAt: iso(n.emailedAt),
      createdAt: iso(n.createdAt),
    })),
    sessions: openSessions.map((s) => ({ createdAt: isoSeconds(s.createdAt), expiresAt: isoSeconds(s.expiresAt) })),
    emails: emails.map((e) => ({ ...e, createdAt: iso(e.createdAt), sentAt: iso(e.sentAt) })),
    accountLinks: tokens.map((t) => ({
      ...t,
      createdAt: iso(t.createdAt),
      expiresAt: iso(t.expiresAt),
      usedAt: iso(t.usedAt),
    })),
    contactMessages: messages.map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
    auditLog: audit.map((a) => {
      const byYou = a.actorId === userId;
      return {
        action: a.action,
        what: auditActions.label(a.action),
        objectType: a.objectType,
        objectId: a.objectId,
        by: byYou ? "you" : a.actorId === null ? "nobody signed in" : "someone else",
        before: scrubAuditDetail(a.before, self),
        after: scrubAuditDetail(a.after, self),
        // Your own address when you acted; nobody else's.
        ip: byYou ? a.ip : null,
        at: iso(a.createdAt),
      };
    }),
  };
}
