/**
 * Projects and everything that hangs off them: team, stage timeline and requests, gate item
 * statuses consistent with the stage, mentorships and their notes, funding interest, pilots and
 * outcomes.
 */
import { eq } from "drizzle-orm";
import { gateItems, type GateItem } from "../../app/domain/gates";
import { nextStage, stageIndex, stageKeys, type Stage } from "../../app/domain/stages";
import { fundingKinds, type ExpertiseArea, type GateItemStatus } from "../../app/domain/taxonomy";
import { slugify } from "../../app/utils/slug";
import {
  fundingInterests,
  gateItemStatusesTable,
  mentorshipNotes,
  mentorships,
  outcomes,
  pilots,
  projectMembers,
  projects,
  stageMoves,
  stageRequests,
} from "../schema.sqlite";
import { isMoveBack, type SeedMentorship, type SeedProject } from "./content/projects-types";
import { seedProjects } from "./content/projects";
import { longDate, metEvidence, inProgressEvidence, pounds, withDates, type EvidenceContext } from "./gate-evidence";
import { must, userId, type SeedContext } from "./context";
import { currentStage, lastMoveInto, stageEnteredDaysAgo } from "./timeline";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Who verifies an item when the project has no mentor with the expertise. */
const defaultVerifier: Partial<Record<ExpertiseArea, string>> = {
  clinical_safety: "mentor",
  information_governance: "m_gareth",
  regulation: "m_ines",
  health_economics: "m_nadia",
};

/** Mentorships that were accepted at some point (they count as the project's mentors). */
const accepted = (m: SeedMentorship) => m.status === "active" || m.status === "completed" || m.status === "cancelled";

/** Inserts every demo project and its pipeline history. */
export function seedPipeline(ctx: SeedContext): void {
  seedProjects.forEach((project, index) => seedProject(ctx, project, index));
}

