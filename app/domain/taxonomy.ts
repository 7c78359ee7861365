/**
 * The shared vocabularies of Hackpath. Browser-safe: the schema, the forms and the pages all
 * read these lists, so a value is spelled one way everywhere.
 */

/** Builds a `{ value: label }` lookup with a typed list of values. */
export function vocabulary<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return {
    labels,
    values,
    label: (value: string) => (Object.hasOwn(labels, value) ? (labels as Record<string, string>)[value]! : value),
  };
}

export const roles = vocabulary({
  clinician: "Clinician",
  developer: "Developer",
  mentor: "Mentor",
  funder: "Funder",
  organiser: "Organiser",
  admin: "Admin",
});
export type Role = (typeof roles.values)[number];
/** Roles a person picks for themselves; organiser and admin are granted by an admin. */
export const selfServiceRoles = ["clinician", "developer", "mentor", "funder"] as const satisfies readonly Role[];

export const careSettings = vocabulary({
  primary_care: "Primary care",
  acute: "Acute",
  mental_health: "Mental health",
  community: "Community",
  ambulance: "Ambulance",
  social_care: "Social care",
});
export type CareSetting = (typeof careSettings.values)[number];

export const specialties = vocabulary({
  general_practice: "General practice",
  diabetes_endocrinology: "Diabetes and endocrinology",
  cardiology: "Cardiology",
  respiratory: "Respiratory",
  emergency_medicine: "Emergency medicine",
  paediatrics: "Paediatrics",
  maternity: "Maternity",
  mental_health: "Mental health",
  older_people_frailty: "Older people and frailty",
  dementia: "Dementia",
  oncology: "Oncology",
  renal: "Renal",
  stroke: "Stroke",
  surgery: "Surgery",
  orthopaedics: "Orthopaedics",
  podiatry: "Podiatry",
  pharmacy: "Pharmacy",
  physiotherapy_rehab: "Physiotherapy and rehabilitation",
  palliative_care: "Palliative and end of life care",
  learning_disability: "Learning disability",
  infection_prevention: "Infection prevention",
  radiology: "Radiology",
  nursing_general: "General nursing",
  social_work: "Social work",
});
export type Specialty = (typeof specialties.values)[number];

export const expertiseAreas = vocabulary({
  clinical_safety: "Clinical safety",
  information_governance: "Information governance and data protection",
  cyber_security: "Cyber security",
  interoperability: "Interoperability",
  usability_accessibility: "Usability and accessibility",
  regulation: "Regulation",
  health_economics: "Health economics and evaluation",
  procurement: "Procurement and commissioning",
  commercial: "Commercial and fundraising",
  product_design: "Product and design",
  software_engineering: "Software engineering",
  clinical_specialty: "Clinical specialty",
});
export type ExpertiseArea = (typeof expertiseAreas.values)[number];

export const funderKinds = vocabulary({
  nhs_trust_fund: "NHS trust innovation fund",
  health_innovation_network: "Health Innovation Network",
  charity: "Charity",
  grant_body: "Grant body",
  angel: "Angel investor",
  venture_capital: "Venture capital",
  corporate: "Corporate",
  care_provider: "Trust or care provider (pilot site)",
});
export type FunderKind = (typeof funderKinds.values)[number];

export const problemStatuses = vocabulary({
  open: "Open",
  in_progress: "In progress",
  solved: "Solved",
  closed: "Closed",
  duplicate: "Duplicate",
});
export type ProblemStatus = (typeof problemStatuses.values)[number];

export const hackDayStatuses = vocabulary({
  draft: "Draft",
  open: "Open for registration",
  live: "Live",
  judging: "Judging",
  results_published: "Results published",
  archived: "Archived",
});
export type HackDayStatus = (typeof hackDayStatuses.values)[number];

export const projectStates = vocabulary({
  active: "Active",
  paused: "Paused",
  archived: "Archived",
});
export type ProjectState = (typeof projectStates.values)[number];

export const archiveReasons = vocabulary({
  develop_further: "Develop further",
  not_pursuing: "Decided not to pursue",
  already_live: "Already live in the NHS",
  other: "Other",
});

export const mentorshipStatuses = vocabulary({
  requested: "Requested by the team",
  offered: "Offered by the mentor",
  active: "Active",
  declined: "Declined",
  completed: "Completed",
  cancelled: "Cancelled",
  lapsed: "Lapsed (unanswered for 21 days)",
});
export type MentorshipStatus = (typeof mentorshipStatuses.values)[number];

export const fundingStatuses = vocabulary({
  interested: "Interested",
  in_discussion: "In discussion",
  committed: "Committed",
  declined: "Declined",
  withdrawn: "Withdrawn",
});
export type FundingStatus = (typeof fundingStatuses.values)[number];

export const fundingKinds = vocabulary({
  grant: "Grant",
  investment: "Investment",
  pilot_site: "Pilot site",
  in_kind: "In kind",
});

export const pilotStatuses = vocabulary({
  planned: "Planned",
  live: "Live",
  completed: "Completed",
  stopped: "Stopped",
});

export const gateItemStatuses = vocabulary({
  not_started: "Not started",
  in_progress: "In progress",
  met: "Met",
  not_applicable: "Not applicable",
});
export type GateItemStatus = (typeof gateItemStatuses.values)[number];
