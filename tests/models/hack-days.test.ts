import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  cancelRegistration,
  countParticipants,
  createHackDay as createHackDayModel,
  decideNomination,
  findShortlistCandidates,
  getViewerStanding,
  listHackDayOverview,
  listHackDays,
  listNominatableProblems,
  listShortlist,
  moveHackDayStatus,
  nominateProblem,
  registerForHackDay,
  shortlistProblem,
  updateHackDay,
} from "~/models/hack-days.server";
import { listCriteria } from "~/models/judging.server";
import { startHackDayProject } from "~/models/project-start.server";
import { saveSubmission } from "~/models/submission.server";
import { decideJoinRequest, leaveTeam, removeMember, requestToJoin } from "~/models/teams.server";
import { getWriterDb } from "~/utils/db.server";
import type { HackDayInput } from "~/validation/hack-days";
import * as s from "../../db/schema";
import {
  createEndorsement,
  createHackDay,
  createJudgingCriterion,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const db = () => getWriterDb();
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

function input(overrides: Partial<HackDayInput> = {}): HackDayInput {
  return {
    name: "NHS Hack Day Leeds",
    description: "Build things for the NHS.",
    themes: "diabetes, frailty",
    startsAt: later(24),
    endsAt: later(32),
    submissionDeadline: later(31),
    venue: "Nexus, Leeds",
    capacity: 2,
    ...overrides,
  };
}

async function registered(hackDayId: number) {
  const user = await createUser({ roles: ["developer"] });
  const result = await registerForHackDay({ hackDayId, userId: user.id });
  expect(result).toMatchObject({ ok: true, status: "registered" });
  return user;
}

describe("creating and moving a hack day", () => {
  it("creates a draft with the five default criteria and audits it", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const { id } = await createHackDayModel({ organiserId: organiser.id, values: input() });
    const [row] = await db().select().from(s.hackDays).where(eq(s.hackDays.id, id));
    expect(row?.status).toBe("draft");
    expect((await listCriteria(id)).map((c) => [c.name, c.weight])).toEqual([
      ["Problem and insight", 20],
      ["Impact and inclusion", 20],
      ["Safety and data ethics", 20],
      ["Approach and learning", 20],
      ["The demo", 20],
    ]);
    const audit = await db()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.objectType, "hack_day"), eq(s.auditEvents.objectId, id)));
    expect(audit.map((a) => a.action)).toContain("hack_day.created");
  });

  it("moves only one step along the chain and refuses anything else", async () => {
    const hackDay = await createHackDay({ status: "draft" });
    const actorId = hackDay.organiserId;
    expect(await moveHackDayStatus({ id: hackDay.id, to: "live", actorId })).toMatchObject({ ok: false, status: 409 });
    expect(await moveHackDayStatus({ id: hackDay.id, to: "open", actorId })).toMatchObject({ ok: true, from: "draft" });
    expect(await moveHackDayStatus({ id: hackDay.id, to: "draft", actorId })).toMatchObject({ ok: false, status: 409 });
    for (const to of ["live", "judging"] as const)
      expect((await moveHackDayStatus({ id: hackDay.id, to, actorId })).ok).toBe(true);
    // Results are published once a project has a score.
    const project = await createProject({ hackDayId: hackDay.id, submittedAt: new Date() });
    const judge = await createUser();
    const criterion = await createJudgingCriterion({ hackDayId: hackDay.id, name: "Insight" });
    await db()
      .insert(s.scores)
      .values({ hackDayId: hackDay.id, projectId: project.id, judgeId: judge.id, criterionId: criterion.id, score: 4 });
    for (const to of ["results_published", "archived"] as const)
      expect((await moveHackDayStatus({ id: hackDay.id, to, actorId })).ok).toBe(true);
    expect(await moveHackDayStatus({ id: hackDay.id, to: "draft", actorId })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/archived/i),
    });
    const [row] = await db().select().from(s.hackDays).where(eq(s.hackDays.id, hackDay.id));
    expect(row?.status).toBe("archived");
    expect(row?.resultsPublishedAt).not.toBeNull();
    expect(await moveHackDayStatus({ id: 999_999, to: "open", actorId })).toMatchObject({ ok: false, status: 404 });
  });

  it("lists sections by status, hides drafts unless asked, and pages", async () => {
    const base = Date.now() + 400 * 86_400_000;
    const at = (d: number) => new Date(base + d * 86_400_000);
    const upcoming = await createHackDay({
      status: "open",
      name: "Upcoming one",
      startsAt: at(2),
      endsAt: at(2.3),
      submissionDeadline: at(2.2),
    });
    const sooner = await createHackDay({
      status: "open",
      name: "Upcoming sooner",
      startsAt: at(1),
      endsAt: at(1.3),
      submissionDeadline: at(1.2),
    });
    const draft = await createHackDay({ status: "draft", name: "Secret draft" });
    const live = await createHackDay({ status: "judging", name: "Judging now" });
    const past = await createHackDay({ status: "results_published", name: "Done" });
    await createProject({ hackDayId: upcoming.id });
    await createProject({ hackDayId: upcoming.id });
    await registered(upcoming.id);
    const up = await listHackDays({ section: "upcoming", page: 1, pageSize: 100 });
    expect(up.items.find((h) => h.id === upcoming.id)).toMatchObject({ projectCount: 2, registeredCount: 1 });
    expect(up.items.find((h) => h.id === sooner.id)).toMatchObject({ projectCount: 0, registeredCount: 0 });
    // Soonest first, and not the draft.
    expect(up.items.map((h) => h.id)).toEqual([sooner.id, upcoming.id]);
    expect((await listHackDays({ section: "live", page: 1 })).items.map((h) => h.id)).toEqual([live.id]);
    expect((await listHackDays({ section: "past", page: 1 })).items.map((h) => h.id)).toEqual([past.id]);
    const publicOverview = await listHackDayOverview({ includeDrafts: false });
    expect(publicOverview.drafts).toBeUndefined();
    const organiserOverview = await listHackDayOverview({ includeDrafts: true });
    expect(organiserOverview.drafts?.items.map((h) => h.id)).toEqual([draft.id]);
    const page2 = await listHackDays({ section: "upcoming", page: 2, pageSize: 1 });
    expect(page2.items.map((h) => h.id)).toEqual([upcoming.id]);
    expect(page2.total).toBe(2);
  });
});

