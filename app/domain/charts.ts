/**
 * The geometry of the server-rendered charts (app/components/charts), kept pure so it can be
 * tested with exact numbers. Horizontal lengths are percentages of the chart's width, so a chart
 * fills a phone or a desktop without a viewBox shrinking its text; vertical ones are CSS pixels
 * (docs/decisions/0045-server-rendered-charts.md).
 */

/** The share of the width the longest bar may use, leaving room for its rounded end. */
const BAR_MAX_PERCENT = 98;
/** The shortest a bar for a value above zero is drawn, so it stays visible. */
const BAR_MIN_PERCENT = 0.5;

/** A bar's length as a percentage of the chart's width, `max` filling BAR_MAX_PERCENT; 0 for zero or less. */
export function barWidthPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return round2(Math.max(BAR_MIN_PERCENT, Math.min(BAR_MAX_PERCENT, (value / max) * BAR_MAX_PERCENT)));
}

/**
 * A value axis for counts: the step is the smallest of 1, 2 or 5 times a power of ten that
 * reaches `max` in at most `count` steps; the top is the first step at or above `max`. Zero or
 * less gives an axis of one step, so an empty chart still has a scale.
 */
export function countAxis(max: number, count = 4): { top: number; ticks: number[] } {
  const target = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const fit = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(target / s) <= count);
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const top = Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}

/** One column slot of a column chart, and its bars side by side; all percentages of the width. */
export type ColumnSlot = { x: number; width: number; center: number; bars: { x: number; width: number }[] };

/**
 * Splits the plot's width (from `left` to `right` percent) into `count` equal slots and places
 * `series` bars side by side in the middle of each, leaving `gap` (a share of the slot) free.
 */
export function columnSlots({
  count,
  series,
  left = 0,
  right = 100,
  gap = 0.3,
}: {
  count: number;
  series: number;
  left?: number;
  right?: number;
  gap?: number;
}): ColumnSlot[] {
  if (count <= 0) return [];
  const slot = (right - left) / count;
  const barWidth = (slot * (1 - gap)) / Math.max(1, series);
  return Array.from({ length: count }, (_, i) => {
    const x = left + i * slot;
    const first = x + (slot * gap) / 2;
    return {
      x: round2(x),
      width: round2(slot),
      center: round2(x + slot / 2),
      bars: Array.from({ length: series }, (_, s) => ({ x: round2(first + s * barWidth), width: round2(barWidth) })),
    };
  });
}

/** A column's height in pixels for `value` on an axis topped at `top`, in a plot `height` pixels tall. */
export function columnHeight(value: number, top: number, height: number): number {
  if (value <= 0 || top <= 0) return 0;
  return round2(Math.min(height, (value / top) * height));
}

/**
 * Which slots get an axis label when there are `count` of them: every one up to 12, otherwise every
 * third, counted back from the last so the newest is always labelled.
 */
export function labelledSlots(count: number): number[] {
  const step = count <= 12 ? 1 : 3;
  const labelled: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) labelled.unshift(i);
  return labelled;
}

/** Row kinds of a horizontal bar chart: a heading naming a group, or a labelled bar. */
export type RowKind = "heading" | "bar";
export const HEADING_LINE_HEIGHT = 20;
export const HEADING_PADDING = 10;
export const BAR_ROW_HEIGHT = 46;
/** The extra height of a bar whose value is written on a second line under its label. */
export const BAR_SECOND_LINE = 18;

/**
 * The top of each row, in pixels, and the chart's height, for rows stacked in order. A heading
 * takes a line per line of text (see wrapText) and some space above; a bar takes a second line
 * when its label does not fit on one.
 */
export function stackRows(rows: readonly { kind: RowKind; lines?: number }[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = 0;
  for (const row of rows) {
    tops.push(y);
    const lines = Math.max(1, row.lines ?? 1);
    y +=
      row.kind === "heading"
        ? HEADING_PADDING + lines * HEADING_LINE_HEIGHT
        : BAR_ROW_HEIGHT + (lines - 1) * BAR_SECOND_LINE;
  }
  return { tops, height: Math.max(y, BAR_ROW_HEIGHT) };
}

/**
 * Breaks text into lines of at most `max` characters at spaces (SVG text does not wrap, and a
 * long name must not run off a phone's screen). A word longer than `max` keeps a line to itself.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
