import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { moveHackDayStatus } from "~/models/hack-days.server";
import {
  addAward,
  addCriterion,
  appointJudge,
  declareConflict,
  getJudgeBoard,
  getProvisionalResults,
  getPublishedResults,
  getScoreSheet,
  getTeamFeedback,
  listJudgesWithProgress,
  listJudgingAssignments,
  listPublishedAwardsForProjects,
  removeJudge,
  saveScores,
} from "~/models/judging.server";
import { getWriterDb } from "~/utils/db.server";
import * as s from "../../db/schema";
import { createHackDay, createJudgingCriterion, createProject, createUser } from "../factories";
import { firstRow } from "../rows";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const db = () => getWriterDb();
const at = (h: number) => new Date(Date.now() + h * 3_600_000);

async function setup() {
  const hackDay = await createHackDay({
    status: "judging",
    startsAt: at(-8),
    endsAt: at(-1),
    submissionDeadline: at(-2),
  });
  const insight = await createJudgingCriterion({ hackDayId: hackDay.id, name: "Insight", weight: 3, position: 0 });
  const demo = await createJudgingCriterion({ hackDayId: hackDay.id, name: "Demo", weight: 1, position: 1 });
  const judges = await Promise.all([createUser(), createUser(), createUser()]);
  await db()
    .insert(s.judges)
    .values(judges.map((j) => ({ hackDayId: hackDay.id, userId: j.id })));
  const member = await createUser();
  const early = await createProject({
    hackDayId: hackDay.id,
    submittedAt: at(-4),
    members: [member.id],
    name: "Early",
  });
  const late = await createProject({ hackDayId: hackDay.id, submittedAt: at(-3), name: "Late" });
  const forming = await createProject({ hackDayId: hackDay.id, name: "Never submitted" });
  return {
    hackDay,
    insight,
    demo,
    judges: judges as [(typeof judges)[0], (typeof judges)[0], (typeof judges)[0]],
    member,
    early,
    late,
    forming,
  };
}

const card = (insight: number, demo: number, i: number, d: number, comment = "") => ({
  scores: [
    { criterionId: insight, score: i, comment },
    { criterionId: demo, score: d, comment: "" },
  ],
});

