import { Link } from "@remix-run/react";
import { GateGroups } from "~/components/projects/gate-groups";
import { ButtonLink } from "~/components/ui/button";
import { stageLabel, stages } from "~/domain/stages";
import { projectDossierPath, projectStagePath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

export function GatesSection({ page }: Props) {
  const current = stages.findIndex((s) => s.key === page.project.stage);
  const next = page.nextStage ? stageLabel(page.nextStage).toLowerCase() : null;
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
      {next ? (
        <p className="mt-2 max-w-3xl">
          {page.unmetItems.length === 0
            ? `Every required item to enter ${next} is done.`
            : `${page.unmetItems.length} required ${page.unmetItems.length === 1 ? "item is" : "items are"} still open before ${next}.`}
        </p>
      ) : (
        <p className="mt-2">This project has reached the end of the pipeline.</p>
      )}
      {page.pendingRequest ? (
        <p className="mt-2 max-w-3xl font-semibold">
          A request to move to {stageLabel(page.pendingRequest.toStage).toLowerCase()} is waiting for an organiser.
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {page.mayRequestMove && next ? (
          <ButtonLink to={projectStagePath(page.project)}>Ask to move to {next}</ButtonLink>
        ) : page.mayWorkStage ? (
          <ButtonLink to={projectStagePath(page.project)} variant="secondary">
            Stage, pause and archive
          </ButtonLink>
        ) : null}
        <Link to={projectDossierPath(page.project)} className="self-center">
          Assurance dossier (DTAC)
        </Link>
      </div>
      <div className="mt-4">
        <GateGroups groups={page.gates} project={page.project} />
      </div>
    </Section>
  );
}
