import { describe, expect, it } from "vitest";
import {
  conflictMessage,
  defaultJudgingCriteria,
  formatMean,
  isValidScore,
  judgeConflict,
  judgeProgress,
  judgeProjectState,
  publishResultsRefusal,
  rankProjects,
  tieBreakCriterion,
  weightedMean,
  type ScoreEntry,
} from "./judging";

const criteria = [
  { id: 1, weight: 3, position: 0 },
  { id: 2, weight: 1, position: 1 },
];

function card(projectId: number, judgeId: number, c1: number, c2: number): ScoreEntry[] {
  return [
    { projectId, judgeId, criterionId: 1, score: c1 },
    { projectId, judgeId, criterionId: 2, score: c2 },
  ];
}

describe("weighted mean", () => {
  it("weights the criterion means", () => {
    // criterion 1 mean (5+3)/2 = 4, criterion 2 mean (1+3)/2 = 2 → (3×4 + 1×2)/4 = 3.5
    expect(weightedMean(criteria, [...card(1, 10, 5, 1), ...card(1, 11, 3, 3)])).toBeCloseTo(3.5, 10);
  });

  it("uses only criteria that have scores and is null without any", () => {
    expect(weightedMean(criteria, [{ criterionId: 2, score: 4 }])).toBe(4);
    expect(weightedMean(criteria, [])).toBeNull();
  });

  it("is a plain mean when weights are equal", () => {
    const equal = [
      { id: 1, weight: 20, position: 0 },
      { id: 2, weight: 20, position: 1 },
      { id: 3, weight: 20, position: 2 },
    ];
    expect(
      weightedMean(equal, [
        { criterionId: 1, score: 5 },
        { criterionId: 2, score: 4 },
        { criterionId: 3, score: 2 },
      ]),
    ).toBeCloseTo(11 / 3, 10);
  });
});

describe("ranking and tie-break", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 2, 14, h));

  it("ranks by weighted mean, highest first", () => {
    const results = rankProjects({
      criteria,
      projects: [
        { id: 1, submittedAt: at(10) },
        { id: 2, submittedAt: at(11) },
        { id: 3, submittedAt: at(12) },
      ],
      scores: [...card(1, 10, 2, 2), ...card(2, 10, 5, 5), ...card(3, 10, 4, 1)],
    });
    expect(results.map((r) => [r.projectId, r.rank, r.weightedMean])).toEqual([
      [2, 1, 5],
      [3, 2, 3.25],
      [1, 3, 2],
    ]);
  });

  it("breaks a tie by more judges first", () => {
    const results = rankProjects({
      criteria,
      projects: [
        { id: 1, submittedAt: at(9) },
        { id: 2, submittedAt: at(12) },
      ],
      scores: [...card(1, 10, 4, 4), ...card(2, 10, 4, 4), ...card(2, 11, 4, 4)],
    });
    expect(results.map((r) => r.projectId)).toEqual([2, 1]);
    expect(results[0]!.judgeCount).toBe(2);
  });

  it("then by the mean on the highest-weighted criterion", () => {
    const even = [
      { id: 1, weight: 1, position: 0 },
      { id: 2, weight: 2, position: 1 },
    ];
    // Both weighted means are (1×a + 2×b)/3 = 4 : project 1 (4, 4), project 2 (2, 5).
    const results = rankProjects({
      criteria: even,
      projects: [
        { id: 1, submittedAt: at(9) },
        { id: 2, submittedAt: at(12) },
      ],
      scores: [
        { projectId: 1, judgeId: 10, criterionId: 1, score: 4 },
        { projectId: 1, judgeId: 10, criterionId: 2, score: 4 },
        { projectId: 2, judgeId: 10, criterionId: 1, score: 2 },
        { projectId: 2, judgeId: 10, criterionId: 2, score: 5 },
      ],
    });
    expect(results[0]!.weightedMean).toBeCloseTo(results[1]!.weightedMean!, 10);
    expect(results.map((r) => r.projectId)).toEqual([2, 1]);
  });

  it("then by the earlier submission, then the lower project number", () => {
    const results = rankProjects({
      criteria,
      projects: [
        { id: 1, submittedAt: at(12) },
        { id: 2, submittedAt: at(9) },
        { id: 3, submittedAt: at(9) },
      ],
      scores: [...card(1, 10, 3, 3), ...card(2, 10, 3, 3), ...card(3, 10, 3, 3)],
    });
    expect(results.map((r) => [r.projectId, r.rank])).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
    ]);
  });

  it("lists unscored projects last without a rank and ignores stray scores", () => {
    const results = rankProjects({
      criteria,
      projects: [
        { id: 1, submittedAt: at(9) },
        { id: 2, submittedAt: at(10) },
      ],
      scores: [...card(2, 10, 1, 1), { projectId: 1, judgeId: 10, criterionId: 99, score: 5 }, ...card(7, 10, 5, 5)],
    });
    expect(results.map((r) => [r.projectId, r.rank])).toEqual([
      [2, 1],
      [1, null],
    ]);
    expect(results[1]!.weightedMean).toBeNull();
  });

  it("picks the tie-break criterion by weight, then position", () => {
    expect(tieBreakCriterion(criteria)?.id).toBe(1);
    expect(
      tieBreakCriterion([
        { id: 5, weight: 2, position: 3 },
        { id: 6, weight: 2, position: 1 },
      ])?.id,
    ).toBe(6);
    expect(tieBreakCriterion([])).toBeNull();
  });
});

