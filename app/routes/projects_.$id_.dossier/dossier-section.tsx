import type { ReactNode } from "react";
import { GateStatusBadge } from "~/components/projects/badges";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/domain/dates";
import { formatByteSize, type Verification } from "~/domain/dossier";
import type { DossierData, DossierItemData } from "./route";

type Section = DossierData["sections"][number];

/**
 * A link that prints with its full address after it, so a paper copy still says where it goes.
 * `href` is a path on this site.
 */
export function PrintLink({ href, origin, children }: { href: string; origin: string; children: ReactNode }) {
  return (
    <a href={href} data-print-url={`${origin}${href}`} className="print:after:content-['_('_attr(data-print-url)_')']">
      {children}
    </a>
  );
}

/** One DTAC section: its heading, what it asks, anything the section adds, then its gate items. */
export function DossierSection({
  section,
  dossier,
  intro,
  extras = {},
  after,
}: {
  section: Section;
  dossier: DossierData;
  intro?: ReactNode;
  /** More to show inside an item, by the item's key (a data-use statement, pilot sites). */
  extras?: Record<string, ReactNode>;
  after?: ReactNode;
}) {
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="scroll-mt-4">
      <h2 id={`${section.id}-heading`} className="text-2xl print:break-after-avoid">
        {section.code}. {section.title}
      </h2>
      <p className="mb-3 text-muted">{section.asks}</p>
      {intro}
      <div className="divide-y divide-line border-y border-line">
        {section.items.map((item) => (
          <ItemBlock key={item.key} item={item} dossier={dossier}>
            {extras[item.key]}
          </ItemBlock>
        ))}
      </div>
      {after}
    </section>
  );
}

function verificationText(verification: Verification, derived: boolean): string {
  switch (verification.kind) {
    case "verified":
      return `Verified by ${verification.by ?? "a former verifier"} on ${formatDate(new Date(verification.at))}.`;
    case "awaiting":
      return `Awaiting verification by a mentor with ${verification.expertise} expertise who is active on the project, or an organiser.`;
    case "once_met":
      return `Not verified yet: a mentor with ${verification.expertise} expertise verifies it once the team marks it met.`;
    case "not_needed":
      return derived
        ? "No verifier needed: Hackpath works this out from the project's record."
        : "No verifier needed: the team's own word is enough.";
  }
}

/** One term and its description in an item's or a section's list of facts. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-1 sm:grid-cols-[12rem_1fr] print:grid-cols-[10rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/** One gate item: where it stands, who verified it, the evidence and documents, and what is missing. */
function ItemBlock({ item, dossier, children }: { item: DossierItemData; dossier: DossierData; children?: ReactNode }) {
  return (
    <article aria-labelledby={`item-${item.key}`} className="break-inside-avoid py-4">
      <h3 id={`item-${item.key}`} className="text-lg">
        {item.label}
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <GateStatusBadge status={item.status} />
        {item.required ? <Badge>Required</Badge> : <Badge>Recommended</Badge>}
        {item.done ? <Badge tone="success">Done</Badge> : null}
        <span className="text-muted">Standard: {item.sources.join("; ")}</span>
      </p>
      {item.missing ? (
        <p className="mt-2 border-l-4 border-danger-700 bg-danger-50 py-1 pl-3">
          <strong>Missing:</strong> {item.missing}
        </p>
      ) : null}
      <dl className="mt-2">
        <Row term="Verification">{verificationText(item.verification, item.derived)}</Row>
        {item.answer ? <Row term="Answer">{item.answer}</Row> : null}
        {item.evidencePrivate ? (
          <Row term="Evidence">Shared with the team, verifiers and organisers only</Row>
        ) : item.evidence ? (
          <Row term={item.answer ? "Reasoning" : "Evidence"}>
            <RichText text={item.evidence} />
          </Row>
        ) : item.derived ? null : (
          <Row term="Evidence">None recorded.</Row>
        )}
        {item.notApplicableReason ? <Row term="Why it does not apply">{item.notApplicableReason}</Row> : null}
        {!item.takesDocuments ? null : (
          <Row term="Documents">
            {item.documents.length === 0 ? (
              dossier.seesPrivate ? (
                "None attached."
              ) : (
                "No public documents."
              )
            ) : (
              <ul className="space-y-1">
                {item.documents.map((doc) => (
                  <li key={doc.id} className="break-words">
                    <PrintLink href={doc.href} origin={dossier.origin}>
                      {doc.title}
                    </PrintLink>{" "}
                    <span className="text-sm text-muted">
                      (PDF, {formatByteSize(doc.byteSize)}, added {formatDate(new Date(doc.createdAt))})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Row>
        )}
      </dl>
      {children}
    </article>
  );
}
