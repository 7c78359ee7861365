/**
 * The assurance dossier: a project's gate evidence laid out the way NHS England's Digital
 * Technology Assessment Criteria (DTAC) asks for it, so a team can hand one printable record to a
 * trust's assessors. This module holds the layout (which gate items answer which DTAC section),
 * what DCB0129 expects of a manufacturer's clinical safety file, and how one item reads. Pure;
 * app/models/dossier.server.ts reads the rows and the dossier page shows them.
 */
import {
  awaitsVerification,
  effectiveGateStatus,
  isItemDone,
  isSettled,
  type GateRecord,
  type ProjectFacts,
} from "./gate-progress";
import { gateItem, type GateItem } from "./gates";
import { expertiseAreas, type GateItemStatus } from "./taxonomy";

/** One section of the dossier, in DTAC's order, and the gate items that answer it. */
export type DossierSection = {
  /** The anchor on the page. */
  id: string;
  /** DTAC's own numbering: A, B, C1…C4, D. */
  code: string;
  title: string;
  /** What the section asks, in a sentence. */
  asks: string;
  itemKeys: readonly string[];
};

export const dossierSections: readonly DossierSection[] = [
  {
    id: "company",
    code: "A",
    title: "Company and product information",
    asks: "Who makes the product, what it is and where it stands.",
    itemKeys: ["clinical_champion"],
  },
  {
    id: "value",
    code: "B",
    title: "Value proposition",
    asks: "The problem the product solves, for whom, and the benefit shown so far.",
    itemKeys: ["problem_linked", "intended_purpose"],
  },
  {
    id: "clinical-safety",
    code: "C1",
    title: "Clinical safety",
    asks: "Clinical risk management to DCB0129 by the manufacturer and DCB0160 by the deploying organisation, and the product's regulatory status.",
    itemKeys: ["dtac_c1_clinical_safety", "pilot_site_committed", "mhra_device_class"],
  },
  {
    id: "data-protection",
    code: "C2",
    title: "Data protection",
    asks: "How personal data is protected, and what patients are told about its use.",
    itemKeys: ["dtac_c2_data_protection", "data_use_statement"],
  },
  {
    id: "technical-security",
    code: "C3",
    title: "Technical security",
    asks: "How the product is protected from cyber attack.",
    itemKeys: ["dtac_c3_technical_security"],
  },
  {
    id: "interoperability",
    code: "C4",
    title: "Interoperability",
    asks: "The standards the product uses to exchange data with other systems.",
    itemKeys: ["dtac_c4_interoperability"],
  },
  {
    id: "usability",
    code: "D",
    title: "Usability and accessibility",
    asks: "Whether the product meets accessibility standards and was tested with the people who use it.",
    itemKeys: ["dtac_d_usability", "user_testing"],
  },
];

/** Every gate item key the dossier shows, in page order. */
export function dossierItemKeys(): string[] {
  return dossierSections.flatMap((section) => section.itemKeys);
}

/** What DCB0129 expects a manufacturer's clinical safety file to hold. */
export type Dcb0129Artefact = {
  key: string;
  label: string;
  /** What the standard expects of it, in a sentence. */
  expects: string;
  /** Words that name it in a document title or the team's evidence. */
  terms: readonly RegExp[];
};

export const dcb0129Artefacts: readonly Dcb0129Artefact[] = [
  {
    key: "risk_management_plan",
    label: "Clinical risk management plan",
    expects: "How clinical risk is managed for this product: the activities, who does them and when.",
    terms: [/risk management plan/i, /\bcrmp\b/i],
  },
  {
    key: "hazard_log",
    label: "Hazard log",
    expects: "Each hazard, its causes and effects, the controls in place and the risk that remains.",
    terms: [/hazard/i],
  },
  {
    key: "safety_case_report",
    label: "Clinical safety case report",
    expects:
      "The argument, with evidence, that the product is safe enough to use, signed off by the Clinical Safety Officer.",
    terms: [/safety case/i, /\bcscr\b/i],
  },
  {
    key: "clinical_safety_officer",
    label: "A named Clinical Safety Officer",
    expects: "A registered clinician, trained in clinical risk management, who is accountable for the safety file.",
    terms: [/clinical safety officer/i, /\bcso\b/i],
  },
];

/** One DCB0129 artefact against what the team attached to DTAC C1. */
export type Dcb0129Match<D> = {
  key: string;
  label: string;
  expects: string;
  /** The documents whose titles name the artefact. */
  documents: D[];
  /** Whether the team's written evidence names it. */
  inEvidence: boolean;
};

/**
 * Which DCB0129 artefacts the documents and evidence attached to DTAC C1 name. A match by name,
 * not a check of the content: the verifier still reads the documents.
 */
