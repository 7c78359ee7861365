import { londonParts, MONTHS } from "./dates";
import { parseUkLocalDateTime } from "./hack-day-time";
import { stageKeys, stageLabel, type Stage } from "./stages";
import type { CareSetting, Specialty } from "./taxonomy";

/**
 * The rules of the /impact page, kept pure so they can be checked by hand: the funnel of projects
 * by the furthest stage they ever reached, conversion between consecutive stages, the median time
 * in each stage, the period a visitor chose and its months, and the sentence that says what is
 * shown. The database aggregates; these turn its few rows into figures (docs/decisions/0062).
 */

// ---------------------------------------------------------------- filters and the period

/** The named periods offered beside "all time" and a custom range of months. */
export const periodPresets = [
  { value: "12m", label: "Last 12 months" },
  { value: "24m", label: "Last 24 months" },
  { value: "this-year", label: "This year so far" },
  { value: "last-year", label: "Last year" },
] as const;
export type PeriodPreset = (typeof periodPresets)[number]["value"];
export const periodPresetValues = periodPresets.map((p) => p.value) as [PeriodPreset, ...PeriodPreset[]];

/** A calendar month in UK time, `YYYY-MM`. */
export type MonthKey = `${number}-${string}`;

/** What /impact is filtered by (app/validation/impact.ts parses it from the URL). */
export type ImpactFilters = {
  careSetting?: CareSetting;
  specialty?: Specialty;
  hackDay?: number;
  period?: PeriodPreset;
  from?: MonthKey;
  to?: MonthKey;
};

/**
 * The period a visitor chose, resolved to months and instants. `start` is UK midnight on the
 * first day of `from`; `end` is UK midnight on the first day after `to` (exclusive). Null means
 * open at that end.
 */
export type Period = {
  preset: PeriodPreset | null;
  from: MonthKey | null;
  to: MonthKey | null;
  start: Date | null;
  end: Date | null;
};

const two = (n: number) => String(n).padStart(2, "0");

/** The UK calendar month an instant falls in. */
export function monthOf(date: Date): MonthKey {
  const p = londonParts(date);
  return `${p.year}-${two(p.month)}`;
}

/** The month `n` months after (or, for negative `n`, before) `month`. */
export function addMonths(month: MonthKey, n: number): MonthKey {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${two((index % 12) + 1)}`;
}

/** UK midnight at the start of a month, as an instant (an hour before UTC midnight in summer). */
export function monthStart(month: MonthKey): Date {
  return parseUkLocalDateTime(`${month}-01T00:00`)!;
}

/**
 * Resolves the filters' period at `now`. A preset wins over from/to (the form clears them when a
 * preset is chosen); otherwise from and to make a custom range, swapped when given the wrong way
 * round and never later than the current month. Neither: all time.
 */
export function resolvePeriod(filters: Pick<ImpactFilters, "period" | "from" | "to">, now: Date): Period {
  const current = monthOf(now);
  const year = current.slice(0, 4);
  let from: MonthKey | null = null;
  let to: MonthKey | null = null;
  const preset = filters.period ?? null;
  if (preset === "12m") [from, to] = [addMonths(current, -11), current];
  else if (preset === "24m") [from, to] = [addMonths(current, -23), current];
  else if (preset === "this-year") [from, to] = [`${year}-01` as MonthKey, current];
  else if (preset === "last-year")
    [from, to] = [`${Number(year) - 1}-01` as MonthKey, `${Number(year) - 1}-12` as MonthKey];
  else {
    from = filters.from ?? null;
    to = filters.to ?? null;
    if (from && to && from > to) [from, to] = [to, from];
    if (to && to > current) to = current;
    if (from && from > current) from = current;
  }
  return {
    preset,
    from,
    to,
    start: from ? monthStart(from) : null,
    end: to ? monthStart(addMonths(to, 1)) : null,
  };
}

/** Months the monthly chart shows at most. */
const MAX_CHART_MONTHS = 24;
/** Months the monthly chart shows when the period is open at the start (all time, or only "to"). */
const DEFAULT_CHART_MONTHS = 12;

/**
 * The months of the "problems posted and solved" chart: the period's months, at most the last
 * 24 of them; the 12 months up to the period's end when it has no start.
 */
export function chartMonths(period: Period, now: Date): MonthKey[] {
  const last = period.to ?? monthOf(now);
  let first = period.from ?? addMonths(last, -(DEFAULT_CHART_MONTHS - 1));
  if (first < addMonths(last, -(MAX_CHART_MONTHS - 1))) first = addMonths(last, -(MAX_CHART_MONTHS - 1));
  const months: MonthKey[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The instants that bound each month: `months.length + 1` of them, the last exclusive. */
export function monthBoundaries(months: readonly MonthKey[]): Date[] {
  if (months.length === 0) return [];
  return [...months.map(monthStart), monthStart(addMonths(months[months.length - 1]!, 1))];
}

/** "March 2026". */
export function formatMonth(month: MonthKey): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${year}`;
}

