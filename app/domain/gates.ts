import type { ExpertiseArea } from "./taxonomy";
import type { Stage } from "./stages";

/**
 * Gate items: what a project must show before it enters a stage. This module is the one place
 * they are defined; pages, matching and move rules all read it.
 */
export type GateItem = {
  /** Stable key stored against a project's status for the item. */
  key: string;
  /** The stage this item gates entry to. */
  stage: Exclude<Stage, "prototype">;
  label: string;
  guidance: string;
  /** The standard or framework the item comes from. */
  standard: string;
  /**
   * What evidence the item asks for: a link, text, either, or a choice from `choices` (with the
   * reasoning as text). "none" for items Hackpath works out itself.
   */
  evidence: "link" | "text" | "link_or_text" | "choice" | "none";
  /** The answers a "choice" item offers. */
  choices?: readonly { value: string; label: string }[];
  /** Whether PDF documents (hazard log, DPIA, certificates…) can be attached as evidence. */
  documents?: boolean;
  /**
   * Evidence that stays with the team, verifiers and organisers even though the item's status is
   * public (decision 0049: who funds a pilot and how much is the funder's and the team's to tell).
   */
  privateEvidence?: boolean;
  /** Expertise that helps with the item: drives mentor matching. */
  expertise: ExpertiseArea[];
  /** Who may verify the item; null when the team's own word is enough. */
  verifier: { expertise: ExpertiseArea } | null;
  required: boolean;
  /** Items Hackpath can work out from the record itself rather than ask for. */
  derived?: "clinical_champion" | "problem_linked" | "active_mentor" | "data_use_published" | "story_published";
};