export function matchDcb0129<D extends { title: string }>(
  documents: readonly D[],
  evidence: string,
): Dcb0129Match<D>[] {
  return dcb0129Artefacts.map(({ key, label, expects, terms }) => ({
    key,
    label,
    expects,
    documents: documents.filter((doc) => terms.some((term) => term.test(doc.title))),
    inEvidence: terms.some((term) => term.test(evidence)),
  }));
}

/** What the team stored against one item, as the dossier reads it. */
export type StoredItem = {
  status: GateItemStatus;
  evidence: string;
  choice: string | null;
  notApplicableReason: string;
  verifiedAt: Date | null;
  verifiedByName: string | null;
};

/** Where an item stands with its verifier. */
export type Verification =
  | { kind: "verified"; by: string | null; at: Date }
  | { kind: "awaiting"; expertise: string }
  | { kind: "once_met"; expertise: string }
  | { kind: "not_needed" };

/** One item as the dossier shows it. */
export type DossierItem = {
  key: string;
  label: string;
  standard: string;
  required: boolean;
  derived: boolean;
  /** Whether PDF documents can be attached to the item. */
  takesDocuments: boolean;
  status: GateItemStatus;
  done: boolean;
  /** What the item still needs, when it is not done; null when it is. */
  missing: string | null;
  verification: Verification;
  /** The team's evidence (for a choice item, the reasoning); empty when private or not given. */
  evidence: string;
  /** The label of the answer chosen, for a choice item. */
  answer: string | null;
  notApplicableReason: string;
  /** Whether the evidence is kept from this viewer (the item's evidence is the team's to share). */
  evidencePrivate: boolean;
};

const expertiseOf = (item: GateItem) =>
  item.verifier ? expertiseAreas.label(item.verifier.expertise).toLowerCase() : "";

/** The verifier who confirms an item, in words. */
export function verifierWords(item: GateItem): string {
  return `a mentor with ${expertiseOf(item)} expertise who is active on the project, or an organiser`;
}

/** Where an item stands with its verifier, if it names one. */
export function verificationOf(item: GateItem, stored: StoredItem | undefined): Verification {
  if (!item.verifier || item.derived) return { kind: "not_needed" };
  if (stored?.verifiedAt) return { kind: "verified", by: stored.verifiedByName, at: stored.verifiedAt };
  const record: GateRecord | undefined = stored && { status: stored.status, verified: false };
  return awaitsVerification(item, record)
    ? { kind: "awaiting", expertise: expertiseOf(item) }
    : { kind: "once_met", expertise: expertiseOf(item) };
}

/** What an item still needs before it is done (isItemDone), or null when it is done. */
export function missingNeed(item: GateItem, record: GateRecord | undefined, facts: ProjectFacts): string | null {
  if (isItemDone(item, record, facts)) return null;
  if (isSettled(effectiveGateStatus(item, record?.status, facts))) return `Verification by ${verifierWords(item)}.`;
  return item.verifier && !item.derived
    ? `${item.guidance} Then verification by ${verifierWords(item)}.`
    : item.guidance;
}

/**
 * One item as the dossier shows it. Evidence of an item whose evidence is private (funding, for
 * one) is left out for anyone who may not see it, whatever the caller read.
 */
export function describeItem(
  item: GateItem,
  stored: StoredItem | undefined,
  facts: ProjectFacts,
  seesPrivate: boolean,
): DossierItem {
  const record: GateRecord | undefined = stored && { status: stored.status, verified: stored.verifiedAt !== null };
  const shown = seesPrivate || !item.privateEvidence;
  const status = effectiveGateStatus(item, stored?.status, facts);
  return {
    key: item.key,
    label: item.label,
    standard: item.standard,
    required: item.required,
    derived: item.derived !== undefined,
    takesDocuments: item.documents === true,
    status,
    done: isItemDone(item, record, facts),
    missing: missingNeed(item, record, facts),
    verification: verificationOf(item, stored),
    evidence: shown && !item.derived ? (stored?.evidence ?? "") : "",
    answer: shown ? (item.choices?.find((c) => c.value === stored?.choice)?.label ?? null) : null,
    notApplicableReason: shown && status === "not_applicable" ? (stored?.notApplicableReason ?? "") : "",
    evidencePrivate: !shown,
  };
}

/** The gate item definition for a dossier key (every key in dossierSections names one). */
export function dossierGateItem(key: string): GateItem {
  const item = gateItem(key);
  if (!item) throw new Error(`The dossier names an unknown gate item: ${key}`);
  return item;
}

/** A document's size as people read it: "340 KB", "2.4 MB". */
export function formatByteSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