describe("registration, capacity and the waiting list", () => {
  it("fills places, then waitlists, then promotes in order when someone cancels", async () => {
    const hackDay = await createHackDay({ status: "open", capacity: 2 });
    const [a, b, c, d] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, s));
    expect(await registerForHackDay({ hackDayId: hackDay.id, userId: a!.id, now: t(1) })).toMatchObject({
      ok: true,
      status: "registered",
    });
    expect(await registerForHackDay({ hackDayId: hackDay.id, userId: b!.id, now: t(2) })).toMatchObject({
      ok: true,
      status: "registered",
    });
    expect(await registerForHackDay({ hackDayId: hackDay.id, userId: c!.id, now: t(3) })).toMatchObject({
      ok: true,
      status: "waitlisted",
    });
    expect(await registerForHackDay({ hackDayId: hackDay.id, userId: d!.id, now: t(4) })).toMatchObject({
      ok: true,
      status: "waitlisted",
    });
    expect(await countParticipants(hackDay.id)).toEqual({ registered: 2, waitlisted: 2 });
    expect((await getViewerStanding({ hackDayId: hackDay.id, userId: d!.id })).registration).toEqual({
      status: "waitlisted",
      position: 2,
    });

    const cancelled = await cancelRegistration({ hackDayId: hackDay.id, userId: a!.id });
    expect(cancelled).toMatchObject({ ok: true, promoted: [c!.id] });
    expect((await getViewerStanding({ hackDayId: hackDay.id, userId: c!.id })).registration?.status).toBe("registered");
    expect((await getViewerStanding({ hackDayId: hackDay.id, userId: d!.id })).registration).toEqual({
      status: "waitlisted",
      position: 1,
    });
    const [note] = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, c!.id), eq(s.notifications.kind, "hack_day.promoted")));
    expect(note?.title).toMatch(/You have a place/);

    // Coming back after cancelling goes to the back of the queue.
    expect(await registerForHackDay({ hackDayId: hackDay.id, userId: a!.id, now: t(10) })).toMatchObject({
      ok: true,
      status: "waitlisted",
    });
    expect((await getViewerStanding({ hackDayId: hackDay.id, userId: a!.id })).registration).toEqual({
      status: "waitlisted",
      position: 2,
    });
  });

  it("promotes from the waiting list when the organiser raises the capacity", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const { id } = await createHackDayModel({ organiserId: organiser.id, values: input({ capacity: 1 }) });
    await moveHackDayStatus({ id, to: "open", actorId: organiser.id });
    const [a, b] = await Promise.all([createUser(), createUser()]);
    await registerForHackDay({ hackDayId: id, userId: a!.id });
    expect(await registerForHackDay({ hackDayId: id, userId: b!.id })).toMatchObject({ status: "waitlisted" });
    expect((await updateHackDay({ id, actorId: organiser.id, values: input({ capacity: 5 }) })).ok).toBe(true);
    expect(await countParticipants(id)).toEqual({ registered: 2, waitlisted: 0 });
  });

  it("refuses registration for drafts and finished hack days", async () => {
    const user = await createUser();
    for (const status of ["draft", "judging", "results_published", "archived"] as const) {
      const hackDay = await createHackDay({ status });
      expect(await registerForHackDay({ hackDayId: hackDay.id, userId: user.id })).toMatchObject({
        ok: false,
        status: 409,
      });
    }
  });

  it("does not let someone on a team cancel their place", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const problem = await createProblem();
    await shortlistProblem({ hackDayId: hackDay.id, problemId: problem.id, actorId: hackDay.organiserId });
    const lead = await registered(hackDay.id);
    expect(
      (await startHackDayProject({ hackDayId: hackDay.id, userId: lead.id, name: "Foot check", problemId: problem.id }))
        .ok,
    ).toBe(true);
    expect(await cancelRegistration({ hackDayId: hackDay.id, userId: lead.id })).toMatchObject({
      ok: false,
      status: 409,
    });
  });
});

