/**
 * What happens around the projects: hack day registrations and judging results, moderation,
 * notifications for the demo accounts and the audit trail of organiser and admin actions.
 */
import { desc, eq, inArray, sql } from "drizzle-orm";
import {
  auditEvents,
  awards,
  comments,
  endorsements,
  hackDayParticipants,
  judgeConflicts,
  notifications,
  problems,
  reports,
  scores,
  users,
} from "../schema.sqlite";
import { seedHackDays } from "./content/hack-days";
import { JUDGE_FEEDBACK } from "./content/judging";
import type { NotificationKind } from "../../app/domain/notifications";
import { must, paths, userId, type SeedContext } from "./context";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Per-judge nudges to the base score for each criterion, so three judges don't agree exactly. */
const JUDGE_OFFSETS: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 0],
  [0, -1, 0, 1, 0],
  [1, 0, -1, 0, 0],
];

/** Everything that depends on people, problems, hack days and projects all being in place. */
export function seedActivity(ctx: SeedContext): void {
  seedParticipantsAndJudging(ctx);
  seedModeration(ctx);
  seedNotifications(ctx);
  writeAudits(ctx);
  settleProblemActivity(ctx);
}

// ---------------------------------------------------------------- hack days

function seedParticipantsAndJudging(ctx: SeedContext): void {
  const { tx, clock, rng } = ctx;
  for (const day of seedHackDays) {
    const hackDay = must(ctx.hackDays, day.key, "hack day");
    const teamProjects = [...ctx.projects.values()].filter((p) => p.hackDay === day.key);

    // Registrations: every team member, plus the named extras. One team per person per hack day
    // (docs/decisions/0036), and a waiting list only once the places are full (0035).
    const registrations = new Map<string, "registered" | "waitlisted" | "cancelled">();
    for (const project of teamProjects) {
      for (const key of [project.lead, ...project.members, ...(project.joinRequests ?? []).map(([k]) => k)]) {
        if (registrations.has(key)) throw new Error(`${key} is on two teams at ${day.key}`);
        if (must(ctx.people, key, "person").joinedAt > hackDay.startsAt)
          throw new Error(`${key} joined Hackpath after ${day.key}`);
        registrations.set(key, "registered");
      }
    }
    for (const [key, status] of day.participants) {
      if (registrations.has(key)) throw new Error(`${key} is listed twice at ${day.key}`);
      registrations.set(key, status);
    }
    const confirmed = [...registrations.values()].filter((s) => s === "registered").length;
    if ([...registrations.values()].includes("waitlisted") && confirmed < day.capacity) {
      throw new Error(`${day.key} has a waiting list but only ${confirmed} of ${day.capacity} places taken`);
    }
    const windowEnd = Math.min(hackDay.startsAt.getTime(), clock.now.getTime() - HOUR);
    for (const [key, status] of registrations) {
      const person = must(ctx.people, key, "person");
      const from = Math.max(hackDay.createdAt.getTime(), person.joinedAt.getTime());
      const at = new Date(from + Math.floor(rng.next() * Math.max(0, windowEnd - from)));
      tx.insert(hackDayParticipants).values({ hackDayId: hackDay.id, userId: person.id, status, createdAt: at }).run();
    }

    for (const [judge, projectKey, reason] of day.conflicts) {
      const project = must(ctx.projects, projectKey, "project");
      tx.insert(judgeConflicts)
        .values({
          hackDayId: hackDay.id,
          judgeId: userId(ctx, judge),
          projectId: project.id,
          reason,
          createdAt: new Date(hackDay.startsAt.getTime() - DAY),
        })
        .run();
    }

    if (day.status !== "results_published") continue;

    // Scores: each judge, each submitted project, each criterion, except declared conflicts.
    const conflicted = new Set(day.conflicts.map(([judge, project]) => `${judge}:${project}`));
    teamProjects.forEach((project, p) => {
      if (!project.judging) throw new Error(`${project.key}: a project at a judged hack day needs judging content`);
      const team = new Set([project.lead, ...project.members]);
      day.judges.forEach((judge, j) => {
        if (team.has(judge)) throw new Error(`${judge} cannot judge their own project ${project.key}`);
        if (conflicted.has(`${judge}:${project.key}`)) return;
        hackDay.criteria.forEach((criterionId, c) => {
          const score = clamp((project.judging?.base[c] ?? 3) + (JUDGE_OFFSETS[j]?.[c] ?? 0), 1, 5);
          const comment = j === 0 ? (project.judging?.comments[c] ?? "") : (JUDGE_FEEDBACK[c]?.[score - 1] ?? "");
          const at = new Date(hackDay.deadline.getTime() + (30 + j * 25 + p * 4 + c) * 60_000);
          tx.insert(scores)
            .values({
              hackDayId: hackDay.id,
              projectId: project.id,
              judgeId: userId(ctx, judge),
              criterionId,
              score,
              comment,
              createdAt: at,
              updatedAt: at,
            })
            .run();
        });
      });
    });

    const publishedAt = clock.ago(day.resultsPublishedDaysAgo ?? 0, 16);
    day.awards.forEach(([projectKey, name, description], position) => {
      const project = must(ctx.projects, projectKey, "project");
      if (project.hackDay !== day.key) throw new Error(`${projectKey} was not at ${day.key}`);
      tx.insert(awards)
        .values({ hackDayId: hackDay.id, projectId: project.id, name, description, position, createdAt: publishedAt })
        .run();
    });
    ctx.audits.push({
      actor: day.organiser,
      action: "hack_day.status_changed",
      objectType: "hack_day",
      objectId: hackDay.id,
      before: { status: "judging" },
      after: { status: "results_published", awards: day.awards.map(([, name]) => name) },
      at: publishedAt,
    });
  }
}