export const gateItems: readonly GateItem[] = [
  // Enter validation
  {
    key: "clinical_champion",
    stage: "validation",
    label: "A clinical champion is on the team",
    guidance: "A clinician who owns the need has joined the project team and will champion it.",
    standard: "Hackpath",
    evidence: "none",
    expertise: ["clinical_specialty"],
    verifier: null,
    required: true,
    derived: "clinical_champion",
  },
  {
    key: "problem_linked",
    stage: "validation",
    label: "The problem is linked",
    guidance: "Link the clinician's problem this project addresses so its demand signal travels with it.",
    standard: "Hackpath",
    evidence: "none",
    expertise: [],
    verifier: null,
    required: true,
    derived: "problem_linked",
  },
  {
    key: "working_demo",
    stage: "validation",
    label: "A working demo exists",
    guidance: "A demo link or recording that shows the prototype doing the job.",
    standard: "Hackpath",
    evidence: "link",
    expertise: ["software_engineering", "product_design"],
    verifier: null,
    required: true,
  },
  {
    key: "active_mentor",
    stage: "validation",
    label: "At least one mentor is active",
    guidance: "An adopted mentorship that is active now.",
    standard: "Hackpath",
    evidence: "none",
    expertise: [],
    verifier: null,
    required: true,
    derived: "active_mentor",
  },
  // Enter pilot ready
  {
    key: "user_testing",
    stage: "pilot_ready",
    label: "User testing with clinicians recorded",
    guidance: "Who tested it, where, what they found and what changed as a result.",
    standard: "NHS service standard",
    evidence: "link_or_text",
    expertise: ["usability_accessibility", "product_design"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "intended_purpose",
    stage: "pilot_ready",
    label: "Intended purpose written",
    guidance: "A plain statement of what the product is for, for whom, and what it is not for.",
    standard: "MHRA",
    evidence: "text",
    expertise: ["regulation"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "mhra_device_class",
    stage: "pilot_ready",
    label: "MHRA medical device question answered",
    guidance: "Is it a medical device? If so, its class: I, IIa, IIb or III, with the reasoning.",
    standard: "MHRA UK MDR 2002",
    evidence: "choice",
    choices: [
      { value: "not_a_device", label: "Not a medical device" },
      { value: "class_i", label: "Class I" },
      { value: "class_iia", label: "Class IIa" },
      { value: "class_iib", label: "Class IIb" },
      { value: "class_iii", label: "Class III" },
    ],
    documents: true,
    expertise: ["regulation"],
    verifier: { expertise: "regulation" },
    required: true,
  },
  {
    key: "nice_esf_tier",
    stage: "pilot_ready",
    label: "NICE Evidence Standards Framework tier chosen",
    guidance: "Tier A, B or C, with the reasoning from the product's function.",
    standard: "NICE ESF",
    evidence: "choice",
    choices: [
      { value: "tier_a", label: "Tier A: system services" },
      { value: "tier_b", label: "Tier B: understanding and communicating" },
      { value: "tier_c", label: "Tier C: interventions" },
    ],
    expertise: ["health_economics", "regulation"],
    verifier: null,
    required: true,
  },
  {
    key: "data_use_statement",
    stage: "pilot_ready",
    label: "Data-use statement published",
    guidance: "What data the product uses, why, and the lawful basis, in words a patient understands.",
    standard: "UK GDPR transparency",
    evidence: "none",
    expertise: ["information_governance"],
    verifier: null,
    required: true,
    derived: "data_use_published",
  },
  {
    key: "trl_6",
    stage: "pilot_ready",
    label: "TRL 6 or above, with evidence",
    guidance: "Demonstrated in a relevant environment: say where and link the evidence.",
    standard: "Technology readiness levels",
    evidence: "link_or_text",
    expertise: ["software_engineering"],
    verifier: null,
    documents: true,
    required: true,
  },
  // Enter pilot
  {
    key: "dtac_c1_clinical_safety",
    stage: "pilot",
    label: "DTAC C1 clinical safety (DCB0129)",
    guidance: "Clinical risk management plan, hazard log and safety case report, with a named Clinical Safety Officer.",
    standard: "DTAC v2 C1 / DCB0129",
    evidence: "link_or_text",
    expertise: ["clinical_safety"],
    verifier: { expertise: "clinical_safety" },
    documents: true,
    required: true,
  },
  {
    key: "dtac_c2_data_protection",
    stage: "pilot",
    label: "DTAC C2 data protection",
    guidance:
      "A DPIA for the pilot, the supplier's ICO registration number and a Data Security and Protection Toolkit submission.",
    standard: "DTAC v2 C2",
    evidence: "link_or_text",
    expertise: ["information_governance"],
    verifier: { expertise: "information_governance" },
    documents: true,
    required: true,
  },
  {
    key: "dtac_c3_technical_security",
    stage: "pilot",
    label: "DTAC C3 technical security",
    guidance: "Cyber Essentials certificate and a penetration test summary.",
    standard: "DTAC v2 C3",
    evidence: "link_or_text",
    expertise: ["cyber_security"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "dtac_c4_interoperability",
    stage: "pilot",
    label: "DTAC C4 interoperability",
    guidance: "Standards used (FHIR, SNOMED CT, NHS login) and how data moves in and out.",
    standard: "DTAC v2 C4",
    evidence: "link_or_text",
    expertise: ["interoperability"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "dtac_d_usability",
    stage: "pilot",
    label: "DTAC D usability and accessibility",
    guidance: "A WCAG 2.2 AA accessibility statement and usability findings.",
    standard: "DTAC v2 D",
    evidence: "link_or_text",
    expertise: ["usability_accessibility"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "pilot_site_committed",
    stage: "pilot",
    label: "A pilot site committed (DCB0160)",
    guidance: "The deploying organisation has committed and owns its DCB0160 clinical risk management.",
    standard: "DCB0160",
    evidence: "text",
    expertise: ["procurement", "clinical_safety"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "funding_committed",
    stage: "pilot",
    label: "Funding committed",
    guidance: "Who funds the pilot and how much.",
    standard: "Hackpath",
    evidence: "text",
    privateEvidence: true,
    expertise: ["commercial"],
    verifier: null,
    required: true,
  },
  // Enter evaluation
  {
    key: "pilot_ran",
    stage: "evaluation",
    label: "The pilot ran",
    guidance: "Dates, site and how many people used it.",
    standard: "Hackpath",
    evidence: "text",
    expertise: [],
    verifier: null,
    required: true,
  },
  {
    key: "measures_collected",
    stage: "evaluation",
    label: "Measures collected against a baseline",
    guidance: "Each agreed success measure with its baseline and result.",
    standard: "NICE ESF",
    evidence: "link_or_text",
    expertise: ["health_economics"],
    verifier: null,
    documents: true,
    required: true,
  },
  // Enter route to market
  {
    key: "evidence_meets_tier",
    stage: "route_to_market",
    label: "Evidence meets the chosen NICE ESF tier",
    guidance: "Show how the evidence meets the standards for the tier chosen.",
    standard: "NICE ESF",
    evidence: "link_or_text",
    expertise: ["health_economics"],
    verifier: { expertise: "health_economics" },
    documents: true,
    required: true,
  },
  {
    key: "evaluation_report",
    stage: "route_to_market",
    label: "Evaluation report published",
    guidance: "Link the published evaluation.",
    standard: "NICE ESF",
    evidence: "link",
    expertise: ["health_economics"],
    verifier: null,
    documents: true,
    required: true,
  },
  {
    key: "commercial_model",
    stage: "route_to_market",
    label: "Commercial model",
    guidance: "Who pays, for what, and at what price.",
    standard: "Hackpath",
    evidence: "text",
    expertise: ["commercial"],
    verifier: null,
    required: true,
  },
  {
    key: "procurement_route",
    stage: "route_to_market",
    label: "Procurement route named",
    guidance: "A framework, a direct award route or the buyer's own process.",
    standard: "NHS procurement",
    evidence: "text",
    expertise: ["procurement"],
    verifier: null,
    required: true,
  },
  // Enter adopted
  {
    key: "routine_use_two_orgs",
    stage: "adopted",
    label: "In routine use at two or more organisations",
    guidance: "Name the organisations and since when.",
    standard: "Hackpath",
    evidence: "text",
    expertise: ["procurement"],
    verifier: null,
    required: true,
  },
  {
    key: "success_story",
    stage: "adopted",
    label: "An outcome published as a success story",
    guidance: "Publish at least one measured outcome as a success story.",
    standard: "Hackpath",
    evidence: "none",
    expertise: [],
    verifier: null,
    required: true,
    derived: "story_published",
  },
];

/** The gate items for entering `stage`. */
export function gateItemsFor(stage: Stage): GateItem[] {
  return gateItems.filter((item) => item.stage === stage);
}

/** The definition of one gate item, or undefined for an unknown key. */
export function gateItem(key: string): GateItem | undefined {
  return gateItems.find((item) => item.key === key);
}
