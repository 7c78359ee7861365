/** The four demo hack days: one with results, one live now, two open for registration. */
import type { HackDayStatus } from "../../../app/domain/taxonomy";

export type HackDayKey = "interfaces" | "winter" | "crisis" | "social-care-data";

/** [days from today (negative: past), hour of the day in UK time]. */
type When = [days: number, hour: number];

export type SeedHackDay = {
  key: HackDayKey;
  name: string;
  organiser: string;
  createdDaysAgo: number;
  description: string;
  themes: string;
  venue: string;
  onlineUrl: string | null;
  capacity: number;
  status: HackDayStatus;
  starts: When;
  ends: When;
  deadline: When;
  resultsPublishedDaysAgo?: number;
  /** [problem key, status, nominated by]. */
  problems: Array<[string, "nominated" | "accepted" | "declined", string]>;
  judges: string[];
  /** [judge, project key, reason]. */
  conflicts: Array<[string, string, string]>;
  /** People registered besides the project teams: [person key, status]. */
  participants: Array<[string, "registered" | "waitlisted" | "cancelled"]>;
  /** [project key, award name, description] in award order. */
  awards: Array<[string, string, string]>;
};

export const seedHackDays: SeedHackDay[] = [
  {
    key: "interfaces",
    name: "Care at the Interfaces Hack Day",
    organiser: "organiser",
    createdDaysAgo: 370,
    description:
      "Two days at the Northgate Innovation Hub for clinicians, developers, designers and people who use services to work on what goes wrong when care passes between organisations: hospital to care home, ambulance to community, ward to social care. Every problem was posted on Hackpath by a clinician who will be in the room. Synthetic data only; food and childcare provided.",
    themes: "Handovers between services; Frailty and falls; Urgent and emergency care; Mental health crisis",
    venue: "Northgate Innovation Hub, Northgate General Hospital, Level 2 Education Centre",
    onlineUrl: null,
    capacity: 120,
    status: "results_published",
    starts: [-300, 9],
    ends: [-299, 17],
    deadline: [-299, 13],
    resultsPublishedDaysAgo: 296,
    problems: [
      ["soft-signs", "accepted", "c_mo"],
      ["frail-faller", "accepted", "c_liam"],
      ["s136-places", "accepted", "c_megan"],
      ["dementia-hydration", "accepted", "c_grace"],
      ["theatre-backfill", "accepted", "c_chris"],
      ["sepsis-screening", "accepted", "c_dan"],
      ["stroke-ct", "accepted", "c_iain"],
      ["dn-schedule", "accepted", "c_lucy"],
      ["housebound-reviews", "accepted", "organiser"],
      ["frailty-scores", "declined", "c_ellen"],
    ],
    judges: ["funder", "m_leah", "m_kwame"],
    conflicts: [["m_kwame", "fallfinder", "I work with the team lead at North Central Ambulance Service."]],
    participants: [
      ["d_femi", "cancelled"],
      ["c_ellen", "registered"],
      ["c_sian", "registered"],
      ["c_ruth", "cancelled"],
      ["developer", "registered"],
    ],
    awards: [
      ["restore-steps", "Winner", "A clear, safe escalation flow that care staff tested on the day and liked."],
      ["fallfinder", "Runner-up", "Tackled unnecessary conveyance with a simple, well-scoped prototype."],
      ["strokelink", "Safety and data ethics award", "The only team to bring a draft hazard log to the demo."],
      ["siplog", "People's choice", "Voted by everyone in the room."],
    ],
  },
  {
    key: "winter",
    name: "Winter Pressures Hack Day: Flow, Frailty and the Front Door",
    organiser: "o_nisha",
    createdDaysAgo: 75,
    description:
      "A small two-day hack in Riverside's seminar room on the problems that make winter hard: children's wards full of bronchiolitis, people waiting to leave hospital, mental health crises at the front door. Problems are shortlisted from Hackpath with their clinicians; judges score on the NHS Hack Day rubric. Twenty places, a few still free on the day: register, then start a project on a shortlisted problem or ask to join a team. Submissions close at 1pm on day two, demos at 2pm.",
    themes: "Patient flow and discharge; Deterioration; Mental health at the front door; Social care",
    venue: "Riverside Teaching Hospitals Education Centre, Seminar Room 3 (demos streamed online)",
    onlineUrl: "https://meet.hackpath.test/winter-hack",
    capacity: 20,
    status: "live",
    starts: [-1, 9],
    ends: [1, 17],
    deadline: [1, 13],
    problems: [
      ["pews", "accepted", "c_harriet"],
      ["crisis-plans", "accepted", "c_ravi"],
      ["repeat-assessment", "accepted", "c_tomasz"],
      ["stranded-discharge", "accepted", "o_nisha"],
      ["maternity-triage", "accepted", "c_bea"],
      ["non-conveyance-gp", "accepted", "c_liam"],
      ["frailty-scores", "accepted", "c_ellen"],
      ["wheelchair-triage", "nominated", "c_nina"],
    ],
    judges: ["mentor", "f_northgate", "c_ravi"],
    conflicts: [["c_ravi", "my-crisis-plan", "I posted the problem and advised the team on day one."]],
    participants: [
      ["c_bea", "registered"],
      ["c_liam", "registered"],
      ["c_ellen", "registered"],
      ["d_lena", "cancelled"],
    ],
    awards: [],
  },
  {
    key: "crisis",
    name: "Mental Health Crisis Care Hack Day",
    organiser: "organiser",
    createdDaysAgo: 30,
    description:
      "One day, co-produced with the Calderbrook lived experience group, on crisis care: finding a place of safety, crisis plans people own, physical health for people with severe mental illness, and people who call 999 very often. Every team will include someone with lived experience of crisis services, paid for their time. Synthetic data only.",
    themes: "Crisis care; Lived experience; Physical health and SMI; Urgent care",
    venue: "Calderbrook Recovery College, Mill Street, and online",
    onlineUrl: "https://meet.hackpath.test/crisis-care",
    capacity: 60,
    status: "open",
    starts: [33, 9],
    ends: [33, 17],
    deadline: [33, 15],
    problems: [
      ["smi-physical-checks", "accepted", "c_patrick"],
      ["cmht-caseload", "accepted", "c_patrick"],
      ["frequent-callers", "accepted", "c_joe"],
      ["camhs-waiting", "accepted", "c_jas"],
      ["lithium-monitoring", "nominated", "c_ravi"],
    ],
    judges: ["c_megan", "f_hicf"],
    conflicts: [],
    participants: [
      ["c_megan", "registered"],
      ["c_patrick", "registered"],
      ["c_jas", "registered"],
      ["d_zoe", "registered"],
      ["d_kofi", "registered"],
      ["d_hana", "registered"],
      ["developer", "registered"],
    ],
    awards: [],
  },
  {
    key: "social-care-data",
    name: "Social Care Data Hack Day",
    organiser: "organiser",
    createdDaysAgo: 12,
    description:
      "A two-day hack with Kingsmere Borough Council and local care providers on the data that social care runs on: rotas, medicines, outbreaks and the information that should follow people between home, hospital and care home. Care workers and registered managers will be in every team.",
    themes: "Home care; Care homes; Medicines; Infection prevention",
    venue: "Kingsmere Civic Centre, Committee Rooms 1–3",
    onlineUrl: null,
    capacity: 70,
    status: "open",
    starts: [89, 9],
    ends: [90, 16],
    deadline: [90, 12],
    problems: [
      ["domcare-med-changes", "accepted", "c_kate"],
      ["domcare-rota", "accepted", "c_kate"],
      ["care-home-outbreaks", "accepted", "c_ruth"],
      ["insulin-visits", "accepted", "c_fiona"],
      ["wheelchair-triage", "declined", "c_nina"],
    ],
    judges: [],
    conflicts: [],
    participants: [
      ["c_kate", "registered"],
      ["c_ruth", "registered"],
      ["d_rhys", "registered"],
      ["d_ioana", "registered"],
    ],
    awards: [],
  },
];
