import { GateGroups } from "~/components/projects/gate-groups";
import { stageLabel, stages } from "~/domain/stages";
import { Section, date } from "./section";
import type { Props } from "./section";

export function GatesSection({ page }: Props) {
  const current = stages.findIndex((s) => s.key === page.project.stage);
  return (
    <Section id="stage" title="Stage and gates">
      <ol className="mb-4 flex flex-wrap gap-2" aria-label="Pipeline stages">
        {stages.map((s, i) => (
          <li
            key={s.key}
            aria-current={i === current ? "step" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${i === current ? "border-brand-700 bg-brand-700 font-semibold text-white" : i < current ? "border-brand-600 text-brand-700" : "border-line text-muted"}`}
          >
            {i < current ? <span className="sr-only">Passed: </span> : null}
            {i === current ? <span className="sr-only">Current stage: </span> : null}
            {s.label}
          </li>
        ))}
      </ol>
      <p className="max-w-3xl">
        <strong>{stageLabel(page.project.stage)}</strong>: {stages[current]?.meaning}. Entered{" "}
        {date(page.project.stageEnteredAt)}.
      </p>
      {page.nextStage ? (
        <p className="mt-2 max-w-3xl">
          {page.openItems.length === 0
            ? `Every item needed to enter ${stageLabel(page.nextStage).toLowerCase()} is met.`
            : `${page.openItems.length} ${page.openItems.length === 1 ? "item is" : "items are"} still open before ${stageLabel(page.nextStage).toLowerCase()}.`}
        </p>
      ) : (
        <p className="mt-2">This project has reached the end of the pipeline.</p>
      )}
      <div className="mt-4">
        <GateGroups groups={page.gates} />
      </div>
    </Section>
  );
}