function seedProject(ctx: SeedContext, project: SeedProject, index: number): void {
  const { tx, clock } = ctx;
  const lead = must(ctx.people, project.lead, "person");
  const problem = project.problem ? must(ctx.problems, project.problem, "problem") : null;
  const hackDay = project.hackDay ? must(ctx.hackDays, project.hackDay, "hack day") : null;
  const stage = currentStage(project);
  const slug = slugify(project.name);

  const createdAt =
    project.hackDay === "winter"
      ? clock.ago(1, 11, 15)
      : project.hackDay === "interfaces"
        ? clock.ago(299, 11, 30)
        : clock.ago(project.createdDaysAgo, 10 + (index % 6));
  const submittedAt =
    project.hackDay === "winter"
      ? new Date(clock.now.getTime() - 2 * HOUR)
      : new Date(createdAt.getTime() + 40 * 60_000);
  if (createdAt < lead.joinedAt) throw new Error(`${project.key}: created before its lead joined`);
  if (problem && createdAt < problem.createdAt)
    throw new Error(`${project.key}: created before its problem was posted`);
  if (hackDay && submittedAt > hackDay.deadline)
    throw new Error(`${project.key}: submitted after its hack day's deadline`);

  // Events that count as activity; the latest becomes last_activity_at.
  const events: Date[] = [createdAt];
  const stageEnteredAt = stage === "prototype" ? createdAt : clock.ago(stageEnteredDaysAgo(project), 15);
  const stateAt = project.state ? clock.ago(project.state.daysAgo, 16) : null;
  const dataUsePublishedAt =
    project.dataUse?.publishedDaysAgo == null ? null : clock.ago(project.dataUse.publishedDaysAgo, 12);

  const row = tx
    .insert(projects)
    .values({
      name: project.name,
      tagline: project.tagline,
      description: project.description,
      problemId: problem?.id ?? null,
      hackDayId: hackDay?.id ?? null,
      leadId: lead.id,
      careSetting: problem?.careSetting ?? null,
      specialty: problem?.specialty ?? null,
      repoUrl: project.links.repo ? `https://github.com/hackpath-demo/${slug}` : null,
      demoUrl: project.links.demo ? `https://${slug}.demo.hackpath.test` : null,
      videoUrl: project.links.video ? `https://video.hackpath.test/${slug}` : null,
      tech: project.tech,
      licence: project.licence,
      declaredNoPii: true,
      declaredMaySubmit: true,
      declaredIpPolicy: true,
      dataUseStatement: project.dataUse?.statement ?? "",
      dataUseLawfulBasis: project.dataUse?.lawfulBasis ?? "",
      dataUsePublishedAt,
      showsBackers: project.showsBackers ?? false,
      stage,
      state: project.state?.kind ?? "active",
      archiveReason: project.state?.kind === "archived" ? (project.state.archiveReason ?? "other") : null,
      stateReason: project.state?.reason ?? null,
      submittedAt,
      stageEnteredAt,
      lastActivityAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    })
    .returning({ id: projects.id })
    .get();
  const projectId = row.id;
  ctx.projects.set(project.key, { ...project, id: projectId, createdAt, stage });

  // ---- team
  const team = [project.lead, ...project.members];
  for (const key of team) {
    const person = must(ctx.people, key, "person");
    const joined = latest(createdAt, new Date(person.joinedAt.getTime() + DAY));
    tx.insert(projectMembers)
      .values({
        projectId,
        userId: person.id,
        role: key === project.lead ? "lead" : "member",
        status: "active",
        createdAt: earliest(joined, clock.ago(0, 23, 59)),
      })
      .run();
  }
  for (const [key, message] of project.joinRequests ?? []) {
    tx.insert(projectMembers)
      .values({
        projectId,
        userId: userId(ctx, key),
        role: "member",
        status: "requested",
        message,
        createdAt: clock.ago(0, 8),
      })
      .run();
  }
  if (
    stageIndex(stage) >= stageIndex("validation") &&
    !team.some((k) => must(ctx.people, k, "person").roles.includes("clinician"))
  ) {
    throw new Error(`${project.key}: a validated project needs a clinician on the team`);
  }

  // ---- timeline: submitted, then each request and decision
  const organiserFor = (step: { by?: string }, decidedDaysAgo: number) =>
    step.by ?? (index % 2 === 1 && decidedDaysAgo < 400 ? "o_nisha" : "organiser");
  const move = (
    kind: (typeof stageMoves.$inferInsert)["kind"],
    fromStage: Stage | null,
    toStage: Stage | null,
    actor: string,
    reason: string,
    at: Date,
    requestId: number | null = null,
  ) => {
    tx.insert(stageMoves)
      .values({ projectId, kind, fromStage, toStage, actorId: userId(ctx, actor), reason, requestId, createdAt: at })
      .run();
    events.push(at);
  };
  const request = (
    fromStage: Stage,
    toStage: Stage,
    note: string,
    requestedAt: Date,
    decision: { status: "approved" | "returned"; by: string; reason: string; at: Date } | null,
  ) =>
    tx
      .insert(stageRequests)
      .values({
        projectId,
        fromStage,
        toStage,
        requestedBy: lead.id,
        note,
        status: decision?.status ?? "pending",
        decidedBy: decision ? userId(ctx, decision.by) : null,
        decisionReason: decision?.reason ?? null,
        decidedAt: decision?.at ?? null,
        createdAt: requestedAt,
      })
      .returning({ id: stageRequests.id })
      .get().id;

  move("submitted", null, "prototype", project.lead, "", submittedAt);
  let at: Stage = "prototype";
  for (const step of project.path) {
    if (isMoveBack(step)) {
      const when = clock.ago(step.at, 14);
      const by = step.by ?? "organiser";
      move("moved_back", at, step.back, by, step.reason, when);
      ctx.audits.push({
        actor: by,
        action: "stage.moved_back",
        objectType: "project",
        objectId: projectId,
        before: { stage: at },
        after: { stage: step.back, reason: step.reason },
        at: when,
      });
      at = step.back;
      continue;
    }
    if (nextStage(at) !== step.to) throw new Error(`${project.key}: cannot move from ${at} to ${step.to}`);
    if (step.returnedFirst) {
      const r = step.returnedFirst;
      const by = organiserFor(step, r.decided);
      const requestedAt = clock.ago(r.requested, 9, 30);
      const decidedAt = clock.ago(r.decided, 14, 30);
      const id = request(at, step.to, r.note, requestedAt, { status: "returned", by, reason: r.reason, at: decidedAt });
      move("requested", at, step.to, project.lead, r.note, requestedAt, id);
      move("returned", at, step.to, by, r.reason, decidedAt, id);
      ctx.audits.push({
        actor: by,
        action: "stage.returned",
        objectType: "project",
        objectId: projectId,
        before: { requestId: id },
        after: { status: "returned", reason: r.reason },
        at: decidedAt,
      });
    }
    const by = organiserFor(step, step.decided);
    const requestedAt = clock.ago(step.requested, 9, 30);
    const decidedAt = clock.ago(step.decided, 15);
    const reason = step.override ?? step.reason;
    const id = request(at, step.to, step.note, requestedAt, { status: "approved", by, reason, at: decidedAt });
    move("requested", at, step.to, project.lead, step.note, requestedAt, id);
    move(step.override ? "override" : "approved", at, step.to, by, reason, decidedAt, id);
    ctx.audits.push({
      actor: by,
      action: step.override ? "stage.overridden" : "stage.approved",
      objectType: "project",
      objectId: projectId,
      before: { stage: at, ...(step.override ? { unmet: ["dtac_c3_technical_security"] } : {}) },
      after: { stage: step.to, requestId: id, reason },
      at: decidedAt,
    });
    at = step.to;
  }
  if (project.state && stateAt) {
    move(project.state.kind, stage, stage, project.lead, project.state.reason, stateAt);
    ctx.audits.push({
      actor: project.lead,
      action: `project.${project.state.kind}`,
      objectType: "project",
      objectId: projectId,
      before: { state: "active" },
      after: { state: project.state.kind, reason: project.state.reason },
      at: stateAt,
    });
  }
  if (project.pendingRequest) {
    const p = project.pendingRequest;
    if (nextStage(stage) !== p.to) throw new Error(`${project.key}: pending request skips a stage`);
    const requestedAt = clock.ago(p.daysAgo, 10);
    const id = request(stage, p.to, p.note, requestedAt, null);
    move("requested", stage, p.to, project.lead, p.note, requestedAt, id);
  }

  // ---- mentorships and notes
  for (const m of project.mentorships ?? []) {
    const mentor = must(ctx.people, m.mentor, "person");
    if (!mentor.roles.includes("mentor")) throw new Error(`${project.key}: ${m.mentor} is not a mentor`);
    if (team.includes(m.mentor)) throw new Error(`${project.key}: ${m.mentor} mentors their own project`);
    const started = m.startedDaysAgo === 0 ? clock.ago(0, 0) : clock.ago(m.startedDaysAgo, 13);
    if (started < mentor.joinedAt || started < createdAt)
      throw new Error(`${project.key}: mentorship with ${m.mentor} starts too early`);
    const responded = m.respondedDaysAgo === undefined ? null : clock.ago(m.respondedDaysAgo, 17);
    const ended = m.endedDaysAgo === undefined ? null : clock.ago(m.endedDaysAgo, 12);
    const mentorshipId = tx
      .insert(mentorships)
      .values({
        projectId,
        mentorId: mentor.id,
        status: m.status,
        message: m.message,
        focus: m.focus,
        requestedBy: m.initiatedBy === "team" ? lead.id : mentor.id,
        respondedAt: responded,
        endedAt: ended,
        createdAt: started,
        updatedAt: ended ?? responded ?? started,
      })
      .returning({ id: mentorships.id })
      .get().id;
    events.push(ended ?? responded ?? started);
    for (const [daysAgo, by, body] of m.notes ?? []) {
      const noteAt = clock.ago(daysAgo, 18);
      tx.insert(mentorshipNotes)
        .values({
          mentorshipId,
          authorId: by === "mentor" ? mentor.id : lead.id,
          sessionOn: clock.dayAgo(daysAgo),
          body,
          createdAt: noteAt,
        })
        .run();
      events.push(noteAt);
    }
  }

  // ---- funding interest
  const committedFunding: string[] = [];
  // Committed pilot-site offers, by funder, for the pilots planned from them.
  const siteOffers = new Map<string, number>();
  for (const f of project.funding ?? []) {
    const funder = must(ctx.people, f.funder, "person");
    if (!funder.funder) throw new Error(`${project.key}: ${f.funder} is not a funder`);
    const created = clock.ago(f.daysAgo, 11);
    const updated = clock.ago(f.updatedDaysAgo ?? f.daysAgo, 11);
    if (created < createdAt) throw new Error(`${project.key}: funding interest from ${f.funder} predates the project`);
    if (f.status === "committed" && !f.kind) throw new Error(`${project.key}: a commitment needs a kind`);
    if (f.declineReason && f.status !== "declined")
      throw new Error(`${project.key}: only a declined interest has a reason`);
    const interestId = tx
      .insert(fundingInterests)
      .values({
        projectId,
        funderId: funder.id,
        status: f.status,
        kind: f.kind ?? null,
        amount: f.amount ?? null,
        note: f.note,
        declineReason: f.declineReason ?? "",
        createdAt: created,
        updatedAt: updated,
      })
      .returning({ id: fundingInterests.id })
      .get().id;
    if (f.status === "committed" && f.kind === "pilot_site") siteOffers.set(f.funder, interestId);
    events.push(updated);
    if (f.status === "committed") {
      const kind = fundingKinds.label(f.kind ?? "grant").toLowerCase();
      committedFunding.push(`${funder.organisation}: ${kind}${f.amount ? ` of ${pounds(f.amount)}` : ""}`);
    }
  }

  // ---- pilots and outcomes
  let firstPilot:
    (NonNullable<SeedProject["pilots"]>[number] & { id: number; startsOn: string; endsOn: string }) | null = null;
  for (const p of project.pilots ?? []) {
    const startsOn = clock.dayAgo(p.starts);
    const endsOn = clock.dayAgo(p.ends);
    const created = clock.ago(Math.max(p.starts + 14, 2), 10);
    const pilotId = tx
      .insert(pilots)
      .values({
        projectId,
        organisation: p.organisation,
        site: p.site,
        startsOn,
        endsOn,
        successMeasures: p.successMeasures,
        status: p.status,
        fundingInterestId: p.plannedFrom ? must(siteOffers, p.plannedFrom, "committed pilot-site offer") : null,
        createdAt: created,
        updatedAt: p.status === "completed" ? clock.ago(Math.max(p.ends, 1), 10) : created,
      })
      .returning({ id: pilots.id })
      .get().id;
    firstPilot ??= {
      ...p,
      id: pilotId,
      startsOn: longDate(new Date(`${startsOn}T00:00:00Z`)),
      endsOn: longDate(new Date(`${endsOn}T00:00:00Z`)),
    };
  }
  let story: EvidenceContext["story"] = null;
  for (const o of project.outcomes ?? []) {
    const publishedAt = o.story ? clock.ago(o.story.publishedDaysAgo, 9) : null;
    tx.insert(outcomes)
      .values({
        projectId,
        pilotId: firstPilot?.id ?? null,
        metric: o.metric,
        baseline: o.baseline,
        result: o.result,
        unit: o.unit,
        source: o.source,
        measuredOn: clock.dayAgo(o.measuredDaysAgo),
        storyTitle: o.story?.title ?? null,
        storyBody: o.story?.body ?? null,
        publishedAt,
        createdAt: clock.ago(Math.max(o.measuredDaysAgo - 3, 1), 14),
        updatedAt: publishedAt ?? clock.ago(Math.max(o.measuredDaysAgo - 3, 1), 14),
      })
      .run();
    if (o.story && publishedAt) {
      story ??= { title: o.story.title, publishedAt };
      events.push(publishedAt);
    }
  }

  // ---- gate item statuses
  const projectMentors = (project.mentorships ?? []).filter(accepted);
  const validationMove = lastMoveInto(project, "validation");
  const mentorAtValidation = validationMove
    ? projectMentors.find(
        (m) =>
          (m.respondedDaysAgo ?? m.startedDaysAgo) >= validationMove.decided &&
          (m.endedDaysAgo ?? 0) < validationMove.decided,
      )
    : (projectMentors.find((m) => m.status === "active") ?? null);
  // The project's mentor for an area, preferring one whose main expertise it is.
  const mentorWith = (area: ExpertiseArea) => {
    const rank = (key: string) => must(ctx.people, key, "person").mentor?.expertise.indexOf(area) ?? -1;
    return projectMentors
      .map((m) => m.mentor)
      .filter((key) => rank(key) >= 0)
      .sort((a, b) => rank(a) - rank(b))[0];
  };
  const championKey = team.find((k) => must(ctx.people, k, "person").clinician);
  const champion = championKey ? must(ctx.people, championKey, "person") : null;
  const csoKey = mentorWith("clinical_safety") ?? "mentor";
  const dpoKey = mentorWith("information_governance");
  const lastActivity = project.lastActivityDaysAgo === undefined ? null : clock.ago(project.lastActivityDaysAgo, 16);
  const evidenceContext: EvidenceContext = {
    slug,
    problemTitle: problem?.title ?? null,
    champion: champion?.clinician ? { name: champion.name, profession: champion.clinician.profession } : null,
    mentorAtValidation: mentorAtValidation
      ? {
          name: must(ctx.people, mentorAtValidation.mentor, "person").name,
          headline: must(ctx.people, mentorAtValidation.mentor, "person").mentor?.headline ?? "",
          since: clock.ago(mentorAtValidation.respondedDaysAgo ?? mentorAtValidation.startedDaysAgo, 17),
        }
      : null,
    cso: must(ctx.people, csoKey, "person").name,
    dpo: dpoKey
      ? `the deploying organisation's Data Protection Officer, advised by ${must(ctx.people, dpoKey, "person").name} (${must(ctx.people, dpoKey, "person").mentor?.headline ?? "mentor"})`
      : "the deploying organisation's Data Protection Officer",
    repoUrl: project.links.repo ? `https://github.com/hackpath-demo/${slug}` : null,
    demoUrl: project.links.demo ? `https://${slug}.demo.hackpath.test` : null,
    videoUrl: project.links.video ? `https://video.hackpath.test/${slug}` : null,
    dataUsePublishedAt,
    assurance: project.assurance ?? {},
    pilot: firstPilot,
    committedFunding,
    outcomes: project.outcomes ?? [],
    story,
    metOn: createdAt,
  };

  const stageIdx = stageIndex(stage);
  const maxDate = lastActivity ?? stateAt ?? new Date(clock.now.getTime() - HOUR);
  for (const item of gateItems) {
    const idx = stageIndex(item.stage);
    let status: GateItemStatus | null = null;
    if (idx <= stageIdx) status = project.notApplicable?.[item.key] ? "not_applicable" : "met";
    else if (idx === stageIdx + 1) {
      if (project.next?.met?.includes(item.key)) status = "met";
      else if (project.next?.inProgress?.includes(item.key)) status = "in_progress";
    }
    if (!status) continue;

    const when = gateItemDate(ctx, project, item, stageEnteredAt, maxDate);
    const evidence = withDates(
      project.evidence?.[item.key] ??
        (status === "met"
          ? metEvidence(item.key, { ...evidenceContext, metOn: when })
          : status === "not_applicable"
            ? (project.notApplicable?.[item.key] ?? "")
            : inProgressEvidence(item.key)),
      (daysAgo) => (daysAgo >= 0 ? clock.ago(daysAgo) : clock.ahead(-daysAgo)),
    );
    const verifierKey =
      status === "met" && item.verifier
        ? (mentorWith(item.verifier.expertise) ?? defaultVerifier[item.verifier.expertise])
        : undefined;
    tx.insert(gateItemStatusesTable)
      .values({
        projectId,
        itemKey: item.key,
        status,
        evidence,
        verifiedBy: verifierKey ? userId(ctx, verifierKey) : null,
        verifiedAt: verifierKey ? new Date(when.getTime() + 2 * HOUR) : null,
        updatedBy: lead.id,
        updatedAt: when,
      })
      .run();
    events.push(when);
  }

  // ---- last activity
  const computed = events.reduce((a, b) => (b > a ? b : a), createdAt);
  if (lastActivity && computed > new Date(lastActivity.getTime() + DAY)) {
    throw new Error(`${project.key}: has activity after its stated last activity (${computed.toISOString()})`);
  }
  const last = lastActivity ?? computed;
  tx.update(projects).set({ lastActivityAt: last, updatedAt: last }).where(eq(projects.id, projectId)).run();
}

