/**
 * The people in the demo. Organisations are fictional but named the way NHS bodies and care
 * providers are, so nothing here speaks for a real trust. Every address uses the reserved
 * `.test` domain.
 */
import type { Stage } from "../../../app/domain/stages";
import type { CareSetting, ExpertiseArea, FunderKind, Role, Specialty } from "../../../app/domain/taxonomy";

/** The password every demo account shares; printed in the README and on the login page in demo mode. */
export const DEMO_PASSWORD = "hackpath-demo";

export const ORG = {
  northgate: "Northgate University Hospitals NHS Foundation Trust",
  riverside: "Riverside Teaching Hospitals NHS Trust",
  kingsmere: "Kingsmere Hospitals NHS Trust",
  pennineCommunity: "Pennine Vale Community Health NHS Trust",
  severnCommunity: "Severn and Wye Community Health NHS Trust",
  calderbrook: "Calderbrook Partnership NHS Foundation Trust",
  severnsideMh: "Severnside Mental Health NHS Trust",
  ambulance: "North Central Ambulance Service NHS Trust",
  pennineIcb: "NHS Pennine Vale Integrated Care Board",
  severnIcb: "NHS Severn and Wye Integrated Care Board",
  chapelLane: "Chapel Lane Medical Practice",
  millbrook: "Millbrook Surgery",
  harbourView: "Harbour View Health Centre",
  oakleigh: "Oakleigh Care Group",
  riversideLodge: "Riverside Lodge Nursing Home",
  brightwater: "Brightwater Home Care",
  kingsmereCouncil: "Kingsmere Borough Council Adult Social Care",
  stCuthberts: "St Cuthbert's Hospice",
  wellfield: "Wellfield Pharmacy",
  hin: "Northern Health Innovation Network",
  university: "University of Northgate",
  hackpath: "Hackpath",
} as const;

export type SeedPerson = {
  key: string;
  email: string;
  name: string;
  organisation: string;
  bio: string;
  roles: Role[];
  joinedDaysAgo: number;
  clinician?: { profession: string; specialty: Specialty | null };
  developer?: { headline: string; skills: string[] };
  mentor?: {
    headline: string;
    capacity: number;
    availability: string;
    acceptingRequests?: boolean;
    expertise: ExpertiseArea[];
  };
  funder?: {
    kind: FunderKind;
    thesis: string;
    ticketMin: number | null;
    ticketMax: number | null;
    offersPilotSite?: boolean;
    stages: Stage[];
    careSettings: CareSetting[];
    specialties: Specialty[];
  };
  suspended?: { daysAgo: number; reason: string };
};

// ---------------------------------------------------------------- the six demo accounts