// ---------------------------------------------------------------- moderation

function seedModeration(ctx: SeedContext): void {
  const { tx, clock } = ctx;
  const adminId = userId(ctx, "admin");
  const spammer = "d_spam";
  const hiddenAt = clock.ago(146, 10);

  // Promotional comments from an account later suspended; hidden by the admin.
  const spam = [
    [
      "foot-checks",
      "Boost your practice's online reviews with QuickLeads! Free trial for NHS teams at quickleads.test.",
    ],
    ["bedside-obs", "Struggling with staff engagement? QuickLeads automates your outreach. DM me for a demo."],
  ] as const;
  const spamIds: number[] = [];
  for (const [problemKey, body] of spam) {
    const problem = must(ctx.problems, problemKey, "problem");
    const at = clock.ago(148, 22);
    const id = tx
      .insert(comments)
      .values({
        problemId: problem.id,
        authorId: userId(ctx, spammer),
        body,
        hiddenAt,
        hiddenBy: adminId,
        createdAt: at,
        updatedAt: hiddenAt,
      })
      .returning({ id: comments.id })
      .get().id;
    spamIds.push(id);
    ctx.audits.push({
      actor: "admin",
      action: "comment.hidden",
      objectType: "comment",
      objectId: id,
      before: { hiddenAt: null },
      after: { hiddenAt: hiddenAt.toISOString(), reason: "Spam" },
      at: hiddenAt,
    });
  }
  const [firstSpam] = spamIds;
  if (firstSpam !== undefined) {
    tx.insert(reports)
      .values({
        reporterId: userId(ctx, "c_aisha"),
        targetType: "comment",
        targetId: firstSpam,
        reason: "Advertising, not about the problem.",
        status: "actioned",
        resolvedBy: adminId,
        resolvedAt: hiddenAt,
        createdAt: clock.ago(147, 8),
      })
      .run();
  }
  const spammerId = userId(ctx, spammer);
  ctx.audits.push({
    actor: "admin",
    action: "user.suspended",
    objectType: "user",
    objectId: spammerId,
    before: { suspendedAt: null },
    after: { suspendedAt: hiddenAt.toISOString(), reason: must(ctx.people, spammer, "person").suspended?.reason },
    at: new Date(hiddenAt.getTime() + 10 * 60_000),
  });

  // A fresh comment that may identify a child, reported and waiting for a moderator.
  const pews = must(ctx.problems, "pews", "problem");
  const at = clock.ago(2, 21, 40);
  const flagged = tx
    .insert(comments)
    .values({
      problemId: pews.id,
      authorId: userId(ctx, "d_femi"),
      body: "When my nephew was on the children's ward at Northgate in January, his chart was added up wrong twice on the same night. The nurses were brilliant but run off their feet.",
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: comments.id })
    .get().id;
  tx.insert(reports)
    .values({
      reporterId: userId(ctx, "c_harriet"),
      targetType: "comment",
      targetId: flagged,
      reason:
        "This describes a specific child's admission at our hospital and could identify him. Could a moderator take a look?",
      status: "open",
      createdAt: clock.ago(1, 8, 5),
    })
    .run();
}