describe("scoring", () => {
  it("saves a sheet, replaces it on revision, and refuses outside judging or for unsubmitted projects", async () => {
    const { hackDay, insight, demo, judges, early, forming } = await setup();
    const [a] = judges;
    expect(
      (
        await saveScores({
          hackDayId: hackDay.id,
          projectId: early.id,
          judgeId: a.id,
          sheet: card(insight.id, demo.id, 2, 2),
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await saveScores({
          hackDayId: hackDay.id,
          projectId: early.id,
          judgeId: a.id,
          sheet: card(insight.id, demo.id, 5, 3, "Revised"),
        })
      ).ok,
    ).toBe(true);
    const rows = await db()
      .select()
      .from(s.scores)
      .where(and(eq(s.scores.projectId, early.id), eq(s.scores.judgeId, a.id)));
    expect(rows.map((r) => [r.criterionId, r.score, r.comment]).sort()).toEqual(
      [
        [insight.id, 5, "Revised"],
        [demo.id, 3, ""],
      ].sort(),
    );
    expect(
      await saveScores({
        hackDayId: hackDay.id,
        projectId: forming.id,
        judgeId: a.id,
        sheet: card(insight.id, demo.id, 5, 5),
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await saveScores({
        hackDayId: hackDay.id,
        projectId: early.id,
        judgeId: a.id,
        sheet: { scores: [{ criterionId: insight.id, score: 4 }] },
      }),
    ).toMatchObject({ ok: false, status: 400 });
    const stranger = await createUser();
    expect(
      await saveScores({
        hackDayId: hackDay.id,
        projectId: early.id,
        judgeId: stranger.id,
        sheet: card(insight.id, demo.id, 5, 5),
      }),
    ).toMatchObject({ ok: false, status: 403 });
    await db().update(s.hackDays).set({ status: "live" }).where(eq(s.hackDays.id, hackDay.id));
    expect(
      await saveScores({
        hackDayId: hackDay.id,
        projectId: early.id,
        judgeId: a.id,
        sheet: card(insight.id, demo.id, 1, 1),
      }),
    ).toMatchObject({ ok: false, status: 409 });
  });

  it("withdraws a judge's scores when they declare a conflict, and refuses scoring after", async () => {
    const { hackDay, insight, demo, judges, early } = await setup();
    const [a] = judges;
    await saveScores({
      hackDayId: hackDay.id,
      projectId: early.id,
      judgeId: a.id,
      sheet: card(insight.id, demo.id, 5, 5),
    });
    expect(
      (
        await declareConflict({
          hackDayId: hackDay.id,
          projectId: early.id,
          judgeId: a.id,
          reason: "My sister is on the team",
        })
      ).ok,
    ).toBe(true);
    expect(await db().select().from(s.scores).where(eq(s.scores.judgeId, a.id))).toEqual([]);
    expect(
      await saveScores({
        hackDayId: hackDay.id,
        projectId: early.id,
        judgeId: a.id,
        sheet: card(insight.id, demo.id, 5, 5),
      }),
    ).toMatchObject({ ok: false, status: 403 });
    expect((await getScoreSheet({ hackDayId: hackDay.id, projectId: early.id, judgeId: a.id }))?.conflict).toBe(
      "declared",
    );
  });

  it("shows each judge their own progress and the organiser counts only", async () => {
    const { hackDay, insight, demo, judges, member, early, late } = await setup();
    const [a, b] = judges;
    await saveScores({
      hackDayId: hackDay.id,
      projectId: early.id,
      judgeId: a.id,
      sheet: card(insight.id, demo.id, 4, 4),
    });
    await declareConflict({ hackDayId: hackDay.id, projectId: late.id, judgeId: b.id, reason: "Former colleague" });
    const board = await getJudgeBoard({ hackDayId: hackDay.id, judgeId: a.id });
    expect(board.progress).toEqual({ done: 1, toScore: 2, conflicts: 0 });
    expect(board.projects.items.map((p) => [p.name, p.state])).toEqual([
      ["Early", "scored"],
      ["Late", "not_started"],
    ]);
    expect(await listJudgingAssignments(a.id)).toMatchObject([
      { hackDayId: hackDay.id, progress: { done: 1, toScore: 2 } },
    ]);
    // Adding a criterion makes earlier sheets partial.
    await addCriterion({ hackDayId: hackDay.id, actorId: hackDay.organiserId, name: "Inclusion", weight: 1 });
    expect((await getJudgeBoard({ hackDayId: hackDay.id, judgeId: a.id })).projects.items[0]?.state).toBe("partial");
    // A judge on a team is conflicted on it automatically.
    await db().insert(s.judges).values({ hackDayId: hackDay.id, userId: member.id });
    const progress = await listJudgesWithProgress(hackDay.id);
    expect(progress.find((j) => j.userId === b.id)).toMatchObject({ done: 0, toScore: 1, conflicts: 1 });
    expect(progress.find((j) => j.userId === member.id)).toMatchObject({ conflicts: 1 });
    expect(JSON.stringify(progress)).not.toMatch(/score"/);
  });
});

describe("the panel", () => {
  it("appoints by email, refuses unknown or suspended accounts, and removing a judge removes their scores", async () => {
    const { hackDay, insight, demo, judges, early } = await setup();
    const person = await createUser({ email: "panel@example.test" });
    const suspended = await createUser({ email: "gone@example.test", suspendedAt: new Date() });
    expect((await appointJudge({ hackDayId: hackDay.id, email: person.email, actorId: hackDay.organiserId })).ok).toBe(
      true,
    );
    expect(
      await appointJudge({ hackDayId: hackDay.id, email: person.email, actorId: hackDay.organiserId }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await appointJudge({ hackDayId: hackDay.id, email: suspended.email, actorId: hackDay.organiserId }),
    ).toMatchObject({ ok: false, field: "email" });
    const [note] = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, person.id), eq(s.notifications.kind, "judging.appointed")));
    expect(note?.link).toMatch(/\/judging$/);
    await saveScores({
      hackDayId: hackDay.id,
      projectId: early.id,
      judgeId: judges[0].id,
      sheet: card(insight.id, demo.id, 5, 5),
    });
    expect((await removeJudge({ hackDayId: hackDay.id, userId: judges[0].id, actorId: hackDay.organiserId })).ok).toBe(
      true,
    );
    expect(await db().select().from(s.scores).where(eq(s.scores.judgeId, judges[0].id))).toEqual([]);
  });
});

describe("results", () => {
  it("ranks with the documented maths, hides everything until published, then shows each team its own feedback", async () => {
    const { hackDay, insight, demo, judges, member, early, late, forming } = await setup();
    const [a, b, c] = judges;
    // Early: insight mean 4, demo mean 2 → (3×4 + 1×2)/4 = 3.5. Late: insight 3, demo 5 → (9 + 5)/4 = 3.5: a tie.
    await saveScores({
      hackDayId: hackDay.id,
      projectId: early.id,
      judgeId: a.id,
      sheet: card(insight.id, demo.id, 5, 1, "Great insight"),
    });
    await saveScores({
      hackDayId: hackDay.id,
      projectId: early.id,
      judgeId: b.id,
      sheet: card(insight.id, demo.id, 3, 3, "Solid"),
    });
    await saveScores({
      hackDayId: hackDay.id,
      projectId: late.id,
      judgeId: c.id,
      sheet: card(insight.id, demo.id, 3, 5, "Lovely demo"),
    });

    expect(await getPublishedResults(hackDay.id)).toBeNull();
    expect(await getTeamFeedback({ hackDayId: hackDay.id, userId: member.id })).toBeNull();
    const provisional = await getProvisionalResults(hackDay.id);
    // Equal weighted means: Early wins on more judges (2 against 1).
    expect(provisional.results.map((r) => [r.name, r.rank, r.weightedMean, r.judgeCount])).toEqual([
      ["Early", 1, 3.5, 2],
      ["Late", 2, 3.5, 1],
    ]);
    expect(provisional.results.map((r) => r.projectId)).not.toContain(forming.id);

    await addAward({ hackDayId: hackDay.id, actorId: hackDay.organiserId, name: "Winner", projectId: early.id });
    expect(
      await addAward({ hackDayId: hackDay.id, actorId: hackDay.organiserId, name: "Nope", projectId: forming.id }),
    ).toMatchObject({ ok: false, field: "projectId" });
    expect(await listPublishedAwardsForProjects([early.id])).toEqual([]);

    expect(
      (await moveHackDayStatus({ id: hackDay.id, to: "results_published", actorId: hackDay.organiserId })).ok,
    ).toBe(true);
    const published = await getPublishedResults(hackDay.id);
    expect(published?.awards).toMatchObject([{ name: "Winner", projectId: early.id }]);
    expect(await listPublishedAwardsForProjects([early.id, late.id])).toMatchObject([
      { projectId: early.id, name: "Winner" },
    ]);

    const feedback = await getTeamFeedback({ hackDayId: hackDay.id, userId: member.id });
    expect(feedback?.project.id).toBe(early.id);
    expect(feedback?.result?.rank).toBe(1);
    expect(feedback?.awards.map((x) => x.name)).toEqual(["Winner"]);
    const insightFeedback = feedback?.criteria.find((x) => x.id === insight.id);
    expect(insightFeedback?.mean).toBe(4);
    expect(insightFeedback?.entries.map((e) => [e.score, e.comment]).sort()).toEqual([
      [3, "Solid"],
      [5, "Great insight"],
    ]);
    expect(insightFeedback?.entries.map((e) => e.judge).sort()).toEqual([1, 2]);
    expect(JSON.stringify(feedback)).not.toContain("Lovely demo");
    // After publication the panel and awards are frozen.
    expect(
      await appointJudge({ hackDayId: hackDay.id, email: "x@example.test", actorId: hackDay.organiserId }),
    ).toMatchObject({ ok: false, status: 409 });
    expect(
      await addAward({ hackDayId: hackDay.id, actorId: hackDay.organiserId, name: "Late prize", projectId: late.id }),
    ).toMatchObject({ ok: false, status: 409 });
  });
});

describe("publishing the results", () => {
  it("is refused while no project has a score, and nothing changes", async () => {
    const { hackDay } = await setup();
    const refused = await moveHackDayStatus({ id: hackDay.id, to: "results_published", actorId: hackDay.organiserId });
    expect(refused).toEqual({
      ok: false,
      status: 409,
      message: "No project has been scored yet. Publish once the judges have scored the projects.",
    });
    const row = await firstRow(
      db().select({ status: s.hackDays.status }).from(s.hackDays).where(eq(s.hackDays.id, hackDay.id)),
    );
    expect(row).toEqual({ status: "judging" });
  });
});
