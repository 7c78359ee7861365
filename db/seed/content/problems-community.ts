/** Problems posted from mental health, community, ambulance and social care services. */
import type { SeedProblem } from "./problems-types";

const SYNTHETIC_ONLY = "No patient-identifiable data at a hack day: synthetic or published aggregate data only.";

export const mentalHealthProblems: SeedProblem[] = [
  {
    key: "s136-places",
    author: "c_megan",
    createdDaysAgo: 335,
    careSetting: "mental_health",
    specialty: "mental_health",
    title:
      "Police wait hours in ED with people detained under section 136 because nobody can see which place of safety is free",
    summary:
      "When police detain someone under section 136 of the Mental Health Act, they should take them to a health-based place of safety. Our county has three suites with two beds each. Officers phone each suite in turn; if all are full, the person goes to ED, where they wait on average 7.5 hours with two officers beside them. Last year 38% of section 136 detentions in our area ended up in ED.",
    whoAffected:
      "People in mental health crisis; police officers; ED staff; approved mental health professionals; section 136 suite staff.",
    frequency: "About 110 detentions a month across the county.",
    currentWorkaround:
      "A phone tree, and a group chat between suite coordinators that only works when someone is watching it.",
    idealOutcome:
      "A live board showing each place of safety's availability, expected time to a free bed and the AMHP on duty, visible to police control, ED and the crisis team.",
    dataAvailable: "Suite occupancy (not identifiable); section 136 monitoring forms; police control room logs.",
    dataConstraints:
      "Availability isn't personal data; detention details are, so keep them out. Synthetic occupancy at the hack day.",
    tags: ["Mental Health Act", "section 136", "crisis care", "police"],
    endorsements: [
      ["c_dan", "We had a man in our ED for 14 hours last week."],
      "c_ravi",
      "c_joe",
      "c_patrick",
      "m_kwame",
    ],
    comments: [
      [
        "c_ravi",
        5,
        "The suites' occupancy is already on a whiteboard in each suite. Getting it into one place is the whole problem.",
      ],
      [
        "d_amir",
        50,
        "Our control room could show a web page on the second screen. Nothing needs to integrate on day one.",
      ],
    ],
  },
  {
    key: "crisis-plans",
    author: "c_ravi",
    createdDaysAgo: 160,
    careSetting: "mental_health",
    specialty: "mental_health",
    title: "Crisis plans aren't visible to ambulance crews or ED at 3am",
    summary:
      "Many of the people our community teams support have a crisis plan agreed with them: what helps, what doesn't, who to call, medicines that have worked before. It lives in our mental health record. When they call 999 or arrive in ED at night, crews and ED staff can't see it, and people tell us they had to explain themselves again at the worst moment. We estimate fewer than 1 in 10 out-of-hours crisis contacts use the person's own plan.",
    whoAffected:
      "About 3,400 people with crisis plans in our trust; paramedics; ED liaison psychiatry; out-of-hours GPs; families.",
    frequency: "Around 40 crisis contacts a night across the area.",
    currentWorkaround:
      "Some people carry a printed card. Liaison psychiatry phones our on-call manager to read the plan aloud.",
    idealOutcome:
      "The person's own plan, in their words, available to crews and ED through the shared care record, with the person in control of what's shared.",
    dataAvailable: "Crisis plans (structured and free text); the regional shared care record; NHS number.",
    dataConstraints:
      "Mental health data is special category, and the person's wishes matter even where the lawful basis is direct care. Synthetic plans only, written with people with lived experience.",
    tags: ["mental health", "crisis care", "care plans", "shared care record", "lived experience"],
    endorsements: ["c_megan", ["c_joe", "We'd use it on every mental health call."], "c_dan", "c_patrick", "c_liam"],
    comments: [
      ["c_megan", 12, "Please involve our lived experience group. They wrote the current crisis plan template."],
    ],
  },
  {
    key: "smi-physical-checks",
    author: "c_patrick",
    createdDaysAgo: 380,
    careSetting: "mental_health",
    specialty: "mental_health",
    title: "Physical health checks for people with severe mental illness aren't recorded where the GP can see them",
    summary:
      "People with severe mental illness die 15 to 20 years earlier than the rest of the population, mostly from preventable physical illness. They should have six checks a year: weight, blood pressure, blood glucose or HbA1c, cholesterol, smoking and alcohol. Our clinics do many of these checks, but the results stay in our record, so the GP record shows them as not done, the practice calls people in again, and they don't come. Our ICB's recorded rate of complete checks is 52%.",
    whoAffected:
      "About 7,000 people on the SMI registers in our ICB; GP practices; our physical health nurses; community mental health teams.",
    frequency: "Every check we do (about 120 a month) is invisible to the GP.",
    currentWorkaround: "We email a PDF to the practice, which may or may not be coded.",
    idealOutcome:
      "Checks done anywhere are recorded once and appear, coded, in the GP record, counting towards the national measure.",
    dataAvailable: "SNOMED CT codes for each check; the national SMI health check data set.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["severe mental illness", "physical health", "coding", "primary care"],
    endorsements: ["c_ravi", "c_megan", "c_ade", "clinician"],
  },
  {
    key: "camhs-waiting",
    author: "c_jas",
    createdDaysAgo: 290,
    careSetting: "mental_health",
    specialty: "mental_health",
    title: "Young people on the CAMHS waiting list can't tell us when they're getting worse",
    summary:
      "Our median wait from referral to treatment in CAMHS is 31 weeks. We send a letter with crisis numbers. Young people and parents tell us they don't know if they're still on the list and don't want to make a fuss. Of 34 young people who came to ED in crisis while waiting last year, only five had contacted us first.",
    whoAffected:
      "About 1,100 children and young people waiting; parents and carers; CAMHS clinicians; school mental health teams.",
    frequency: "Two or three ED attendances a week from our waiting list.",
    currentWorkaround: "A duty clinician phones the longest waiters when there's time, which there rarely is.",
    idealOutcome:
      "A regular, friendly check-in by text or web, in words young people use, that flags anyone getting worse to the duty clinician the same day and tells them where they are on the list.",
    dataAvailable:
      "Waiting list; validated short measures (e.g. a brief mood and anxiety questionnaire); ED attendance data.",
    dataConstraints: `${SYNTHETIC_ONLY} Children's mental health data needs careful consent design (Gillick competence) and safeguarding escalation.`,
    tags: ["CAMHS", "children and young people", "waiting lists", "risk"],
    endorsements: ["c_ravi", "c_harriet", "c_megan"],
    comments: [
      [
        "mentor",
        30,
        "Happy to help with the hazard analysis when you get there. The hazard that matters most is a flag nobody reads on a Friday night.",
      ],
    ],
  },
  {
    key: "cmht-caseload",
    author: "c_patrick",
    createdDaysAgo: 200,
    careSetting: "mental_health",
    specialty: "mental_health",
    title: "Community mental health team caseload reviews run from a spreadsheet",
    summary:
      "Each care coordinator holds 30 to 40 people. Our monthly caseload review uses a spreadsheet exported from the record, pasted together by a team administrator, with risk, last contact and outstanding actions typed in by hand. It takes a day to build and is out of date by the time we meet.",
    whoAffected: "People under community mental health teams; care coordinators; team managers.",
    frequency: "Monthly for each of our 11 teams; weekly for people on higher support.",
    currentWorkaround: "The spreadsheet, plus each coordinator's own notebook.",
    idealOutcome:
      "A live caseload view from the record: last contact, next planned contact, risk review date and open actions, sortable, with people who've gone quiet highlighted.",
    dataAvailable: "Contact and appointment data; risk assessment dates; care plan reviews.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["mental health", "caseload", "community teams"],
    endorsements: ["c_megan", "c_ravi"],
  },
  {
    key: "lithium-monitoring",
    author: "c_ravi",
    createdDaysAgo: 230,
    careSetting: "mental_health",
    specialty: "pharmacy",
    title: "Lithium blood monitoring is missed when people move between mental health services and their GP",
    summary:
      "People on lithium need levels, kidney and thyroid tests every three to six months. When someone is discharged from our care to their GP, or moves area, the monitoring falls between us. In our audit of 160 people on lithium, 29 had no level in the past six months and four had kidney function that had fallen without anyone acting.",
    whoAffected: "About 600 people on lithium in our area; psychiatrists; GPs; community pharmacists.",
    frequency: "Weekly.",
    currentWorkaround: "A register kept by one of our pharmacists, checked monthly against pathology.",
    idealOutcome:
      "A shared monitoring record with the due date, the latest results and who is responsible, with reminders to the patient and escalation of worrying trends.",
    dataAvailable: "Pathology results; lithium prescribing; national monitoring guidance.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["medicines safety", "lithium", "blood monitoring", "mental health"],
    endorsements: ["c_yusuf", "c_patrick", "c_sarah"],
  },
];

