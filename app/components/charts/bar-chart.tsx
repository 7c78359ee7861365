import { useId } from "react";

export type Bar = { label: string; value: number; valueLabel?: string };

const ROW_HEIGHT = 46;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;

/**
 * A horizontal bar chart drawn on the server as SVG (plain arithmetic; no chart script reaches
 * the browser). Each bar has its label and value written above it, and bar lengths are
 * percentages of the chart's width, so text stays at reading size on a phone and on a desktop
 * (no viewBox scaling). It is an image with a title and a description for assistive technology;
 * pages put the same figures in a table beside it.
 */
export function BarChart({
  title,
  description,
  bars,
  max,
}: {
  title: string;
  description: string;
  bars: Bar[];
  max?: number;
}) {
  const id = useId();
  const height = Math.max(1, bars.length) * ROW_HEIGHT;
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  // Bars may use up to 98% of the width, leaving room for the rounded end.
  const percentOf = (value: number) => Math.min(98, Math.max(0, (value / top) * 98));
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={height} className="block max-w-3xl">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const rowTop = index * ROW_HEIGHT;
        const width = bar.value > 0 ? Math.max(0.5, percentOf(bar.value)) : 0;
        return (
          <g key={bar.label}>
            <text x="0" y={rowTop + LABEL_HEIGHT - 5} className="fill-ink text-sm">
              {bar.label}: <tspan className="font-semibold">{bar.valueLabel ?? String(bar.value)}</tspan>
            </text>
            <rect x="0" y={rowTop + LABEL_HEIGHT} width="100%" height={BAR_HEIGHT} rx={3} className="fill-surface" />
            <rect
              x="0"
              y={rowTop + LABEL_HEIGHT}
              width={`${width}%`}
              height={BAR_HEIGHT}
              rx={3}
              className="fill-brand-600"
            />
          </g>
        );
      })}
    </svg>
  );
}
