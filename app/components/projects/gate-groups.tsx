import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/domain/dates";
import { stageLabel } from "~/domain/stages";
import { expertiseAreas } from "~/domain/taxonomy";
import type { GateRow as ProjectGateRow } from "~/models/projects.server";
import { GateStatusBadge } from "./badges";
import { RichText } from "~/components/rich-text";
import { projectGatePath, type ProjectRef } from "~/utils/paths";

/** A gate item as the page receives it: its time may arrive serialized. */
type GateRow = Omit<ProjectGateRow, "verifier" | "verifiedAt"> & {
  verifier: { expertise: string } | null;
  verifiedAt: Date | string | null;
};
type GateGroup = { stage: string; position: "passed" | "next" | "later"; items: GateRow[]; settled: number };

function Evidence({ item }: { item: GateRow }) {
  if (!item.evidence.trim() && !item.choiceLabel && !item.documents) return null;
  return (
    <p className="mt-1 text-sm">
      <span className="font-semibold">Evidence: </span>
      {item.choiceLabel ? `${item.choiceLabel}. ` : null}
      {item.evidence.trim() ? <RichText text={item.evidence} inline /> : null}
      {item.documents ? ` (${item.documents} ${item.documents === 1 ? "document" : "documents"})` : null}
    </p>
  );
}

function GateItemRow({ item, project }: { item: GateRow; project: ProjectRef }) {
  return (
    <li className="border-t border-line py-3 first:border-t-0">
      <div className="flex flex-wrap items-center gap-2">
        <Link to={projectGatePath(project, item.key)} className="font-semibold">
          {item.label}
        </Link>
        <GateStatusBadge status={item.status} />
        {item.awaitingVerification ? <Badge tone="warning">Awaiting verification</Badge> : null}
        {item.required ? null : <Badge>Recommended</Badge>}
      </div>
      <p className="mt-1 text-sm text-muted">
        {item.guidance}
        {item.standard !== "Hackpath" ? <span className="whitespace-nowrap"> ({item.standard})</span> : null}
        {item.derived ? " Hackpath works this out from the project's record." : ""}
      </p>
      <Evidence item={item} />
      {item.verifier ? (
        <p className="mt-1 text-sm">
          {item.verifiedByName && item.verifiedAt ? (
            <>
              Verified by {item.verifiedByName} on {formatDate(new Date(item.verifiedAt))}
            </>
          ) : (
            <>
              Needs verifying by a mentor with {expertiseAreas.label(item.verifier.expertise).toLowerCase()} expertise.
            </>
          )}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The gates a project passes through, one per stage after prototype, with each item's status,
 * evidence and verifier. The gate it is working on is open; the others fold away (native
 * <details>, so it works without JavaScript).
 */
export function GateGroups({ groups, project }: { groups: GateGroup[]; project: ProjectRef }) {
  return (
    <ol className="space-y-4">
      {groups.map((group) => {
        const headingId = `gate-${group.stage}`;
        const items = (
          <ul className="mt-2">
            {group.items.map((item) => (
              <GateItemRow key={item.key} item={item} project={project} />
            ))}
          </ul>
        );
        return (
          <li
            key={group.stage}
            className={`rounded-lg border p-4 ${group.position === "next" ? "border-brand-600 bg-brand-50" : "border-line bg-white"}`}
          >
            <section aria-labelledby={headingId}>
              <div className="flex flex-wrap items-center gap-2">
                <h3 id={headingId} className="text-lg">
                  To enter {stageLabel(group.stage).toLowerCase()}
                </h3>
                {group.position === "next" ? <Badge tone="brand">Next gate</Badge> : null}
                {group.position === "passed" ? <Badge tone="success">Passed</Badge> : null}
              </div>
              <p className="mt-1 text-sm text-muted">
                {group.settled} of {group.items.length} items done (met or not applicable, and verified where a verifier
                is named)
              </p>
              {group.position === "next" ? (
                items
              ) : (
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">
                    Show the {group.items.length} items
                    <span className="sr-only"> to enter {stageLabel(group.stage).toLowerCase()}</span>
                  </summary>
                  {items}
                </details>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