// ---------------------------------------------------------------- notifications

function seedNotifications(ctx: SeedContext): void {
  const { tx, clock } = ctx;
  const project = (key: string) => must(ctx.projects, key, "project");
  const problem = (key: string) => must(ctx.problems, key, "problem");
  const hackDay = (key: Parameters<typeof ctx.hackDays.get>[0]) => must(ctx.hackDays, key, "hack day");
  const projectLink = (key: string) => paths.project(project(key).id, project(key).name);
  const problemLink = (key: string) => paths.problem(problem(key).id, problem(key).title);
  const hackDayLink = (key: Parameters<typeof ctx.hackDays.get>[0]) =>
    paths.hackDay(hackDay(key).id, hackDay(key).name);

  type Note = {
    to: string;
    kind: NotificationKind;
    title: string;
    body: string;
    link: string;
    daysAgo: number;
    hour?: number;
    read: boolean;
  };
  const notes: Note[] = [
    // clinician
    {
      to: "clinician",
      kind: "stage.approved",
      title: "FootPath moved to Adopted",
      body: "The project on your problem is now in routine use at two ICBs.",
      link: projectLink("footpath"),
      daysAgo: 12,
      read: true,
    },
    {
      to: "clinician",
      kind: "story.published",
      title: "Success story published: Sharing one foot-risk record cut complex diabetic amputations by 40%",
      body: "Your problem is featured in FootPath's story.",
      link: projectLink("footpath"),
      daysAgo: 22,
      read: true,
    },
    {
      to: "clinician",
      kind: "stage.approved",
      title: "BP Diary moved to Pilot ready",
      body: "Tom Adeyemi approved the move.",
      link: projectLink("bp-diary"),
      daysAgo: 37,
      read: true,
    },
    {
      to: "clinician",
      kind: "problem.commented",
      title: "New comment on your problem",
      body: "Dr Inês Carvalho commented on “Home blood pressure readings arrive as photos of paper diaries”.",
      link: problemLink("home-bp"),
      daysAgo: 320,
      read: true,
    },
    // developer
    {
      to: "developer",
      kind: "stage.returned",
      title: "Stage request returned: BP Diary",
      body: "Publish the data-use statement and get the device question signed off, then ask again.",
      link: projectLink("bp-diary"),
      daysAgo: 72,
      read: true,
    },
    {
      to: "developer",
      kind: "stage.approved",
      title: "BP Diary is now Pilot ready",
      body: "All pilot-ready items are met.",
      link: projectLink("bp-diary"),
      daysAgo: 37,
      read: true,
    },
    {
      to: "developer",
      kind: "hack_day.live",
      title: "Winter Pressures Hack Day is live",
      body: "Submissions close tomorrow at 13:00. PEWS Pal is submitted; you can keep editing until the deadline.",
      link: hackDayLink("winter"),
      daysAgo: 1,
      hour: 9,
      read: false,
    },
    {
      to: "developer",
      kind: "mentorship.offered",
      title: "Sunil Varma offered to mentor BP Diary",
      body: "I can help with the IM1 integration and the pen test scope for your pilot.",
      link: paths.projectMentors(project("bp-diary").id, project("bp-diary").name),
      daysAgo: 8,
      read: false,
    },
    // mentor
    {
      to: "mentor",
      kind: "mentorship.requested",
      title: "Just in Case asked you to mentor them",
      body: "Focus: DCB0129 for the pilot.",
      link: paths.projectMentors(project("just-in-case").id, project("just-in-case").name),
      daysAgo: 5,
      read: false,
    },
    {
      to: "mentor",
      kind: "judging.appointed",
      title: "You're a judge for the Winter Pressures Hack Day",
      body: "Scoring opens when submissions close.",
      link: hackDayLink("winter"),
      daysAgo: 70,
      read: true,
    },
    // funder
    {
      to: "funder",
      kind: "hack_day.results",
      title: "Results published: Care at the Interfaces Hack Day",
      body: "Thank you for judging. Restore Steps won.",
      link: hackDayLink("interfaces"),
      daysAgo: 296,
      read: true,
    },
    // organiser
    {
      to: "organiser",
      kind: "stage.requested",
      title: "Restore Steps asks to move to Pilot",
      body: "One required item is in progress: DTAC C3 technical security.",
      link: paths.reviews,
      daysAgo: 6,
      read: false,
    },
    {
      to: "organiser",
      kind: "stage.requested",
      title: "Easy Read Invite asks to move to Pilot ready",
      body: "All required items are met.",
      link: paths.reviews,
      daysAgo: 3,
      read: false,
    },
    // admin (admins review stage requests with the organisers)
    {
      to: "admin",
      kind: "stage.requested",
      title: "Easy Read Invite asks to move to Pilot ready",
      body: "All required items are met.",
      link: paths.reviews,
      daysAgo: 3,
      read: true,
    },
    {
      to: "organiser",
      kind: "hack_day.nomination",
      title: "Lithium monitoring nominated for the Mental Health Crisis Care Hack Day",
      body: "Nominated by Dr Ravi Chandran.",
      link: hackDayLink("crisis"),
      daysAgo: 25,
      read: false,
    },
    // admin
  ];
  for (const n of notes) {
    const at = clock.ago(n.daysAgo, n.hour ?? 10, 15);
    tx.insert(notifications)
      .values({
        userId: userId(ctx, n.to),
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        readAt: n.read ? new Date(at.getTime() + 3 * HOUR) : null,
        createdAt: at,
      })
      .run();
  }
  // The clinician's newest "happens here too", taken from the data so the text matches the page.
  const clinicianId = userId(ctx, "clinician");
  const endorsement = tx
    .select({
      at: endorsements.createdAt,
      endorser: users.name,
      problemId: problems.id,
      title: problems.title,
      organisations: problems.organisationCount,
    })
    .from(endorsements)
    .innerJoin(problems, eq(problems.id, endorsements.problemId))
    .innerJoin(users, eq(users.id, endorsements.userId))
    .where(eq(problems.authorId, clinicianId))
    .orderBy(desc(endorsements.createdAt))
    .limit(1)
    .get();
  if (endorsement) {
    tx.insert(notifications)
      .values({
        userId: clinicianId,
        kind: "problem.endorsed",
        title: `${endorsement.endorser} said “happens here too”`,
        body: `On “${endorsement.title}”. It now has endorsements from ${endorsement.organisations} organisations.`,
        link: paths.problem(endorsement.problemId, endorsement.title),
        readAt: null,
        createdAt: new Date(endorsement.at.getTime() + 60_000),
      })
      .run();
  }
}