const demoPeople: SeedPerson[] = [
  {
    key: "clinician",
    email: "clinician@demo.test",
    name: "Dr Priya Raman",
    organisation: ORG.chapelLane,
    bio: "GP partner and diabetes clinical lead for Pennine Vale South PCN. I post the problems our practice team trips over every week, and I champion two projects that came out of them.",
    roles: ["clinician"],
    joinedDaysAgo: 540,
    clinician: { profession: "GP partner and PCN diabetes lead", specialty: "diabetes_endocrinology" },
  },
  {
    key: "developer",
    email: "developer@demo.test",
    name: "Sam Whitfield",
    organisation: "Fellside Digital",
    bio: "Full-stack developer at a four-person health-tech studio. Former NHS Digital Academy fellow. I like small, boring, well-tested services that nurses don't have to think about.",
    roles: ["developer"],
    joinedDaysAgo: 520,
    developer: {
      headline: "Full-stack developer: TypeScript, FHIR and accessible front ends",
      skills: ["TypeScript", "React", "Remix", "Node.js", "FHIR", "SQL", "Accessibility", "NHS login"],
    },
  },
  {
    key: "mentor",
    email: "mentor@demo.test",
    name: "Dr Helen Marsh",
    organisation: ORG.northgate,
    bio: "Consultant in acute medicine and the trust's lead Clinical Safety Officer. I help teams write a DCB0129 clinical risk management plan and a hazard log they actually use.",
    roles: ["mentor", "clinician"],
    joinedDaysAgo: 500,
    clinician: { profession: "Consultant in acute medicine", specialty: "nursing_general" },
    mentor: {
      headline: "Clinical Safety Officer (DCB0129/0160), acute medicine consultant",
      capacity: 4,
      availability: "Fortnightly, Tuesday afternoons; 45-minute video calls",
      expertise: ["clinical_safety", "clinical_specialty"],
    },
  },
  {
    key: "funder",
    email: "funder@demo.test",
    name: "Claire Benson",
    organisation: ORG.hin,
    bio: "Head of adoption and spread at the Health Innovation Network. We fund the step from a working pilot to a second and third site, and we broker introductions to ICB commissioners.",
    roles: ["funder"],
    joinedDaysAgo: 480,
    funder: {
      kind: "health_innovation_network",
      thesis:
        "Real-world evidence and spread across our region's two ICBs. We fund pilots and evaluations in community, primary and social care, especially where a product joins up services across organisational boundaries. Grants of £10,000 to £75,000, matched by the adopting organisation's time.",
      ticketMin: 10_000,
      ticketMax: 75_000,
      stages: ["pilot_ready", "pilot", "evaluation"],
      careSettings: ["community", "primary_care", "social_care"],
      specialties: ["diabetes_endocrinology", "older_people_frailty", "pharmacy", "nursing_general"],
    },
  },
  {
    key: "organiser",
    email: "organiser@demo.test",
    name: "Tom Adeyemi",
    organisation: ORG.northgate,
    bio: "Innovation hub lead. I run the Northgate hack days, shortlist problems with the clinical teams and review stage moves for projects in our region.",
    roles: ["organiser"],
    joinedDaysAgo: 545,
  },
  {
    key: "admin",
    email: "admin@demo.test",
    name: "Rachel Dunn",
    organisation: ORG.hackpath,
    bio: "Service manager for Hackpath. Get in touch about accounts, roles or anything that looks wrong.",
    roles: ["admin"],
    joinedDaysAgo: 548,
  },
];

/** The demo accounts, all with the password `hackpath-demo`; the README and tests read this list. */
export const DEMO_ACCOUNTS = demoPeople.map((p) => ({
  email: p.email,
  role: p.key as "clinician" | "developer" | "mentor" | "funder" | "organiser" | "admin",
  name: p.name,
}));

// ---------------------------------------------------------------- clinicians

function clinician(
  key: string,
  name: string,
  organisation: string,
  profession: string,
  specialty: Specialty,
  joinedDaysAgo: number,
  bio: string,
): SeedPerson {
  return {
    key,
    email: `${localPart(name)}@${emailDomain(organisation)}`,
    name,
    organisation,
    bio,
    roles: ["clinician"],
    joinedDaysAgo,
    clinician: { profession, specialty },
  };
}

/** A readable fictional mail domain per organisation, under the reserved `.test` TLD. */
function emailDomain(organisation: string): string {
  const known: Record<string, string> = {
    [ORG.northgate]: "northgate-hospitals.test",
    [ORG.riverside]: "riverside-hospitals.test",
    [ORG.kingsmere]: "kingsmere-hospitals.test",
    [ORG.pennineCommunity]: "pennine-community.test",
    [ORG.severnCommunity]: "severn-community.test",
    [ORG.calderbrook]: "calderbrook.test",
    [ORG.severnsideMh]: "severnside-mh.test",
    [ORG.ambulance]: "ncas-ambulance.test",
    [ORG.pennineIcb]: "pennine-icb.test",
    [ORG.severnIcb]: "severn-icb.test",
    [ORG.chapelLane]: "chapel-lane-practice.test",
    [ORG.millbrook]: "millbrook-surgery.test",
    [ORG.harbourView]: "harbour-view-health.test",
    [ORG.oakleigh]: "oakleigh-care.test",
    [ORG.riversideLodge]: "riverside-lodge.test",
    [ORG.brightwater]: "brightwater-care.test",
    [ORG.kingsmereCouncil]: "kingsmere-council.test",
    [ORG.stCuthberts]: "stcuthberts-hospice.test",
    [ORG.wellfield]: "wellfield-pharmacy.test",
  };
  return known[organisation] ?? "people.test";
}

