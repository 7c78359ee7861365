import { Form } from "@remix-run/react";
import { GateStatusBadge } from "~/components/projects/badges";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { formatDate, formatDateTime } from "~/domain/dates";
import { expertiseAreas, gateItemStatuses } from "~/domain/taxonomy";
import type { GatePageData } from "./route";

type Props = { page: GatePageData };

/** Where the item stands: status, evidence, verification (and the verifier's button). */
export function StatusSummary({ page }: Props) {
  const { item, record } = page;
  const choice = item.choices?.find((c) => c.value === record?.choice)?.label;
  return (
    <section aria-labelledby="status-heading" className="mb-8 rounded-lg border border-line p-4">
      <h2 id="status-heading" className="text-xl">
        Where it stands
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <GateStatusBadge status={page.status} />
        {item.required ? <Badge>Required</Badge> : <Badge>Recommended</Badge>}
        {page.done ? <Badge tone="success">Done for this gate</Badge> : null}
      </div>
      {item.derived ? (
        <p className="mt-2">
          Hackpath works this item out from the project&apos;s record; there is nothing to fill in.
        </p>
      ) : null}
      {choice ? (
        <p className="mt-2">
          <span className="font-semibold">Answer: </span>
          {choice}
        </p>
      ) : null}
      {record?.evidence ? (
        <div className="mt-2">
          <span className="font-semibold">Evidence: </span>
          <RichText text={record.evidence} />
        </div>
      ) : null}
      {page.evidencePrivate ? (
        <p className="mt-2">The evidence for this item is shared with the team, verifiers and organisers only.</p>
      ) : null}
      {record?.status === "not_applicable" && record.notApplicableReason ? (
        <p className="mt-2">
          <span className="font-semibold">Why it does not apply: </span>
          {record.notApplicableReason}
        </p>
      ) : null}
      {item.verifier ? (
        <p className="mt-2">
          {record?.verifiedAt ? (
            <>
              Verified by {record.verifiedByName ?? "a former verifier"} on {formatDate(new Date(record.verifiedAt))}.
            </>
          ) : page.awaitingVerification ? (
            <>
              Awaiting verification by a mentor with {expertiseAreas.label(item.verifier.expertise).toLowerCase()}{" "}
              expertise who is active on this project, or an organiser.
            </>
          ) : (
            <>
              Once the team marks it {gateItemStatuses.label("met").toLowerCase()}, a mentor with{" "}
              {expertiseAreas.label(item.verifier.expertise).toLowerCase()} expertise verifies it.
            </>
          )}
        </p>
      ) : null}
      {page.mayVerify ? (
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value="verify" />
          <Button type="submit">Verify this item</Button>
          <p className="mt-1 text-sm text-muted">
            Verify only when the evidence above and the documents below meet what the guidance asks for.
          </p>
        </Form>
      ) : null}
    </section>
  );
}

const eventLabels = {
  updated: "Updated",
  verified: "Verified",
  verification_cleared: "Needs verifying again",
  document_added: "Document added",
  document_removed: "Document removed",
} as const;

/** Every change to the item, newest first. */
export function HistorySection({ page }: Props) {
  return (
    <section aria-labelledby="history-heading" className="mb-8">
      <h2 id="history-heading" className="mb-2 text-xl">
        History
      </h2>
      {page.history.length === 0 ? (
        <p>Nothing has been recorded against this item yet.</p>
      ) : (
        <ol className="divide-y divide-line border-y border-line">
          {page.history.map((event) => (
            <li key={event.id} className="py-2">
              <span className="font-semibold">{eventLabels[event.kind]}</span>
              {event.summary ? `: ${event.summary}` : ""}
              <span className="block text-sm text-muted">
                {event.actorName ?? "A former member"}, {formatDateTime(new Date(event.createdAt))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
