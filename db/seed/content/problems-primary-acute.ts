/** Problems posted from general practice, community pharmacy and acute hospitals. */
import type { SeedProblem } from "./problems-types";

const SYNTHETIC_ONLY = "No patient-identifiable data at a hack day: synthetic or published aggregate data only.";

export const primaryCareProblems: SeedProblem[] = [
  {
    key: "foot-checks",
    author: "clinician",
    createdDaysAgo: 525,
    careSetting: "primary_care",
    specialty: "diabetes_endocrinology",
    title: "Annual diabetic foot checks are missed when patients move between GP, podiatry and hospital",
    summary:
      "Our practice does the annual foot check, community podiatry sees people at moderate and high risk, and the hospital's multidisciplinary foot team sees active ulcers. None of us can see the others' risk scores. When someone is discharged from the foot clinic we often don't hear for weeks, and when a practice check finds a change, the referral joins a podiatry queue that doesn't know the patient had an ulcer two years ago. Across our PCN, 31% of people with diabetes had no recorded foot check last year.",
    whoAffected:
      "People with diabetes, especially the 1 in 5 at moderate or high risk of ulceration (about 580 of the 2,900 people with diabetes registered in our PCN); practice nurses and HCAs who do the checks; community podiatrists; the hospital MDT foot service.",
    frequency:
      "Every week. We find two or three people a month whose risk changed in another service without us knowing, and the MDT sees six to eight new ulcers a month from our PCN, several after a missed or late check.",
    currentWorkaround:
      "Practice nurses phone podiatry to ask when a patient was last seen; podiatry emails a letter that gets scanned into the GP record as a PDF nobody codes. One nurse keeps a spreadsheet of high-risk patients and updates it on Friday afternoons.",
    idealOutcome:
      "One foot-risk status per person, visible to the practice, podiatry and the MDT, updated by whoever last examined the foot; an automatic flag when a high-risk person is overdue or changes category; and a referral that carries the history with it.",
    dataAvailable:
      "SNOMED CT-coded foot risk assessments in the GP record; podiatry's community record; MDT clinic letters; the National Diabetes Foot Care Audit data specification, which is enough to build realistic synthetic patients.",
    dataConstraints:
      "Identifiable records cannot leave the three services' systems. At a hack day use synthetic patients only. A live version needs a DPIA and a data sharing agreement between the practice, the community trust and the acute trust (direct care: UK GDPR Article 6(1)(e) and 9(2)(h)).",
    tags: ["diabetes", "foot care", "integrated care", "data sharing", "referrals"],
    endorsements: [
      [
        "c_aisha",
        "From the podiatry side: we get referrals with no history at all. Half my first appointment is detective work.",
      ],
      [
        "c_mark",
        "Our MDT sees the end result. Of the last 40 major amputations we reviewed, 11 had a gap of over 15 months since a documented foot check.",
      ],
      ["c_ade", "Same in Severn and Wye. Our housebound patients are the worst affected."],
      "c_fiona",
      "c_ellen",
      ["c_sarah", "We have the same Friday spreadsheet."],
      "c_lucy",
    ],
    comments: [
      [
        "d_maya",
        6,
        "I can make a synthetic cohort from the NDFA spec for the hack day: age, risk category, ulcer history, last check date. Would that be enough to show the flagging?",
      ],
      [
        "clinician",
        7,
        "Yes, that's exactly what we need. Please include some people who moved practice in the last year: that's where it goes wrong most.",
      ],
      [
        "m_gareth",
        9,
        "When this goes live, it's direct care across three controllers. Talk to me early about the data sharing agreement; it's straightforward if the purpose is kept tight.",
      ],
      ["c_aisha", 40, "Podiatry team is keen to test anything that comes out of this. We meet on Wednesday mornings."],
    ],
  },
  {
    key: "care-home-repeats",
    author: "c_yusuf",
    createdDaysAgo: 470,
    careSetting: "primary_care",
    specialty: "pharmacy",
    title: "Repeat prescription requests for care home residents arrive by fax, email and phone",
    summary:
      "We dispense for eleven care homes. Each home orders repeats differently: some fax a list, some email a photo of the MAR chart, some phone. We re-key every request and about 1 in 12 has an error (wrong strength, an item the GP already stopped). The practice then re-keys it again into the clinical system.",
    whoAffected:
      "Around 420 care home residents; care staff who do the ordering; our dispensary team; prescription clerks at three GP practices.",
    frequency: "Every 28-day cycle for every resident, with a peak in the week before each cycle starts.",
    currentWorkaround:
      "A pharmacy technician spends two days a month chasing discrepancies by phone. Homes keep paper copies of what they ordered so they can prove it later.",
    idealOutcome:
      "Homes order from the resident's current repeat list, can see what was stopped and why, and the request lands in the practice's system as a structured request. Nobody re-keys anything.",
    dataAvailable:
      "Repeat templates in the GP system; EPS; MAR charts in the homes (mostly paper, three homes on eMAR).",
    dataConstraints: `${SYNTHETIC_ONLY} Proxy ordering on a resident's behalf needs their consent or a documented best-interests decision.`,
    tags: ["medicines", "care homes", "repeat prescriptions", "proxy access"],
    endorsements: [["c_grace", "We fax. In 2024. It's embarrassing."], "c_mo", "c_ade", "c_fatima"],
    comments: [
      ["d_rhys", 12, "Is this still a problem for homes on eMAR, or only paper ones?"],
      ["c_yusuf", 13, "Both. eMAR suppliers don't talk to the GP systems either; the home still emails a list."],
    ],
    closedReason:
      "Closing: NHS App proxy access for care homes rolled out across our ICB in the spring and both of our practices now use it for repeat ordering. The hack-day team checked it covers what we asked for (see their archived project). The eMAR gap is with the suppliers.",
  },
  {
    key: "housebound-reviews",
    author: "c_ade",
    createdDaysAgo: 430,
    careSetting: "primary_care",
    specialty: "general_practice",
    title: "Housebound patients miss their annual long-term condition reviews",
    summary:
      "Our recall system writes to people inviting them to book a review at the surgery. Housebound patients can't come, so they drop off the bottom of the list. Of 186 housebound patients on our register, 74 had no long-term condition review in the last 15 months. The district nurses visit many of them every week but can't see which reviews or bloods are due.",
    whoAffected:
      "Housebound people with diabetes, COPD, heart failure or hypertension; their carers; our practice nurses; the district nursing team.",
    frequency: "Ongoing. About six people a month pass the 15-month mark.",
    currentWorkaround:
      "A practice nurse does a block of home visits twice a year, picked from a search she runs by hand. District nurses take bloods if someone remembers to ask them.",
    idealOutcome:
      "One list of housebound patients with the reviews and bloods each one needs, shared with the district nurses, so checks happen on visits that are already happening and the practice nurse only visits those who need her.",
    dataAvailable: "The housebound SNOMED code; QOF indicators; the district nursing visit schedule.",
    dataConstraints: `${SYNTHETIC_ONLY} The district nurses work for a different organisation: use the shared care record or a data sharing agreement for direct care.`,
    tags: ["housebound", "long-term conditions", "recall", "district nursing"],
    endorsements: ["clinician", "c_lucy", ["c_ellen", "The matrons would love to see this too."], "c_sarah", "c_fiona"],
    comments: [
      [
        "c_lucy",
        20,
        "From the district nursing side: we'd happily take bloods on a visit if the request was on our list, not in a phone message.",
      ],
    ],
  },
  {
    key: "dmard-monitoring",
    author: "c_sarah",
    createdDaysAgo: 390,
    careSetting: "primary_care",
    specialty: "pharmacy",
    title: "Shared-care blood monitoring for DMARDs falls between hospital and GP",
    summary:
      "Patients on methotrexate, azathioprine or leflunomide need blood tests every 12 weeks under shared care. The hospital team starts the drug and hands monitoring to us, but the shared-care letter often arrives after the first test is due. We have 212 patients on shared-care DMARDs; at our last audit 23 were overdue, two by more than six months.",
    whoAffected:
      "People on disease-modifying drugs for rheumatoid arthritis, psoriasis and inflammatory bowel disease; practice nurses and pharmacists; hospital rheumatology and dermatology teams.",
    frequency: "Someone is overdue every week. Twice last year a low white cell count was found late.",
    currentWorkaround:
      "A monthly search and a spreadsheet. Our practice pharmacist holds prescriptions until bloods are done, which patients find confusing and sometimes frightening.",
    idealOutcome:
      "A monitoring schedule that follows the patient from hospital to practice, results visible to both sides, and a prompt before a prescription is issued without up-to-date bloods.",
    dataAvailable: "Pathology results (both sides can see them); prescribing data; the ICB's shared-care protocols.",
    dataConstraints: `${SYNTHETIC_ONLY} Use the published shared-care protocols and synthetic results.`,
    tags: ["medicines safety", "shared care", "blood monitoring", "rheumatology"],
    endorsements: [
      "c_yusuf",
      "c_fatima",
      "c_ade",
      ["clinician", "Our rheumatology letters take three weeks on average."],
    ],
  },
  {
    key: "home-bp",
    author: "clinician",
    createdDaysAgo: 350,
    careSetting: "primary_care",
    specialty: "cardiology",
    title: "Home blood pressure readings arrive as photos of paper diaries",
    summary:
      "We ask patients to do a week of home readings to diagnose and manage hypertension, as NICE advises. They come back as photos of handwritten diaries through the online consultation tool, or on scraps of paper at reception. A GP or pharmacist then averages them by hand and types the result in. We get about 60 diaries a week.",
    whoAffected:
      "Adults with, or being assessed for, hypertension (4,100 on our register); GPs, clinical pharmacists and reception staff.",
    frequency:
      "About 60 diaries a week, each taking 4 to 6 minutes to average and code: roughly five clinical hours a week.",
    currentWorkaround:
      "Averaging with a calculator, dropping day one as NICE suggests, then typing a free-text note. Mistakes happen: an audit of 50 found one average out by 10 mmHg.",
    idealOutcome:
      "Patients enter readings on their phone, or hand a simple form to reception; the system applies the NICE averaging rule, files a coded average in the record and flags a dangerously high reading the same day.",
    dataAvailable:
      "Readings entered by patients; SNOMED CT codes for average home systolic and diastolic blood pressure; NICE NG136.",
    dataConstraints: `${SYNTHETIC_ONLY} A live product must write to the GP record through the supplier's approved interface and needs a DPIA.`,
    tags: ["hypertension", "remote monitoring", "patient-entered data", "NICE NG136"],
    endorsements: ["c_ade", ["c_sarah", "Our HCAs spend Friday mornings doing this."], "c_yusuf", "c_fiona", "c_ellen"],
    comments: [
      [
        "developer",
        3,
        "Could we start with a web form that works without an app? Lots of people with hypertension won't install anything.",
      ],
      ["clinician", 4, "Yes please. And it must work for people who read the numbers off the machine to a carer."],
      [
        "m_ines",
        30,
        "Averaging readings and flagging thresholds you've set is probably not a medical device, but if you start recommending treatment changes it will be. Write the intended purpose down early.",
      ],
    ],
  },
  {
    key: "frailty-scores",
    author: "c_ellen",
    createdDaysAgo: 320,
    careSetting: "primary_care",
    specialty: "older_people_frailty",
    title: "Frailty scores in the GP record are years out of date",
    summary:
      "The Clinical Frailty Scale in the GP record is often from a hospital admission three years ago, and care planning, anticipatory care and falls referrals all lean on it. When we audited 100 people over 75 seen by the community matrons, 41 had a recorded score two or more points away from what we found at the visit.",
    whoAffected:
      "Older people living with frailty; community matrons; GPs; hospital teams reading the summary care record.",
    frequency: "Every new referral to the matrons, about 25 a week.",
    currentWorkaround:
      "We re-score at each visit and write the new score in free text, which doesn't update the coded value.",
    idealOutcome:
      "Anyone who sees the person can update the score with the date and who scored it; everyone sees the latest score and the trend.",
    dataAvailable: "Coded CFS values, the electronic frailty index, admissions data.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["frailty", "care planning", "coding"],
    endorsements: ["c_ade", "c_olu", "c_liam", "mentor"],
  },
  {
    key: "ld-health-checks",
    author: "c_nkechi",
    createdDaysAgo: 285,
    careSetting: "primary_care",
    specialty: "learning_disability",
    title: "People with a learning disability miss annual health checks because the invitations aren't accessible",
    summary:
      "Everyone aged 14 and over on a GP learning disability register should have an annual health check. In our ICB uptake last year was 64%. Most invitations are standard letters or a text with a link. Families and support workers tell us people didn't understand the letter, didn't know what would happen, or were frightened of the blood test.",
    whoAffected:
      "People with a learning disability and their families and paid carers; practice learning disability champions; the hospital liaison team, who see the problems found late.",
    frequency: "Every year for about 5,800 people on our ICB's registers; around 2,100 checks missed.",
    currentWorkaround:
      "Some practices phone the family; one sends a photo-story leaflet it made itself. Reasonable adjustments are recorded inconsistently, if at all.",
    idealOutcome:
      "An easy-read invitation with photos of the practice and the nurse, an explanation of what happens, and a way to ask for adjustments (a longer appointment, first of the day, a quiet room) that is recorded as a reasonable adjustment flag, with a reminder the person can understand.",
    dataAvailable:
      "Register size and uptake per practice (published); the national reasonable adjustment flag; practice photographs.",
    dataConstraints: `${SYNTHETIC_ONLY} Co-design with people with a learning disability, with easy-read consent and payment for their time.`,
    tags: ["learning disability", "health checks", "accessibility", "easy read", "reasonable adjustments"],
    endorsements: ["c_ade", "clinician", ["c_sarah", "Our uptake is 58%."], "c_patrick"],
    comments: [
      [
        "d_ellie",
        15,
        "I've run easy-read co-design sessions with a self-advocacy group before. Happy to help set one up properly.",
      ],
      [
        "m_jo",
        16,
        "Please test with screen readers and with people who use symbols (Widgit/Makaton) as well as photos.",
      ],
    ],
  },
  {
    key: "asthma-inhaler",
    author: "c_sarah",
    createdDaysAgo: 335,
    careSetting: "primary_care",
    specialty: "respiratory",
    title: "Children's asthma reviews don't check inhaler technique at home",
    summary:
      "In a 10-minute annual review we rarely see a child actually use their spacer the way they do at home. When our paediatric asthma nurse visited 40 children last winter she found poor technique in 26, including nine using a spacer with the wrong inhaler. Three of those children had been admitted the year before.",
    whoAffected:
      "Children and young people with asthma (about 380 at our practice), their parents, practice nurses, school nurses.",
    frequency: "Every review; admissions peak in September when children go back to school.",
    currentWorkaround: "We demonstrate with a placebo inhaler and send a link to a charity's technique videos.",
    idealOutcome:
      "Parents record a short video of their child using the inhaler at home before the review, and we check technique against a checklist and coach them.",
    dataAvailable: "Asthma register and review codes; admissions; published inhaler technique checklists.",
    dataConstraints:
      "Videos of children are sensitive: never at a hack day (use actors). Storage, consent and retention need IG sign-off before any pilot.",
    tags: ["asthma", "children", "inhalers", "video"],
    endorsements: ["c_harriet", "clinician", "c_yusuf"],
  },
];