/** `dr-mark-ellison` → `mark.ellison`: the local part of a person's address. */
function localPart(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^(dr|prof)\s+/, "")
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
}

const clinicians: SeedPerson[] = [
  clinician(
    "c_aisha",
    "Aisha Bello",
    ORG.pennineCommunity,
    "Diabetes specialist podiatrist",
    "podiatry",
    510,
    "Community podiatrist for the high-risk foot caseload across Pennine Vale South.",
  ),
  clinician(
    "c_sian",
    "Siân Morgan",
    ORG.riverside,
    "Ward sister, acute medical unit",
    "nursing_general",
    510,
    "Ward sister on a 32-bed acute medical unit. Twenty years in acute nursing.",
  ),
  clinician(
    "c_joe",
    "Joe Kowalski",
    ORG.ambulance,
    "Advanced paramedic practitioner",
    "emergency_medicine",
    545,
    "Advanced paramedic in urgent care; I spend too many shifts in the queue outside ED.",
  ),
  clinician(
    "c_grace",
    "Grace Mensah",
    ORG.oakleigh,
    "Registered manager, Oakleigh House",
    "older_people_frailty",
    535,
    "Registered manager of a 64-bed residential and nursing home for older people, many living with dementia.",
  ),
  clinician(
    "c_fatima",
    "Fatima Rahman",
    ORG.riverside,
    "Lead pharmacist, medicines optimisation",
    "pharmacy",
    520,
    "Lead pharmacist for medicines optimisation and discharge on the medical wards.",
  ),
  clinician(
    "c_dan",
    "Dr Daniel Hughes",
    ORG.kingsmere,
    "Consultant in emergency medicine",
    "emergency_medicine",
    530,
    "ED consultant and the department's digital lead.",
  ),
  clinician(
    "c_ellen",
    "Ellen Forsyth",
    ORG.pennineCommunity,
    "Community matron",
    "older_people_frailty",
    470,
    "Community matron for frailty; I also run the virtual ward's nursing rota.",
  ),
  clinician(
    "c_ravi",
    "Dr Ravi Chandran",
    ORG.calderbrook,
    "Consultant psychiatrist, community mental health",
    "mental_health",
    335,
    "Consultant psychiatrist in a community mental health team and the trust's chief clinical information officer.",
  ),
  clinician(
    "c_megan",
    "Megan O'Neill",
    ORG.calderbrook,
    "Mental health nurse, crisis resolution team",
    "mental_health",
    345,
    "Crisis team nurse and section 136 suite coordinator.",
  ),
  clinician(
    "c_lucy",
    "Lucy Tran",
    ORG.severnCommunity,
    "District nursing team lead",
    "nursing_general",
    460,
    "I lead a district nursing team of 19 covering three market towns and a lot of countryside.",
  ),
  clinician(
    "c_tomasz",
    "Tomasz Nowak",
    ORG.kingsmereCouncil,
    "Senior social worker, hospital discharge team",
    "social_work",
    300,
    "Senior social worker based in the hospital discharge team.",
  ),
  clinician(
    "c_bea",
    "Beatrice Afolabi",
    ORG.kingsmere,
    "Digital midwife",
    "maternity",
    190,
    "Digital midwife and a triage midwife two shifts a week.",
  ),
  clinician(
    "c_harriet",
    "Dr Harriet Cole",
    ORG.northgate,
    "Paediatric registrar",
    "paediatrics",
    130,
    "Paediatric registrar (ST6) with an interest in deterioration and safety.",
  ),
  clinician(
    "c_nkechi",
    "Nkechi Eze",
    ORG.riverside,
    "Learning disability liaison nurse",
    "learning_disability",
    300,
    "Learning disability liaison nurse. I see the consequences of missed health checks on the wards.",
  ),
  clinician(
    "c_iain",
    "Iain Fraser",
    ORG.kingsmere,
    "Stroke clinical nurse specialist",
    "stroke",
    430,
    "Stroke CNS and thrombolysis nurse for the hyperacute stroke unit.",
  ),
  clinician(
    "c_rosa",
    "Rosa Delgado",
    ORG.stCuthberts,
    "Palliative care clinical nurse specialist",
    "palliative_care",
    380,
    "Community palliative care CNS at the hospice.",
  ),
  clinician(
    "c_kate",
    "Kate Lindqvist",
    ORG.brightwater,
    "Registered manager, domiciliary care",
    "dementia",
    330,
    "Registered manager for a home care service with 140 care workers and 410 clients.",
  ),
  clinician(
    "c_ade",
    "Dr Adebayo Okon",
    ORG.harbourView,
    "GP and care home clinical lead",
    "general_practice",
    450,
    "GP with a weekly ward round across six care homes.",
  ),
  clinician(
    "c_yusuf",
    "Yusuf Patel",
    ORG.wellfield,
    "Community pharmacist",
    "pharmacy",
    480,
    "Community pharmacist; we dispense for eleven care homes.",
  ),
  clinician(
    "c_holly",
    "Holly Brennan",
    ORG.riverside,
    "Consultant radiographer",
    "radiology",
    405,
    "Consultant radiographer in CT; I vet a lot of requests.",
  ),
  clinician(
    "c_chris",
    "Dr Chris Oduya",
    ORG.kingsmere,
    "Consultant anaesthetist and theatre lead",
    "surgery",
    350,
    "Anaesthetist and clinical lead for theatre productivity.",
  ),
  clinician(
    "c_nina",
    "Nina Roberts",
    ORG.pennineCommunity,
    "Clinical lead physiotherapist, wheelchair service",
    "physiotherapy_rehab",
    160,
    "I lead the wheelchair and posture service.",
  ),
  clinician(
    "c_liam",
    "Liam Doyle",
    ORG.ambulance,
    "Paramedic",
    "emergency_medicine",
    360,
    "Paramedic on a double-crewed ambulance; falls are a big part of my week.",
  ),
  clinician(
    "c_sarah",
    "Sarah Whitcombe",
    ORG.millbrook,
    "Practice nurse, respiratory lead",
    "respiratory",
    400,
    "Practice nurse leading asthma and COPD reviews.",
  ),
  clinician(
    "c_olu",
    "Olu Adebayo",
    ORG.kingsmere,
    "Falls prevention practitioner",
    "older_people_frailty",
    210,
    "Falls prevention practitioner for the frailty wards.",
  ),
  clinician(
    "c_patrick",
    "Patrick Osei",
    ORG.severnsideMh,
    "Physical health nurse",
    "mental_health",
    390,
    "I run physical health clinics for people with severe mental illness.",
  ),
  clinician(
    "c_jas",
    "Dr Jaspreet Kaur",
    ORG.severnsideMh,
    "Clinical psychologist, CAMHS",
    "mental_health",
    300,
    "Clinical psychologist in a CAMHS community team.",
  ),
  clinician(
    "c_fiona",
    "Fiona McBride",
    ORG.severnCommunity,
    "Diabetes specialist nurse, community",
    "diabetes_endocrinology",
    220,
    "Community diabetes specialist nurse supporting district nurses with insulin.",
  ),
  clinician(
    "c_mo",
    "Mohammed Iqbal",
    ORG.riversideLodge,
    "Deputy manager and nurse",
    "older_people_frailty",
    420,
    "Deputy manager and registered nurse in a 48-bed nursing home.",
  ),
  clinician(
    "c_ruth",
    "Ruth Adams",
    ORG.pennineIcb,
    "Infection prevention and control nurse, care homes",
    "infection_prevention",
    230,
    "ICB infection prevention nurse supporting 58 care homes.",
  ),
  clinician(
    "c_tariq",
    "Tariq Hussain",
    ORG.northgate,
    "Renal unit charge nurse",
    "renal",
    180,
    "Charge nurse on a 30-station haemodialysis unit.",
  ),
  clinician(
    "c_ana",
    "Ana Petrova",
    ORG.riverside,
    "Acute oncology nurse specialist",
    "oncology",
    100,
    "Acute oncology CNS; I see patients on cancer treatment who come in through ED.",
  ),
  clinician(
    "c_josh",
    "Josh Whitby",
    ORG.kingsmere,
    "Advanced practice physiotherapist, orthopaedics",
    "orthopaedics",
    70,
    "Advanced practice physio running the hip and knee waiting list review clinic.",
  ),
];