export const communityProblems: SeedProblem[] = [
  {
    key: "wound-photos",
    author: "c_lucy",
    createdDaysAgo: 450,
    careSetting: "community",
    specialty: "nursing_general",
    title: "Community nurses photograph wounds on their personal phones",
    summary:
      "Our district and tissue viability nurses need photographs to track whether a wound is healing and to get specialist advice. There's no approved way to take and store them in the community record, so some nurses use their own phones and delete the photos after emailing them, and some don't take photos at all. We carry about 1,900 wounds on the caseload at any time.",
    whoAffected:
      "People with leg ulcers, pressure ulcers and surgical wounds at home; district nurses; tissue viability nurses; GPs.",
    frequency: "Several hundred wound reviews a week across the trust.",
    currentWorkaround:
      "Personal phones and email, which breaks our own policy, or written descriptions that vary between nurses.",
    idealOutcome:
      "Photos taken on a work device go straight into the patient's record with a measurement guide, are never stored on the device, and can be shared with tissue viability for advice.",
    dataAvailable: "Wound assessment forms; the community record's document store.",
    dataConstraints:
      "Wound photos are identifiable and sensitive. No real photos at hack days; use consented library images.",
    tags: ["wound care", "photography", "district nursing", "information governance"],
    endorsements: [
      ["c_ellen", "We found photos on a nurse's personal phone during an IG audit last year."],
      "c_aisha",
      "c_fiona",
      "c_rosa",
      "c_mo",
    ],
    comments: [
      [
        "m_gareth",
        4,
        "This is a real IG risk today, so a proper solution will get support. Make sure photos never land in the camera roll.",
      ],
    ],
  },
  {
    key: "virtual-ward-readings",
    author: "c_ellen",
    createdDaysAgo: 400,
    careSetting: "community",
    specialty: "respiratory",
    title: "Virtual ward patients phone in their oxygen readings and we copy them onto a spreadsheet",
    summary:
      "Our respiratory virtual ward looks after up to 40 people at home with COPD and pneumonia. They phone in their oxygen saturation, pulse and breathlessness twice a day; a nurse writes the readings on a spreadsheet and calls back anyone out of range. A morning round of calls takes two nurses until midday, and a worrying reading can sit on the answerphone for an hour.",
    whoAffected:
      "People on the virtual ward, often older and breathless; virtual ward nurses; community respiratory consultants.",
    frequency: "About 80 readings a day.",
    currentWorkaround: "Phone calls, an answerphone and a shared spreadsheet.",
    idealOutcome:
      "Patients send readings by text, web or a carer; out-of-range readings go to the top of a list immediately; nurses call the people who need it, not everyone.",
    dataAvailable: "Readings, patient-specific thresholds, NEWS2 where available.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["virtual wards", "remote monitoring", "COPD", "oximetry"],
    endorsements: ["c_sarah", "c_lucy", "c_ade", "mentor"],
  },
  {
    key: "dn-schedule",
    author: "c_lucy",
    createdDaysAgo: 310,
    careSetting: "community",
    specialty: "nursing_general",
    title: "District nursing visits are re-planned by hand every time someone calls in sick",
    summary:
      "We plan about 260 visits a day for a team of 19. When two nurses call in sick at 7am, the team lead re-plans the day by hand, with skill mix, time-critical visits (insulin, end of life) and travel in mind. It takes an hour and a half, and visits still get missed or delayed.",
    whoAffected: "People on the district nursing caseload; nurses; team leads.",
    frequency: "Two or three mornings a week in winter.",
    currentWorkaround: "A whiteboard, a map and a lot of phone calls.",
    idealOutcome:
      "A suggested re-plan in minutes that respects time-critical visits, skills and travel, which the team lead can adjust.",
    dataAvailable: "Visit lists and durations; staff skills; postcodes (not patient addresses at a hack day).",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["district nursing", "scheduling", "workforce"],
    endorsements: ["c_ellen", "c_fiona", "c_rosa"],
  },
  {
    key: "palliative-jic",
    author: "c_rosa",
    createdDaysAgo: 370,
    careSetting: "community",
    specialty: "palliative_care",
    title: "Out-of-hours teams can't tell whether a dying patient has anticipatory medicines at home",
    summary:
      "When someone is dying at home, we prescribe anticipatory ('just in case') medicines so that symptoms at 2am can be treated without a trip to a pharmacy. Out-of-hours GPs and nurses called to the home often can't tell whether the medicines are there, what doses were prescribed or whether the authorisation chart is signed. We audited 60 out-of-hours calls: in 17, time was lost confirming what was in the house.",
    whoAffected:
      "People dying at home and their families; out-of-hours GPs and nurses; district nurses; hospice teams; community pharmacists.",
    frequency: "About 120 people on the end-of-life register at any time; several out-of-hours calls a night.",
    currentWorkaround: "A paper sheet in a box in the kitchen and a phone call to the hospice.",
    idealOutcome:
      "The prescribed medicines, the authorisation chart and what was dispensed, visible to anyone visiting out of hours, with the family able to see the plan too.",
    dataAvailable: "Prescriptions; dispensing records; end-of-life care plans.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["palliative care", "end of life", "medicines", "out of hours"],
    endorsements: ["c_lucy", "c_yusuf", ["c_ade", "Our OOH service would use this every night."], "c_ellen"],
  },
  {
    key: "wheelchair-triage",
    author: "c_nina",
    createdDaysAgo: 150,
    careSetting: "community",
    specialty: "physiotherapy_rehab",
    title: "People wait 14 weeks for a wheelchair assessment and we can't tell who is most urgent",
    summary:
      "Referrals to our wheelchair service arrive as free-text letters. We triage by reading each one, but the information we need (is the person at risk of pressure damage, are they being discharged from hospital, is their condition progressing) is rarely there. The median wait is 14 weeks; some people with motor neurone disease wait far too long.",
    whoAffected: "Children and adults needing wheelchairs; their families; our therapists; referrers.",
    frequency: "About 90 referrals a month.",
    currentWorkaround:
      "We phone referrers for missing details; some urgent people are only identified when they complain.",
    idealOutcome:
      "A referral form that asks the questions that decide urgency, and a triage list that puts people with rapidly progressing conditions or discharge delays first.",
    dataAvailable: "Referral letters (identifiable); national wheelchair data set categories.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["wheelchairs", "referrals", "triage", "rehabilitation"],
    endorsements: ["c_ellen", "c_olu"],
  },
  {
    key: "insulin-visits",
    author: "c_fiona",
    createdDaysAgo: 210,
    careSetting: "community",
    specialty: "diabetes_endocrinology",
    title: "Twice-daily insulin visits take up a third of our district nursing capacity",
    summary:
      "District nurses visit 140 people twice a day to give insulin, about a third of all our visits. Many could switch to once-daily regimens, be supported to self-administer, or be helped by trained care workers, but reviews don't happen because nobody has time to look across the list.",
    whoAffected:
      "People who need help with insulin at home; district nurses; diabetes specialist nurses; home care providers.",
    frequency: "280 visits every day.",
    currentWorkaround: "Ad hoc reviews when a DSN happens to be asked.",
    idealOutcome:
      "A review list of people on nurse-administered insulin with their regimen, glucose control and whether a simpler plan might work, shared by district nurses and the DSN team.",
    dataAvailable: "Visit schedules; prescriptions; HbA1c and glucose readings.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["diabetes", "insulin", "district nursing", "workforce"],
    endorsements: ["c_lucy", "clinician", "c_mark"],
  },
];

