import { DataTable } from "~/components/charts/data-table";
import { RichText } from "~/components/rich-text";
import { formatDate } from "~/domain/dates";
import { stageLabel } from "~/domain/stages";
import { projectStates } from "~/domain/taxonomy";
import { hackDayPath, problemPath } from "~/utils/paths";
import { DossierSection, PrintLink, Row } from "./dossier-section";
import type { DossierData } from "./route";

type Props = { dossier: DossierData; section: DossierData["sections"][number] };

const person = (m: { name: string; organisation: string }) =>
  m.organisation ? `${m.name}, ${m.organisation}` : m.name;

/** A: who makes the product, what it is and where it stands in the pipeline. */
export function CompanySection({ dossier, section }: Props) {
  const { project, team, origin } = dossier;
  const members = team.filter((m) => m.role !== "lead");
  return (
    <DossierSection
      section={section}
      dossier={dossier}
      intro={
        <dl className="mb-4 break-inside-avoid">
          <Row term="Product">{project.name}</Row>
          {project.tagline ? <Row term="In a line">{project.tagline}</Row> : null}
          {project.description ? (
            <Row term="What it does">
              <RichText text={project.description} />
            </Row>
          ) : null}
          <Row term="Team lead">{person({ name: project.leadName, organisation: project.leadOrganisation })}</Row>
          <Row term="Team members">
            {members.length === 0 ? (
              "None besides the lead."
            ) : (
              <ul>
                {members.map((m) => (
                  <li key={m.id}>{person(m)}</li>
                ))}
              </ul>
            )}
          </Row>
          <Row term="Hack day">
            {project.hackDay ? (
              <PrintLink href={hackDayPath(project.hackDay)} origin={origin}>
                {project.hackDay.name}
              </PrintLink>
            ) : (
              "Not started at a hack day."
            )}
          </Row>
          <Row term="Problem">
            {project.problem ? (
              <PrintLink href={problemPath(project.problem)} origin={origin}>
                {project.problem.title}
              </PrintLink>
            ) : (
              "No problem linked."
            )}
          </Row>
          <Row term="Stage">
            {stageLabel(project.stage)}
            {project.state === "active" ? "" : ` (${projectStates.label(project.state).toLowerCase()})`}
          </Row>
        </dl>
      }
    />
  );
}

/** B: the problem, as the clinician who raised it wrote it, and what the product has shown so far. */
export function ValueSection({ dossier, section }: Props) {
  const { project, outcomes, origin } = dossier;
  const unit = (value: string, u: string) => (u ? `${value} ${u}` : value);
  return (
    <DossierSection
      section={section}
      dossier={dossier}
      intro={
        <div className="mb-4 space-y-4">
          <div className="break-inside-avoid">
            <h3 className="text-lg">The problem</h3>
            {project.problem ? (
              <>
                <p className="mt-1">
                  <PrintLink href={problemPath(project.problem)} origin={origin}>
                    {project.problem.title}
                  </PrintLink>
                </p>
                <RichText text={project.problem.summary} className="mt-1" />
                {project.problem.whoAffected ? (
                  <p className="mt-1">
                    <span className="font-semibold">Who it affects: </span>
                    {project.problem.whoAffected}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="mt-1">No clinician&apos;s problem is linked to this project.</p>
            )}
          </div>
          <div className="break-inside-avoid">
            <h3 className="mb-1 text-lg">Outcomes recorded</h3>
            {outcomes.length === 0 ? (
              <p>No outcomes measured yet.</p>
            ) : (
              <DataTable
                caption="Measured outcomes"
                headers={["Measure", "Baseline", "Result", "Source", "Measured"]}
                numeric={[]}
                rows={outcomes.map((o) => [
                  o.metric,
                  unit(o.baseline, o.unit),
                  unit(o.result, o.unit),
                  o.source,
                  formatDate(new Date(`${o.measuredOn}T12:00:00Z`)),
                ])}
              />
            )}
          </div>
        </div>
      }
    />
  );
}