// ---------------------------------------------------------------- developers

function developer(
  key: string,
  name: string,
  organisation: string,
  headline: string,
  skills: string[],
  joinedDaysAgo: number,
  bio: string,
): SeedPerson {
  return {
    key,
    email: `${localPart(name)}@builders.test`,
    name,
    organisation,
    bio,
    roles: ["developer"],
    joinedDaysAgo,
    developer: { headline, skills },
  };
}

const developers: SeedPerson[] = [
  developer(
    "d_maya",
    "Maya Chen",
    ORG.pennineIcb,
    "Data scientist, population health analytics",
    ["Python", "pandas", "SQL", "Power BI", "Statistics", "Synthetic data"],
    525,
    "Analyst in the ICB's population health team; I make synthetic datasets for hack days.",
  ),
  developer(
    "d_kofi",
    "Kofi Asante",
    "NHS Digital Academy",
    "Full-stack developer and digital health fellow",
    ["TypeScript", "React", "Node.js", "PostgreSQL", "FHIR", "GP Connect"],
    515,
    "Developer on a digital health fellowship, previously at a GP system supplier.",
  ),
  developer(
    "d_ellie",
    "Ellie Barnes",
    "Fellside Digital",
    "User researcher and service designer",
    ["User research", "Figma", "Prototyping", "Accessibility", "Content design", "Easy read"],
    470,
    "I design services with the people who use them, including easy-read co-design.",
  ),
  developer(
    "d_arjun",
    "Arjun Mehta",
    "Freelance",
    "Mobile developer, offline-first apps",
    ["Kotlin", "Swift", "Flutter", "Offline-first", "Bluetooth LE"],
    500,
    "Mobile developer; I've built apps for field engineers and now for community nurses.",
  ),
  developer(
    "d_zoe",
    "Zoë Hart",
    ORG.university,
    "MSc Health Data Science student",
    ["Python", "R", "Machine learning", "Data visualisation"],
    320,
    "MSc student looking for real problems to work on.",
  ),
  developer(
    "d_ben",
    "Ben Okafor",
    "Halden Medical Systems",
    "Integration engineer",
    ["HL7 v2", "FHIR", "MESH", "Java", "Integration engines", "SNOMED CT"],
    475,
    "Integration engineer; I connect things to EPRs for a living.",
  ),
  developer(
    "d_lena",
    "Lena Fischer",
    "Freelance",
    "Backend and infrastructure engineer",
    ["Go", "Python", "PostgreSQL", "AWS", "Terraform", "Security"],
    410,
    "Backend engineer who likes audit logs and boring infrastructure.",
  ),
  developer(
    "d_rhys",
    "Rhys Evans",
    "Carelytics Ltd",
    "Founder, social care software",
    ["TypeScript", "Product management", "Python", "Go-to-market"],
    500,
    "Ex-care worker, now building software for home care providers.",
  ),
  developer(
    "d_amir",
    "Amir Haddad",
    ORG.ambulance,
    "Developer, ambulance service digital team",
    ["C#", ".NET", "Azure", "SQL Server", "Power Apps"],
    530,
    "Developer in the ambulance service's in-house digital team.",
  ),
  developer(
    "d_tess",
    "Tess Mulligan",
    "Freelance",
    "Front-end developer, accessibility specialist",
    ["React", "Accessibility", "NHS design system", "TypeScript", "Testing"],
    350,
    "Front-end developer; WCAG 2.2 AA is my day job.",
  ),
  developer(
    "d_omar",
    "Omar Farouk",
    ORG.kingsmere,
    "Developer, trust digital team",
    ["C#", "FHIR", "DICOM", "PACS integration", "Azure"],
    320,
    "Developer in Kingsmere's digital team; I know the PACS and order comms interfaces better than I'd like.",
  ),
  developer(
    "d_ioana",
    "Ioana Popescu",
    ORG.kingsmereCouncil,
    "Data engineer, adult social care",
    ["Python", "SQL", "dbt", "Power BI", "Data protection"],
    280,
    "Data engineer at the council; I look after the adult social care data warehouse.",
  ),
  developer(
    "d_femi",
    "Femi Adewale",
    ORG.university,
    "Computer science student",
    ["Python", "JavaScript", "Flask", "SQLite"],
    40,
    "Second-year computer science student at my first hack day.",
  ),
  developer(
    "d_hana",
    "Hana Sato",
    "Freelance",
    "Product designer",
    ["Figma", "Prototyping", "Design systems", "User research"],
    60,
    "Product designer moving into health.",
  ),
  {
    key: "d_spam",
    email: "jordan.blake@quickleads.test",
    name: "Jordan Blake",
    organisation: "QuickLeads Marketing",
    bio: "",
    roles: ["developer"],
    joinedDaysAgo: 150,
    developer: { headline: "Growth hacker", skills: ["Marketing"] },
    suspended: { daysAgo: 146, reason: "Posted promotional comments on six problems after a warning (see reports)." },
  },
];

