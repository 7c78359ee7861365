import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { projectPilotsPath } from "~/utils/paths";
import { pilotStatuses } from "~/domain/taxonomy";
import { Section, isoDate } from "./section";
import type { Props } from "./section";

export function PilotsSection({ page }: Props) {
  return (
    <Section id="pilots" title="Pilots">
      {page.pilots.length > 0 ? (
        <ul className="space-y-3">
          {page.pilots.map((p) => (
            <li key={p.id} className="rounded-lg border border-line p-3">
              <p className="font-semibold">
                {p.organisation}
                {p.site ? `, ${p.site}` : ""}{" "}
                <Badge tone={p.status === "live" ? "success" : "neutral"}>{pilotStatuses.label(p.status)}</Badge>
              </p>
              {p.startsOn ? (
                <p className="text-sm text-muted">
                  {isoDate(p.startsOn)}
                  {p.endsOn ? ` to ${isoDate(p.endsOn)}` : ""}
                </p>
              ) : null}
              {p.successMeasures ? (
                <p className="mt-1 whitespace-pre-line">Success measures: {p.successMeasures}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No pilots yet.</p>
      )}
      {page.viewer.isMember ? (
        <p className="mt-4">
          <Link to={projectPilotsPath(page.project)}>Record pilots and outcomes</Link>
        </p>
      ) : null}
    </Section>
  );
}
