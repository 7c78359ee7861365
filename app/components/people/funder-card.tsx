import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Card } from "~/components/ui/card";
import { stageLabel } from "~/domain/stages";
import { careSettings, funderKinds, specialties } from "~/domain/taxonomy";
import { excerpt } from "~/domain/text";
import { funderPath } from "~/utils/paths";
import { formatTicket } from "./format";

export type FunderCardData = {
  id: number;
  name: string;
  organisation: string;
  kind: string;
  thesis: string;
  ticketMin: number | null;
  ticketMax: number | null;
  offersPilotSite: boolean;
  focus: { stages: string[]; careSettings: string[]; specialties: string[] };
};

/** "Any" for an empty facet, else the labels joined. */
export function focusText(values: string[], label: (v: string) => string): string {
  return values.length === 0 ? "Any" : values.map(label).join(", ");
}

/** The thesis facets as a definition list. */
export function FunderFocusList({ funder }: { funder: Pick<FunderCardData, "focus" | "ticketMin" | "ticketMax"> }) {
  const ticket = formatTicket(funder.ticketMin, funder.ticketMax);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Stages</dt>
      <dd>{focusText(funder.focus.stages, stageLabel)}</dd>
      <dt className="font-semibold">Care settings</dt>
      <dd>{focusText(funder.focus.careSettings, careSettings.label)}</dd>
      <dt className="font-semibold">Specialties</dt>
      <dd>{focusText(funder.focus.specialties, specialties.label)}</dd>
      <dt className="font-semibold">Ticket size</dt>
      <dd>{ticket || "Not stated"}</dd>
    </dl>
  );
}

/** A funder in the directory: who, what kind, and what they fund. Never their interests. */
export function FunderCard({ funder }: { funder: FunderCardData }) {
  return (
    <Card as="li">
      <h2 className="text-lg">
        <Link to={funderPath(funder)}>{funder.name}</Link>
      </h2>
      <div className="mt-1 flex flex-wrap gap-2">
        <Badge tone="brand">{funderKinds.label(funder.kind)}</Badge>
        {funder.offersPilotSite ? <Badge tone="success">Offers a pilot site</Badge> : null}
      </div>
      {funder.organisation ? <p className="mt-1 text-sm text-muted">{funder.organisation}</p> : null}
      {funder.thesis ? <p className="mt-2">{excerpt(funder.thesis, 180)}</p> : null}
      <div className="mt-3">
        <FunderFocusList funder={funder} />
      </div>
    </Card>
  );
}
