/** Projects that have reached a pilot or beyond. */
import type { SeedProject } from "./projects-types";

const DIRECT_CARE_BASIS =
  "UK GDPR Article 6(1)(e) (a task in the public interest: providing health and care services) and Article 9(2)(h) (health or social care), under the common law duty of confidentiality's implied consent for direct care.";

export const lateProjects: SeedProject[] = [
  // ------------------------------------------------------------------ adopted
  {
    key: "footpath",
    name: "FootPath",
    tagline: "One shared foot-risk record for people with diabetes, across GP, podiatry and the hospital foot team",
    description:
      "FootPath gives the practice, community podiatry and the hospital multidisciplinary foot team one view of each person's diabetic foot risk: the latest category, who assessed it and when, ulcer history and the next check due. It flags people at moderate or high risk who are overdue or whose risk has changed, and sends referrals that carry the history. It started at a Pennine Vale diabetes hack weekend and is now used across two integrated care boards.",
    problem: "foot-checks",
    hackDay: null,
    lead: "d_kofi",
    members: ["clinician", "c_aisha", "developer", "d_maya", "d_ellie"],
    links: { repo: true, demo: true, video: true },
    tech: "TypeScript, Remix, PostgreSQL, FHIR R4 (UK Core), GP Connect, SNOMED CT, NHS CIS2 smartcard login",
    licence: "MIT",
    createdDaysAgo: 505,
    path: [
      {
        to: "validation",
        requested: 474,
        decided: 470,
        note: "Priya and Aisha are on the team, mentor in place, demo runs on the synthetic cohort.",
        reason: "All validation items met. Good to see podiatry involved from the start.",
      },
      {
        to: "pilot_ready",
        requested: 428,
        decided: 425,
        note: "Tested with 14 clinicians across the three services; data-use statement published.",
        reason: "User testing is thorough and the MHRA reasoning has been checked by our regulatory adviser.",
      },
      {
        to: "pilot",
        requested: 386,
        decided: 382,
        note: "DTAC complete, DCB0160 signed by all three organisations, HIC phase 1 funding in place.",
        reason: "DTAC sections verified; pilot site and funding committed.",
      },
      {
        to: "evaluation",
        requested: 259,
        decided: 255,
        note: "Four-month pilot complete across six practices; measures collected.",
        reason: "Pilot ran as planned; measures against baseline are in.",
      },
      {
        to: "route_to_market",
        requested: 124,
        decided: 120,
        note: "Evaluation published with Prof Hussain's team; ICB commissioning route agreed.",
        reason: "Evidence meets tier C for inform clinical management; procurement route is clear.",
      },
      {
        to: "adopted",
        requested: 16,
        decided: 12,
        note: "In routine use across Pennine Vale and Severn and Wye; amputation outcome published.",
        reason: "Routine use at two ICBs confirmed by both commissioners. Congratulations to the whole team.",
      },
    ],
    dataUse: {
      statement:
        "FootPath shows your foot health check results to the people who look after your feet: your GP practice, the community podiatry team and the hospital foot clinic. It uses your name, date of birth, NHS number, your foot risk level, the dates of your checks and any foot ulcers you've had. It uses this so that whoever sees you next knows your history and so that nobody misses a check you are due. It does not use your information for anything else, it is not sold, and it stays within the NHS in the UK. You can ask your GP practice for a copy or to object.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 432,
    },
    assurance: {
      userTesting:
        "Moderated testing with 14 clinicians (6 practice nurses, 5 podiatrists, 3 MDT members) at Chapel Lane, Pennine Vale podiatry and Northgate's foot clinic. Changes made: the overdue list now sorts by risk first, referral form cut from 22 fields to 9. Report: https://evidence.hackpath.test/footpath/user-testing",
      intendedPurpose:
        "FootPath displays diabetic foot risk assessments recorded by clinicians in GP, community podiatry and hospital foot services, reminds those services when a check is due, and carries the history with a referral. It does not assess risk, diagnose or recommend treatment. Users: registered health professionals. Not for use by patients.",
      device:
        "Not a medical device. It stores and displays information entered by clinicians and applies a recall schedule; it performs no calculation or interpretation that informs diagnosis or treatment (MHRA guidance on software and apps, decision flowchart). Reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management): it flags changes in risk and overdue checks to clinicians, who make every decision.",
      trl6: "Demonstrated with the synthetic NDFA cohort in the Pennine Vale test environment with GP Connect sandbox data, and in a one-week shadow run at Chapel Lane.",
      interop:
        "FHIR R4 UK Core; reads GP records via GP Connect Access Record: Structured; SNOMED CT foot-risk codes; staff sign in with NHS CIS2.",
      usability: "Accessibility statement (WCAG 2.2 AA, audited October); SUS score 81 from 14 clinicians.",
      pilotRan:
        "Six practices in Pennine Vale South PCN, community podiatry and the Northgate MDT foot clinic; 2,940 people with diabetes on the shared record, 71 staff users.",
      evidenceMeetsTier:
        "Tier C evidence: a before-and-after evaluation with a comparator PCN, showing improved foot check coverage and shorter time to MDT, with safety monitoring and no incidents attributed to the product. Checked against the ESF by Prof Nadia Hussain.",
      commercialModel:
        "ICB-wide licence at £0.40 per person with diabetes per year, including support and hosting; free for the originating PCN for the first two years.",
      procurementRoute:
        "Each ICB buys through the G-Cloud 14 framework (lot 2, cloud software); Severn and Wye used a direct award under the same framework.",
      routineUse:
        "NHS Pennine Vale ICB (all 48 practices, community podiatry and the Northgate foot service) since {{200 days ago}}; NHS Severn and Wye ICB (22 practices so far) since {{70 days ago}}.",
    },
    mentorships: [
      {
        mentor: "m_owen",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 485,
        respondedDaysAgo: 484,
        endedDaysAgo: 395,
        message: "We need help reading structured GP records without over-fetching.",
        focus: "GP Connect and FHIR UK Core",
        notes: [
          [
            480,
            "mentor",
            "Walked through GP Connect Access Record: Structured. Only request the problems and observations sections you need; cache nothing beyond the session.",
          ],
          [440, "team", "Switched to the UK Core profiles; the sandbox now returns foot-risk codes correctly."],
        ],
      },
      {
        mentor: "mentor",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 412,
        respondedDaysAgo: 411,
        endedDaysAgo: 330,
        message: "We need a Clinical Safety Officer to help us write our DCB0129 documents before the pilot.",
        focus: "DCB0129 clinical risk management",
        notes: [
          [
            405,
            "mentor",
            "First hazard workshop. 17 hazards identified; the big one is a stale risk category shown as current. Agreed to show 'assessed on' next to every category.",
          ],
          [
            392,
            "mentor",
            "Reviewed the hazard log v0.3 and the clinical risk management plan. Safety case report can go to sign-off once the 'wrong patient' controls are tested.",
          ],
          [
            386,
            "mentor",
            "Signed the safety case report. Residual risk acceptable; 0 high, 3 medium hazards with controls.",
          ],
        ],
      },
      {
        mentor: "m_gareth",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 400,
        respondedDaysAgo: 398,
        endedDaysAgo: 352,
        message: "Three controllers, one record. Please help!",
        focus: "DPIA and data sharing agreement",
        notes: [
          [
            395,
            "mentor",
            "Joint DPIA approach agreed with the three IG leads; the practice, the community trust and Northgate are joint controllers for direct care.",
          ],
        ],
      },
      {
        mentor: "m_nadia",
        status: "completed",
        initiatedBy: "mentor",
        startedDaysAgo: 300,
        respondedDaysAgo: 298,
        endedDaysAgo: 150,
        message: "I'd like to help you design the evaluation before the pilot ends.",
        focus: "Evaluation design and NICE ESF evidence",
        notes: [
          [
            296,
            "mentor",
            "Chose a comparator PCN with a similar diabetes population. Primary measure: foot check coverage; secondary: days to MDT.",
          ],
          [
            190,
            "mentor",
            "Draft evaluation report reviewed. The amputation figures need another year of data before we can claim anything.",
          ],
        ],
      },
      {
        mentor: "c_mark",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 200,
        respondedDaysAgo: 198,
        message: "Would you help us take FootPath to the foot services in Severn and Wye?",
        focus: "Clinical leadership for spread to a second ICB",
        notes: [
          [150, "mentor", "Introduced the team to the Severn and Wye foot protection service leads."],
          [
            40,
            "team",
            "Severn and Wye practices onboarding in waves; 22 live. Mark presenting the amputation data at the regional diabetes network.",
          ],
        ],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "committed",
        kind: "grant",
        amount: 96_000,
        daysAgo: 420,
        updatedDaysAgo: 395,
        note: "Phase 1 feasibility contract: diabetes foot care challenge.",
      },
      {
        funder: "funder",
        status: "committed",
        kind: "grant",
        amount: 48_000,
        daysAgo: 170,
        updatedDaysAgo: 140,
        note: "Adoption and spread grant for the second ICB, matched by Severn and Wye's podiatry time.",
      },
      {
        funder: "f_halden",
        status: "in_discussion",
        daysAgo: 60,
        note: "Exploring an integration with our community EPR.",
      },
      {
        funder: "f_meridian",
        status: "interested",
        daysAgo: 30,
        note: "Interested if there is a plan for a third and fourth ICB.",
      },
    ],
    pilots: [
      {
        organisation: "Pennine Vale South PCN with Pennine Vale Community Health and Northgate University Hospitals",
        site: "Six practices, community podiatry and the MDT foot clinic",
        starts: 382,
        ends: 258,
        successMeasures:
          "Foot check coverage among people with diabetes; days from new ulcer to MDT assessment; staff time spent chasing information; no increase in safety incidents.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "People with diabetes with a foot check recorded in the last 12 months",
        baseline: "69",
        result: "91",
        unit: "%",
        source: "Practice records, pilot PCN (2,940 people)",
        measuredDaysAgo: 258,
      },
      {
        metric: "Median days from a new foot ulcer to MDT assessment",
        baseline: "19",
        result: "6",
        unit: "days",
        source: "MDT clinic records, pilot period vs previous year",
        measuredDaysAgo: 258,
      },
      {
        metric: "Complex diabetic foot amputations (major and multiple-ray) among Pennine Vale residents",
        baseline: "148",
        result: "89",
        unit: "amputations per year",
        source:
          "Hospital Episode Statistics and the National Diabetes Foot Care Audit, ICB analysis: 12 months after go-live vs the 12 months before",
        measuredDaysAgo: 30,
        story: {
          title: "Sharing one foot-risk record cut complex diabetic amputations by 40%",
          body: "When Dr Priya Raman posted on Hackpath that diabetic foot checks were going missing between her practice, community podiatry and the hospital foot team, eight other clinicians said it happened to them too.\n\nA hack weekend team led by Kofi Asante built FootPath: one foot-risk record that all three services see and update, with a flag for anyone at high risk who is overdue or whose risk has changed. With a Clinical Safety Officer, the ICB's DPO and a regulatory adviser mentoring them through Hackpath, the team reached a pilot in six practices within four months.\n\nThe pilot raised recorded foot checks from 69% to 91% and cut the wait from a new ulcer to the foot team from 19 days to 6. Pennine Vale ICB then rolled it out to all 48 practices, with the podiatry and hospital foot teams working as one service.\n\nIn the first year, complex amputations among people with diabetes in Pennine Vale fell from 148 to 89: a 40% reduction. 'The record didn't save anyone's foot,' says Aisha Bello, a podiatrist on the team. 'Seeing each other's work did. We stopped losing people between us.'\n\nFootPath is now in use across a second ICB, with a grant from the Health Innovation Network to support spread.",
          publishedDaysAgo: 22,
        },
      },
    ],
  },
  {
    key: "raiseup",
    name: "RaiseUp",
    tagline: "A post-fall check for care home night staff, with a remote clinician on the line",
    description:
      "RaiseUp walks night care staff through a structured post-fall assessment (based on the ISTUMBLE approach) on a tablet, with a video call to the community falls response clinician when they need one. If the resident isn't injured, staff lift them safely with a lifting cushion; if they are, the app hands over to 999 with the findings. It came from a care home manager's post on Hackpath and was built with Oakleigh Care Group's night staff.",
    problem: "night-falls",
    hackDay: null,
    lead: "d_rhys",
    members: ["c_grace", "c_liam", "d_ellie", "d_arjun"],
    links: { repo: false, demo: true, video: true },
    tech: "Flutter (Android tablets), Go, PostgreSQL, WebRTC video, offline-first",
    licence: "Proprietary (Carelytics Ltd); care homes licence per bed",
    createdDaysAgo: 495,
    path: [
      {
        to: "validation",
        requested: 458,
        decided: 455,
        note: "Grace is our champion; tested with eight night carers at Oakleigh House.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 404,
        decided: 400,
        note: "Class I self-declaration done with Dr Boateng's help; statement published.",
        reason: "Good intended purpose and a careful device classification.",
      },
      {
        to: "pilot",
        requested: 353,
        decided: 350,
        note: "DTAC done; four Oakleigh homes committed; Ashby Foundation grant.",
        reason: "Assurance complete and verified; pilot sites and funding committed.",
      },
      {
        to: "evaluation",
        requested: 234,
        decided: 230,
        note: "Four-month pilot finished; 83 falls managed with RaiseUp.",
        reason: "Measures collected against the 12 months before.",
      },
      {
        to: "route_to_market",
        requested: 144,
        decided: 140,
        note: "Evaluation report published; per-bed licence model agreed with Oakleigh.",
        reason: "Evidence meets tier C; care home procurement is direct purchase.",
      },
      {
        to: "adopted",
        requested: 33,
        decided: 30,
        note: "All 14 Oakleigh homes plus Riverside Lodge; story published.",
        reason: "Routine use at two providers confirmed.",
      },
    ],
    dataUse: {
      statement:
        "If you fall in your care home, staff may use RaiseUp to check you over. It records what happened, the checks staff did (for example your breathing, pain and any injury), and a video call with a nurse or paramedic if one is needed. The video is not recorded. This helps staff decide safely whether they can help you up or need an ambulance. The record is kept in your care home's care records. It is not shared with anyone else except the ambulance service or your GP if you need their help.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 410,
    },
    assurance: {
      userTesting:
        "Eight night carers and two nurses at Oakleigh House used it in 24 simulated falls with a manikin; changes: larger buttons, fewer free-text fields, a 'call 999 now' button on every screen.",
      intendedPurpose:
        "RaiseUp guides trained care home staff through a structured post-fall assessment of a resident, supports a video consultation with a remote clinician, and records the outcome. It supports a decision about whether a resident can be lifted; the decision rests with the staff and remote clinician. Not for use by residents, or outside care homes.",
      device:
        "Class I medical device (UK MDR 2002, rule 12): it guides a clinical decision about a person after a fall. Registered with the MHRA; technical file reviewed by Dr Inês Carvalho.",
      esf: "Tier C (guide clinical management).",
      trl6: "Simulated falls with a manikin at Oakleigh House (24 scenarios), plus a two-week shadow use alongside the usual process.",
      interop:
        "Standalone during the pilot; handover to 999 by phone with a structured SBAR summary on screen. Export to the digital care record (PDF and CSV).",
      usability:
        "Accessibility statement (WCAG 2.2 AA for the tablet app's web views); usability testing with night staff, including two with dyslexia.",
      pilotRan:
        "Four Oakleigh homes (Oakleigh House, Beech Court, The Willows, Hadley Grange), 248 residents; 83 falls at night managed with RaiseUp.",
      evidenceMeetsTier:
        "Before-and-after evaluation across four homes with the 12 months before as baseline, plus incident review of every fall: no missed injuries found.",
      commercialModel:
        "£3 per bed per month, including training and the remote clinician service agreement with the ambulance service's falls response team.",
      procurementRoute:
        "Direct purchase by care providers; ICB-funded option via the enhanced health in care homes budget.",
      routineUse:
        "Oakleigh Care Group (all 14 homes) since {{90 days ago}}; Riverside Lodge Nursing Home since {{55 days ago}}.",
    },
    notApplicable: {
      dtac_c4_interoperability:
        "Standalone during the pilot: no data is exchanged with other systems. Handover to 999 is by phone with a structured summary on screen.",
    },
    mentorships: [
      {
        mentor: "m_leah",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 470,
        respondedDaysAgo: 468,
        endedDaysAgo: 420,
        message: "Help us keep this simple enough for a night shift.",
        focus: "Product scope and usability",
        notes: [[460, "mentor", "Cut the flow to seven screens. Tested in the dark with gloves on."]],
      },
      {
        mentor: "m_kwame",
        status: "completed",
        initiatedBy: "mentor",
        startedDaysAgo: 440,
        respondedDaysAgo: 439,
        endedDaysAgo: 360,
        message: "I'm the ambulance service's CSO; this touches our falls response, so I'd like to help.",
        focus: "Clinical safety and the hand-off to 999",
        notes: [
          [
            430,
            "mentor",
            "Hazard workshop with night staff and a paramedic. The critical hazard is a missed hip fracture: added a pain-on-movement check that always escalates.",
          ],
          [365, "mentor", "Signed off the safety case report."],
        ],
      },
      {
        mentor: "m_victoria",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 160,
        respondedDaysAgo: 158,
        message: "We need a pricing model providers will actually pay.",
        focus: "Commercial model and second-round investment",
        notes: [
          [120, "mentor", "Per-bed pricing tested with three providers; all preferred it to per-use."],
          [35, "team", "Riverside Lodge signed; two more providers in conversation."],
        ],
      },
    ],
    funding: [
      {
        funder: "f_oakleigh",
        status: "committed",
        kind: "pilot_site",
        daysAgo: 420,
        updatedDaysAgo: 410,
        note: "Four homes as pilot sites, with night staff time for training.",
      },
      {
        funder: "f_ashby",
        status: "committed",
        kind: "grant",
        amount: 60_000,
        daysAgo: 405,
        updatedDaysAgo: 395,
        note: "Falls and frailty programme grant.",
      },
      {
        funder: "f_okonjo",
        status: "committed",
        kind: "investment",
        amount: 120_000,
        daysAgo: 190,
        updatedDaysAgo: 150,
        note: "Pre-seed investment in Carelytics Ltd.",
      },
      {
        funder: "funder",
        status: "in_discussion",
        daysAgo: 40,
        note: "Could support spread to care homes across both ICBs.",
      },
    ],
    pilots: [
      {
        plannedFrom: "f_oakleigh",
        organisation: "Oakleigh Care Group",
        site: "Oakleigh House, Beech Court, The Willows and Hadley Grange",
        starts: 348,
        ends: 232,
        successMeasures:
          "Ambulance call-outs for falls without injury; time residents spend on the floor; missed injuries (safety); staff confidence.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "Ambulance call-outs after a fall without injury at night (four homes)",
        baseline: "22",
        result: "9",
        unit: "per month",
        source: "Oakleigh falls logs and ambulance service data",
        measuredDaysAgo: 232,
      },
      {
        metric: "Median time on the floor after a fall at night",
        baseline: "220",
        result: "26",
        unit: "minutes",
        source: "Oakleigh falls logs, pilot vs previous 12 months",
        measuredDaysAgo: 232,
        story: {
          title: "From nearly four hours on the floor to under half an hour",
          body: "Grace Mensah manages a care home where residents who fell at night used to wait, on the floor, for an ambulance: a median of 3 hours 40 minutes, and sometimes more than eight hours. Most weren't hurt.\n\nShe posted the problem on Hackpath. Paramedics and other care home managers said 'happens here too'. A team led by Rhys Evans, a former care worker turned developer, built RaiseUp with Oakleigh's night staff: a tablet-guided post-fall check with a video call to the community falls responder when staff need a second opinion.\n\nIn a four-home pilot, the median time on the floor fell to 26 minutes and ambulance call-outs for falls without injury dropped from 22 to 9 a month. Every fall was reviewed: no injuries were missed.\n\nRaiseUp is now in routine use in all 14 Oakleigh homes and at Riverside Lodge Nursing Home.",
          publishedDaysAgo: 45,
        },
      },
    ],
  },

  // ------------------------------------------------------------------ route to market
  {
    key: "handoverboard",
    name: "HandoverBoard",
    tagline: "One live ambulance handover queue, shared by ED and the ambulance service",
    description:
      "HandoverBoard shows the ED nurse in charge every ambulance outside and arriving, with arrival time, category and the latest NEWS2 from the crew's electronic record, and lets crews update observations and escalate from the vehicle. The hospital ambulance liaison officer manages the queue on a tablet. It reuses the ambulance service's existing pre-alert messages, so nobody types anything twice.",
    problem: "ambulance-handover",
    hackDay: null,
    lead: "d_amir",
    members: ["c_joe", "c_dan", "d_lena", "d_tess"],
    links: { repo: true, demo: true, video: true },
    tech: "C#, .NET 8, Azure, SignalR, React, FHIR R4 (Encounter and Observation)",
    licence: "Apache-2.0",
    createdDaysAgo: 480,
    path: [
      {
        to: "validation",
        requested: 443,
        decided: 440,
        note: "ED and ambulance champions on the team; Owen Price mentoring.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 373,
        decided: 370,
        note: "Tested with 11 crews and 6 ED nurses in charge at Kingsmere.",
        reason: "User testing and assurance groundwork are solid.",
      },
      {
        to: "pilot",
        requested: 324,
        decided: 320,
        note: "DTAC done; HIC phase 2 contract signed; Kingsmere ED committed.",
        reason: "All pilot items met and verified.",
      },
      {
        to: "evaluation",
        requested: 204,
        decided: 200,
        note: "Pilot ran through the winter at Kingsmere ED.",
        reason: "Measures collected against last winter's baseline.",
      },
      {
        to: "route_to_market",
        requested: 94,
        decided: 90,
        note: "Evaluation published; commercial model agreed with the ambulance service.",
        reason: "Evidence meets tier A; procurement via the ambulance service's framework.",
      },
    ],
    dataUse: {
      statement:
        "If an ambulance brings you to Kingsmere Hospital's emergency department, HandoverBoard shows the emergency department team that you are waiting outside, when you arrived, how urgent your call was and your latest observations (such as your pulse and breathing). This helps them bring the sickest people in first. It uses information the ambulance crew already records about you. It is only shown to staff in the emergency department and the ambulance service, and it is deleted from HandoverBoard 24 hours after you are handed over (your records stay in the ambulance and hospital records as usual).",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 380,
    },
    assurance: {
      userTesting:
        "Observed 40 handovers and tested with 11 crews and 6 ED nurses in charge at Kingsmere; changes: sickest-first sort by default, large-type wall display mode.",
      intendedPurpose:
        "HandoverBoard displays the queue of patients waiting in ambulances at an emergency department, with information recorded by crews, to support the ED team in prioritising handover. It does not triage or calculate scores.",
      device:
        "Not a medical device: it displays information recorded elsewhere (including NEWS2 already calculated by the crew's ePCR) without further calculation or interpretation.",
      esf: "Tier A (system service): improves the flow of patients and releases crew time.",
      trl6: "Shadow run at Kingsmere ED for two weeks with live pre-alert messages and no clinical use.",
      interop:
        "Consumes the ambulance service's pre-alert messages (FHIR R4 Encounter and Observation) through its integration engine; no writes to the trust EPR.",
      usability: "Accessibility statement (WCAG 2.2 AA, audited by Jo Kirby); wall display tested at 4 metres.",
      pilotRan:
        "Kingsmere Hospitals ED, December to March; 9,870 ambulance arrivals on the board; 64 crews and 31 ED nurses in charge used it.",
      evidenceMeetsTier:
        "Tier A evidence: a credible economic case (crew hours released) and before-and-after measures with last winter as baseline, reviewed by Prof Nadia Hussain.",
      commercialModel:
        "Annual subscription per ED (£18,000) paid by the ambulance service, which gets the crew hours back.",
      procurementRoute:
        "North Central Ambulance Service's dynamic purchasing system for digital services; Riverside ED to follow under the same contract.",
    },
    next: { met: ["success_story"], inProgress: ["routine_use_two_orgs"] },
    evidence: {
      routine_use_two_orgs:
        "In routine use at Kingsmere ED since the pilot ended; Riverside ED go-live is booked for {{in 35 days}} under the same contract.",
    },
    mentorships: [
      {
        mentor: "m_kwame",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 365,
        respondedDaysAgo: 364,
        endedDaysAgo: 325,
        message: "We need the ambulance service's CSO to own our DCB0129 work.",
        focus: "DCB0129 for a shared handover queue",
        notes: [
          [
            355,
            "mentor",
            "Hazard workshop with crews and ED nurses in charge. Top hazard: a stale NEWS2 shown as current. Added the observation time beside every score.",
          ],
          [326, "mentor", "Safety case report signed."],
        ],
      },
      {
        mentor: "m_owen",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 450,
        respondedDaysAgo: 449,
        endedDaysAgo: 330,
        message: "Can we reuse the pre-alert messages rather than building a new feed?",
        focus: "Integration architecture",
        notes: [
          [
            445,
            "mentor",
            "Yes: subscribe to the pre-alert topic, keep a 24-hour store only, no EPR writes for the pilot.",
          ],
        ],
      },
      {
        mentor: "m_farah",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 362,
        respondedDaysAgo: 360,
        endedDaysAgo: 322,
        message: "We need a pen test we can afford.",
        focus: "Cyber Essentials and penetration test",
        notes: [
          [
            350,
            "mentor",
            "Scoped a two-day web application test. Cyber Essentials Plus is worth doing now, not later.",
          ],
        ],
      },
      {
        mentor: "m_martin",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 100,
        respondedDaysAgo: 98,
        message: "Happy to help you take this to the second and third trusts.",
        focus: "Procurement and the second site",
        notes: [
          [60, "mentor", "Riverside can call off the ambulance service's contract; no new tender needed."],
          [18, "team", "Riverside ED go-live booked for next month."],
        ],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "committed",
        kind: "grant",
        amount: 250_000,
        daysAgo: 350,
        updatedDaysAgo: 340,
        note: "Phase 2 development and evaluation contract, urgent and emergency care challenge.",
      },
      {
        funder: "f_meridian",
        status: "in_discussion",
        daysAgo: 45,
        note: "Interested in a national roll-out plan across ambulance services.",
      },
      {
        funder: "f_halden",
        status: "declined",
        daysAgo: 160,
        updatedDaysAgo: 150,
        note: "Overlaps our own patient flow module.",
        declineReason:
          "We want HandoverBoard to work with every trust's EPR, so we are not taking one supplier's partnership.",
      },
    ],
    pilots: [
      {
        organisation: "Kingsmere Hospitals NHS Trust and North Central Ambulance Service",
        site: "Kingsmere General Hospital emergency department",
        starts: 318,
        ends: 205,
        successMeasures:
          "Handovers over 60 minutes; crew hours lost to handover delays; time to first ED assessment for NEWS2 ≥ 5 patients in ambulances.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "Ambulance handovers taking over 60 minutes at Kingsmere ED",
        baseline: "28",
        result: "19",
        unit: "%",
        source: "Ambulance service handover timestamps, pilot winter vs previous winter",
        measuredDaysAgo: 205,
        story: {
          title: "A shared queue cut hour-long ambulance handovers by a third",
          body: "Paramedic Joe Kowalski posted that crews wait outside the emergency department with nobody inside knowing who is there or how sick they are. ED consultant Dr Daniel Hughes posted the same problem from the other side of the doors.\n\nAmbulance service developer Amir Haddad built HandoverBoard by reusing the pre-alert messages crews already send. Over the pilot winter at Kingsmere, handovers over an hour fell from 28% to 19%, and the crew hours lost each month fell from about 1,900 to 1,150: roughly 30 extra ambulance shifts a month back on the road.\n\n'The biggest change was that I could see the sickest patient outside,' says Dr Hughes. 'We brought her in first.'",
          publishedDaysAgo: 95,
        },
      },
      {
        metric: "Crew hours lost to handover delays (winter months)",
        baseline: "1,900",
        result: "1,150",
        unit: "hours per month",
        source: "Ambulance service operational data",
        measuredDaysAgo: 205,
      },
    ],
  },
  {
    key: "medrec-assist",
    name: "MedRec Assist",
    tagline: "Pre-admission, inpatient and discharge medicines side by side for the ward pharmacist",
    description:
      "MedRec Assist puts a patient's medicines before admission (from GP Connect), in hospital (from ePMA) and on the discharge prescription side by side, highlights every unexplained change and lets the pharmacist record why, so the reasons reach the GP in the discharge summary. A worklist orders patients by expected discharge time.",
    problem: "discharge-medrec",
    hackDay: null,
    lead: "d_ben",
    members: ["c_fatima", "d_kofi", "d_tess"],
    links: { repo: true, demo: true },
    tech: "Java, Spring Boot, FHIR R4 (UK Core MedicationStatement), GP Connect, React, integration engine adapters",
    licence: "Apache-2.0",
    createdDaysAgo: 470,
    path: [
      {
        to: "validation",
        requested: 433,
        decided: 430,
        note: "Fatima is our champion; Gareth Lloyd mentoring on IG.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 364,
        decided: 360,
        note: "Tested with 9 pharmacists and 4 technicians; device question answered.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 304,
        decided: 300,
        note: "DTAC, DCB0160 signed by Riverside, Halden in-kind integration support committed.",
        reason: "All items met and verified.",
      },
      {
        to: "evaluation",
        requested: 198,
        decided: 190,
        note: "Pilot complete on four medical wards.",
        reason: "Measures collected.",
      },
      {
        to: "route_to_market",
        requested: 64,
        decided: 60,
        note: "Evaluation published; pricing agreed with two trusts.",
        reason: "Evidence and commercial model in place.",
      },
    ],
    dataUse: {
      statement:
        "When you are going home from a medical ward at Riverside, the pharmacist checks your medicines. MedRec Assist shows them the medicines your GP had recorded before you came in, the medicines you had in hospital and the ones you are going home with, so they can spot anything that changed without a reason. It uses your NHS number and your medicines records. The reasons for any changes are added to your discharge letter so your GP knows too. Nothing is used for any other purpose.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 370,
    },
    assurance: {
      userTesting:
        "Nine ward pharmacists and four technicians reconciled 30 synthetic complex discharges with and without the tool; median time fell from 52 to 21 minutes in the test.",
      intendedPurpose:
        "MedRec Assist displays a patient's medicines from three sources side by side and highlights differences, for pharmacy staff carrying out discharge medicines reconciliation. Pharmacists make every decision.",
      device:
        "Not a medical device: it compares lists and highlights differences without recommending action (MHRA: simple comparison and display).",
      esf: "Tier C (inform clinical management).",
      trl6: "Shadow use on AMU for three weeks with live data, without clinical use, against manual reconciliation.",
      interop:
        "GP Connect Access Record: Structured for pre-admission medicines; ePMA via the trust's integration engine (FHIR MedicationRequest); discharge reasons written to the PRSB discharge summary.",
      usability: "WCAG 2.2 AA statement; usability testing with pharmacists on ward workstations and tablets.",
      pilotRan: "Four medical wards at Riverside (AMU and wards 22, 23, 31); 2,310 discharges reconciled, 612 complex.",
      evidenceMeetsTier:
        "Tier C: before-and-after comparison with contemporaneous control wards, time-and-motion data and incident review.",
      commercialModel: "Per-bed annual licence (£95 per adult inpatient bed) with optional integration service.",
      procurementRoute: "G-Cloud 14 (lot 2); Riverside intends a direct award after the pilot.",
    },
    mentorships: [
      {
        mentor: "mentor",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 350,
        respondedDaysAgo: 349,
        endedDaysAgo: 305,
        message: "Could you be our Clinical Safety Officer mentor before the pilot?",
        focus: "DCB0129 for discharge reconciliation",
        notes: [
          [
            340,
            "mentor",
            "The hazard that matters is an unexplained change hidden by a display filter. Highlighting can no longer be switched off.",
          ],
          [306, "mentor", "Safety case report signed; Riverside's CSO has the DCB0160 assessment."],
        ],
      },
      {
        mentor: "m_gareth",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 440,
        respondedDaysAgo: 438,
        endedDaysAgo: 340,
        message: "We're pulling GP records into a hospital tool. What do we need?",
        focus: "IG for GP Connect use in secondary care",
        notes: [
          [
            420,
            "mentor",
            "GP Connect for direct care is fine under the national agreement. DPIA needed for the local store.",
          ],
        ],
      },
      {
        mentor: "m_nadia",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 210,
        respondedDaysAgo: 208,
        message: "Your pilot data could make a good economic case.",
        focus: "Evaluation and economic case",
        notes: [
          [
            150,
            "mentor",
            "Time-and-motion data is strong. Add the discharge-before-midday measure; it's what boards care about.",
          ],
          [50, "team", "Evaluation report published on the trust's site."],
        ],
      },
      {
        mentor: "m_victoria",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 75,
        respondedDaysAgo: 73,
        message: "We need a price.",
        focus: "Pricing and the first sale",
        notes: [
          [45, "mentor", "Per-bed pricing is familiar to pharmacy procurement. Don't give away the integration work."],
        ],
      },
    ],
    funding: [
      {
        funder: "f_halden",
        status: "committed",
        kind: "in_kind",
        amount: 80_000,
        daysAgo: 320,
        updatedDaysAgo: 310,
        note: "Integration engineering and sandbox access for the pilot.",
      },
      {
        funder: "f_okonjo",
        status: "withdrawn",
        daysAgo: 250,
        updatedDaysAgo: 120,
        note: "Withdrew when the team chose the Halden partnership.",
      },
      {
        funder: "f_meridian",
        status: "interested",
        daysAgo: 25,
        note: "Would like to see the second trust's results.",
      },
    ],
    pilots: [
      {
        organisation: "Riverside Teaching Hospitals NHS Trust",
        site: "Acute medical unit and wards 22, 23 and 31",
        starts: 298,
        ends: 195,
        successMeasures:
          "Time from discharge prescription to pharmacy sign-off; discharges before midday; unexplained changes reaching GPs.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "Median time from discharge prescription to pharmacy sign-off (complex patients)",
        baseline: "142",
        result: "58",
        unit: "minutes",
        source: "Pharmacy workload system, pilot wards",
        measuredDaysAgo: 195,
        story: {
          title: "Pharmacists reconcile complex discharges in under an hour",
          body: "Fatima Rahman's team at Riverside spent up to two hours checking the medicines of patients on ten or more drugs before they could go home. MedRec Assist lines up the three lists that used to be in four places. On four pilot wards, the median time for complex patients fell from 142 to 58 minutes, and discharges before midday rose from 16% to 23%. GPs now get the reason for every change.",
          publishedDaysAgo: 40,
        },
      },
      {
        metric: "Discharges from pilot wards before midday",
        baseline: "16",
        result: "23",
        unit: "%",
        source: "Trust patient flow data",
        measuredDaysAgo: 195,
      },
    ],
  },

  // ------------------------------------------------------------------ evaluation
  {
    key: "carelink",
    name: "CareLink Discharge",
    tagline: "A care-home-friendly discharge summary that arrives with the resident",
    description:
      "CareLink turns the hospital discharge summary into a short version written for care home staff (medicine changes, what to watch for, who to call) and sends it to the care home's secure inbox when the discharge is confirmed, before the resident arrives. Care homes acknowledge receipt, so the ward knows it landed.",
    problem: "discharge-to-care-home",
    hackDay: null,
    lead: "d_ben",
    members: ["c_mo", "c_fatima", "d_lena", "d_ellie"],
    links: { repo: true, demo: true },
    tech: "TypeScript, Node.js, FHIR R4 (PRSB eDischarge), MESH, NHSmail, PostgreSQL",
    licence: "MIT",
    createdDaysAgo: 380,
    path: [
      {
        to: "validation",
        requested: 348,
        decided: 345,
        note: "Mohammed is our champion; Owen Price mentoring on MESH.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 294,
        decided: 290,
        note: "Tested with staff from five care homes.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 244,
        decided: 240,
        note: "DTAC done; Riverside and seven homes committed; HIN grant.",
        reason: "All pilot items met.",
      },
      {
        to: "evaluation",
        requested: 74,
        decided: 70,
        note: "Pilot completed; measures collected.",
        reason: "Measures collected against the audit baseline.",
      },
    ],
    dataUse: {
      statement:
        "When you leave a Riverside hospital ward to return to your care home, CareLink sends your care home a short summary of your hospital stay: your medicines and any changes, what staff should look out for and who to contact. It uses the information in your hospital discharge letter. It is sent securely, only to your care home, so that the staff caring for you know what happened in hospital from the moment you arrive.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 300,
    },
    assurance: {
      userTesting:
        "Tested with 17 staff from five care homes, who rewrote the medicine-changes section in their own words.",
      intendedPurpose:
        "CareLink creates a summary of a hospital discharge summary for care home staff and sends it securely to the receiving care home.",
      device: "Not a medical device: it reformats and transmits information written by clinicians.",
      esf: "Tier A (system service).",
      trl6: "Shadow run for four weeks on two Riverside wards with summaries checked by a pharmacist but not sent.",
      interop:
        "Reads PRSB eDischarge FHIR documents from the trust's integration engine; sends via MESH to the care homes' NHSmail shared mailboxes.",
      usability:
        "WCAG 2.2 AA statement for the ward acknowledgement screen; the summary is a plain PDF tested with care staff.",
      pilotRan: "Riverside medical and frailty wards to seven care homes; 214 discharges.",
    },
    next: { inProgress: ["evidence_meets_tier", "evaluation_report"] },
    mentorships: [
      {
        mentor: "mentor",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 285,
        respondedDaysAgo: 284,
        endedDaysAgo: 245,
        message: "Care homes will act on our summary. We need help with the safety case.",
        focus: "DCB0129 and the wording of medicine changes",
        notes: [
          [
            275,
            "mentor",
            "Care staff act on the summary, so the wording of medicine changes is a safety control. Tested it with care staff before sign-off.",
          ],
        ],
      },
      {
        mentor: "m_owen",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 360,
        respondedDaysAgo: 358,
        message: "How do we reach care homes securely?",
        focus: "MESH and NHSmail",
        notes: [
          [
            340,
            "mentor",
            "Care homes on the Data Security and Protection Toolkit can have NHSmail shared mailboxes. MESH to NHSmail works.",
          ],
          [80, "mentor", "Discussed scaling to other trusts: the MESH workflow ID needs registering nationally."],
        ],
      },
      {
        mentor: "m_gareth",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 330,
        respondedDaysAgo: 329,
        endedDaysAgo: 250,
        message: "Sharing with care homes: what's the lawful basis?",
        focus: "Sharing with social care",
        notes: [[320, "mentor", "Direct care; the duty to share applies. Care homes need to meet the DSPT standard."]],
      },
    ],
    funding: [
      {
        funder: "funder",
        status: "committed",
        kind: "grant",
        amount: 40_000,
        daysAgo: 275,
        updatedDaysAgo: 265,
        note: "Transfers of care programme grant.",
      },
      {
        funder: "f_oakleigh",
        status: "committed",
        kind: "pilot_site",
        daysAgo: 270,
        updatedDaysAgo: 260,
        note: "Two Oakleigh homes join the pilot.",
      },
    ],
    pilots: [
      {
        organisation: "Riverside Teaching Hospitals NHS Trust",
        site: "Medical and frailty wards to seven care homes, including Riverside Lodge",
        starts: 238,
        ends: 75,
        successMeasures:
          "Care homes with discharge information on the day; unexplained medicine changes; readmissions within 30 days.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "Care homes receiving discharge information on the day of discharge",
        baseline: "22",
        result: "88",
        unit: "%",
        source: "Care home audit, pilot homes",
        measuredDaysAgo: 72,
      },
      {
        metric: "Residents readmitted within 30 days",
        baseline: "19",
        result: "14",
        unit: "%",
        source: "Trust readmissions data, pilot homes (small numbers: interpret with care)",
        measuredDaysAgo: 40,
      },
    ],
  },
  {
    key: "oxylog",
    name: "OxyLog",
    tagline: "Virtual ward readings by text or web, with the worrying ones at the top",
    description:
      "People on the respiratory virtual ward (or their carers) send oxygen saturation, pulse and breathlessness by text message or a simple web form. OxyLog checks each reading against the thresholds the clinician set for that person and puts out-of-range readings at the top of the nurses' list straight away. Nurses phone the people who need it, not everyone.",
    problem: "virtual-ward-readings",
    hackDay: null,
    lead: "c_ellen",
    members: ["d_zoe", "d_arjun", "d_tess"],
    links: { repo: true, demo: true },
    tech: "Python, Django, PostgreSQL, GOV.UK Notify (SMS), HTMX",
    licence: "AGPL-3.0",
    createdDaysAgo: 360,
    path: [
      {
        to: "validation",
        requested: 333,
        decided: 330,
        note: "Ellen leads; Sunil Varma reviewing the architecture.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 274,
        decided: 270,
        note: "Tested with 12 patients and carers and 6 nurses.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 213,
        decided: 210,
        note: "All DTAC sections done; HIC grant.",
        reason: "Pilot items met.",
      },
      { to: "evaluation", requested: 53, decided: 50, note: "Pilot complete.", reason: "Measures collected." },
    ],
    dataUse: {
      statement:
        "If you are on the virtual ward, OxyLog receives the readings you send (oxygen level, pulse and how breathless you feel) with your mobile number and NHS number. It compares them with the safe ranges your clinician set for you and shows the nurses anyone whose readings need a call. Only the virtual ward team sees your readings, and they are copied into your community health record.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 280,
    },
    assurance: {
      userTesting:
        "12 patients and carers (aged 58 to 91, three without smartphones) and 6 nurses tested text and web entry; text message became the default.",
      intendedPurpose:
        "OxyLog collects readings from people on a virtual ward and displays them against thresholds set by their clinician, for the virtual ward team. It does not interpret readings or recommend treatment.",
      device:
        "Not a medical device in its current form: it displays readings against clinician-set thresholds without interpretation. Trend alerts would change this; reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management).",
      trl6: "Two-week parallel run with the phone process on the virtual ward.",
      interop:
        "Readings exported to the community record as structured observations (SNOMED CT) via the record's bulk import.",
      usability: "WCAG 2.2 AA statement; SMS wording tested with people with low literacy.",
      pilotRan: "Pennine Vale respiratory virtual ward; 163 patients, 9,420 readings.",
    },
    next: { inProgress: ["evidence_meets_tier", "commercial_model"] },
    mentorships: [
      {
        mentor: "m_ines",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 265,
        respondedDaysAgo: 264,
        endedDaysAgo: 215,
        message: "Is a readings list a medical device? And can you help with DCB0129?",
        focus: "Device question and clinical safety case",
        notes: [
          [
            255,
            "mentor",
            "Not a device while it only displays readings against clinician-set thresholds. Trend alerts would change that: keep them out of the pilot.",
          ],
          [216, "mentor", "Safety case report signed."],
        ],
      },
      {
        mentor: "m_sunil",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 340,
        respondedDaysAgo: 339,
        endedDaysAgo: 220,
        message: "We're clinicians and a student. Is our architecture safe?",
        focus: "Architecture, hosting and security",
        notes: [
          [330, "mentor", "Moved to a managed database with backups; removed a shared admin login."],
          [240, "mentor", "Ready for the pen test."],
        ],
      },
      {
        mentor: "m_nadia",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 80,
        respondedDaysAgo: 79,
        message: "Help us write up the evaluation.",
        focus: "Evaluation report and ESF",
        notes: [[30, "mentor", "Nurse time saved is clear; readmissions data too small to conclude anything."]],
      },
    ],
    funding: [
      {
        funder: "f_hicf",
        status: "committed",
        kind: "grant",
        amount: 85_000,
        daysAgo: 240,
        updatedDaysAgo: 230,
        note: "Virtual wards challenge, phase 1.",
      },
      { funder: "funder", status: "interested", daysAgo: 20, note: "Evaluation looks promising for spread." },
    ],
    pilots: [
      {
        organisation: "Pennine Vale Community Health NHS Trust",
        site: "Respiratory virtual ward",
        starts: 208,
        ends: 55,
        successMeasures: "Nurse time on readings; time to see out-of-range readings; patient experience.",
        status: "completed",
      },
    ],
    outcomes: [
      {
        metric: "Nurse time spent on readings per patient per day",
        baseline: "14",
        result: "4",
        unit: "minutes",
        source: "Time-and-motion sampling, two weeks before and during the pilot",
        measuredDaysAgo: 55,
      },
      {
        metric: "Out-of-range readings seen by a nurse within 30 minutes",
        baseline: "61",
        result: "97",
        unit: "%",
        source: "OxyLog audit log vs phone log",
        measuredDaysAgo: 55,
      },
    ],
  },

  // ------------------------------------------------------------------ pilot
  {
    key: "obsnow",
    name: "ObsNow",
    tagline: "Bedside observations on the ward phone, with NEWS2 and escalation straight away",
    description:
      "ObsNow is a web app for the ward's managed phones. The nurse scans the patient's wristband, enters the observations at the bedside and sees the NEWS2 score immediately; scores that need escalation page the right responder. Observations are written to the EPR through the integration engine, so nobody types them twice.",
    problem: "bedside-obs",
    hackDay: null,
    lead: "d_tess",
    members: ["c_sian", "d_ben", "d_hana"],
    links: { repo: true, demo: true, video: true },
    tech: "TypeScript, React (PWA), Node.js, FHIR R4 Observation, barcode scanning, integration engine",
    licence: "MIT",
    createdDaysAgo: 300,
    path: [
      {
        to: "validation",
        requested: 263,
        decided: 260,
        note: "Siân is champion; Dr Boateng mentoring on safety.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 184,
        decided: 180,
        note: "Tested on AMU with 15 nurses and HCAs; Class I declaration drafted.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 79,
        decided: 75,
        note: "DTAC complete; Halden's integration support committed; AMU live next week.",
        reason: "All pilot items met and verified.",
      },
    ],
    dataUse: {
      statement:
        "On the acute medical unit, nurses use ObsNow to record your observations (such as blood pressure, pulse, temperature and oxygen level) at your bedside. It works out your early warning score straight away so that, if you are becoming unwell, a doctor is called sooner. It uses your hospital number from your wristband and your observations, and sends them to your hospital record. Nothing is kept on the phone.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 190,
    },
    assurance: {
      userTesting:
        "15 nurses and HCAs recorded 300 sets of simulated observations on AMU during a quiet week; changes: one-handed entry, bigger keypad, audible confirmation.",
      intendedPurpose:
        "ObsNow records adult inpatients' vital signs at the bedside, calculates the NEWS2 score and notifies the responder set by the trust's escalation policy. For registered nurses and HCAs on adult wards. Not for children or maternity.",
      device:
        "Class I medical device (UK MDR 2002): it calculates NEWS2, which informs clinical management. Declared to the MHRA; reviewed by Dr Inês Carvalho.",
      esf: "Tier C (inform clinical management).",
      trl6: "Four-week shadow use on AMU alongside paper charts, with every score checked by hand.",
      interop:
        "Writes FHIR R4 Observation resources to the EPR through the trust's integration engine; patient identity from wristband barcodes (GS1).",
      usability: "WCAG 2.2 AA statement; tested with gloves, in low light and one-handed.",
    },
    next: { inProgress: ["pilot_ran", "measures_collected"] },
    mentorships: [
      {
        mentor: "m_kwame",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 270,
        respondedDaysAgo: 268,
        message: "We calculate NEWS2. We need a CSO.",
        focus: "DCB0129 for a NEWS2 calculator",
        notes: [
          [240, "mentor", "Hazard log started. Wrong patient and wrong age group are the two to design out."],
          [90, "mentor", "Safety case report signed. Monitoring plan for the first month agreed with the AMU matron."],
          [20, "team", "First month of the pilot: no incidents; 4,100 observation sets recorded."],
        ],
      },
      {
        mentor: "m_farah",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 120,
        respondedDaysAgo: 118,
        message: "You'll be on the managed phones. Let's get the security right.",
        focus: "MDM, Cyber Essentials and pen test",
        notes: [
          [
            95,
            "mentor",
            "Pen test clean apart from two medium findings, both fixed. Nothing stored on device confirmed.",
          ],
        ],
      },
    ],
    funding: [
      {
        funder: "f_halden",
        status: "committed",
        kind: "in_kind",
        amount: 40_000,
        daysAgo: 110,
        updatedDaysAgo: 100,
        note: "Integration engineering for the EPR observation interface.",
      },
      {
        funder: "f_northgate",
        status: "interested",
        daysAgo: 30,
        note: "We'd like to be the second site if the pilot goes well.",
      },
    ],
    pilots: [
      {
        organisation: "Riverside Teaching Hospitals NHS Trust",
        site: "Acute medical unit (32 beds)",
        starts: 73,
        ends: -60,
        successMeasures:
          "Time from observation to EPR entry; NEWS2 ≥ 5 escalated within 30 minutes; nurse time; safety incidents.",
        status: "live",
      },
    ],
  },
  {
    key: "roundtable",
    name: "RoundTable",
    tagline: "Care home ward rounds that survive weak Wi-Fi, with observations ready before the call",
    description:
      "RoundTable lets the care home and GP agree the round list in advance; the home enters each resident's observations and concerns before the call; the video link drops to audio gracefully on weak connections; and the agreed plan is visible to both sides afterwards and filed in the GP record.",
    problem: "care-home-video-rounds",
    hackDay: null,
    lead: "d_lena",
    members: ["c_ade", "c_grace", "d_arjun"],
    links: { repo: true, demo: true },
    tech: "Go, PostgreSQL, WebRTC with audio fallback, HTMX, NHS login for care staff, IM1 (GP system)",
    licence: "AGPL-3.0",
    createdDaysAgo: 400,
    path: [
      {
        to: "validation",
        requested: 363,
        decided: 360,
        note: "Dr Okon and Grace on the team; Leah Simmons mentoring.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 253,
        decided: 250,
        note: "Tested with three homes and two GPs.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 164,
        decided: 160,
        note: "DTAC done; Oakleigh homes committed; HIN grant.",
        reason: "Pilot items met.",
      },
    ],
    dataUse: {
      statement:
        "If your GP holds a ward round with your care home, RoundTable is used to plan it and hold the video call. Your care home records your recent observations and any concerns before the call, and the plan your GP agrees is saved to your GP record and shared with your care home. Calls are not recorded.",
      lawfulBasis: DIRECT_CARE_BASIS,
      publishedDaysAgo: 260,
    },
    assurance: {
      userTesting:
        "Three care homes and two GPs ran six rounds with synthetic residents; the pre-round checklist was redesigned twice.",
      intendedPurpose:
        "RoundTable supports scheduled multidisciplinary ward rounds between GPs and care homes: a shared round list, observations recorded by the home, video calls and a shared plan.",
      device: "Not a medical device: communication and record-keeping without calculation.",
      esf: "Tier B (communicate with health and care professionals).",
      trl6: "Used for four real rounds in parallel with phone rounds at one home.",
      interop: "Plans filed to the GP record through the supplier's IM1 interface; care staff sign in with NHS login.",
      usability: "WCAG 2.2 AA statement; tested on the homes' own tablets and Wi-Fi.",
    },
    mentorships: [
      {
        mentor: "mentor",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 240,
        respondedDaysAgo: 239,
        endedDaysAgo: 165,
        message: "We need a CSO for DCB0129 before the pilot.",
        focus: "Clinical safety case for video ward rounds",
        notes: [
          [
            220,
            "mentor",
            "Hazard log: wrong resident on screen and plans not filed are the two to control. The pre-round checklist now confirms identity with two identifiers.",
          ],
          [166, "mentor", "Safety case report signed."],
        ],
      },
      {
        mentor: "m_leah",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 370,
        respondedDaysAgo: 368,
        message: "Help us scope this down.",
        focus: "Product scope",
        notes: [
          [350, "mentor", "Drop scheduling and messaging for now. Round list, observations, call, plan."],
          [40, "team", "Round time down to about 70 minutes at Oakleigh House."],
        ],
      },
      {
        mentor: "m_jo",
        status: "active",
        initiatedBy: "mentor",
        startedDaysAgo: 190,
        respondedDaysAgo: 189,
        message: "Care staff include many people with English as a second language. I can help test.",
        focus: "Accessibility and plain English",
        notes: [
          [
            170,
            "mentor",
            "Audit found 9 issues, 2 serious (focus order in the checklist, colour-only status). All fixed.",
          ],
        ],
      },
    ],
    funding: [
      {
        funder: "f_oakleigh",
        status: "committed",
        kind: "pilot_site",
        daysAgo: 180,
        updatedDaysAgo: 175,
        note: "Three homes as pilot sites.",
      },
      {
        funder: "funder",
        status: "committed",
        kind: "grant",
        amount: 25_000,
        daysAgo: 175,
        updatedDaysAgo: 170,
        note: "Enhanced health in care homes programme.",
      },
    ],
    pilots: [
      {
        plannedFrom: "f_oakleigh",
        organisation: "Harbour View Health Centre with Oakleigh Care Group",
        site: "Oakleigh House, Beech Court and The Willows",
        starts: 158,
        ends: -25,
        successMeasures:
          "Round duration; dropped calls; residents with up-to-date observations at the round; plans filed the same day.",
        status: "live",
      },
    ],
  },
  {
    key: "woundwise",
    name: "WoundWise",
    tagline: "Wound photos that go straight into the community record, never the camera roll",
    description:
      "WoundWise is a camera app for community nurses' work phones. Photos are taken inside the app with a measurement guide, uploaded straight to the patient's community record and never saved to the device. Tissue viability nurses can review a wound remotely and reply with advice.",
    problem: "wound-photos",
    hackDay: null,
    lead: "d_arjun",
    members: ["c_lucy", "d_lena"],
    links: { repo: true, demo: true },
    tech: "Kotlin (Android), Swift (iOS), Go, object storage with encryption at rest, community record document API",
    licence: "Apache-2.0",
    createdDaysAgo: 430,
    path: [
      {
        to: "validation",
        requested: 393,
        decided: 390,
        note: "Lucy leads clinically; Gareth Lloyd mentoring on IG.",
        reason: "Validation items met.",
      },
      {
        to: "pilot_ready",
        requested: 305,
        decided: 300,
        note: "Tested with 12 district nurses.",
        reason: "Pilot ready.",
      },
      {
        to: "pilot",
        requested: 99,
        decided: 95,
        note: "Everything done except the pen test report, which is booked.",
        reason: "Approved with an override.",
        override:
          "Pen test is booked for the second week of the pilot and the trust's CISO has accepted the risk in writing: photos go only into the existing community record, nothing is stored on the device, and the pilot is limited to two teams. The current IG risk (photos on personal phones) is worse than waiting. Team to upload the pen test summary within four weeks.",
      },
    ],
    dataUse: {
      statement:
        "If a community nurse is caring for a wound, they may photograph it with WoundWise to track how it is healing and to ask a specialist nurse for advice. The photos and measurements are saved only in your community health record, never on the nurse's phone. Only the nurses caring for you and the tissue viability team can see them. You can say no to photos at any time.",
      lawfulBasis: `${DIRECT_CARE_BASIS} Photographs are taken with the patient's verbal consent, recorded in the notes, in line with the trust's clinical photography policy.`,
      publishedDaysAgo: 310,
    },
    assurance: {
      userTesting:
        "12 district nurses tested on mannequin wounds and their own work phones; added a 'patient declined' option and offline queueing.",
      intendedPurpose:
        "WoundWise captures clinical photographs of wounds, with a measurement guide, and stores them in the patient's community record for review by the nursing team.",
      device: "Not a medical device: it captures and stores images and does not measure or analyse them.",
      esf: "Tier A (system service).",
      trl6: "Used by two nurses for two weeks on synthetic patients in the live community record's training environment.",
      interop:
        "Uploads to the community record through its document API with SNOMED CT 'wound photograph' codes; staff sign in with NHS CIS2.",
      usability: "WCAG 2.2 AA statement for the review screens; camera flow tested with gloves.",
    },
    metDaysAgo: { dtac_c3_technical_security: 25 },
    evidence: {
      dtac_c3_technical_security:
        "Cyber Essentials certificate (IASME) issued before the pilot. Penetration test by a CREST-accredited tester in the second week of the pilot: no critical or high findings, two medium findings fixed and retested; summary uploaded {{25 days ago}}. The move to pilot was approved with an organiser override before this item was met.",
    },
    mentorships: [
      {
        mentor: "m_gareth",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 400,
        respondedDaysAgo: 399,
        message: "We want to stop nurses using personal phones. What does IG need?",
        focus: "DPIA and clinical photography policy",
        notes: [
          [380, "mentor", "DPIA template started; clinical photography policy needs a line on app capture."],
          [100, "mentor", "DPIA approved."],
        ],
      },
      {
        mentor: "m_ines",
        status: "completed",
        initiatedBy: "team",
        startedDaysAgo: 330,
        respondedDaysAgo: 329,
        endedDaysAgo: 305,
        message: "Is a wound camera a medical device?",
        focus: "MHRA device question",
        notes: [
          [
            320,
            "mentor",
            "Not a device as long as it doesn't measure. The measurement guide is a printed ruler in frame: fine.",
          ],
        ],
      },
      {
        mentor: "mentor",
        status: "active",
        initiatedBy: "team",
        startedDaysAgo: 160,
        respondedDaysAgo: 158,
        message: "We need a CSO for DCB0129.",
        focus: "Clinical safety case for the pilot",
        notes: [
          [140, "mentor", "Hazard log: wrong patient, photo not uploaded, advice not seen. All have controls."],
          [100, "mentor", "Safety case report signed."],
          [25, "team", "Pen test summary uploaded: no high findings."],
        ],
      },
    ],
    funding: [
      {
        funder: "f_okonjo",
        status: "committed",
        kind: "investment",
        amount: 75_000,
        daysAgo: 130,
        updatedDaysAgo: 110,
        note: "Pre-seed investment.",
      },
      {
        funder: "funder",
        status: "in_discussion",
        daysAgo: 50,
        note: "Interested in funding a second community trust.",
      },
      {
        funder: "f_ashby",
        status: "declined",
        daysAgo: 210,
        updatedDaysAgo: 200,
        note: "Outside our remit: not specific to later life.",
        declineReason: "WoundWise is for every age group, so it does not fit a later-life programme.",
      },
    ],
    pilots: [
      {
        organisation: "Severn and Wye Community Health NHS Trust",
        site: "Two district nursing teams (Wyeford and Castlebridge)",
        starts: 93,
        ends: -90,
        successMeasures:
          "Photos on personal devices (target zero); time to tissue viability advice; wounds healed at 12 weeks.",
        status: "live",
      },
    ],
  },
];