export const ambulanceProblems: SeedProblem[] = [
  {
    key: "ambulance-handover",
    author: "c_joe",
    createdDaysAgo: 540,
    careSetting: "ambulance",
    specialty: "emergency_medicine",
    title: "Ambulance crews wait outside ED with no shared view of the handover queue",
    summary:
      "Handover should take 15 minutes. At our busiest hospital last winter, 28% of handovers took over an hour, and in one month crews lost 1,900 hours outside ED while 999 calls waited. Inside ED, the nurse in charge doesn't know how many ambulances are outside or how sick their patients are; outside, crews can't see where they are in the queue or escalate a patient who is getting worse.",
    whoAffected:
      "Patients in ambulances outside ED and patients waiting for an ambulance in the community; paramedics; ED nurses in charge; hospital ambulance liaison officers.",
    frequency: "Every day in winter; most days the rest of the year.",
    currentWorkaround: "A hospital ambulance liaison officer with a clipboard, and crews walking into ED to ask.",
    idealOutcome:
      "One live queue shared by ED and the ambulance service: each patient's arrival time, NEWS2 and category, with crews able to update observations and escalate from the vehicle.",
    dataAvailable:
      "Arrival and handover timestamps (already collected for national reporting); crew observations from the electronic patient care record.",
    dataConstraints: `${SYNTHETIC_ONLY} Timestamps are collected already; patient observations are identifiable and need a DPIA between the two trusts.`,
    tags: ["ambulance handover", "emergency department", "patient flow", "winter pressures"],
    endorsements: [
      ["c_dan", "From the ED side: I'd give a lot to know what's outside."],
      ["c_liam", "Eight hours outside Kingsmere last Tuesday."],
      "m_kwame",
      "c_sian",
      "c_iain",
    ],
    comments: [
      ["d_amir", 15, "Our ePCR already sends a pre-alert message. We could reuse it for the queue."],
      [
        "c_dan",
        16,
        "If the nurse in charge can see the top five sickest outside, that alone changes how we allocate cubicles.",
      ],
      [
        "organiser",
        120,
        "Merged in a duplicate posted from the ED side (“Nobody in ED knows how many ambulances are waiting outside”). Please endorse this one.",
      ],
    ],
  },
  {
    key: "ed-queue-duplicate",
    author: "c_dan",
    createdDaysAgo: 470,
    careSetting: "ambulance",
    specialty: "emergency_medicine",
    title: "Nobody in ED knows how many ambulances are waiting outside",
    summary:
      "The ED nurse in charge has no view of the ambulances outside. We find out when a crew walks in or the liaison officer tells us. We can't prioritise a sick patient in an ambulance over a less sick one in a cubicle.",
    whoAffected: "Patients in ambulances; ED nurses in charge; paramedics.",
    frequency: "Every shift in winter.",
    currentWorkaround: "Asking crews, and a whiteboard by the ambulance entrance.",
    idealOutcome: "A live list of ambulances outside with each patient's acuity.",
    dataAvailable: "Arrival times; pre-alerts.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["ambulance handover", "emergency department"],
    endorsements: [],
    duplicateOf: "ambulance-handover",
  },
  {
    key: "frail-faller",
    author: "c_liam",
    createdDaysAgo: 350,
    careSetting: "ambulance",
    specialty: "older_people_frailty",
    title: "Crews can't see whether a frail person who has fallen is already known to the community falls team",
    summary:
      "We attend a lot of older people who have fallen at home and aren't injured. We could leave them at home with a referral to the community falls team, but we can't see if they're already under that team, have a care plan, or have had three falls this month. So we convey more people to ED than we need to. Last year 41% of our falls calls ended in conveyance.",
    whoAffected: "Older people who fall at home; paramedics; community falls and frailty teams; ED.",
    frequency: "About 60 falls calls a day across the service.",
    currentWorkaround:
      "Ringing the community team's single point of access, which is often busy or closed out of hours.",
    idealOutcome:
      "At the scene, the crew sees whether the person is known to the falls team, their care plan and recent falls, and can refer to the team directly with the right urgency.",
    dataAvailable: "Community falls team caseload; ambulance falls calls; the shared care record.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["falls", "frailty", "non-conveyance", "shared care record"],
    endorsements: [
      "c_joe",
      "c_ellen",
      "c_olu",
      [
        "c_grace",
        "And when we call after a fall, nobody knows about the falls plan we've agreed with the resident either.",
      ],
      "m_kwame",
    ],
  },
  {
    key: "prehospital-ecg",
    author: "m_kwame",
    createdDaysAgo: 190,
    careSetting: "ambulance",
    specialty: "cardiology",
    title: "Pre-hospital ECGs reach the heart attack centre by fax-to-email",
    summary:
      "When a crew suspects a STEMI, they send the 12-lead ECG to the heart attack centre for a cardiologist to decide on direct admission to the cath lab. Our monitors send it by a fax-to-email gateway; the cardiologist receives an image in a shared inbox and phones the crew back. On a good night it takes eight minutes; on a bad night the email is missed entirely.",
    whoAffected: "People having a heart attack; paramedics; interventional cardiologists; cath lab teams.",
    frequency: "About 15 transmissions a day across two heart attack centres.",
    currentWorkaround:
      "The crew phones the cath lab after sending, and reads the ECG over the phone if the email hasn't arrived.",
    idealOutcome:
      "The ECG arrives on the on-call cardiologist's device within a minute with the crew's callback number, and the decision is logged with a timestamp.",
    dataAvailable: "ECG images and metadata from the monitors; call timestamps.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["cardiology", "STEMI", "ECG", "time-critical"],
    endorsements: ["c_joe", "c_dan"],
  },
  {
    key: "non-conveyance-gp",
    author: "c_liam",
    createdDaysAgo: 140,
    careSetting: "ambulance",
    specialty: "general_practice",
    title: "When we don't take someone to hospital, their GP doesn't hear about it for days",
    summary:
      "About a third of our patients are treated at home or referred elsewhere rather than taken to hospital. Our electronic record of the attendance should reach the GP, but it's sent as a PDF that arrives days later, if at all. GPs tell us they find out when the family rings.",
    whoAffected: "People treated at home by ambulance crews; GPs; paramedics.",
    frequency: "About 500 non-conveyed patients a day across the service.",
    currentWorkaround: "Crews phone the practice if they're worried, which isn't possible out of hours.",
    idealOutcome:
      "A structured summary reaches the GP's workflow the same day, with anything the crew wants the GP to do clearly separated.",
    dataAvailable: "Electronic patient care records; GP practice codes; standard message formats.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["ambulance", "primary care", "handover", "interoperability"],
    endorsements: ["c_ade", "clinician", "c_joe"],
  },
  {
    key: "frequent-callers",
    author: "c_joe",
    createdDaysAgo: 270,
    careSetting: "ambulance",
    specialty: "mental_health",
    title: "People who call 999 very often have no joined-up plan between 999, 111 and their GP",
    summary:
      "A small number of people call us dozens of times a month, often because of loneliness, mental illness or unmanaged long-term conditions. Each call is treated as new. The GP, the mental health team and 111 each have a different plan, or none. Our top 50 callers made 4,300 calls last year.",
    whoAffected: "People who call frequently; call handlers; crews; GPs; mental health teams.",
    frequency: "Every day.",
    currentWorkaround: "A frequent caller lead who writes care plans on a separate system and emails them round.",
    idealOutcome: "One agreed plan, written with the person, that every service sees when they call.",
    dataAvailable: "Call data; frequent caller lists; care plans.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["frequent callers", "care plans", "mental health", "urgent care"],
    endorsements: ["c_megan", "c_ravi", "c_liam"],
  },
];