// ---------------------------------------------------------------- audit and final touches

function writeAudits(ctx: SeedContext): void {
  const sorted = [...ctx.audits].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of sorted) {
    ctx.tx
      .insert(auditEvents)
      .values({
        actorId: event.actor ? userId(ctx, event.actor) : null,
        action: event.action,
        objectType: event.objectType,
        objectId: event.objectId,
        before: event.before ?? null,
        after: event.after ?? null,
        ip: null,
        createdAt: event.at,
      })
      .run();
  }
}

/**
 * The counter triggers stamp problems.last_activity_at with the time of each insert; set it back
 * to the latest real activity (endorsement, visible comment or project) in the demo's timeline.
 */
function settleProblemActivity(ctx: SeedContext): void {
  const ids = [...ctx.problems.values()].map((p) => p.id);
  ctx.tx
    .update(problems)
    .set({
      lastActivityAt: sql`max(${problems.createdAt},
        coalesce((SELECT max(e.created_at) FROM endorsements e WHERE e.problem_id = ${problems.id}), 0),
        coalesce((SELECT max(c.created_at) FROM comments c WHERE c.problem_id = ${problems.id} AND c.hidden_at IS NULL), 0),
        coalesce((SELECT max(p.created_at) FROM projects p WHERE p.problem_id = ${problems.id}), 0))`,
      updatedAt: sql`${problems.updatedAt}`,
    })
    .where(inArray(problems.id, ids))
    .run();
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