describe("conflicts and progress", () => {
  it("refuses a judge on the team or with a declared conflict", () => {
    expect(judgeConflict({ judgeId: 4, teamMemberIds: [3, 4], declared: false })).toBe("team_member");
    expect(judgeConflict({ judgeId: 4, teamMemberIds: [3], declared: true })).toBe("declared");
    expect(judgeConflict({ judgeId: 4, teamMemberIds: [3], declared: false })).toBeNull();
    expect(conflictMessage("declared")).toMatch(/declared a conflict/);
  });

  it("counts a judge's progress, leaving conflicts out", () => {
    const states = [
      judgeProjectState({ criteriaCount: 5, scoredCount: 5, conflicted: false }),
      judgeProjectState({ criteriaCount: 5, scoredCount: 2, conflicted: false }),
      judgeProjectState({ criteriaCount: 5, scoredCount: 0, conflicted: false }),
      judgeProjectState({ criteriaCount: 5, scoredCount: 5, conflicted: true }),
    ];
    expect(states).toEqual(["scored", "partial", "not_started", "conflict"]);
    expect(judgeProgress(states)).toEqual({ done: 1, toScore: 3, conflicts: 1 });
  });

  it("accepts only whole scores from 1 to 5", () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isValidScore)).toEqual([false, true, true, true, false, false]);
  });

  it("defaults to the five NHS Hack Day criteria", () => {
    expect(defaultJudgingCriteria.map((c) => c.name)).toEqual([
      "Problem and insight",
      "Impact and inclusion",
      "Safety and data ethics",
      "Approach and learning",
      "The demo",
    ]);
    expect(formatMean(3.456)).toBe("3.46");
    expect(formatMean(null)).toBe("–");
  });
});

describe("publishing the results", () => {
  it("needs the hack day in judging and at least one scored project", () => {
    expect(publishResultsRefusal({ inJudging: false, scoredProjects: 3 })).toEqual({
      ok: false,
      status: 409,
      message: "You can publish once the hack day is in judging.",
    });
    expect(publishResultsRefusal({ inJudging: true, scoredProjects: 0 })).toEqual({
      ok: false,
      status: 409,
      message: "No project has been scored yet. Publish once the judges have scored the projects.",
    });
    expect(publishResultsRefusal({ inJudging: true, scoredProjects: 1 })).toBeUndefined();
  });
});
