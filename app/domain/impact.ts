import { stageKeys, stageLabel, type Stage } from "./stages";

/**
 * The maths of the /impact page, kept pure so it can be checked by hand: the funnel of projects by
 * the furthest stage they ever reached, conversion between consecutive stages, and the median time
 * projects spent in each stage. See docs/decisions/0041-impact-funnel.md.
 */

export type FunnelStep = {
  stage: Stage;
  label: string;
  /** Projects that ever reached this stage (or a later one). */
  reached: number;
  /** reached(this) / reached(previous), 0..1; null for the first stage or when the previous had none. */
  conversion: number | null;
};

/**
 * Builds the funnel from a histogram of "furthest stage reached": a project that reached pilot also
 * passed through every earlier stage, so each step counts itself and everything beyond it.
 */
export function buildFunnel(furthest: Partial<Record<Stage, number>>): FunnelStep[] {
  const reached = stageKeys.map((_, i) => stageKeys.slice(i).reduce((sum, key) => sum + (furthest[key] ?? 0), 0));
  return stageKeys.map((stage, i) => ({
    stage,
    label: stageLabel(stage),
    reached: reached[i]!,
    conversion: i === 0 ? null : conversionRate(reached[i - 1]!, reached[i]!),
  }));
}

/** The share of `from` that went on to `to`, or null when nothing entered `from`. */
export function conversionRate(from: number, to: number): number | null {
  if (from <= 0) return null;
  return Math.min(1, Math.max(0, to / from));
}

/** The median of a list of numbers, or null for an empty list (the mean of the middle two when even). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * One time a project entered a stage. `from` is the stage it left, when the record says so; a
 * first entry (submission) has none.
 */
export type StageEntry = { stage: Stage; at: Date; from?: Stage | null };

/** A finished stay in a stage: from entering it to entering the next one. */
export type StageStay = { stage: Stage; days: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The finished stays in a project's stage history. Entries are sorted by time; a stay ends when the
 * project enters a different stage. Re-entering the same stage (a duplicate record) continues the
 * stay. When an entry says it left a stage other than the one we saw it enter, the history has a gap
 * and that stay is not counted (its start is unknown). The current stay is unfinished, so it is left
 * out: counting it would pull medians towards "now".
 */
export function stageStays(entries: readonly StageEntry[]): StageStay[] {
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
  const stays: StageStay[] = [];
  let current: StageEntry | null = null;
  for (const entry of sorted) {
    if (current && entry.stage === current.stage) continue;
    const continuous = current !== null && (entry.from == null || entry.from === current.stage);
    if (current && continuous)
      stays.push({ stage: current.stage, days: Math.max(0, (entry.at.getTime() - current.at.getTime()) / DAY_MS) });
    current = entry;
  }
  return stays;
}

export type TimeInStage = { stage: Stage; label: string; medianDays: number | null; stays: number };

/** Median days in each stage over finished stays. The last stage has no exits, so it has no median. */
export function medianTimeInStage(stays: readonly StageStay[]): TimeInStage[] {
  return stageKeys.map((stage) => {
    const days = stays.filter((s) => s.stage === stage).map((s) => s.days);
    const m = median(days);
    return {
      stage,
      label: stageLabel(stage),
      medianDays: m === null ? null : Math.round(m * 10) / 10,
      stays: days.length,
    };
  });
}

/** A conversion rate as a whole percentage for people ("67%"), or an en dash when there is none. */
export function formatPercent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}
