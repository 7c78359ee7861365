import type { GatePageData } from "./route";

/** What to produce, why, who can do it, what good looks like, common rejections and the sources. */
export function GuidanceSection({ page }: { page: GatePageData }) {
  const { guidance, item } = page;
  if (!guidance) return null;
  const parts = [
    ["What to produce", guidance.produce],
    ["Why it is asked for", guidance.why],
    ["Who can do it", guidance.who],
    ["What good looks like", guidance.good],
  ] as const;
  return (
    <section aria-labelledby="guidance-heading" className="mb-8">
      <h2 id="guidance-heading" className="mb-2 text-xl">
        Guidance
      </h2>
      {parts.map(([title, text]) => (
        <div key={title} className="mb-3">
          <h3 className="text-base font-semibold">{title}</h3>
          <p>{text}</p>
        </div>
      ))}
      <h3 className="text-base font-semibold">Common reasons it is not accepted</h3>
      <ul className="mb-3 list-disc pl-6">
        {guidance.rejected.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        Source{guidance.sources.length === 1 ? "" : "s"}: {guidance.sources.join("; ")}
        {item.standard !== "Hackpath" ? ` (${item.standard})` : ""}
      </p>
    </section>
  );
}