/** "Mar": a month's name in three letters, for a chart's axis. */
export function formatMonthShort(month: MonthKey): string {
  return MONTHS[Number(month.slice(5)) - 1]!.slice(0, 3);
}

/** The period in words: "all time", "March 2025 to February 2026", "since March 2025", "up to February 2026". */
export function describePeriod(period: Period): string {
  const range =
    period.from && period.to
      ? period.from === period.to
        ? formatMonth(period.from)
        : `${formatMonth(period.from)} to ${formatMonth(period.to)}`
      : period.from
        ? `since ${formatMonth(period.from)}`
        : period.to
          ? `up to ${formatMonth(period.to)}`
          : "all time";
  const preset = periodPresets.find((p) => p.value === period.preset);
  return preset ? `${preset.label.toLowerCase()} (${range})` : range;
}

/**
 * The sentence above the figures that says what they count, e.g. "Showing projects, problems and
 * outcomes for care setting Acute and specialty Cardiology, from Leeds Hack Day, submitted, posted
 * or published in the last 12 months (January 2026 to December 2026)." Labels come from the
 * caller, who knows the vocabularies and the hack day's name.
 */
export function describeImpactFilters({
  period,
  careSetting,
  specialty,
  hackDay,
}: {
  period: Period;
  careSetting?: string;
  specialty?: string;
  hackDay?: string;
}): string {
  const facets = [careSetting ? `care setting ${careSetting}` : null, specialty ? `specialty ${specialty}` : null];
  const which = facets.filter(Boolean).join(" and ");
  const parts = [
    which ? ` for ${which}` : "",
    hackDay ? `, from ${hackDay}` : "",
    period.from || period.to ? `, submitted, posted or published ${inPeriod(period)}` : "",
  ].join("");
  return parts
    ? `Showing projects, problems and outcomes${parts}.`
    : "Showing every public project, problem and published outcome, from the start.";
}

function inPeriod(period: Period): string {
  const text = describePeriod(period);
  if (period.preset) return `in the ${text}`;
  if (period.from && period.to) return period.from === period.to ? `in ${text}` : `from ${text}`;
  return text;
}

// ---------------------------------------------------------------- the funnel

export type FunnelStep = {
  stage: Stage;
  label: string;
  /** Projects that ever reached this stage (or a later one). */
  reached: number;
  /** Projects in this stage now (not archived). */
  now: number;
  /** Projects that reached the stage before (the base of `conversion`); null for the first stage. */
  previous: number | null;
  /** reached(this) / reached(previous), 0..1; null for the first stage or when the previous had none. */
  conversion: number | null;
};

/**
 * Builds the funnel from a histogram of "furthest stage reached" and one of the stage projects are
 * in now: a project that reached pilot also passed through every earlier stage, so each step
 * counts itself and everything beyond it.
 */
export function buildFunnel(
  furthest: Partial<Record<Stage, number>>,
  now: Partial<Record<Stage, number>> = {},
): FunnelStep[] {
  const reached = stageKeys.map((_, i) => stageKeys.slice(i).reduce((sum, key) => sum + (furthest[key] ?? 0), 0));
  return stageKeys.map((stage, i) => ({
    stage,
    label: stageLabel(stage),
    reached: reached[i]!,
    now: now[stage] ?? 0,
    previous: i === 0 ? null : reached[i - 1]!,
    conversion: i === 0 ? null : conversionRate(reached[i - 1]!, reached[i]!),
  }));
}