// ---------------------------------------------------------------- mentors

function mentor(
  key: string,
  name: string,
  organisation: string,
  headline: string,
  expertise: ExpertiseArea[],
  capacity: number,
  availability: string,
  joinedDaysAgo: number,
  bio: string,
): SeedPerson {
  return {
    key,
    email: `${localPart(name)}@mentors.test`,
    name,
    organisation,
    bio,
    roles: ["mentor"],
    joinedDaysAgo,
    mentor: { headline, capacity, availability, expertise },
  };
}

const mentors: SeedPerson[] = [
  mentor(
    "m_gareth",
    "Gareth Lloyd",
    ORG.pennineIcb,
    "Data Protection Officer and IG lead",
    ["information_governance"],
    3,
    "Monthly; happy to review a DPIA draft by email",
    520,
    "DPO for the ICB and its GP practices. I review DPIAs and data sharing agreements and I'd rather you ask early.",
  ),
  mentor(
    "m_ines",
    "Dr Inês Carvalho",
    "Carvalho Regulatory Ltd",
    "Regulatory adviser, software as a medical device",
    ["regulation", "clinical_safety"],
    2,
    "Two hours a month per project",
    470,
    "Former MHRA device specialist. I help teams write an intended purpose and decide whether they're a medical device, and what class.",
  ),
  mentor(
    "m_nadia",
    "Prof Nadia Hussain",
    ORG.university,
    "Health economist and evaluation lead",
    ["health_economics"],
    3,
    "Fortnightly during an evaluation; longer gaps otherwise",
    490,
    "Health economist. I help teams pick measures before the pilot starts and meet the NICE Evidence Standards Framework.",
  ),
  mentor(
    "m_martin",
    "Martin Keane",
    ORG.severnIcb,
    "Head of procurement and commissioning",
    ["procurement", "commercial"],
    2,
    "Monthly, in person in Severn and Wye or on Teams",
    460,
    "Twenty years buying things for the NHS. I'll tell you which framework, who holds the budget and what the business case needs.",
  ),
  mentor(
    "m_leah",
    "Leah Simmons",
    "Independent",
    "Product director (ex-NHS App)",
    ["product_design", "usability_accessibility"],
    3,
    "Fortnightly 30-minute calls",
    480,
    "Product director who has shipped national NHS services. I help teams cut scope and test with real users.",
  ),
  mentor(
    "m_owen",
    "Owen Price",
    "Halden Medical Systems",
    "Principal engineer, interoperability",
    ["software_engineering", "interoperability"],
    3,
    "Evenings, fortnightly",
    500,
    "Principal engineer; FHIR UK Core, GP Connect, MESH and the occasional HL7 v2 feed.",
  ),
  mentor(
    "m_farah",
    "Farah Siddiqui",
    ORG.riverside,
    "Head of cyber security",
    ["cyber_security"],
    2,
    "Monthly",
    450,
    "Trust cyber lead. I help teams get Cyber Essentials and scope a penetration test they can afford.",
  ),
  mentor(
    "m_victoria",
    "Victoria Hale",
    "Hale Ventures",
    "Commercial and fundraising adviser",
    ["commercial"],
    2,
    "Monthly, plus ad hoc before funder meetings",
    420,
    "Founded and sold a health-tech company. I help teams with pricing, pitch and the first commercial contract.",
  ),
  {
    ...mentor(
      "m_kwame",
      "Dr Kwame Boateng",
      ORG.ambulance,
      "Clinical Safety Officer, ambulance service",
      ["clinical_safety", "clinical_specialty"],
      2,
      "Fortnightly, around shifts",
      527,
      "Emergency physician and CSO for the ambulance service's digital products.",
    ),
    roles: ["mentor", "clinician"],
    clinician: {
      profession: "Consultant in emergency medicine and Clinical Safety Officer",
      specialty: "emergency_medicine",
    },
  },
  mentor(
    "m_jo",
    "Jo Kirby",
    "Kirby Access",
    "Accessibility auditor (WCAG 2.2)",
    ["usability_accessibility"],
    4,
    "Weekly drop-in on Thursdays",
    390,
    "Accessibility auditor and trainer. I test with disabled people, not just tools.",
  ),
  mentor(
    "m_sunil",
    "Sunil Varma",
    "Independent",
    "Senior software engineer and architect",
    ["software_engineering", "cyber_security"],
    2,
    "Fortnightly code and architecture reviews",
    360,
    "Staff engineer; I review architecture, hosting and deployment for teams heading to a pilot.",
  ),
];