describe("the problem shortlist", () => {
  it("lets a clinician nominate their own open problem for an open hack day, and the organiser decide", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const clinician = await createUser({ roles: ["clinician"] });
    const mine = await createProblem({ authorId: clinician.id });
    const theirs = await createProblem();
    await createEndorsement({ problemId: mine.id, organisation: "Leeds THT" });
    await createEndorsement({ problemId: mine.id, organisation: "Bradford THT" });

    expect((await listNominatableProblems({ hackDayId: hackDay.id, userId: clinician.id })).map((p) => p.id)).toEqual([
      mine.id,
    ]);
    expect(await nominateProblem({ hackDayId: hackDay.id, problemId: theirs.id, userId: clinician.id })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect((await nominateProblem({ hackDayId: hackDay.id, problemId: mine.id, userId: clinician.id })).ok).toBe(true);
    expect(await nominateProblem({ hackDayId: hackDay.id, problemId: mine.id, userId: clinician.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await listNominatableProblems({ hackDayId: hackDay.id, userId: clinician.id })).toEqual([]);

    expect(await listShortlist({ hackDayId: hackDay.id })).toEqual([]);
    expect((await listShortlist({ hackDayId: hackDay.id, includeAll: true }))[0]).toMatchObject({
      problemId: mine.id,
      status: "nominated",
    });
    const [organiserNote] = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, hackDay.organiserId), eq(s.notifications.kind, "hack_day.nomination")));
    expect(organiserNote).toBeDefined();

    expect(
      (
        await decideNomination({
          hackDayId: hackDay.id,
          problemId: mine.id,
          decision: "accepted",
          actorId: hackDay.organiserId,
        })
      ).ok,
    ).toBe(true);
    const [entry] = await listShortlist({ hackDayId: hackDay.id });
    expect(entry).toMatchObject({ problemId: mine.id, status: "accepted", endorsementCount: 2, organisationCount: 2 });
    const [clinicianNote] = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, clinician.id), eq(s.notifications.kind, "hack_day.nomination_accepted")));
    expect(clinicianNote?.title).toMatch(/shortlisted/);
  });

  it("refuses nominations unless the hack day is open", async () => {
    const draft = await createHackDay({ status: "draft" });
    const problem = await createProblem();
    expect(
      await nominateProblem({ hackDayId: draft.id, problemId: problem.id, userId: problem.authorId }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("lets the organiser shortlist directly before opening, but not a declined problem with a team", async () => {
    const draft = await createHackDay({ status: "draft" });
    const problem = await createProblem();
    expect(
      (await shortlistProblem({ hackDayId: draft.id, problemId: problem.id, actorId: draft.organiserId })).ok,
    ).toBe(true);
    expect(
      await shortlistProblem({ hackDayId: draft.id, problemId: problem.id, actorId: draft.organiserId }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await shortlistProblem({ hackDayId: draft.id, problemId: 987_654, actorId: draft.organiserId }),
    ).toMatchObject({
      ok: false,
      status: 400,
      field: "problem",
    });
    await moveHackDayStatus({ id: draft.id, to: "open", actorId: draft.organiserId });
    const lead = await registered(draft.id);
    await startHackDayProject({ hackDayId: draft.id, userId: lead.id, name: "Team", problemId: problem.id });
    expect(
      await decideNomination({
        hackDayId: draft.id,
        problemId: problem.id,
        decision: "declined",
        actorId: draft.organiserId,
      }),
    ).toMatchObject({ ok: false, status: 409 });
  });
});

describe("teams", () => {
  async function eventWithProblem() {
    const hackDay = await createHackDay({ status: "open" });
    const problem = await createProblem();
    await shortlistProblem({ hackDayId: hackDay.id, problemId: problem.id, actorId: hackDay.organiserId });
    return { hackDay, problem };
  }

  it("starts a project on a shortlisted problem, makes the starter lead and the problem in progress", async () => {
    const { hackDay, problem } = await eventWithProblem();
    const lead = await registered(hackDay.id);
    const result = await startHackDayProject({
      hackDayId: hackDay.id,
      userId: lead.id,
      name: "Foot check",
      tagline: "Faster",
      problemId: problem.id,
    });
    if (!result.ok) throw new Error(result.message);
    const [project] = await db().select().from(s.projects).where(eq(s.projects.id, result.projectId));
    expect(project).toMatchObject({
      hackDayId: hackDay.id,
      problemId: problem.id,
      leadId: lead.id,
      careSetting: problem.careSetting,
      submittedAt: null,
    });
    const members = await db().select().from(s.projectMembers).where(eq(s.projectMembers.projectId, result.projectId));
    expect(members).toMatchObject([{ userId: lead.id, role: "lead", status: "active" }]);
    const [after] = await db().select().from(s.problems).where(eq(s.problems.id, problem.id));
    expect(after?.status).toBe("in_progress");
    expect(after?.projectCount).toBe(1);
  });

  it("refuses unregistered people, unshortlisted problems and a second team at the same hack day", async () => {
    const { hackDay, problem } = await eventWithProblem();
    const outsider = await createUser();
    expect(
      await startHackDayProject({ hackDayId: hackDay.id, userId: outsider.id, name: "Nope", problemId: problem.id }),
    ).toMatchObject({ ok: false, status: 403 });
    const lead = await registered(hackDay.id);
    const other = await createProblem();
    expect(
      await startHackDayProject({ hackDayId: hackDay.id, userId: lead.id, name: "Nope", problemId: other.id }),
    ).toMatchObject({ ok: false, status: 400, field: "problemId" });
    expect(
      (await startHackDayProject({ hackDayId: hackDay.id, userId: lead.id, name: "First", problemId: problem.id })).ok,
    ).toBe(true);
    expect(
      await startHackDayProject({ hackDayId: hackDay.id, userId: lead.id, name: "Second", problemId: problem.id }),
    ).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/one team per hack day/) });
  });

  it("runs join requests: one team per person per hack day, the lead accepts, at most eight", async () => {
    const { hackDay, problem } = await eventWithProblem();
    const lead = await registered(hackDay.id);
    const rival = await registered(hackDay.id);
    const first = await startHackDayProject({
      hackDayId: hackDay.id,
      userId: lead.id,
      name: "Team A",
      problemId: problem.id,
    });
    const second = await startHackDayProject({
      hackDayId: hackDay.id,
      userId: rival.id,
      name: "Team B",
      problemId: problem.id,
    });
    if (!first.ok || !second.ok) throw new Error("setup");

    const joiner = await registered(hackDay.id);
    expect((await requestToJoin({ projectId: first.projectId, userId: joiner.id, message: "I do React" })).ok).toBe(
      true,
    );
    expect(await requestToJoin({ projectId: second.projectId, userId: joiner.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await decideJoinRequest({ projectId: first.projectId, leadId: rival.id, userId: joiner.id, decision: "accept" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      (await decideJoinRequest({ projectId: first.projectId, leadId: lead.id, userId: joiner.id, decision: "accept" }))
        .ok,
    ).toBe(true);
    expect(await requestToJoin({ projectId: second.projectId, userId: joiner.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already on the team “Team A”/),
    });

    // Fill the team to eight, then the ninth is refused.
    for (let i = 0; i < 6; i++) {
      const person = await registered(hackDay.id);
      expect((await requestToJoin({ projectId: first.projectId, userId: person.id })).ok).toBe(true);
      expect(
        (
          await decideJoinRequest({
            projectId: first.projectId,
            leadId: lead.id,
            userId: person.id,
            decision: "accept",
          })
        ).ok,
      ).toBe(true);
    }
    const ninth = await registered(hackDay.id);
    expect(await requestToJoin({ projectId: first.projectId, userId: ninth.id })).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/at most 8/),
    });

    expect(await leaveTeam({ projectId: first.projectId, userId: lead.id, kind: "leave" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await leaveTeam({ projectId: first.projectId, userId: joiner.id, kind: "leave" })).ok).toBe(true);
    expect((await requestToJoin({ projectId: first.projectId, userId: ninth.id })).ok).toBe(true);
    const members = await db()
      .select()
      .from(s.projectMembers)
      .where(and(eq(s.projectMembers.projectId, first.projectId), eq(s.projectMembers.status, "active")));
    expect(members).toHaveLength(7);
    expect(
      (
        await removeMember({
          projectId: first.projectId,
          leadId: lead.id,
          userId: members.find((m) => m.role === "member")!.userId,
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses a join request from someone without a confirmed place", async () => {
    const { hackDay, problem } = await eventWithProblem();
    const lead = await registered(hackDay.id);
    const started = await startHackDayProject({
      hackDayId: hackDay.id,
      userId: lead.id,
      name: "Team",
      problemId: problem.id,
    });
    if (!started.ok) throw new Error("setup");
    const stranger = await createUser();
    expect(await requestToJoin({ projectId: started.projectId, userId: stranger.id })).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});

describe("submission", () => {
  const values = {
    name: "Foot check",
    tagline: "Diabetic foot checks that never get lost",
    description: "A checklist and reminder service for practice nurses.",
    repoUrl: "https://github.com/example/foot-check",
    licence: "MIT",
    declaredNoPii: true,
    declaredMaySubmit: true,
    declaredIpPolicy: true,
  };

  it("stamps submittedAt and adds one 'submitted' move in the same write; later edits add none", async () => {
    const hackDay = await createHackDay({
      status: "live",
      submissionDeadline: later(2),
      startsAt: later(-2),
      endsAt: later(4),
    });
    const member = await createUser();
    const project = await createProject({ hackDayId: hackDay.id, members: [member.id] });
    const first = await saveSubmission({ projectId: project.id, userId: member.id, values });
    expect(first).toMatchObject({ ok: true, firstSubmission: true });
    const [row] = await db().select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.submittedAt).not.toBeNull();
    expect(row?.stage).toBe("prototype");
    expect(
      await saveSubmission({ projectId: project.id, userId: member.id, values: { ...values, tagline: "Edited" } }),
    ).toMatchObject({ ok: true, firstSubmission: false });
    const moves = await db().select().from(s.stageMoves).where(eq(s.stageMoves.projectId, project.id));
    expect(moves).toMatchObject([{ kind: "submitted", toStage: "prototype", actorId: member.id }]);
  });

  it("refuses people outside the team and submissions after the deadline", async () => {
    const hackDay = await createHackDay({
      status: "live",
      submissionDeadline: later(-1),
      startsAt: later(-5),
      endsAt: later(1),
    });
    const project = await createProject({ hackDayId: hackDay.id });
    const outsider = await createUser();
    expect(await saveSubmission({ projectId: project.id, userId: outsider.id, values })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await saveSubmission({ projectId: project.id, userId: project.leadId, values })).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/deadline has passed/),
    });
    const [row] = await db().select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.submittedAt).toBeNull();
  });
});

describe("finding problems to shortlist", () => {
  it("finds open and in-progress problems by words, number or link, and says which are on the list", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const organiser = hackDay.organiserId;
    const insulin = await createProblem({ title: "Insulin doses missed on transfer", status: "open" });
    const pumps = await createProblem({ title: "Insulin pumps alarm silently", status: "in_progress" });
    await createProblem({ title: "Insulin charts closed", status: "closed" });
    await createProblem({ title: "Insulin hidden", status: "open", hiddenAt: new Date() });
    await createProblem({ title: "Falls at night", status: "open" });
    expect((await shortlistProblem({ hackDayId: hackDay.id, problemId: pumps.id, actorId: organiser })).ok).toBe(true);

    const byWord = await findShortlistCandidates({ hackDayId: hackDay.id, query: "insulin" });
    expect(byWord).toEqual([
      { id: insulin.id, title: "Insulin doses missed on transfer", status: "open", shortlisted: false },
      { id: pumps.id, title: "Insulin pumps alarm silently", status: "in_progress", shortlisted: true },
    ]);
    expect(await findShortlistCandidates({ hackDayId: hackDay.id, query: String(insulin.id) })).toEqual([
      { id: insulin.id, title: "Insulin doses missed on transfer", status: "open", shortlisted: false },
    ]);
    expect(
      await findShortlistCandidates({ hackDayId: hackDay.id, query: `/problems/${pumps.id}-insulin-pumps` }),
    ).toEqual([{ id: pumps.id, title: "Insulin pumps alarm silently", status: "in_progress", shortlisted: true }]);
    expect(await findShortlistCandidates({ hackDayId: hackDay.id, query: "zebra" })).toEqual([]);
  });
});