/** The share of `from` that went on to `to`, or null when nothing entered `from`. */
export function conversionRate(from: number, to: number): number | null {
  if (from <= 0) return null;
  return Math.min(1, Math.max(0, to / from));
}

/** A conversion rate as a whole percentage for people ("67%"), or an en dash when there is none. */
export function formatPercent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** A funnel step's conversion with its counts: "67% (4 of 6)", or "–" for the first stage or none. */
export function formatConversion(step: Pick<FunnelStep, "conversion" | "reached" | "previous">): string {
  if (step.conversion === null || step.previous === null) return "–";
  return `${formatPercent(step.conversion)} (${formatCount(step.reached)} of ${formatCount(step.previous)})`;
}

/** A whole number with thousands separators: "20,048". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

// ---------------------------------------------------------------- time in stage

/**
 * The median of values given as counts (`{ value: 14, count: 3 }` is three 14s), as the database
 * returns them: the same answer as `median` over the expanded list, without expanding it.
 */
export function medianOfCounts(counts: readonly { value: number; count: number }[]): number | null {
  const sorted = counts.filter((c) => c.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return null;
  // The values at 0-based positions lo and hi of the expanded list (equal when the total is odd).
  const lo = Math.floor((total - 1) / 2);
  const hi = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const c of sorted) {
    if (low === null && lo < seen + c.count) low = c.value;
    if (hi < seen + c.count) return (low! + c.value) / 2;
    seen += c.count;
  }
  return null;
}

export type TimeInStage = {
  stage: Stage;
  label: string;
  /** Median whole days of finished stays; null when none finished. */
  medianDays: number | null;
  /** Finished stays the median rests on. */
  stays: number;
};

/**
 * Median days in each stage from the database's histogram of finished stays (stage, whole days,
 * how many stays). The last stage has no exits, so it has no median.
 */
export function buildTimeInStage(rows: readonly { stage: Stage; days: number; stays: number }[]): TimeInStage[] {
  return stageKeys.map((stage) => {
    const counts = rows.filter((r) => r.stage === stage).map((r) => ({ value: r.days, count: r.stays }));
    return {
      stage,
      label: stageLabel(stage),
      medianDays: medianOfCounts(counts),
      stays: counts.reduce((sum, c) => sum + c.count, 0),
    };
  });
}

/** "1 day", "14 days", "12.5 days", or "–" for none. */
export function formatDays(days: number | null): string {
  if (days === null) return "–";
  return `${days.toLocaleString("en-GB")} ${days === 1 ? "day" : "days"}`;
}

// ---------------------------------------------------------------- problems per month

export type MonthCount = { month: MonthKey; label: string; posted: number; solved: number };

/** One row per chart month, zero where the database had no row for it. */
export function fillMonths(
  months: readonly MonthKey[],
  posted: readonly { bucket: number; n: number }[],
  solved: readonly { bucket: number; n: number }[],
): MonthCount[] {
  const at = (rows: readonly { bucket: number; n: number }[], i: number) => rows.find((r) => r.bucket === i)?.n ?? 0;
  return months.map((month, i) => ({ month, label: formatMonth(month), posted: at(posted, i), solved: at(solved, i) }));
}

// ---------------------------------------------------------------- hack days

export type HackDayOutcome = {
  id: number;
  name: string;
  startsAt: Date;
  prototypes: number;
  validation: number;
  pilot: number;
  adopted: number;
};

/** What became of one hack day's prototypes, in words for a chart's description. */
export function describeHackDayOutcome(
  h: Pick<HackDayOutcome, "name" | "prototypes" | "validation" | "pilot" | "adopted">,
) {
  return `${h.name}: ${formatCount(h.prototypes)} ${h.prototypes === 1 ? "prototype" : "prototypes"}, ${formatCount(h.validation)} reached validation, ${formatCount(h.pilot)} reached pilot, ${formatCount(h.adopted)} adopted.`;
}
