/**
 * Judging rules: default criteria, conflicts, the weighted mean per project, the tie-break and
 * the ranking. Pure and browser-safe; app/models/judging.server.ts feeds it rows.
 *
 * The score of a project (docs/decisions/0030-judging-maths-and-tie-break.md):
 *   1. for each criterion, the mean of the 1–5 scores the judges gave it;
 *   2. the weighted mean of those criterion means, over the criteria that have any score:
 *      Σ(weight × mean) / Σ(weight).
 * Ties are broken, in order, by:
 *   1. the higher weighted mean (equal when they differ by less than 1e-9);
 *   2. more judges having scored the project;
 *   3. the higher mean on the highest-weighted criterion (among equal weights, the first listed);
 *   4. the earlier submission;
 *   5. the lower project number (so the order is total and stable).
 * Projects nobody scored are listed after the ranked ones, without a rank.
 */

import { refuse, type Refusal } from "./refusal";

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 100;

/** The default criteria, after the NHS Hack Day rubric, weighted equally. */
export const defaultJudgingCriteria = [
  {
    name: "Problem and insight",
    description: "How well the team understood the clinician's problem and the people it affects.",
    weight: 20,
  },
  {
    name: "Impact and inclusion",
    description: "Who would benefit and by how much; whether it works for everyone, including people often left out.",
    weight: 20,
  },
  {
    name: "Safety and data ethics",
    description: "Clinical safety thinking, no patient-identifiable data, and a respectful, lawful use of data.",
    weight: 20,
  },
  {
    name: "Approach and learning",
    description: "How the team worked, tested its ideas with users and what it learned.",
    weight: 20,
  },
  { name: "The demo", description: "Does it work, and was it shown clearly and honestly?", weight: 20 },
] as const;

export type Criterion = { id: number; weight: number; position: number };
export type ScoreEntry = { projectId: number; judgeId: number; criterionId: number; score: number };
export type JudgedProject = { id: number; submittedAt: Date | null };

export type ProjectResult = {
  projectId: number;
  /** Σ(weight × criterion mean) / Σ(weight), or null when nobody scored the project. */
  weightedMean: number | null;
  /** Distinct judges who scored at least one criterion. */
  judgeCount: number;
  /** Mean score per criterion id (null when no judge scored that criterion). */
  criterionMeans: Record<number, number | null>;
  /** 1 for the winner; null for projects nobody scored. */
  rank: number | null;
};

const EPSILON = 1e-9;

/** Whether a value is a whole score from 1 to 5. */
export function isValidScore(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}

/** The criterion that breaks ties: the highest weight, then the first in the list. */
export function tieBreakCriterion<C extends Criterion>(criteria: readonly C[]): C | null {
  let best: C | null = null;
  for (const c of criteria) {
    if (
      !best ||
      c.weight > best.weight ||
      (c.weight === best.weight && (c.position < best.position || (c.position === best.position && c.id < best.id)))
    )
      best = c;
  }
  return best;
}

