import { scaleBand, scaleLinear } from "d3-scale";
import { useId } from "react";

export type Bar = { label: string; value: number; valueLabel?: string };

const WIDTH = 640;
const LABEL_WIDTH = 150;
const VALUE_GAP = 8;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 36;

/**
 * A horizontal bar chart drawn on the server as SVG (d3-scale does the maths; no chart script
 * reaches the browser). It is an image with a title and a description for assistive technology;
 * pages put the same figures in a table beside it.
 */
export function BarChart({ title, description, bars, max }: { title: string; description: string; bars: Bar[]; max?: number }) {
  const id = useId();
  const height = Math.max(1, bars.length) * ROW_HEIGHT;
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.label))
    .range([0, height])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, top])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_GAP - VALUE_WIDTH]);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-3xl"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar) => {
        const top_ = y(bar.label) ?? 0;
        const w = Math.max(bar.value > 0 ? 2 : 0, x(Math.min(bar.value, top)));
        const mid = top_ + y.bandwidth() / 2;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - VALUE_GAP} y={mid} textAnchor="end" dominantBaseline="middle" className="fill-ink text-[13px]">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={top_} width={w} height={y.bandwidth()} rx={3} className="fill-brand-600" />
            <text x={LABEL_WIDTH + w + VALUE_GAP} y={mid} dominantBaseline="middle" className="fill-ink text-[13px] font-semibold">
              {bar.valueLabel ?? String(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
