/** Projects from prototype to pilot ready, including the paused and archived ones. */
import type { SeedProject } from "./projects-types";

const DIRECT_CARE_BASIS =
  "UK GDPR Article 6(1)(e) (a task in the public interest: providing health and care services) and Article 9(2)(h) (health or social care), under the common law duty of confidentiality's implied consent for direct care.";

const SYNTHETIC_STATEMENT =
  "This prototype uses only synthetic (made-up) data. It does not use any real person's information.";

export const earlyProjects: SeedProject[] = [
  // ------------------------------------------------------------------ pilot ready
  {
    key: "restore-steps",
    name: "Restore Steps",
    tagline: "Soft signs to observations to a clear next step, on the care home floor",
    description:
      "Restore Steps helps care staff act on soft signs of deterioration. A carer records what they noticed ('not themselves', off food, more sleepy), is prompted to take observations, gets a NEWS2 score with a plain-English next step, and hands over to the GP, 111 or 999 with a structured SBAR summary on screen. Built at the Care at the Interfaces hack day with Riverside Lodge's staff, where it won.",
    problem: "soft-signs",
    hackDay: "interfaces",
    lead: "d_maya",
    members: ["c_mo", "d_tess"],
    links: { repo: true, demo: true, video: true },
    tech: "TypeScript, Remix, SQLite (pilot), PWA for care home tablets",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [
      {
        to: "validation",
        requested: 253,
        decided: 250,
        note: "Mohammed is our champion; Dr Marsh mentoring; tested in two homes.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 154,
        decided: 150,
        note: "Class I declaration drafted with Dr Carvalho; data-use statement published.",
        reason: "Pilot-ready items met.",
      },
    ],
    pendingRequest: {
      to: "pilot",
      daysAgo: 6,
      note: "Everything is in place except the pen test summary: the test is booked for next week. Oakleigh's two homes and the HIN grant are committed, DCB0160 signed by Oakleigh.",
    },
    dataUse: {
      statement:
        "In your care home, staff may use Restore Steps when they notice you seem unwell. It records what they noticed, your observations (such as temperature, pulse and breathing) and the score these give, and what they did next, such as calling your GP. It uses your name, date of birth and NHS number so the record is about the right person. The information is kept in your care home's records and shared only with the health professional staff call about you.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 160,
    },
    assurance: {
      userTesting:
        "Tested with 14 care staff at Riverside Lodge and Hadley Grange over 40 simulated scenarios; added a photo guide to each observation and an 'I'm still worried' override to escalate regardless of score.",
      intendedPurpose:
        "Restore Steps supports trained care home staff to recognise and respond to deterioration: it records soft signs and observations, calculates NEWS2 and supports a structured handover to a health professional. For adult residents in care homes. Not for children, or for diagnosis.",
      device:
        "Class I medical device (UK MDR 2002, rule 12): it calculates NEWS2, which informs clinical management. Self-declaration prepared; reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management).",
      trl6: "Four-week shadow use in one home alongside the paper tool, with every score checked by the nurse in charge.",
      interop:
        "Standalone for the pilot; SBAR summary shown for phone handover and exported to the digital care record as PDF. FHIR export planned for the second phase.",
      usability:
        "WCAG 2.2 AA statement; tested on the homes' tablets with care staff who speak English as a second language.",
    },
    next: {
      met: [
        "dtac_c1_clinical_safety",
        "dtac_c2_data_protection",
        "dtac_c4_interoperability",
        "dtac_d_usability",
        "pilot_site_committed",
        "funding_committed",
      ],
      inProgress: ["dtac_c3_technical_security"],
    },
    mentorships: [
      {
        mentor: "mentor",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 262,
        respondedDaysAgo: 260,
        message: "We won the hack day and want to do this properly. Could you be our CSO mentor?",
        focus: "DCB0129: hazard log and safety case for a NEWS2 tool in care homes",
        notes: [
          [
            255,
            "mentor",
            "Kick-off. The biggest hazards: a normal score reassuring staff when the resident is clearly unwell, and wrong resident. Added 'I'm still worried' escalation.",
          ],
          [200, "team", "Hazard log v0.4 shared; 21 hazards."],
          [58, "mentor", "Safety case report signed; Oakleigh's CSO has done the DCB0160 assessment."],
          [
            12,
            "mentor",
            "Agreed monitoring plan for the pilot: weekly review of every escalation for the first month.",
          ],
        ],
      },
      {
        mentor: "m_farah",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 40,
        respondedDaysAgo: 38,
        message: "We need Cyber Essentials and a pen test before the pilot.",
        focus: "Cyber Essentials and penetration test",
        notes: [[30, "mentor", "Cyber Essentials passed. Pen test scoped for two days; booked for next week."]],
      },
    ],
    funding: [
      {
        funder: "f_oakleigh",
        status: "committed",
        kind: "pilot_site",
        daysAgo: 130,
        updatedDaysAgo: 120,
        note: "Hadley Grange and Beech Court as pilot sites.",
      },
      {
        funder: "funder",
        status: "committed",
        kind: "grant",
        amount: 30_000,
        daysAgo: 70,
        updatedDaysAgo: 60,
        note: "Deterioration in care homes programme.",
      },
    ],
    showsBackers: true,
    pilots: [
      {
        plannedFrom: "f_oakleigh",
        organisation: "Oakleigh Care Group",
        site: "Hadley Grange and Beech Court",
        starts: -21,
        ends: -200,
        successMeasures:
          "Soft signs followed by observations within an hour; appropriate escalations; avoidable admissions; staff confidence.",
        status: "planned",
      },
    ],
    judging: {
      base: [5, 4, 4, 5, 5],
      comments: [
        "You clearly spent time with Mohammed and the night staff; the soft-signs-first flow comes straight from them.",
        "Care homes everywhere have this problem, and it works on the cheap tablets they already have.",
        "Good instinct adding 'I'm still worried' so a normal score never overrides a carer's judgement. Start a hazard log now.",
        "Tested with two carers during the hack and changed the wording twice. That's the right way round.",
        "The best demo of the day: a real scenario, start to finish, in under three minutes.",
      ],
    },
  },
  {
    key: "just-in-case",
    name: "Just in Case",
    tagline: "What anticipatory medicines are in the house, visible to whoever visits at 2am",
    description:
      "Just in Case records the anticipatory medicines prescribed for a person at the end of life, what the pharmacy dispensed, the signed authorisation chart and each dose given, and shows them to out-of-hours GPs and nurses visiting the home. Families see the plan in plain language.",
    problem: "palliative-jic",
    hackDay: null,
    lead: "c_rosa",
    members: ["d_kofi", "c_yusuf"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Remix, PostgreSQL, FHIR R4 MedicationRequest and MedicationDispense, EPS tracker",
    licence: "MIT",
    createdDaysAgo: 340,
    path: [
      {
        to: "validation",
        requested: 303,
        decided: 300,
        note: "Rosa leads; Dr Carvalho mentoring.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 94,
        decided: 90,
        note: "Tested with OOH GPs, district nurses and two families.",
        reason: "Pilot-ready items met.",
      },
    ],
    dataUse: {
      statement:
        "If you are being cared for at home towards the end of life, Just in Case records the medicines prescribed 'just in case' you need them, what the pharmacy supplied and any doses given. Nurses and doctors who visit you, including at night, can see this so they can help you quickly. Your family can see the plan too if you agree. It uses your name, NHS number and medicines information.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 100,
    },
    assurance: {
      userTesting:
        "Tested with 6 out-of-hours GPs, 9 district nurses, 3 community pharmacists and two bereaved family members who advised on wording.",
      intendedPurpose:
        "Just in Case records and displays anticipatory medicines prescribed, dispensed and administered for people at the end of life, for the health professionals caring for them and, with consent, their families.",
      device: "Not a medical device: it records and displays prescribing and administration without calculation.",
      esf: "Tier A (system service).",
      trl6: "Used alongside paper charts for 10 patients in the hospice's community team for a month (test environment, synthetic copies).",
    },
    next: {
      met: ["dtac_d_usability", "pilot_site_committed", "funding_committed"],
      inProgress: ["dtac_c1_clinical_safety", "dtac_c2_data_protection", "dtac_c4_interoperability"],
    },
    mentorships: [
      {
        mentor: "m_ines",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 310,
        respondedDaysAgo: 309,
        message: "Could a medicines record be a medical device?",
        focus: "Intended purpose and device classification",
        notes: [
          [290, "mentor", "Not a device as long as it doesn't calculate doses. Keep dose conversion out of scope."],
          [95, "mentor", "Intended purpose final."],
        ],
      },
      {
        mentor: "mentor",
        status: "requested",
        initiatedBy: "team",
        startedDaysAgo: 5,
        message: "We're starting DCB0129 for the pilot and would love your help as our CSO mentor.",
        focus: "DCB0129 for the pilot",
      },
    ],
    funding: [
      {
        funder: "f_ashby",
        status: "committed",
        kind: "grant",
        amount: 45_000,
        daysAgo: 80,
        updatedDaysAgo: 70,
        note: "End of life care at home programme.",
      },
      {
        funder: "funder",
        status: "interested",
        daysAgo: 15,
        note: "Could support spread to other hospices in the region.",
      },
    ],
    pilots: [
      {
        organisation: "St Cuthbert's Hospice with Pennine Vale out-of-hours GP service",
        site: "Hospice community team and the out-of-hours service's home visiting cars",
        starts: -45,
        ends: -225,
        successMeasures:
          "Out-of-hours visits where medicines were confirmed without a phone call; time to symptom relief; family experience.",
        status: "planned",
      },
    ],
  },
  {
    key: "bp-diary",
    name: "BP Diary",
    tagline: "Home blood pressure readings in, NICE average out, coded in the GP record",
    description:
      "Patients enter a week of home blood pressure readings on a web form (no app, works on any phone, or reception can enter a paper diary). BP Diary applies the NICE NG136 averaging rule, flags readings that need same-day action and files a coded average in the GP record.",
    problem: "home-bp",
    hackDay: null,
    lead: "developer",
    members: ["clinician", "d_ellie"],
    links: { repo: true, demo: true, video: true },
    tech: "TypeScript, Remix, SQLite, NHS login, IM1 (GP system), SNOMED CT",
    licence: "MIT",
    createdDaysAgo: 330,
    path: [
      {
        to: "validation",
        requested: 283,
        decided: 280,
        note: "Priya is our champion; Leah Simmons mentoring.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        by: "organiser",
        requested: 40,
        decided: 37,
        note: "Data-use statement now published; Dr Carvalho has reviewed the device classification.",
        reason: "All pilot-ready items met now. Good work turning this round.",
        returnedFirst: {
          requested: 75,
          decided: 72,
          note: "Ready to move to pilot ready.",
          reason:
            "Returned: the data-use statement is drafted but not published, and the MHRA device question needs your regulatory adviser's sign-off (calculating the average used for diagnosis may make this a device). Please resubmit when both are done.",
        },
      },
    ],
    dataUse: {
      statement:
        "If your GP asks you to check your blood pressure at home, you can enter your readings in BP Diary. It works out your average in the way national guidance recommends and saves the average to your GP record, so your GP can use it to look after your blood pressure. If a reading is very high, it tells you to contact the practice the same day. It uses your NHS login details and your readings. Your readings are kept for 12 months and then deleted; the average stays in your GP record.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 45,
    },
    assurance: {
      userTesting:
        "Tested with 21 patients aged 34 to 88 (five entering via a carer, four using the reception form) and 4 clinicians at Chapel Lane; the form now accepts readings in any order.",
      intendedPurpose:
        "BP Diary collects home blood pressure readings from patients and calculates the average using the NICE NG136 method, to support GPs in diagnosing and managing hypertension. It flags readings above thresholds set by the practice. Clinicians make every diagnostic and treatment decision.",
      device:
        "Class I medical device (UK MDR 2002): it calculates the average used in diagnosis. Registration with the MHRA in progress before the pilot; classification reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management).",
      trl6: "Used by 30 patients at Chapel Lane with averages double-checked by hand for four weeks.",
      usability: "WCAG 2.2 AA audited; works with screen readers and at 400% zoom.",
    },
    next: {
      met: ["dtac_d_usability"],
      inProgress: ["dtac_c1_clinical_safety", "dtac_c2_data_protection", "dtac_c4_interoperability"],
    },
    mentorships: [
      {
        mentor: "m_leah",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 290,
        respondedDaysAgo: 289,
        message: "We want this to work for people who won't download an app.",
        focus: "Inclusive design",
        notes: [
          [270, "mentor", "Paper form at reception as a first-class route. Test with a carer entering for someone."],
          [60, "team", "Paper route used by 18% of testers."],
        ],
      },
      {
        mentor: "m_ines",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 70,
        respondedDaysAgo: 69,
        message: "Our stage request was returned over the device question.",
        focus: "MHRA classification and registration",
        notes: [
          [
            60,
            "mentor",
            "Calculating the diagnostic average makes it a device: Class I. Technical file outline agreed.",
          ],
        ],
      },
      {
        mentor: "m_sunil",
        status: "offered",
        initiatedBy: "mentor",
        startedDaysAgo: 8,
        message: "I can help with the IM1 integration and the pen test scope for your pilot.",
        focus: "IM1 integration and security",
      },
    ],
    funding: [
      {
        funder: "funder",
        status: "in_discussion",
        daysAgo: 30,
        note: "Could fund a pilot across Pennine Vale South PCN.",
      },
      { funder: "f_okonjo", status: "interested", daysAgo: 20, note: "Interested once there's a second practice." },
    ],
  },
  {
    key: "seen-and-heard",
    name: "Seen and Heard",
    tagline: "A fortnightly check-in for young people waiting for CAMHS",
    description:
      "Seen and Heard sends young people on the CAMHS waiting list a short fortnightly check-in by text, in words they helped choose. It tells them where they are on the list, and anyone whose answers suggest they are getting worse goes to the duty clinician the same day.",
    problem: "camhs-waiting",
    hackDay: null,
    lead: "c_jas",
    members: ["d_zoe", "d_hana"],
    links: { repo: true, demo: true },
    tech: "Python, FastAPI, PostgreSQL, GOV.UK Notify",
    licence: "MIT",
    createdDaysAgo: 260,
    path: [
      {
        to: "validation",
        requested: 218,
        decided: 215,
        note: "Jas leads; Jo Kirby mentoring; tested with our youth panel.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 63,
        decided: 60,
        note: "Intended purpose, device class and data-use statement done.",
        reason: "Pilot-ready items met.",
      },
    ],
    dataUse: {
      statement:
        "If you're waiting to be seen by CAMHS, Seen and Heard sends you a short text every two weeks asking how you're doing. Your answers go only to the CAMHS team. If your answers suggest things are getting harder, a clinician will contact you that day. We use your mobile number, your name and your answers. If you're under 16, we'll talk to you and your parent or carer about who gets the texts.",
      lawfulBasis: `${DIRECT_CARE_BASIS} Consent for contact by text is recorded separately, with Gillick competence assessed for under-16s.`,
      publishedDaysAgo: 70,
    },
    assurance: {
      userTesting:
        "Co-designed with the trust's youth panel (9 young people) and 6 parents; tested with 5 clinicians. The questions were rewritten by the panel.",
      intendedPurpose:
        "Seen and Heard collects regular self-reported wellbeing from young people on the CAMHS waiting list, scores a validated short measure and alerts the duty clinician when answers cross thresholds set by the service.",
      device:
        "Class I medical device (UK MDR 2002): it scores a validated questionnaire and prioritises clinical contact. Reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management).",
      trl6: "Tested end to end with 20 volunteer families (not on the waiting list) over six weeks.",
    },
    next: { inProgress: ["dtac_c1_clinical_safety", "dtac_c2_data_protection"] },
    mentorships: [
      {
        mentor: "m_jo",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 230,
        respondedDaysAgo: 229,
        message: "Help us make this accessible for young people with additional needs.",
        focus: "Accessible language and design",
        notes: [[200, "mentor", "Easy-read version of the texts tested with the panel."]],
      },
      {
        mentor: "m_gareth",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 100,
        respondedDaysAgo: 98,
        message: "Children's data and texting: what do we need?",
        focus: "DPIA, consent and safeguarding information sharing",
        notes: [
          [
            80,
            "mentor",
            "DPIA draft reviewed; consent for contact by text is separate from the lawful basis for care.",
          ],
        ],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "in_discussion",
        daysAgo: 40,
        note: "Fits the children's mental health waiting well challenge.",
      },
      {
        funder: "f_ashby",
        status: "declined",
        daysAgo: 110,
        updatedDaysAgo: 100,
        note: "Our remit is later life.",
        declineReason: "Seen and Heard is for teenagers, so it would sit outside a later-life programme.",
      },
    ],
  },

  // ------------------------------------------------------------------ validation
  {
    key: "fallfinder",
    name: "FallFinder",
    tagline: "At the scene of a fall, see whether the person is known to the community falls team",
    description:
      "FallFinder shows an ambulance crew whether the person who has fallen is known to the community falls and frailty team, their falls plan and recent falls, and lets the crew refer directly to the team with an urgency the team agreed. It reads from the regional shared care record.",
    problem: "frail-faller",
    hackDay: "interfaces",
    lead: "c_liam",
    members: ["d_amir"],
    links: { repo: true, demo: true },
    tech: "C#, .NET, Azure Functions, FHIR R4 (CarePlan, Flag), shared care record API",
    licence: "Apache-2.0",
    createdDaysAgo: 299,
    path: [
      {
        to: "validation",
        requested: 203,
        decided: 200,
        note: "Liam is our clinician; Dr Boateng mentoring; tested with 8 crews.",
        reason: "Validation items met.",
      },
    ],
    dataUse: {
      statement:
        "Draft: if you fall at home and an ambulance crew comes, FallFinder shows them whether the community falls team already supports you and your falls plan.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: null,
    },
    next: { met: ["user_testing"], inProgress: ["intended_purpose", "mhra_device_class", "data_use_statement"] },
    assurance: {
      userTesting:
        "Tested with 8 crews during a training day, using synthetic patients; crews asked for the falls team's phone number on the first screen.",
    },
    mentorships: [
      {
        mentor: "m_kwame",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 210,
        respondedDaysAgo: 209,
        message: "I'd like to help you through the clinical safety side.",
        focus: "Clinical safety and the referral pathway",
        notes: [
          [180, "mentor", "The referral must never replace a conveyance decision. Wording agreed."],
          [30, "team", "Community falls team have agreed urgency categories."],
        ],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "interested",
        daysAgo: 45,
        note: "Could fit the next urgent and emergency care competition.",
      },
    ],
    judging: {
      base: [4, 5, 4, 4, 4],
      comments: [
        "Liam's experience shows: you went straight to the moment the crew decides whether to convey.",
        "Fewer unnecessary conveyances is a big win for patients and the system.",
        "Sensible to read from the shared care record rather than copy data.",
        "Good use of the falls team in the room.",
        "Clear and quick, though the referral screen was a mock-up.",
      ],
    },
  },
  {
    key: "safeplace",
    name: "SafePlace",
    tagline: "Live availability of section 136 places of safety for police, ED and crisis teams",
    description:
      "SafePlace shows each health-based place of safety's availability, the expected time to a free bed and the AMHP on duty, updated by suite coordinators in two taps. Police control rooms, EDs and crisis teams see the same board. No personal data: just beds and times.",
    problem: "s136-places",
    hackDay: "interfaces",
    lead: "d_kofi",
    members: ["c_megan"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Remix, SQLite, server-sent events",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [
      {
        to: "validation",
        requested: 224,
        decided: 220,
        note: "Megan is our champion; Owen Price mentoring.",
        reason: "Validation items met.",
      },
    ],
    next: { inProgress: ["user_testing", "intended_purpose"] },
    mentorships: [
      {
        mentor: "m_owen",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 230,
        respondedDaysAgo: 229,
        message: "How do we get this on police control room screens?",
        focus: "Hosting and access for partner organisations",
        notes: [
          [
            200,
            "mentor",
            "Police can access via a public URL with a shared organisation login; no personal data makes this much simpler.",
          ],
        ],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "interested",
        daysAgo: 50,
        note: "Mental health crisis care is a priority for next year.",
      },
    ],
    judging: {
      base: [4, 4, 4, 3, 4],
      comments: [
        "Megan explained the phone tree brilliantly; you built exactly what she described.",
        "Helps people in crisis and frees police time. Think about the ED view too.",
        "No personal data by design. Good.",
        "Would have liked to see it tested with a police officer.",
        "Worked live with two devices updating the board.",
      ],
    },
  },
  {
    key: "strokelink",
    name: "StrokeLink",
    tagline: "One view per stroke call: onset time, NIHSS, scan status and report, with a clock",
    description:
      "StrokeLink gives the stroke team and the on-call consultant one shared view per stroke call: onset time and NIHSS from ED, scan status from the PACS worklist, the provisional report, anticoagulant history and a door-to-needle clock. It is built on the PACS and order comms interfaces the trust already has.",
    problem: "stroke-ct",
    hackDay: "interfaces",
    lead: "d_omar",
    members: ["c_iain", "c_holly"],
    links: { repo: true, demo: true, video: true },
    tech: "C#, .NET 8, DICOM worklist (MWL), HL7 v2 ORU, SignalR, React",
    licence: "Apache-2.0",
    createdDaysAgo: 299,
    path: [
      {
        to: "validation",
        requested: 243,
        decided: 240,
        note: "Iain and Holly on the team; Dr Marsh mentoring.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 134,
        decided: 130,
        note: "Tested with the stroke team; data-use statement published.",
        reason: "Pilot-ready items met.",
      },
      {
        back: "validation",
        at: 55,
        reason:
          "Moving back to validation at the team's request. The hazard log review found that when two stroke calls overlap, the consultant view could show the provisional report for the wrong scan (hazard H-07). Until matching uses the accession number end to end, the DTAC C1 work can't go ahead, and the TRL 6 evidence no longer holds.",
      },
    ],
    dataUse: {
      statement:
        "If you come to Kingsmere Hospital with a suspected stroke, StrokeLink shows the stroke team your scan results, the time your symptoms started, your stroke assessment score and whether you take blood thinners, all in one place. This helps them decide quickly about clot-busting treatment. It uses information already in your hospital records and is only shown to the stroke team.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 140,
    },
    assurance: {
      userTesting: "Tested with 5 stroke nurses, 3 consultants and 2 radiologists in 12 simulated calls.",
      intendedPurpose:
        "StrokeLink displays information relevant to a hyperacute stroke thrombolysis decision from several systems in one view, with elapsed time. It does not interpret images or recommend treatment.",
      esf: "Tier C (inform clinical management).",
    },
    next: {
      met: ["user_testing", "intended_purpose", "nice_esf_tier", "data_use_statement"],
      inProgress: ["mhra_device_class", "trl_6"],
    },
    mentorships: [
      {
        mentor: "mentor",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 250,
        respondedDaysAgo: 249,
        message: "We brought a draft hazard log to the hack day. Will you help us finish it?",
        focus: "Hazard log and safety case",
        notes: [
          [230, "mentor", "Good start. Time-critical tools need hazards on stale data and wrong patient."],
          [
            60,
            "mentor",
            "H-07 found in testing: overlapping calls can mismatch reports. Recommended moving back until fixed.",
          ],
          [15, "team", "Accession-number matching rebuilt; retesting with radiology next week."],
        ],
      },
    ],
    judging: {
      base: [4, 4, 5, 4, 3],
      comments: [
        "Iain's timeline of a real (anonymised) stroke call made the problem vivid.",
        "Every minute matters; a credible path to shorter door-to-needle times.",
        "The only team with a draft hazard log at the demo. Impressive.",
        "Built on existing interfaces rather than wishful thinking.",
        "The demo stalled on the PACS mock, but the idea came through.",
      ],
    },
  },
  {
    key: "rotaflex",
    name: "RotaFlex",
    tagline: "Re-plan a district nursing day in minutes when staff call in sick",
    description:
      "RotaFlex suggests a re-plan of the day's district nursing visits when staff are off, keeping time-critical visits (insulin, end of life) on time and respecting skills and travel. The team lead adjusts and publishes it to the nurses' phones.",
    problem: "dn-schedule",
    hackDay: "interfaces",
    lead: "d_zoe",
    members: ["c_lucy"],
    links: { repo: true, demo: true },
    tech: "Python, OR-Tools, FastAPI, React",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [
      {
        to: "validation",
        requested: 213,
        decided: 210,
        note: "Lucy is our champion; Owen Price mentoring.",
        reason: "Validation items met.",
      },
    ],
    lastActivityDaysAgo: 131,
    next: { inProgress: ["user_testing"] },
    mentorships: [
      {
        mentor: "m_owen",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 222,
        respondedDaysAgo: 221,
        message: "Is OR-Tools the right choice for a small team?",
        focus: "Scheduling engine and architecture",
        notes: [
          [190, "mentor", "Yes, with a time limit on the solver. Keep the constraints the team lead can understand."],
          [131, "team", "Zoë has finished her MSc and is starting a new job; we're looking for another developer."],
        ],
      },
    ],
    judging: {
      base: [3, 4, 3, 4, 3],
      comments: [
        "Understood the morning scramble, though more on skill mix would help.",
        "Could free real nursing time across every community trust.",
        "Think about what happens when the plan is wrong: who checks time-critical visits?",
        "Good use of Lucy's real (anonymised) visit patterns to build synthetic data.",
        "Worked, but the map view was hard to follow.",
      ],
    },
  },
  {
    key: "easy-read-invite",
    name: "Easy Read Invite",
    tagline: "Annual health check invitations people with a learning disability can understand",
    description:
      "Easy Read Invite creates an easy-read invitation for each person on the practice's learning disability register, with photos of their own practice and nurse, a step-by-step guide to the check and a simple way to ask for reasonable adjustments, which are recorded against the national flag. Co-designed with a self-advocacy group.",
    problem: "ld-health-checks",
    hackDay: null,
    lead: "c_nkechi",
    members: ["d_ellie", "d_tess"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Remix, PDF generation, GOV.UK Notify (letters and SMS), IM1",
    licence: "OGL-UK-3.0 (content), MIT (code)",
    createdDaysAgo: 230,
    path: [
      {
        to: "validation",
        requested: 153,
        decided: 150,
        note: "Nkechi leads; Jo Kirby mentoring; co-design sessions done.",
        reason: "Validation items met.",
      },
    ],
    pendingRequest: {
      to: "pilot_ready",
      daysAgo: 3,
      note: "All pilot-ready items are met; three practices in Riverside South PCN want to pilot.",
    },
    dataUse: {
      statement:
        "Your GP practice uses Easy Read Invite to send you an invitation to your annual health check that is easier to read, with pictures. If you tell us what would help you, like a longer appointment or a quiet room, we write that in your GP record so the practice remembers. We use your name, address, phone number and the adjustments you tell us about.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 10,
    },
    assurance: {
      userTesting:
        "Four co-design sessions with Riverside Speak Up (11 self-advocates, paid for their time) and testing with 6 families and 3 practice LD champions.",
      intendedPurpose:
        "Easy Read Invite produces accessible invitations to learning disability annual health checks and records requested reasonable adjustments in the GP record.",
      device: "Not a medical device: it produces invitations and records preferences.",
      esf: "Tier A (system service).",
      trl6: "Used to invite 40 people at one practice alongside standard letters; 29 booked.",
    },
    next: {
      met: ["user_testing", "intended_purpose", "mhra_device_class", "nice_esf_tier", "data_use_statement", "trl_6"],
    },
    mentorships: [
      {
        mentor: "m_jo",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 170,
        respondedDaysAgo: 169,
        message: "I'd love to help: easy read is close to my heart.",
        focus: "Easy-read and accessible design",
        notes: [
          [150, "mentor", "Second co-design session: swap stock photos for photos of the practice. Huge difference."],
          [20, "team", "29 of 40 booked in the trial practice."],
        ],
      },
    ],
  },
  {
    key: "inhaler-coach",
    name: "Inhaler Coach",
    tagline: "Parents film their child's inhaler technique at home; the nurse coaches before the review",
    description:
      "Parents record a short video of their child using their inhaler and spacer at home. The practice nurse reviews it against a checklist before the annual review and sends back coaching videos matched to the child's device.",
    problem: "asthma-inhaler",
    hackDay: null,
    lead: "d_tess",
    members: ["c_sarah", "d_ellie"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Next.js, encrypted object storage",
    licence: "MIT",
    createdDaysAgo: 310,
    path: [
      {
        to: "validation",
        requested: 243,
        decided: 240,
        note: "Sarah is our champion; Leah Simmons mentoring.",
        reason: "Validation items met.",
      },
    ],
    state: {
      kind: "paused",
      daysAgo: 150,
      reason:
        "Lead developer on parental leave and our clinical champion is changing practice. Pausing until the team regroups in the spring; the video storage DPIA is half done.",
    },
    next: { inProgress: ["user_testing"] },
    mentorships: [
      {
        mentor: "m_leah",
        status: "cancelled",
        initiatedBy: "team",
        startedDaysAgo: 250,
        respondedDaysAgo: 249,
        endedDaysAgo: 150,
        message: "Help us test with parents.",
        focus: "User research with parents",
        notes: [
          [230, "mentor", "Parents loved filming; nurses worried about time to review. Cap videos at 30 seconds."],
        ],
      },
    ],
  },
  {
    key: "scriptlink",
    name: "ScriptLink Care Homes",
    tagline: "Care homes order repeats from the current repeat list; no more faxes",
    description:
      "ScriptLink let care homes order residents' repeat prescriptions from the practice's current repeat template, with stopped items greyed out, and sent structured requests to the practice.",
    problem: "care-home-repeats",
    hackDay: null,
    lead: "c_yusuf",
    members: ["d_arjun"],
    links: { repo: true },
    tech: "Kotlin, Spring Boot, IM1",
    licence: "MIT",
    createdDaysAgo: 440,
    path: [
      {
        to: "validation",
        requested: 403,
        decided: 400,
        note: "Yusuf leads; Martin Keane mentoring.",
        reason: "Validation items met.",
      },
    ],
    state: {
      kind: "archived",
      daysAgo: 200,
      archiveReason: "not_pursuing",
      reason:
        "NHS App proxy ordering for care homes now covers repeat ordering for our homes, and both practices use it. The remaining gap (reconciling with eMAR) belongs with the eMAR suppliers. We decided not to pursue; the code stays open for anyone who needs it.",
    },
    mentorships: [
      {
        mentor: "m_martin",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 420,
        respondedDaysAgo: 418,
        endedDaysAgo: 200,
        message: "Who would buy this?",
        focus: "Commissioning and market check",
        notes: [
          [380, "mentor", "Check the national proxy access roadmap before investing more: it may overtake you."],
          [205, "team", "It has. Closing the project."],
        ],
      },
    ],
  },

  // ------------------------------------------------------------------ prototype
  {
    key: "siplog",
    name: "SipLog",
    tagline: "Tap to record a drink as it happens; see who is behind today",
    description:
      "SipLog lets care staff record drinks with two taps on a shared tablet as they happen, and shows a simple 'who's behind today' list with prompts for the next drinks round.",
    problem: "dementia-hydration",
    hackDay: "interfaces",
    lead: "d_ellie",
    members: ["c_grace", "d_arjun"],
    links: { repo: true, demo: true },
    tech: "Flutter, Firebase (synthetic data only)",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [],
    lastActivityDaysAgo: 200,
    next: { met: ["clinical_champion", "problem_linked", "working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    mentorships: [
      {
        mentor: "m_jo",
        status: "declined",
        initiatedBy: "team",
        startedDaysAgo: 260,
        respondedDaysAgo: 255,
        message: "Could you help us make SipLog accessible for care staff?",
        focus: "Accessibility",
      },
    ],
    judging: {
      base: [3, 3, 3, 3, 4],
      comments: [
        "Grace's story about fluid charts filled in from memory landed with everyone.",
        "Useful, but think about residents who drink in their rooms.",
        "Firebase with real data would be a problem: plan UK hosting early.",
        "Fast iteration, but little testing with staff.",
        "Lovely, simple interface: the room's favourite.",
      ],
    },
  },
  {
    key: "backfill",
    name: "Backfill",
    tagline: "Fill on-the-day theatre cancellations from patients who opted in to short notice",
    description:
      "Backfill keeps a live list of pre-assessed patients who have opted in to short-notice surgery, matches them to a gap by procedure length, surgeon and equipment, and sends an offer by text that the patient can accept.",
    problem: "theatre-backfill",
    hackDay: "interfaces",
    lead: "d_lena",
    members: ["c_chris"],
    links: { repo: true, demo: true },
    tech: "Go, PostgreSQL, GOV.UK Notify",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [],
    lastActivityDaysAgo: 12,
    next: { met: ["clinical_champion", "problem_linked", "working_demo"], inProgress: ["active_mentor"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    mentorships: [
      {
        mentor: "m_nadia",
        status: "requested",
        initiatedBy: "team",
        startedDaysAgo: 12,
        message: "Could you help us work out the value of a back-filled theatre hour for our business case?",
        focus: "Economic case",
      },
    ],
    funding: [
      { funder: "f_northgate", status: "interested", daysAgo: 25, note: "Theatre productivity is a board priority." },
      {
        funder: "f_halden",
        status: "withdrawn",
        daysAgo: 90,
        updatedDaysAgo: 80,
        note: "We're building short-notice booking into our own theatre module.",
      },
    ],
    judging: {
      base: [4, 3, 3, 3, 3],
      comments: [
        "Chris's numbers on lost theatre hours were the most striking of the day.",
        "Helps people who have waited longest, if they can get there in time.",
        "Think about consent for short-notice contact and who is left out (no mobile).",
        "Solid, conventional build.",
        "The matching worked; the text offer was mocked.",
      ],
    },
  },
  {
    key: "sepsis-timer",
    name: "Sepsis Timer",
    tagline: "A triage prompt and a one-hour antibiotic timer for ED",
    description:
      "Sepsis Timer prompted the sepsis screen from triage observations and ran a visible clock to first antibiotics.",
    problem: "sepsis-screening",
    hackDay: "interfaces",
    lead: "d_ben",
    members: ["c_dan"],
    links: { repo: true },
    tech: "Python, Flask",
    licence: "MIT",
    createdDaysAgo: 299,
    path: [],
    state: {
      kind: "archived",
      daysAgo: 250,
      archiveReason: "already_live",
      reason:
        "Kingsmere's EPR sepsis screening module went live in ED in January and does what we built, inside the EPR. No reason to run a separate tool.",
    },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    judging: {
      base: [2, 3, 3, 3, 3],
      comments: [
        "Check what your EPR supplier already offers before building.",
        "Sepsis matters, but the gap may be closing.",
        "Alert fatigue is the hazard to think about.",
        "Quick build.",
        "Clear, but a timer alone doesn't change practice.",
      ],
    },
  },
  {
    key: "clear-request",
    name: "Clear Request",
    tagline: "Imaging requests checked for completeness as they are written",
    description:
      "Clear Request checks a CT or MRI request as it is written: the clinical question, eGFR for contrast, pregnancy status, implants for MRI, and explains what is missing and why, so requests are right first time.",
    problem: "radiology-requests",
    hackDay: null,
    lead: "d_omar",
    members: ["c_holly"],
    links: { repo: true },
    tech: "C#, .NET, order comms rules engine",
    licence: "Apache-2.0",
    createdDaysAgo: 150,
    path: [],
    next: { met: ["clinical_champion", "problem_linked"], inProgress: ["working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    mentorships: [
      {
        mentor: "m_leah",
        status: "offered",
        initiatedBy: "mentor",
        startedDaysAgo: 20,
        message: "I commented on the problem; happy to help you scope the rules with radiographers.",
        focus: "Scoping with users",
      },
    ],
  },
  {
    key: "lithium-loop",
    name: "Lithium Loop",
    tagline: "A shared lithium monitoring record with reminders for patients and prescribers",
    description:
      "Lithium Loop tracks who is responsible for each person's lithium monitoring, when tests are due and the latest results, and reminds the person and the responsible prescriber. Worrying trends in kidney function go to the psychiatrist and GP together.",
    problem: "lithium-monitoring",
    hackDay: null,
    lead: "d_zoe",
    members: ["c_ravi"],
    links: { repo: true, demo: true },
    tech: "Python, Django, PostgreSQL",
    licence: "MIT",
    createdDaysAgo: 180,
    path: [],
    next: { met: ["clinical_champion", "problem_linked", "working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    mentorships: [
      {
        mentor: "m_gareth",
        status: "offered",
        initiatedBy: "mentor",
        startedDaysAgo: 14,
        message: "You'll be sharing results between two organisations; I can help with the DPIA when you're ready.",
        focus: "Data sharing between mental health trust and GP",
      },
    ],
  },

  // ------------------------------------------------------------------ live at the winter hack day
  {
    key: "pews-pal",
    name: "PEWS Pal",
    tagline: "Enter children's observations once; get the right age-band PEWS and the next action",
    description:
      "PEWS Pal scores paediatric observations against the right age band instantly, shows the escalation action, prompts the nurse to ask about parental concern and prints a paper chart for downtime. Built at the winter hack day with Dr Harriet Cole.",
    problem: "pews",
    hackDay: "winter",
    lead: "developer",
    members: ["c_harriet", "d_femi"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Remix, SQLite",
    licence: "MIT",
    createdDaysAgo: 1,
    path: [],
    next: { met: ["clinical_champion", "problem_linked", "working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
  },
  {
    key: "my-crisis-plan",
    name: "My Crisis Plan",
    tagline: "Your crisis plan, in your words, for the crew at 3am, shared only as you choose",
    description:
      "My Crisis Plan lets a person write their crisis plan with their care coordinator, choose who can see which parts, and makes it available to ambulance crews and ED through the shared care record. Built with the Calderbrook lived experience group at the winter hack day.",
    problem: "crisis-plans",
    hackDay: "winter",
    lead: "d_amir",
    members: ["c_megan", "d_hana"],
    links: { repo: true, demo: true },
    tech: "C#, .NET, FHIR R4 CarePlan, React",
    licence: "Apache-2.0",
    createdDaysAgo: 1,
    path: [],
    next: { met: ["clinical_champion", "problem_linked"], inProgress: ["working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
  },
  {
    key: "tell-us-once",
    name: "Tell Us Once",
    tagline: "A 'what matters to me' record families tell once and check",
    description:
      "Tell Us Once gives the person and their family one record of what matters to them, their home, their routines and their support, which every assessor reads and adds to, instead of asking again.",
    problem: "repeat-assessment",
    hackDay: "winter",
    lead: "d_rhys",
    members: ["c_tomasz"],
    links: { repo: true },
    tech: "TypeScript, Remix, PostgreSQL",
    licence: "MIT",
    createdDaysAgo: 1,
    path: [],
    next: { met: ["clinical_champion", "problem_linked"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
  },
  {
    key: "waiting-well",
    name: "Waiting Well",
    tagline: "Where is my discharge up to? A shared view for the ward, the council and the family",
    description:
      "Waiting Well shows each person's discharge pathway, what it is waiting for and who has the next action, to the ward, the council's discharge team and, in plain words, the family.",
    problem: "stranded-discharge",
    hackDay: "winter",
    lead: "d_ioana",
    members: ["c_olu"],
    joinRequests: [["d_kofi", "I've built discharge dashboards on FHIR before. Could I help with the ward view?"]],
    links: { repo: true, demo: true },
    tech: "Python, FastAPI, HTMX, SQLite",
    licence: "MIT",
    createdDaysAgo: 1,
    path: [],
    next: { met: ["clinical_champion", "problem_linked", "working_demo"] },
    dataUse: { statement: SYNTHETIC_STATEMENT, lawfulBasis: "", publishedDaysAgo: null },
    mentorships: [
      {
        mentor: "m_sunil",
        status: "offered",
        initiatedBy: "mentor",
        startedDaysAgo: 0,
        message: "Saw your demo plan: happy to review the architecture after the hack day.",
        focus: "Architecture review",
      },
    ],
  },
];