export const acuteProblems: SeedProblem[] = [
  {
    key: "bedside-obs",
    author: "c_sian",
    createdDaysAgo: 505,
    careSetting: "acute",
    specialty: "nursing_general",
    title: "We can't record observations at the bedside, so NEWS2 is calculated late",
    summary:
      "On our 32-bed acute medical unit we take observations on a paper chart at the bedside and type them into the EPR at the nurses' station when there's time, often one to three hours later. NEWS2 is only calculated and escalated when the numbers are typed in. In a week-long audit, 18% of NEWS2 scores of 5 or more were entered more than an hour after the observations were taken.",
    whoAffected:
      "Acutely unwell adult inpatients; nurses and healthcare assistants; the outreach team and doctors who respond to escalations.",
    frequency: "Around 200 sets of observations a shift on our unit alone.",
    currentWorkaround:
      "Nurses escalate worrying observations verbally and write the score on the paper chart; the EPR catches up later. We have three workstations on wheels for 32 beds and each takes two minutes to log in to.",
    idealOutcome:
      "Observations entered once, at the bedside, on a device already in the nurse's pocket; NEWS2 calculated immediately; escalation sent to the right responder; the EPR updated without re-typing.",
    dataAvailable:
      "Observation values; the RCP NEWS2 chart; our escalation policy; the EPR's FHIR Observation interface (test environment available).",
    dataConstraints: `${SYNTHETIC_ONLY} Live use needs DCB0129 from the supplier, DCB0160 from us, DTAC, and integration through the trust's integration engine.`,
    tags: ["NEWS2", "observations", "deterioration", "nursing", "mobile"],
    endorsements: [
      ["mentor", "Same on our AMU. The delay is worst at night."],
      "c_dan",
      "c_tariq",
      "c_olu",
      "c_harriet",
      "c_ana",
    ],
    comments: [
      ["d_arjun", 10, "Do the trust's handheld phones allow installing apps, or would it need to be a web app?"],
      [
        "c_sian",
        11,
        "The ward phones are managed iPhones; the digital team can push apps but it takes months. A web app would be quicker to test.",
      ],
      [
        "m_farah",
        60,
        "If it runs on the managed phones, we can help with the MDM side. Please don't store anything on the device.",
      ],
    ],
  },
  {
    key: "discharge-medrec",
    author: "c_fatima",
    createdDaysAgo: 515,
    careSetting: "acute",
    specialty: "pharmacy",
    title: "Discharge medicines reconciliation takes two hours for complex patients and delays discharge",
    summary:
      "Before a patient goes home, a pharmacist checks the discharge prescription against what they were taking before admission and what changed in hospital. For patients on ten or more medicines this takes us up to two hours, because the information is in four places: the GP summary, the admission clerking, the drug chart and the ward round notes. Medicines are the commonest reason a discharge on our medical wards slips past midday.",
    whoAffected:
      "Inpatients going home, especially older people on many medicines; ward pharmacists and technicians; junior doctors writing discharge prescriptions; GPs and community pharmacists receiving the summary.",
    frequency: "About 90 discharges a day across medicine, about 25 of them complex.",
    currentWorkaround:
      "Pharmacists print the GP summary and tick through it by hand, prioritising from a 'going home today' list the wards share each morning.",
    idealOutcome:
      "A worklist that lines up pre-admission, inpatient and discharge medicines side by side, highlights unexplained changes, and lets us record reasons that flow into the discharge summary for the GP.",
    dataAvailable:
      "GP Connect medication summary; ePMA inpatient data; structured discharge summaries (PRSB standard).",
    dataConstraints: `${SYNTHETIC_ONLY} Build synthetic patients from the PRSB discharge summary standard.`,
    tags: ["medicines reconciliation", "discharge", "pharmacy", "patient flow"],
    endorsements: ["c_yusuf", ["c_sian", "Medicines are always the last thing we wait for."], "c_mo", "c_dan", "c_ana"],
    comments: [
      [
        "d_kofi",
        14,
        "GP Connect Access Record: Structured gives us medications as FHIR. I've got a sandbox account from my last job.",
      ],
      ["c_fatima", 15, "Brilliant. The reasons for changes are the bit GPs always ask about."],
    ],
  },
  {
    key: "sepsis-screening",
    author: "c_dan",
    createdDaysAgo: 460,
    careSetting: "acute",
    specialty: "emergency_medicine",
    title: "Sepsis screening in ED is often recorded after the first antibiotics, not before",
    summary:
      "Our ED sees about 280 patients a day. The sepsis screen is a paper sticker completed at triage or later. In our last audit, 37% of screens were completed after antibiotics had been given, so we can't tell whether the one-hour target was met or whether screening prompted treatment.",
    whoAffected: "Adults presenting with possible sepsis; ED nurses and doctors; the sepsis team who audit it.",
    frequency: "About 25 positive screens a day.",
    currentWorkaround: "Stickers, a monthly audit of 50 notes by hand, and a lot of reminders at handover.",
    idealOutcome: "A screen prompted by the triage observations, with antibiotic timing captured automatically.",
    dataAvailable: "Triage observations, drug administration times, audit data.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["sepsis", "emergency department", "audit"],
    endorsements: ["c_sian", "c_ana", "m_kwame"],
    closedReason:
      "Closing as already addressed: our EPR's sepsis screening module went live in ED in January. It prompts the screen from the triage observations and timestamps antibiotics. The Sepsis Timer team archived their project for the same reason.",
  },
  {
    key: "stranded-discharge",
    author: "c_tomasz",
    createdDaysAgo: 250,
    careSetting: "acute",
    specialty: "social_work",
    title: "Patients waiting for a care package stay in hospital for weeks and nobody can see where the referral is",
    summary:
      "On any day about 60 of our hospital's beds hold people who are medically ready to leave but waiting for home care, reablement or a care home place. The ward sends a discharge-to-assess referral to the council and the integrated discharge team; after that the ward, the family and the patient can't see what it's waiting for. Ward staff spend hours a week phoning to ask, and families get different answers from different people.",
    whoAffected:
      "People medically ready for discharge, mostly over 80; their families; ward nurses and discharge coordinators; social workers; the council's brokerage team.",
    frequency:
      "Daily. The median wait from 'medically optimised' to leaving is 6 days on pathway 1 and 17 days on pathway 3.",
    currentWorkaround:
      "A daily board-round call and a shared spreadsheet the discharge team updates twice a day. The council's case system isn't visible to the trust.",
    idealOutcome:
      "A shared view of each person's discharge pathway, what it's waiting for and who has the next action, visible to the ward, the council team and, in plain words, the family.",
    dataAvailable: "Discharge-ready dates (the national discharge sitrep); pathway 0–3; council brokerage status.",
    dataConstraints: `${SYNTHETIC_ONLY} Two organisations and social care records: live use needs a joint DPIA and data sharing agreement under the duty to share information for individual care.`,
    tags: ["discharge", "social care", "patient flow", "delayed discharge"],
    endorsements: [
      "c_sian",
      "c_fatima",
      ["c_olu", "Our frailty ward has eight people waiting today."],
      "c_kate",
      "c_mo",
      "c_ellen",
    ],
    comments: [
      ["o_nisha", 200, "Shortlisted for the winter hack day. Tomasz has agreed to be in the room on both days."],
      ["d_rhys", 210, "Does the family view need NHS login, or would a link by text be acceptable to IG?"],
      [
        "m_gareth",
        212,
        "A magic link by text is possible but the content must stay minimal. Start with what the family already gets told by phone.",
      ],
    ],
  },
  {
    key: "stroke-ct",
    author: "c_iain",
    createdDaysAgo: 420,
    careSetting: "acute",
    specialty: "stroke",
    title: "Thrombolysis decisions wait while the on-call team hunts for the CT report",
    summary:
      "For a suspected stroke, the decision to thrombolyse depends on the CT head and CT angiogram. The images are ready within minutes, but the stroke consultant (often on call from home at night) has to find them on a laptop, phone radiology for the provisional report, and phone ED for the onset time and NIHSS. Our median door-to-needle time is 52 minutes against a target of 30. The time is lost between the scanner and the decision, not in the scanner.",
    whoAffected:
      "People with acute ischaemic stroke; stroke nurses; on-call stroke consultants; radiologists; ED teams.",
    frequency: "About 900 stroke admissions a year, around 110 of them thrombolysed.",
    currentWorkaround: "The stroke nurse acts as a human switchboard with a bleep and two phones.",
    idealOutcome:
      "One shared view per stroke call with onset time, NIHSS, scan status, provisional report, anticoagulant history and a running clock, which the on-call consultant can open securely from home.",
    dataAvailable: "PACS worklist status; radiology reports; SSNAP audit data items; ED timestamps.",
    dataConstraints: `${SYNTHETIC_ONLY} Images and reports are identifiable; use synthetic cases and openly licensed anonymised imaging only.`,
    tags: ["stroke", "thrombolysis", "imaging", "time-critical"],
    endorsements: ["c_dan", "c_holly", "m_kwame", "mentor"],
    comments: [
      [
        "c_holly",
        22,
        "Radiology would love this too: we get three phone calls per stroke asking if the report is ready.",
      ],
    ],
  },
  {
    key: "falls-alarms",
    author: "c_olu",
    createdDaysAgo: 200,
    careSetting: "acute",
    specialty: "older_people_frailty",
    title: "Bed and chair alarms sound so often that staff stop responding",
    summary:
      "We use pressure-sensor alarms for patients at high risk of falling. On our 28-bed frailty ward they sound 40 to 60 times a shift, mostly when a patient shifts position. Staff tell us they've become background noise. We had 14 falls from a bed or chair on the ward last quarter, nine with an alarm in place.",
    whoAffected:
      "Patients at high risk of falls, many with delirium or dementia; nurses and HCAs on frailty wards; falls practitioners.",
    frequency: "Every shift.",
    currentWorkaround:
      "Bay nursing (one member of staff stays in a high-risk bay), which takes a person off the rota; moving patients near the nurses' station.",
    idealOutcome:
      "Alerts that tell someone getting up from someone turning over, sent to the nurse allocated to that patient, with data on which alerts were useful so we can tune them.",
    dataAvailable: "Alarm event logs (exportable by bed number), incident reports, staffing.",
    dataConstraints: `${SYNTHETIC_ONLY} Any camera-based approach raises dignity and privacy questions that need patient and public involvement first.`,
    tags: ["falls", "alarm fatigue", "frailty", "dementia", "delirium"],
    endorsements: ["c_sian", "c_grace", "c_ellen"],
  },
  {
    key: "theatre-backfill",
    author: "c_chris",
    createdDaysAgo: 345,
    careSetting: "acute",
    specialty: "surgery",
    title: "When a patient is cancelled on the day, we rebuild the theatre list by phone",
    summary:
      "On-the-day cancellations (patient unwell, no bed, didn't fast) leave gaps in elective lists. The theatre coordinator phones round the waiting list for someone pre-assessed who can arrive within two hours. It rarely works: last quarter we lost 212 theatre hours to on-the-day cancellations and back-filled 31 of them.",
    whoAffected:
      "Patients on elective waiting lists, some waiting over a year; theatre coordinators; surgeons; anaesthetists; pre-operative assessment nurses.",
    frequency: "Six to ten cancellations a day across 14 theatres.",
    currentWorkaround:
      "A paper 'short-notice list' of patients who said they could come at short notice, kept in the coordinator's office and mostly out of date.",
    idealOutcome:
      "A live list of pre-assessed patients who have opted in to short-notice offers, matched by procedure length, surgeon and equipment, who can accept an offer by text.",
    dataAvailable: "Theatre management system (durations, lists); the waiting list; pre-assessment status.",
    dataConstraints: `${SYNTHETIC_ONLY} Contacting patients needs the trust's patient communication route and their consent to short-notice offers.`,
    tags: ["theatres", "elective recovery", "waiting lists", "cancellations"],
    endorsements: ["c_josh", "c_dan", "c_iain"],
  },
  {
    key: "radiology-requests",
    author: "c_holly",
    createdDaysAgo: 240,
    careSetting: "acute",
    specialty: "radiology",
    title: "Imaging requests without the clinical question are bounced back, adding two days",
    summary:
      "About 1 in 9 CT and MRI requests we receive lack the clinical question, the relevant history or an eGFR for contrast. We can't justify the exposure under IR(ME)R without them, so we reject the request and the referrer gets a task they often don't see for a day or two. For an inpatient, each bounced request is another bed day.",
    whoAffected:
      "Patients waiting for scans; radiographers and radiologists who vet requests; junior doctors and GPs who request.",
    frequency: "About 45 bounced requests a week across CT and MRI.",
    currentWorkaround: "Radiographers phone the ward for the missing details, which works in hours but not overnight.",
    idealOutcome:
      "The request form checks completeness for the modality as it is written (clinical question, renal function for contrast, pregnancy status, implants for MRI), so requests are right first time.",
    dataAvailable: "Order comms request fields; our log of rejection reasons; RCR iRefer guidance.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["radiology", "requesting", "IR(ME)R", "patient flow"],
    endorsements: ["c_dan", "c_iain", "c_ana"],
    comments: [
      [
        "m_leah",
        100,
        "I'd start by sitting with a radiographer for a vetting session and counting which missing field causes most rejections.",
      ],
    ],
  },
  {
    key: "pews",
    author: "c_harriet",
    createdDaysAgo: 120,
    careSetting: "acute",
    specialty: "paediatrics",
    title: "Paediatric early warning scores are added up by hand on busy winter nights",
    summary:
      "Our children's ward and paediatric ED use paper PEWS charts with different thresholds for five age bands. On a winter night with RSV and bronchiolitis we can have 30 children on the ward. In a review of 200 charts we found addition errors on 11% and the wrong age band on 6%.",
    whoAffected:
      "Children in hospital; children's nurses; junior doctors; parents, whose concern is part of the score.",
    frequency: "Every set of observations; errors cluster at night and during surges.",
    currentWorkaround: "A second nurse double-checks high scores, and we have laminated age-band cards.",
    idealOutcome:
      "Enter observations once and get the right age-band score instantly, with the escalation action, a prompt to ask the parent about their concern, and a printable chart for when systems are down.",
    dataAvailable: "The national paediatric early warning charts and thresholds; synthetic observations.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["paediatrics", "PEWS", "deterioration", "winter pressures"],
    endorsements: [
      "c_sian",
      ["mentor", "Deterioration tools for children are where I'd want the hazard log to start."],
      "c_dan",
    ],
  },
  {
    key: "maternity-triage",
    author: "c_bea",
    createdDaysAgo: 180,
    careSetting: "acute",
    specialty: "maternity",
    title: "Calls to the maternity triage line are not recorded until the woman arrives",
    summary:
      "Our maternity triage line takes about 70 calls a day: reduced movements, bleeding, waters breaking, labour. Advice is written on a paper call sheet and only reaches the maternity record if the woman comes in. If she rings again, or another unit receives her, nobody can see the advice she was given. Two recent incident reviews found repeat calls where the pattern wasn't recognised.",
    whoAffected: "Pregnant women and people; birth partners; triage midwives; obstetricians.",
    frequency: "About 70 calls a day, including around 12 repeat callers.",
    currentWorkaround: "Midwives ask 'have you called before?' and search the last 24 hours of paper sheets.",
    idealOutcome:
      "Every call recorded in a structured way using the triage system we already use in person, against the woman's record, with repeat calls flagged and the advice visible to whichever unit she arrives at.",
    dataAvailable: "Triage categories; call volumes; the maternity EPR.",
    dataConstraints: `${SYNTHETIC_ONLY} Co-design with women through the Maternity and Neonatal Voices Partnership.`,
    tags: ["maternity", "triage", "telephone advice", "patient safety"],
    endorsements: ["c_dan", "c_harriet"],
  },
  {
    key: "dialysis-transport",
    author: "c_tariq",
    createdDaysAgo: 170,
    careSetting: "acute",
    specialty: "renal",
    title: "Late patient transport cuts dialysis sessions short",
    summary:
      "Our patients dialyse three times a week for four hours. Non-emergency patient transport regularly brings them 30 to 60 minutes late, and the next shift can't start later, so sessions are shortened. Last month 22% of sessions were cut by 30 minutes or more. Shortened sessions mean more fluid overload admissions.",
    whoAffected: "About 180 people on in-centre haemodialysis; renal nurses; the transport provider's control room.",
    frequency: "About 40 shortened sessions a week.",
    currentWorkaround:
      "Nurses ring transport control for every late patient; we keep a paper log to argue with the contract manager.",
    idealOutcome:
      "The unit sees each patient's expected arrival live, can re-order the chairs, and the contract data shows the real effect on treatment time.",
    dataAvailable: "Dialysis session start and end times; transport booking and arrival times.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["renal", "dialysis", "patient transport"],
    endorsements: ["c_ana", "c_sian"],
  },
  {
    key: "immunotherapy-ed",
    author: "c_ana",
    createdDaysAgo: 95,
    careSetting: "acute",
    specialty: "oncology",
    title: "Patients on immunotherapy arrive in ED and nobody recognises the side effects",
    summary:
      "Immunotherapy side effects (colitis, pneumonitis, hepatitis, endocrine problems) can start months into treatment and look like common illnesses. Patients carry an alert card but often don't show it. Of the last 30 immunotherapy patients admitted through our ED, 12 waited more than 24 hours for steroids, and the acute oncology team heard about 9 of them after discharge.",
    whoAffected:
      "People on immune checkpoint inhibitors (about 450 under our cancer centre); ED and acute medical teams; acute oncology nurses.",
    frequency: "Two to three admissions a week.",
    currentWorkaround:
      "A daily search of the admissions list by our team, which misses people who attend out of hours and go home.",
    idealOutcome:
      "ED sees at triage that the person is on immunotherapy, with the toxicity guidance and a one-click referral to acute oncology.",
    dataAvailable: "Chemotherapy prescribing system; ED attendance feed; national toxicity guidance.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["oncology", "immunotherapy", "emergency department", "alerts"],
    endorsements: ["c_dan", "mentor"],
  },
  {
    key: "joint-waiting-list",
    author: "c_josh",
    createdDaysAgo: 60,
    careSetting: "acute",
    specialty: "orthopaedics",
    title: "People waiting for hip and knee replacements deteriorate and nobody reviews them",
    summary:
      "Our waiting list for primary hip and knee replacement is 2,300 people, with a median wait of 41 weeks. People's pain, mobility and weight change while they wait, and some become unfit for surgery. We only find out at pre-assessment, sometimes the week before surgery.",
    whoAffected:
      "People waiting for joint replacement; orthopaedic surgeons; physiotherapists; pre-assessment nurses; GPs.",
    frequency: "Every week we cancel or defer three to five patients at pre-assessment.",
    currentWorkaround: "A letter every six months asking people to contact us if things change.",
    idealOutcome:
      "A short, regular check-in (Oxford hip or knee score, and a few health questions) that flags people who are deteriorating or could be helped by prehabilitation.",
    dataAvailable: "The waiting list; Oxford hip and knee scores; pre-assessment outcomes.",
    dataConstraints: SYNTHETIC_ONLY,
    tags: ["orthopaedics", "waiting lists", "prehabilitation", "patient-reported outcomes"],
    endorsements: ["c_chris", "c_nina"],
  },
];
