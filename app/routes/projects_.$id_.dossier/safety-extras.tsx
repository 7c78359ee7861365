import { RichText } from "~/components/rich-text";
import { formatDate } from "~/domain/dates";
import { lawfulBasisText } from "~/domain/project-records";
import { pilotStatuses } from "~/domain/taxonomy";
import { PrintLink } from "./dossier-section";
import type { DossierData } from "./route";

type Props = { dossier: DossierData };

const calendarDate = (value: string) => new Date(`${value}T12:00:00Z`);

function pilotDates(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${formatDate(calendarDate(startsOn))} to ${formatDate(calendarDate(endsOn))}`;
  if (startsOn) return `from ${formatDate(calendarDate(startsOn))}`;
  if (endsOn) return `until ${formatDate(calendarDate(endsOn))}`;
  return "dates not set";
}

/** The pilot sites recorded, under the DCB0160 item: each deploying organisation owns its own risk file. */
export function PilotSites({ dossier }: Props) {
  return (
    <div className="mt-2">
      <h4 className="font-semibold">Pilot sites recorded</h4>
      {dossier.pilots.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <ul className="list-disc pl-5">
          {dossier.pilots.map((pilot) => (
            <li key={pilot.id}>
              {pilot.organisation}
              {pilot.site ? `, ${pilot.site}` : ""} ({pilotStatuses.label(pilot.status).toLowerCase()},{" "}
              {pilotDates(pilot.startsOn, pilot.endsOn)})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The published data-use statement, under its gate item. Drafts are not shown. */
export function DataUseStatement({ dossier }: Props) {
  const { project } = dossier;
  if (!project.dataUsePublishedAt || project.dataUseStatement === null) return null;
  return (
    <div className="mt-2 rounded-md border border-line p-3">
      <h4 className="font-semibold">
        The published data-use statement ({formatDate(new Date(project.dataUsePublishedAt))})
      </h4>
      <RichText text={project.dataUseStatement} className="mt-1" />
      {project.dataUseLawfulBasis ? (
        <p className="mt-2">
          <span className="font-semibold">Lawful basis: </span>
          {lawfulBasisText(project.dataUseLawfulBasis)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * What DCB0129 expects of the manufacturer's clinical safety file, against the documents and
 * evidence attached to DTAC C1. Matched by name: the verifier still reads the documents.
 */
export function Dcb0129Section({ dossier }: Props) {
  return (
    <section aria-labelledby="dcb0129-heading" id="dcb0129" className="mt-6 break-inside-avoid">
      <h3 id="dcb0129-heading" className="text-xl">
        DCB0129 artefacts
      </h3>
      <p className="mb-2 text-muted">
        What DCB0129 expects the manufacturer to hold, against the documents and evidence attached to DTAC C1. Found by
        their titles and the team&apos;s words; the verifier reads the documents themselves.
      </p>
      <ul className="divide-y divide-line border-y border-line">
        {dossier.dcb0129.map((artefact) => (
          <li key={artefact.key} className="break-inside-avoid py-2">
            <span className="font-semibold">{artefact.label}</span>
            <span className="block text-sm text-muted">{artefact.expects}</span>
            {artefact.documents.length > 0 || artefact.inEvidence ? (
              <ul className="mt-1 list-disc pl-5">
                {artefact.documents.map((doc) => (
                  <li key={doc.id}>
                    Document:{" "}
                    <PrintLink href={doc.href} origin={dossier.origin}>
                      {doc.title}
                    </PrintLink>
                  </li>
                ))}
                {artefact.inEvidence ? <li>Named in the written evidence for DTAC C1.</li> : null}
              </ul>
            ) : (
              <p className="mt-1">
                <strong>Not found:</strong> no document {dossier.seesPrivate ? "" : "you can see "}or evidence for DTAC
                C1 names it.
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
