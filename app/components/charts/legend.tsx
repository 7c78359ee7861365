import { useId } from "react";

/** How a series is drawn: solid blue, dark blue, outlined light blue, or green stripes on white. */
export type SwatchStyle = "solid" | "dark" | "outlined" | "striped";

/** The stripes that mark the second series of a chart, so it differs by pattern as well as colour. */
export function StripePattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" className="fill-white" />
      <rect width="3" height="6" className="fill-success-700" />
    </pattern>
  );
}

/** The SVG attributes that draw a series in its style; `stripes` is the id of a StripePattern. */
export function seriesStyle(style: SwatchStyle, stripes: string) {
  switch (style) {
    case "solid":
      return { className: "fill-brand-600" };
    case "dark":
      return { className: "fill-brand-800" };
    case "outlined":
      return { className: "fill-brand-100 stroke-brand-700", strokeWidth: 1.5 };
    case "striped":
      return { fill: `url(#${stripes})`, className: "stroke-success-700", strokeWidth: 1.5 };
  }
}

/** A CSS-safe id from React's useId (which contains colons). */
export function useSvgId(): string {
  return useId().replace(/[^a-zA-Z0-9_-]/g, "");
}

/** A chart's key: a small sample of each series' style beside its name. */
export function ChartLegend({ items }: { items: { label: string; style: SwatchStyle }[] }) {
  const id = useSvgId();
  return (
    <ul className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <svg width="18" height="14" aria-hidden="true" focusable="false" className="shrink-0">
            {item.style === "striped" ? (
              <defs>
                <StripePattern id={`${id}-stripes`} />
              </defs>
            ) : null}
            <rect x="1" y="1" width="16" height="12" rx={2} {...seriesStyle(item.style, `${id}-stripes`)} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