/**
 * When a gate item was last updated: items of stages already entered are met in the run-up to
 * the request that moved the project into that stage; items of the next stage are recent work.
 */
function gateItemDate(
  ctx: SeedContext,
  project: SeedProject,
  item: GateItem,
  stageEnteredAt: Date,
  maxDate: Date,
): Date {
  const { clock, rng } = ctx;
  const override = project.metDaysAgo?.[item.key];
  if (override !== undefined) return clock.ago(override, 11);
  const move = lastMoveInto(project, item.stage);
  if (move) {
    // Between entering the previous stage and asking to move on.
    const prevEntry = previousEntryDaysAgo(project, item.stage);
    const room = Math.max(1, Math.min(25, prevEntry - move.requested - 1));
    return clock.ago(move.requested + rng.int(1, room), 10 + rng.int(0, 6));
  }
  // Recent work: since the stage was entered (at most four months back), up to the last activity.
  const to = maxDate.getTime();
  let from = Math.max(stageEnteredAt.getTime(), clock.ago(120, 9).getTime());
  if (from > to) from = Math.min(stageEnteredAt.getTime(), to);
  // A working-hours time on a day in that range, kept inside it.
  const picked = new Date(from + Math.floor(rng.next() * (to - from)));
  picked.setUTCHours(9 + rng.int(0, 8), rng.int(0, 59), 0, 0);
  return new Date(Math.min(to, Math.max(from, picked.getTime())));
}

/** Days ago the project entered the stage before `stage` (its creation for validation). */
function previousEntryDaysAgo(project: SeedProject, stage: Stage): number {
  const prev = stageKeysBefore(stage);
  if (!prev) return project.createdDaysAgo;
  return lastMoveInto(project, prev)?.decided ?? project.createdDaysAgo;
}

function stageKeysBefore(stage: Stage): Stage | null {
  const idx = stageIndex(stage);
  return idx <= 1 ? null : (stageKeys[idx - 1] ?? null);
}

function latest(a: Date, b: Date): Date {
  return a > b ? a : b;
}
function earliest(a: Date, b: Date): Date {
  return a < b ? a : b;
}