/** The weighted mean of one project's scores (see the module comment), or null without scores. */
export function weightedMean(
  criteria: readonly Criterion[],
  scores: readonly Pick<ScoreEntry, "criterionId" | "score">[],
): number | null {
  const means = criterionMeans(criteria, scores);
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const mean = means[c.id];
    if (mean === null || mean === undefined) continue;
    weighted += c.weight * mean;
    weights += c.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

function criterionMeans(
  criteria: readonly Criterion[],
  scores: readonly Pick<ScoreEntry, "criterionId" | "score">[],
): Record<number, number | null> {
  const sums = new Map<number, { total: number; n: number }>();
  for (const s of scores) {
    const acc = sums.get(s.criterionId) ?? { total: 0, n: 0 };
    acc.total += s.score;
    acc.n += 1;
    sums.set(s.criterionId, acc);
  }
  const out: Record<number, number | null> = {};
  for (const c of criteria) {
    const acc = sums.get(c.id);
    out[c.id] = acc ? acc.total / acc.n : null;
  }
  return out;
}

type Comparable = ProjectResult & { submittedAt: Date | null; topMean: number | null };

function compareDesc(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (Math.abs(a - b) < EPSILON) return 0;
  return b - a;
}

/** Orders two results by the documented tie-break; negative when `a` ranks above `b`. */
function compareResults(a: Comparable, b: Comparable): number {
  return (
    compareDesc(a.weightedMean, b.weightedMean) ||
    b.judgeCount - a.judgeCount ||
    compareDesc(a.topMean, b.topMean) ||
    (a.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
    a.projectId - b.projectId
  );
}

/**
 * The results of a hack day: every project with its weighted mean, judge count and criterion
 * means, ordered by the tie-break, ranked 1..n (unscored projects last, unranked). Scores on
 * criteria or projects not in the lists are ignored.
 */
export function rankProjects({
  criteria,
  projects,
  scores,
}: {
  criteria: readonly Criterion[];
  projects: readonly JudgedProject[];
  scores: readonly ScoreEntry[];
}): ProjectResult[] {
  const criterionIds = new Set(criteria.map((c) => c.id));
  const byProject = new Map<number, ScoreEntry[]>();
  for (const s of scores) {
    if (!criterionIds.has(s.criterionId)) continue;
    const list = byProject.get(s.projectId) ?? [];
    list.push(s);
    byProject.set(s.projectId, list);
  }
  const top = tieBreakCriterion(criteria);
  const rows: Comparable[] = projects.map((p) => {
    const own = byProject.get(p.id) ?? [];
    const means = criterionMeans(criteria, own);
    return {
      projectId: p.id,
      weightedMean: weightedMean(criteria, own),
      judgeCount: new Set(own.map((s) => s.judgeId)).size,
      criterionMeans: means,
      rank: null,
      submittedAt: p.submittedAt,
      topMean: top ? (means[top.id] ?? null) : null,
    };
  });
  rows.sort(compareResults);
  let rank = 0;
  return rows.map(({ submittedAt: _s, topMean: _t, ...r }) => ({
    ...r,
    rank: r.weightedMean === null ? null : ++rank,
  }));
}

/** A weighted mean for people: two decimals, or a dash. */
export function formatMean(mean: number | null): string {
  return mean === null ? "–" : mean.toFixed(2);
}

export type ConflictReason = "team_member" | "declared";

/**
 * Why a judge may not score a project, or null when they may: they are on its team (in any
 * status, a pending join request included), or they declared a conflict.
 */
export function judgeConflict({
  judgeId,
  teamMemberIds,
  declared,
}: {
  judgeId: number;
  teamMemberIds: readonly number[];
  declared: boolean;
}): ConflictReason | null {
  if (teamMemberIds.includes(judgeId)) return "team_member";
  if (declared) return "declared";
  return null;
}

/** The refusal a judge sees for a conflict. */
export function conflictMessage(reason: ConflictReason): string {
  return reason === "team_member"
    ? "You are on this project's team, so you cannot score it."
    : "You declared a conflict of interest with this project, so you cannot score it.";
}

export type JudgeProjectState = "scored" | "partial" | "not_started" | "conflict";

/** Where a judge stands on one project: every criterion scored, some, none, or conflicted. */
export function judgeProjectState({
  criteriaCount,
  scoredCount,
  conflicted,
}: {
  criteriaCount: number;
  scoredCount: number;
  conflicted: boolean;
}): JudgeProjectState {
  if (conflicted) return "conflict";
  if (scoredCount === 0) return "not_started";
  return scoredCount >= criteriaCount ? "scored" : "partial";
}

/** A judge's progress: how many of the projects they may score are fully scored. */
export function judgeProgress(states: readonly JudgeProjectState[]): {
  done: number;
  toScore: number;
  conflicts: number;
} {
  const conflicts = states.filter((s) => s === "conflict").length;
  return { done: states.filter((s) => s === "scored").length, toScore: states.length - conflicts, conflicts };
}

/**
 * Whether the organiser may publish the results now: the hack day is in judging and at least one
 * project has a score (publishing an empty ranking would tell every team nothing, and cannot be
 * undone). Judges who have not finished do not stop it: the page names them before it asks.
 */
export function publishResultsRefusal({
  inJudging,
  scoredProjects,
}: {
  inJudging: boolean;
  /** How many submitted projects have at least one score. */
  scoredProjects: number;
}): Refusal | undefined {
  if (!inJudging) return refuse(409, "You can publish once the hack day is in judging.");
  if (scoredProjects === 0)
    return refuse(409, "No project has been scored yet. Publish once the judges have scored the projects.");
  return undefined;
}