export const socialCareProblems: SeedProblem[] = [
  {
    key: "night-falls",
    author: "c_grace",
    createdDaysAgo: 530,
    careSetting: "social_care",
    specialty: "older_people_frailty",
    title: "Residents who fall at night lie on the floor for hours waiting for an ambulance",
    summary:
      "Our care staff aren't trained or allowed to lift a resident after a fall until someone has checked they aren't injured, and at night that someone is usually a paramedic. Across our 14 homes we had 312 falls at night last year. 71% caused no injury, but the median wait for an ambulance was 3 hours 40 minutes, and some residents waited more than eight hours on the floor. Long lies cause pressure damage, dehydration and fear of falling again.",
    whoAffected:
      "About 700 residents across our homes, many living with dementia; night care staff; ambulance crews; families.",
    frequency: "Six falls a week at night across the group.",
    currentWorkaround:
      "Keep the resident warm, comfortable and still on the floor, with a member of staff beside them, and call 999 again every hour.",
    idealOutcome:
      "Night staff can do a structured post-fall check with remote clinical support, safely lift residents who aren't injured using equipment, and call an ambulance only for those who need one.",
    dataAvailable: "Falls logs for each home (time, injury, wait); ambulance response times; incident reports.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["falls", "care homes", "long lies", "ambulance demand"],
    endorsements: [
      ["c_mo", "We had a resident on the floor for 9 hours in January."],
      ["c_liam", "From our side: most of these are category 3 or 4 calls we can't reach for hours."],
      "c_olu",
      "c_ellen",
      "c_kate",
      "c_joe",
      "c_ruth",
    ],
    comments: [
      [
        "m_kwame",
        8,
        "A remote clinician supporting a structured assessment is used in some ambulance services already. The clinical safety work is about the hand-off, not the app.",
      ],
      ["c_grace", 9, "Exactly. Our staff need confidence, and a clear line for when to call 999 anyway."],
      ["f_oakleigh", 30, "Oakleigh will offer four homes as pilot sites for anything that comes of this."],
    ],
  },
  {
    key: "care-home-video-rounds",
    author: "c_ade",
    createdDaysAgo: 440,
    careSetting: "social_care",
    specialty: "older_people_frailty",
    title: "Video ward rounds with our care homes drop out and we end up doing them by phone",
    summary:
      "I do a weekly ward round with six care homes by video. Half the calls drop at least once, care staff bring the wrong resident's observations to the call, and we rarely have a recent weight or NEWS2 for the people we're worried about. Rounds meant to take an hour take two, and the plan we agree is written on a notepad in the home.",
    whoAffected: "About 260 care home residents; care home nurses and senior carers; GPs; community matrons.",
    frequency: "Weekly for each home.",
    currentWorkaround:
      "Switch to phone, ask the home to email observations, type the plan into the GP record afterwards.",
    idealOutcome:
      "A round list agreed in advance, observations entered by the home before the call, a video link that copes with weak Wi-Fi, and a plan both sides can see afterwards.",
    dataAvailable: "Care home observations (on paper or digital care records); GP record.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["care homes", "telehealth", "video consultation", "enhanced health in care homes"],
    endorsements: [["c_grace", "The Wi-Fi in our lounge is terrible."], "c_mo", "c_ellen", "c_ruth"],
  },
  {
    key: "discharge-to-care-home",
    author: "c_mo",
    createdDaysAgo: 410,
    careSetting: "social_care",
    specialty: "older_people_frailty",
    title: "Hospital discharge information reaches the care home days after the resident does",
    summary:
      "Residents come back from hospital in the evening with a bag of medicines and a transfer form. The discharge summary goes to the GP, not to us, and arrives days later. We don't know what medicines changed, what to monitor or when to worry. In our audit, 14 of 30 residents returned with at least one unexplained medicine change, and three were readmitted within a week.",
    whoAffected: "Care home residents returning from hospital; care home nurses; GPs; ward staff.",
    frequency: "About 12 returns a month to our home; across our area, hundreds.",
    currentWorkaround: "Ringing the ward the next morning and hoping someone remembers the patient.",
    idealOutcome:
      "A short, care-home-friendly discharge summary that reaches the home before or with the resident, with medicine changes and what to watch for in plain words.",
    dataAvailable: "Structured discharge summaries; care home contact details; medicines on discharge.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["discharge", "care homes", "medicines", "transfers of care"],
    endorsements: [
      "c_grace",
      "c_fatima",
      "c_kate",
      "c_yusuf",
      ["c_tomasz", "Same for people going home with a package of care."],
    ],
  },
  {
    key: "domcare-med-changes",
    author: "c_kate",
    createdDaysAgo: 320,
    careSetting: "social_care",
    specialty: "pharmacy",
    title: "Home care workers can't see when a GP changes a client's medicines",
    summary:
      "Our care workers prompt or give medicines for about 250 clients from a MAR chart we write from the pharmacy label. When a GP stops or changes a medicine, we find out when the next blister pack arrives, if then. Last year we logged 37 medicine incidents caused by changes nobody told us about.",
    whoAffected: "Home care clients; care workers; GPs; community pharmacists.",
    frequency: "About three unexplained changes a week.",
    currentWorkaround: "Ringing the pharmacy and the practice to check anything unusual.",
    idealOutcome:
      "When a prescription changes, the home care provider responsible for the client's medicines is told the same day, with what changed and why.",
    dataAvailable: "Prescriptions; MAR charts; digital care records.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["home care", "medicines", "domiciliary care"],
    endorsements: ["c_yusuf", "c_grace", "c_fatima"],
  },
  {
    key: "dementia-hydration",
    author: "c_grace",
    createdDaysAgo: 340,
    careSetting: "social_care",
    specialty: "dementia",
    title: "We can't tell reliably how much residents with dementia are drinking",
    summary:
      "Dehydration causes falls, urine infections and delirium. Our fluid charts are filled in at the end of a shift from memory; totals are often guesses. Residents with dementia may not ask for drinks or finish them. Last year 19 of our admissions to hospital were linked to dehydration.",
    whoAffected: "Residents with dementia; care staff; GPs; families.",
    frequency: "Every day for about 40 residents on fluid charts in our home.",
    currentWorkaround: "Paper fluid charts and reminders at handover.",
    idealOutcome:
      "A quick way to record drinks as they happen, a clear view of who is behind today, and prompts for the staff on the floor.",
    dataAvailable: "Fluid charts; admissions; urine infection records.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["dementia", "hydration", "care homes"],
    endorsements: ["c_mo", "c_kate", "c_ruth"],
  },
  {
    key: "repeat-assessment",
    author: "c_tomasz",
    createdDaysAgo: 260,
    careSetting: "social_care",
    specialty: "social_work",
    title: "Families are asked the same questions at every social care assessment",
    summary:
      "A person going home from hospital may be assessed by the ward, the discharge team, reablement and then a social worker, each with their own form. Families tell us they answer the same 40 questions four times, and things they told the first person get lost. It also slows every assessment down.",
    whoAffected:
      "People needing care and support and their families; social workers; occupational therapists; reablement teams.",
    frequency: "Every discharge on pathways 1 to 3: about 25 a day.",
    currentWorkaround: "Copying and pasting between systems when we can, re-asking when we can't.",
    idealOutcome:
      "A 'what matters to me' record the person and family tell once and check, shared across the teams who assess them.",
    dataAvailable: "Assessment forms (we can share the blank templates); Care Act eligibility criteria.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["social work", "assessment", "Care Act", "families"],
    endorsements: ["c_kate", "c_ellen", "c_olu"],
  },
  {
    key: "soft-signs",
    author: "c_mo",
    createdDaysAgo: 380,
    careSetting: "social_care",
    specialty: "older_people_frailty",
    title: "Care staff notice soft signs of deterioration but escalation depends on who is on shift",
    summary:
      "Carers are often the first to notice that a resident 'isn't themselves': off their food, more confused, sleepier. Whether that turns into a set of observations and a call to the GP or 111 depends on who is on shift and how confident they feel. When we reviewed 20 emergency admissions, 13 residents had soft signs recorded in the daily notes a day or more before.",
    whoAffected: "Care home residents; care workers and senior carers; GPs; 111; ambulance crews.",
    frequency: "Several times a week in each home.",
    currentWorkaround: "Training on a soft-signs tool once a year and a poster in the office.",
    idealOutcome:
      "A simple prompt on the floor: record the soft sign, take observations, get a score and a clear next step, and hand over in a structured way (SBAR) to whoever you call.",
    dataAvailable: "Daily notes; observations where taken; admissions.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["deterioration", "care homes", "soft signs", "escalation"],
    endorsements: ["c_grace", "c_ade", "c_ellen", "c_ruth", "c_liam"],
    comments: [
      [
        "organiser",
        40,
        "Shortlisted for the Care at the Interfaces hack day. Mohammed will join as the clinical lead.",
      ],
    ],
  },
  {
    key: "domcare-rota",
    author: "c_kate",
    createdDaysAgo: 100,
    careSetting: "social_care",
    specialty: "social_work",
    title: "Home care rotas leave 15-minute calls with no travel time",
    summary:
      "Councils commission home care in 15-, 30- and 45-minute calls. Our rota system schedules them back to back with no travel time, so care workers either cut calls short or run late all day. Our own data shows the average planned travel time is 4 minutes and the real one is 14.",
    whoAffected: "Home care clients; care workers; coordinators; commissioners.",
    frequency: "Every day, every run.",
    currentWorkaround: "Coordinators pad rotas by hand for runs they know are bad.",
    idealOutcome: "Rotas built on realistic travel times, with the real cost of travel visible to commissioners.",
    dataAvailable: "Rotas and electronic call monitoring data (de-identified by client); postcode districts.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["home care", "workforce", "commissioning", "rotas"],
    endorsements: ["c_tomasz", "c_grace"],
  },
  {
    key: "care-home-outbreaks",
    author: "c_ruth",
    createdDaysAgo: 220,
    careSetting: "social_care",
    specialty: "infection_prevention",
    title: "Care homes report outbreaks by phone and we can't see the pattern across the area",
    summary:
      "When a care home has two or more residents with diarrhoea and vomiting, or a respiratory illness, they ring our team. We log it on a spreadsheet and advise. We can't see clusters across homes that share staff or a GP, and homes often report a day or two late because the phone line is busy.",
    whoAffected:
      "Care home residents and staff across 58 homes; the ICB infection prevention team; the health protection team.",
    frequency: "About 12 outbreaks a month in winter.",
    currentWorkaround: "Phone, spreadsheet and a weekly email to the health protection team.",
    idealOutcome:
      "Homes report symptoms in two minutes from their phone; we see a map of current outbreaks and links between homes, and can send advice straight back.",
    dataAvailable: "Outbreak logs; home locations; agency staff sharing (anonymised).",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["infection prevention", "care homes", "outbreaks", "norovirus"],
    endorsements: ["c_grace", "c_mo"],
  },
];