// ---------------------------------------------------------------- funders

function funder(
  key: string,
  name: string,
  organisation: string,
  profile: NonNullable<SeedPerson["funder"]>,
  joinedDaysAgo: number,
  bio: string,
): SeedPerson {
  return {
    key,
    email: `${localPart(name)}@funders.test`,
    name,
    organisation,
    bio,
    roles: ["funder"],
    joinedDaysAgo,
    funder: profile,
  };
}

const funders: SeedPerson[] = [
  funder(
    "f_northgate",
    "Simon Ashworth",
    "Northgate University Hospitals Innovation Fund",
    {
      kind: "nhs_trust_fund",
      thesis:
        "Small grants for staff-led ideas that save clinical time or make care safer in our hospitals. We also offer our wards as pilot sites, with our clinical safety and IG teams alongside.",
      ticketMin: 5_000,
      ticketMax: 50_000,
      offersPilotSite: true,
      stages: ["prototype", "validation", "pilot_ready", "pilot"],
      careSettings: ["acute"],
      specialties: ["nursing_general", "pharmacy", "paediatrics", "emergency_medicine", "surgery", "renal"],
    },
    470,
    "Director of the trust's innovation fund, part of Northgate Hospitals Charity.",
  ),
  funder(
    "f_ashby",
    "Dr Jane Whitaker",
    "The Ashby Foundation for Later Life",
    {
      kind: "charity",
      thesis:
        "Independent charity funding practical ways to help older people live well at home and in care homes: falls, frailty, dementia, loneliness. We like projects led with care staff and families.",
      ticketMin: 10_000,
      ticketMax: 120_000,
      stages: ["validation", "pilot_ready", "pilot"],
      careSettings: ["social_care", "community"],
      specialties: ["older_people_frailty", "dementia", "palliative_care"],
    },
    430,
    "Grants manager for health and care.",
  ),
  funder(
    "f_hicf",
    "Rob Kennedy",
    "Health Innovation Challenge Fund",
    {
      kind: "grant_body",
      thesis:
        "SBRI-style competitions: phase 1 feasibility contracts up to £100,000 and phase 2 development and evaluation contracts up to £1m, against challenges set with NHS England and the ICBs. Urgent and emergency care and community care are this year's priorities.",
      ticketMin: 50_000,
      ticketMax: 1_000_000,
      stages: ["validation", "pilot_ready", "pilot", "evaluation"],
      careSettings: ["ambulance", "acute", "community", "mental_health"],
      specialties: ["emergency_medicine", "respiratory", "mental_health", "stroke", "older_people_frailty"],
    },
    460,
    "Programme manager for competitions in urgent and emergency care.",
  ),
  funder(
    "f_okonjo",
    "David Okonjo",
    "Angel investor",
    {
      kind: "angel",
      thesis:
        "Former trust chief information officer investing my own money in early teams with a clinical champion and a real buyer. Pre-seed tickets; I bring introductions to digital leads.",
      ticketMin: 25_000,
      ticketMax: 150_000,
      stages: ["validation", "pilot_ready", "pilot"],
      careSettings: ["primary_care", "community", "social_care", "acute"],
      specialties: [],
    },
    400,
    "Angel investor and non-executive director; twenty years in NHS IT.",
  ),
  funder(
    "f_meridian",
    "Hannah Goldberg",
    "Meridian Health Ventures",
    {
      kind: "venture_capital",
      thesis:
        "Seed and Series A for companies with NHS evidence and a repeatable sale across trusts or ICBs. We look for a published evaluation, a procurement route and a second paying customer.",
      ticketMin: 500_000,
      ticketMax: 3_000_000,
      stages: ["evaluation", "route_to_market", "adopted"],
      careSettings: ["acute", "ambulance", "community", "primary_care"],
      specialties: [],
    },
    390,
    "Partner covering digital health.",
  ),
  funder(
    "f_halden",
    "Paul Whitman",
    "Halden Medical Systems",
    {
      kind: "corporate",
      thesis:
        "EPR supplier partnering with teams whose products complement our platform: in-kind integration engineering, a sandbox and, for the right partner, co-investment.",
      ticketMin: 50_000,
      ticketMax: 250_000,
      stages: ["pilot", "evaluation", "route_to_market"],
      careSettings: ["acute", "community"],
      specialties: ["nursing_general", "pharmacy", "radiology", "surgery"],
    },
    350,
    "Head of partnerships.",
  ),
  funder(
    "f_oakleigh",
    "Marcus Bell",
    ORG.oakleigh,
    {
      kind: "care_provider",
      thesis:
        "We run 14 care homes and offer them as pilot sites for products that help residents and staff, with our registered managers as champions. No money, but real homes, real staff and honest feedback.",
      ticketMin: null,
      ticketMax: null,
      offersPilotSite: true,
      stages: ["pilot_ready", "pilot"],
      careSettings: ["social_care"],
      specialties: ["older_people_frailty", "dementia", "pharmacy", "infection_prevention"],
    },
    505,
    "Director of quality and innovation for the group.",
  ),
];

// ---------------------------------------------------------------- organisers

const organisers: SeedPerson[] = [
  {
    key: "o_nisha",
    email: "nisha.kapoor@riverside-hospitals.test",
    name: "Nisha Kapoor",
    organisation: ORG.riverside,
    bio: "Clinical innovation lead; I run Riverside's winter hack days.",
    roles: ["organiser"],
    joinedDaysAgo: 420,
  },
];

// Multi-role people: a consultant diabetologist who also mentors.
const consultantMentor: SeedPerson = {
  ...clinician(
    "c_mark",
    "Dr Mark Ellison",
    ORG.northgate,
    "Consultant diabetologist, multidisciplinary foot service",
    "diabetes_endocrinology",
    505,
    "Consultant diabetologist leading the MDT foot service. I mentor teams working on diabetes care.",
  ),
  roles: ["clinician", "mentor"],
  mentor: {
    headline: "Consultant diabetologist: diabetic foot and integrated diabetes care",
    capacity: 1,
    availability: "Monthly, early mornings",
    expertise: ["clinical_specialty"],
  },
};

/** Everyone in the demo, demo accounts first. */
export const people: SeedPerson[] = [
  ...demoPeople,
  ...clinicians,
  consultantMentor,
  ...developers,
  ...mentors,
  ...funders,
  ...organisers,
];
