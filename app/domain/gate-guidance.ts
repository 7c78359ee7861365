/**
 * Gate guidance: what a team should produce for each gate item, why it is asked for, who can do
 * it, what good looks like and why it is often sent back. Kept apart from the gate definitions in
 * ./gates so the wording can change without touching the rules that read those definitions.
 * Sources are named, never linked: the official pages move, their names do not.
 */
export type GateGuidance = {
  /** What to produce. */
  produce: string;
  /** Why the NHS (or Hackpath) asks for it. */
  why: string;
  /** Who can do it. */
  who: string;
  /** What good looks like. */
  good: string;
  /** Common reasons it is rejected: two to four short items. */
  rejected: string[];
  /** The official sources, by name. */
  sources: string[];
};

const DTAC = "Digital Technology Assessment Criteria (DTAC), NHS England";
const DCB0129 = "DCB0129: Clinical Risk Management: its Application in the Manufacture of Health IT Systems";
const DCB0160 = "DCB0160: Clinical Risk Management: its Application in the Deployment and Use of Health IT Systems";
const NICE_ESF = "NICE Evidence Standards Framework (ESF) for digital health technologies, 2022 update";
const UK_MDR = "UK Medical Devices Regulations 2002 (UK MDR 2002)";
const MHRA_SOFTWARE = "MHRA guidance on software and AI as a medical device";
const SERVICE_STANDARD = "NHS service standard (NHS England)";

/** Guidance for every gate item, keyed by the item's key in ./gates. */
export const gateGuidance: Record<string, GateGuidance> = {
  clinical_champion: {
    produce:
      "Nothing to upload. Invite a clinician who owns the problem to join your project team. Hackpath marks this item met when a team member holds the clinician role.",
    why: "NHS services adopt tools that a clinician vouches for. A champion knows the care pathway, spots clinical risk early and opens doors to colleagues and pilot sites. Later gates, such as user testing and a pilot site, are much harder without one.",
    who: "A registered clinician working in health or care: a doctor, nurse, midwife, pharmacist, allied health professional or similar. They do not need to be senior. They do need time and a real stake in the problem.",
    good: "The champion meets the problem in their own work. They take part in design decisions, help you recruit testers and speak for the project to their service lead. You agree how much time they can give.",
    rejected: [
      "The clinician has joined in name only and takes no part.",
      "The clinician does not hold the clinician role on Hackpath.",
      "The champion works in a different specialty or setting from the problem.",
    ],
    sources: ["Hackpath pipeline: gate into validation"],
  },

  problem_linked: {
    produce:
      "Link your project to the clinician's problem it solves. Hackpath marks this item met once the link is in place.",
    why: "The problem carries the demand signal: who raised it, how many clinicians backed it and the setting it comes from. Linking it shows mentors, funders and pilot sites that a real NHS need sits behind your work. It also lets the clinicians who raised it follow your progress.",
    who: "Any member of the team can link the problem. If it is not on Hackpath yet, ask the clinician who owns it to post it first.",
    good: "Your project answers the problem as the clinician wrote it, not a neighbouring one. Your summary uses their words for the need. If user research changed your scope, your project description says how and why.",
    rejected: [
      "The linked problem is only loosely related to what the product does.",
      "The team posted the problem itself, with no clinician behind it.",
    ],
    sources: ["Hackpath pipeline: gate into validation"],
  },

  working_demo: {
    produce: "A link to a live demo or a short recording that shows the prototype doing the job from start to finish.",
    why: "A demo shows that the idea works in software, not only on slides. Clinicians, mentors and funders decide whether to give time to a project by seeing it work.",
    who: "Anyone on the team can record it. Ask your clinical champion to check that the scenario is realistic.",
    good: "A 2 to 5 minute recording, or a live link that anyone with the link can open without an account. It follows one real task from start to finish, for example a nurse recording a set of observations. It uses made-up data only. It says plainly which parts are real and which are mocked.",
    rejected: [
      "It shows slides or screens that do not work.",
      "It shows real patient data, or data that could identify someone.",
      "The link is private, broken or needs an account.",
    ],
    sources: ["Hackpath pipeline: gate into validation"],
  },

  active_mentor: {
    produce:
      "Nothing to upload. Have at least one mentor adopt your project and keep the mentorship active. Hackpath marks this item met while a mentorship is active.",
    why: "Most projects stall at the NHS gates, not in the code. A mentor who has been through clinical safety, information governance, regulation or procurement can save you months. Some mentors can also verify gate items later.",
    who: "A Hackpath mentor who has adopted your project. Hackpath suggests mentors whose expertise matches your open gate items and who have capacity.",
    good: "The mentor's expertise matches your next gate, for example a regulatory adviser before you answer the MHRA question. You meet regularly, they keep short session notes and you act on what they advise.",
    rejected: ["The mentorship has ended or is paused.", "The mentor adopted the project but you have never met."],
    sources: ["Hackpath pipeline: gate into validation"],
  },

  user_testing: {
    produce:
      "A record of testing with clinicians: who tested it (roles, not names), where, which tasks they tried, what they found and what you changed as a result. Attach your notes or report, or write a summary.",
    why: "The NHS service standard asks you to understand users and their needs in the context of health and care. DTAC section D asks how you involved users before any NHS organisation deploys your product. Fixing a problem now costs far less than fixing it in a pilot.",
    who: "Anyone on the team can run sessions. A user researcher, or a mentor with usability expertise, helps you avoid leading questions. Test with the clinicians who will use the product, not only your champion.",
    good: "About five or more users across each role that will use the product, in a realistic setting. They do real tasks, not a guided tour. You list problems by severity and show what changed in the next version. You include people with access needs.",
    rejected: [
      "Only the team or the champion tested it.",
      "It records opinions, such as 'they liked it', not what users did.",
      "It shows no changes made as a result.",
    ],
    sources: [SERVICE_STANDARD, `${DTAC}, section D (usability and accessibility)`],
  },

  intended_purpose: {
    produce:
      "A short, plain statement of what the product is for, which patients it is for, who uses it, where, and what it is not for.",
    why: "Your intended purpose decides whether the product is a medical device and, if it is, its class. The MHRA judges it from everything you say the product does, including your website and marketing. It also sets the scope of your hazard log and your NICE evidence tier.",
    who: "The team writes it with your clinical champion. A mentor with regulatory expertise should check it before you answer the MHRA question.",
    good: "It names the medical purpose, if there is one, the patient population, the intended users and the care setting. It says whether the output informs, drives or makes a clinical decision. It lists exclusions, for example 'not for children under 16' or 'not for emergency care'. Your website and pitch say the same thing.",
    rejected: [
      "It is a marketing claim, not a statement of use.",
      "It leaves out who the patients or the users are.",
      "Your website claims more than the statement, for example that it 'diagnoses'.",
    ],
    sources: [MHRA_SOFTWARE, UK_MDR],
  },

  mhra_device_class: {
    produce:
      "Your answer: not a medical device, or a device of class I, IIa, IIb or III. Give your reasoning and attach any supporting documents.",
    why: "Under the UK MDR 2002, software with a medical purpose, such as diagnosis, monitoring or treatment, can be software as a medical device. You must register a device with the MHRA before you place it on the market. Class IIa and above also need a UK Approved Body to assess it. NHS buyers ask about this in DTAC section C1.",
    who: "The team answers. A mentor with regulatory expertise must verify it.",
    good: "Your reasoning starts from your intended purpose and follows the MHRA's guidance on software and AI as a medical device. It names the classification rule you applied. If it is not a device, you say why, for example it only stores and displays records. If it is a device, you set out your plan for conformity assessment, MHRA registration and post-market surveillance.",
    rejected: [
      "'Not a device because a clinician makes the final decision' is the only reason given.",
      "A class with no classification rule or reasoning.",
      "Features that calculate, flag or recommend are left out of the reasoning.",
    ],
    sources: [UK_MDR, MHRA_SOFTWARE, `${DTAC}, section C1 (clinical safety)`],
  },

  nice_esf_tier: {
    produce: "Your chosen NICE ESF tier (A, B or C), with reasoning based on what the product does.",
    why: "The NICE Evidence Standards Framework tells evaluators and commissioners what evidence to expect from a digital health technology. The more risk a product's function carries, the stronger the evidence must be. Choosing your tier now tells you what your pilot must measure.",
    who: "The team chooses. A mentor with health economics or regulatory expertise can check your reasoning.",
    good: "You classify by the product's highest-tier function, using the 2022 update. Tier A is system services with no direct patient outcomes, such as rostering. Tier B helps people understand and communicate about health and care. Tier C covers interventions: treating, diagnosing, guiding care decisions, active monitoring and calculating. Tier C products are often medical devices, so your tier agrees with your MHRA answer.",
    rejected: [
      "A lower tier than the product's highest-risk function.",
      "Reasoning from what the team hopes to prove, not the intended purpose.",
      "Tier A or B for a product you have classed as a medical device.",
    ],
    sources: [NICE_ESF],
  },

  data_use_statement: {
    produce: "A data-use statement published on your project page. Hackpath marks this item met once it is published.",
    why: "UK GDPR gives people the right to be told how their data is used. Patients and staff trust a product more when they can read this plainly. Writing it also starts the thinking you need for your DPIA.",
    who: "The team writes it. A mentor with information governance expertise, or your pilot site's Data Protection Officer, should review it.",
    good: "It says what data you collect, why, who can see it, where it is stored and how long you keep it. It gives the lawful basis under UK GDPR, and the condition for health data. It names the controller and says how people can ask questions or object. It uses words a patient understands and fits on one screen.",
    rejected: [
      "It is legal text copied from a privacy policy.",
      "It leaves out the lawful basis or who the controller is.",
      "It does not match what the product actually collects.",
    ],
    sources: ["UK GDPR: the right to be informed", "ICO guidance on the right to be informed"],
  },

  trl_6: {
    produce:
      "Evidence that the product has been demonstrated in a relevant environment. Say where and when, and link or attach the evidence.",
    why: "TRL 6 means a working prototype has been shown in conditions close to real use. Funders and pilot sites use technology readiness levels to judge how far a product is from a pilot. Below TRL 6, a pilot is likely to find basic faults that put patients or staff at risk.",
    who: "The team, with your clinical champion. People at the test setting can confirm what happened.",
    good: "The whole prototype ran in a realistic setting, for example a simulation suite, a training ward or a test system with realistic made-up data and real clinical users. You say where, when and who took part, and what worked and what failed. You do not need live patient care for TRL 6: that comes at TRL 7 and in the pilot.",
    rejected: [
      "Only a developer or lab demo, which is TRL 4 or 5.",
      "No date, place or people named.",
      "The evidence is for an earlier version with different core features.",
    ],
    sources: ["Technology readiness levels (TRL)"],
  },

  dtac_c1_clinical_safety: {
    produce:
      "Your DCB0129 clinical safety documents: a clinical risk management plan, a hazard log and a clinical safety case report. Name your Clinical Safety Officer, with their profession and registration number.",
    why: "DTAC section C1 asks every supplier for clinical risk management that meets DCB0129, the standard for manufacturers of health IT used in the NHS. It shows you have found the ways your product could harm a patient and reduced them.",
    who: "Your Clinical Safety Officer approves the documents. They must be a suitably qualified and experienced clinician, registered with a professional body such as the GMC, NMC or HCPC, and trained in clinical risk management. They can be employed or contracted. A mentor with clinical safety expertise must verify this item.",
    good: "The hazard log lists realistic hazards with their causes, controls, and risk scored for severity and likelihood. The safety case report argues that the product is safe for its intended purpose and points to the evidence. Both match the version you will pilot.",
    rejected: [
      "No named Clinical Safety Officer, or one who is not a registered clinician.",
      "A generic hazard log that could fit any product.",
      "The safety case does not match the current version or intended purpose.",
      "Hazards from integrations and third-party components are missing.",
    ],
    sources: [`${DTAC}, section C1 (clinical safety)`, DCB0129],
  },

  dtac_c2_data_protection: {
    produce:
      "A DPIA for the pilot, your ICO registration number and your Data Security and Protection Toolkit (DSPT) assessment. Attach or link each one.",
    why: "DTAC section C2 checks that you handle personal data lawfully and securely. UK GDPR Article 35 requires a DPIA where processing is likely to be high risk, which health data usually is. The ICO register of fee payers shows you have paid the data protection fee. The Data Security and Protection Toolkit is the NHS's yearly self-assessment of data security.",
    who: "The team prepares them. Your Data Protection Officer or an information governance lead should review them. The pilot site is usually the controller, so its IG team often writes the DPIA with you. A mentor with information governance expertise must verify this item.",
    good: "The DPIA covers the pilot's real data flows, the lawful basis, who is controller and processor, where data is stored, and the risks with their controls. Your ICO registration is current. Your DSPT for the current year shows 'Standards Met' or better.",
    rejected: [
      "A DPIA template with generic answers.",
      "No DSPT for the current year, or one below 'Standards Met'.",
      "The ICO registration belongs to another organisation or has lapsed.",
      "Data stored outside the UK with no safeguards described.",
    ],
    sources: [
      `${DTAC}, section C2 (data protection)`,
      "UK GDPR Article 35 (data protection impact assessment)",
      "ICO register of fee payers",
      "Data Security and Protection Toolkit (DSPT)",
    ],
  },

  dtac_c3_technical_security: {
    produce:
      "Your current Cyber Essentials certificate, or Cyber Essentials Plus if your buyer asks for it, and a summary of a recent penetration test of the product.",
    why: "DTAC section C3 checks that your company and product meet a baseline of cyber security. Cyber Essentials is the UK government-backed scheme that shows you have basic controls against common attacks. A penetration test shows how the product itself stands up to a skilled attacker.",
    who: "A Cyber Essentials certification body certifies you; Cyber Essentials Plus adds a hands-on technical audit. An independent, qualified tester runs the penetration test, for example a CREST-accredited company, not your own developers.",
    good: "The certificate is in date and covers the organisation and systems that build and run the product. The penetration test is from the last 12 months, covers the version you will pilot and includes the OWASP Top 10. High and critical findings are fixed, or have a dated plan. Admin accounts use multi-factor authentication.",
    rejected: [
      "An expired certificate, or one for a different company.",
      "A vulnerability scan presented as a penetration test.",
      "Open high or critical findings with no plan to fix them.",
      "The test predates major changes to the product.",
    ],
    sources: [`${DTAC}, section C3 (technical security)`, "Cyber Essentials (National Cyber Security Centre)"],
  },

  dtac_c4_interoperability: {
    produce:
      "A short description of the standards you use and how data moves in and out of the product. Attach your API documentation if you have it.",
    why: "DTAC section C4 checks that your product can work with NHS systems, so staff do not re-key data and data is not trapped. National standards lower cost and clinical risk for the buyer.",
    who: "Your lead engineer writes it. A mentor with interoperability expertise can review it.",
    good: "You name each standard you use and where: FHIR UK Core for exchanging records, SNOMED CT for clinical terms, dm+d for medicines and devices, and the NHS number to identify patients. Patient-facing products use NHS login to confirm who the user is. You offer open, documented APIs so other systems can connect. For each data flow you give its source, format, direction and how it is secured.",
    rejected: [
      "'FHIR-ready' with no resources or profiles named.",
      "Local codes or free text where SNOMED CT or dm+d apply.",
      "Patients identified without the NHS number.",
      "Data gets in but can only get out by manual export.",
    ],
    sources: [
      `${DTAC}, section C4 (interoperability)`,
      "HL7 FHIR UK Core",
      "SNOMED CT",
      "Dictionary of medicines and devices (dm+d)",
      "NHS login",
    ],
  },

  dtac_d_usability: {
    produce:
      "An accessibility statement that shows how the product meets WCAG 2.2 AA, and a summary of usability findings from your user research.",
    why: "DTAC section D checks that everyone who needs the product can use it, in line with the NHS service standard. NHS organisations must meet accessibility law and expect suppliers to meet WCAG 2.2 AA. A product people cannot use excludes patients and staff, and can create clinical risk.",
    who: "The team, with a mentor who has usability and accessibility expertise. An accessibility specialist or an independent audit should check the product. Automated tools alone are not enough.",
    good: "The statement says how you tested, what meets WCAG 2.2 AA, what does not yet, and when you will fix it. Testing covers keyboard-only use, screen readers, zoom, and people with access needs. Usability findings come from real users doing real tasks and show what you changed.",
    rejected: [
      "The statement relies only on an automated scan.",
      "Known failures are not listed.",
      "No user research with people who have access needs.",
      "The statement covers your website, not the product.",
    ],
    sources: [
      `${DTAC}, section D (usability and accessibility)`,
      "Web Content Accessibility Guidelines (WCAG) 2.2",
      SERVICE_STANDARD,
    ],
  },

  pilot_site_committed: {
    produce:
      "The name of the deploying organisation, a named lead there, and their written commitment to run the pilot and own its DCB0160 clinical risk management.",
    why: "Under DCB0160, the organisation that deploys health IT must manage its own clinical risk, alongside your DCB0129 work as manufacturer. Without a site that owns this, the pilot cannot go live safely.",
    who: "Someone at the site with authority to commit it, such as a service lead or chief clinical information officer. The site's own Clinical Safety Officer leads its DCB0160 work.",
    good: "A signed letter or agreement names the service, the lead, the site's Clinical Safety Officer and a start date. The site has your DCB0129 safety case and will write its own hazard log and safety case for deployment. Its IG team has seen your DPIA. You have agreed whether the pilot is a service evaluation or research, because research needs Health Research Authority approval.",
    rejected: [
      "Support from one clinician with no organisational sign-off.",
      "No Clinical Safety Officer named at the site.",
      "The site expects you to do its DCB0160 work.",
    ],
    sources: [DCB0160, DCB0129, "Health Research Authority approval"],
  },

  funding_committed: {
    produce:
      "Who funds the pilot, how much, and what it pays for. Only your team, verifiers and organisers see this evidence.",
    why: "Pilots stall when money runs out halfway. Committed funding shows the pilot can run for its full length and still be evaluated.",
    who: "The team records it. The funder, or the budget holder at the pilot site, must have confirmed it in writing.",
    good: "You name the funder, such as the pilot site, an integrated care board, an NHS charity or a grant programme like SBRI Healthcare. You give the amount and the dates it covers. It pays for licences or hosting, set-up, training, staff time and the evaluation. You hold written confirmation, such as an award letter or purchase order.",
    rejected: [
      "Funding 'in principle', or an application not yet decided.",
      "The amount does not cover the evaluation or staff time.",
      "No named funder.",
    ],
    sources: ["Hackpath pipeline: gate into pilot"],
  },

  pilot_ran: {
    produce: "The dates the pilot ran, the site, and how many people used the product.",
    why: "The pilot is the product's first real test in care. Clear facts about it let buyers and evaluators judge how much weight to give your results.",
    who: "The team, with the pilot site lead.",
    good: "You give the start and end dates, the site and service, and how many staff and patients used the product and how often. You say what changed from the plan, such as a late start or a smaller group, and why. You record any incidents or new hazards found, and what you did about them.",
    rejected: ["Sign-ups counted instead of active users.", "No dates or site named.", "Safety incidents left out."],
    sources: ["Hackpath pipeline: gate into evaluation", DCB0160],
  },

  measures_collected: {
    produce: "Each success measure you agreed before the pilot, with its baseline and its result.",
    why: "Without a baseline you cannot show the product made a difference. The NICE ESF expects evidence in proportion to your tier, and buyers use these results to decide whether to keep paying for it.",
    who: "The team with the pilot site, ideally with an evaluator or a mentor who has health economics expertise. The site's analysts often hold the baseline data.",
    good: "You chose the measures before the pilot, and they fit your tier and intended purpose, for example staff time, waiting times or clinical outcomes. Each has a baseline from the same service over a similar period, a result, the number of people and how you collected it. You report the measures that did not improve too.",
    rejected: [
      "Measures chosen after the pilot to fit the results.",
      "No baseline, or a baseline from a different setting.",
      "Only satisfaction scores for a Tier C product.",
    ],
    sources: [NICE_ESF],
  },

  evidence_meets_tier: {
    produce:
      "A summary that maps your evidence to each NICE ESF standard for your chosen tier, with a link to the evidence for each.",
    why: "Commissioners and buyers use the ESF to judge whether a digital health technology is worth adopting. Evidence that falls short of your tier is a common reason a buyer says no.",
    who: "The team, ideally with an independent evaluator. A mentor with health economics expertise must verify this item.",
    good: "You work through the five groups of standards: design factors, describing value, demonstrating performance, delivering value and deployment considerations. You mark which apply to your tier. For Tier C you show comparative studies of relevant outcomes. Delivering value includes a budget impact analysis, and a fuller economic analysis where costs or risks are high. You name any gaps and how you will close them.",
    rejected: [
      "Evidence for a lower tier than the one you chose.",
      "Standards skipped without a reason.",
      "Claims that the pilot data does not support.",
      "No economic analysis.",
    ],
    sources: [NICE_ESF],
  },

  evaluation_report: {
    produce: "A link to your published evaluation report.",
    why: "Buyers trust evidence they can read and check for themselves. Publishing it also saves other sites from repeating the same pilot.",
    who: "The team, ideally with an independent evaluator such as a university or a health innovation network. The pilot site should agree the content before you publish.",
    good: "The report is public and dated. It covers the intended purpose, setting, methods, measures against baseline, results (including negative ones), safety findings and costs. It follows the NICE ESF standards for your tier. It names who did the evaluation and any conflicts of interest. A peer-reviewed paper or preprint is better still.",
    rejected: [
      "A marketing case study rather than an evaluation.",
      "The link is broken or needs a login.",
      "Only positive results reported.",
      "The team evaluated its own product and does not say so.",
    ],
    sources: [NICE_ESF],
  },

  commercial_model: {
    produce: "Who pays, what they pay for, and at what price.",
    why: "The NHS buys tools with a clear cost and a clear budget holder. A buyer needs your price to write a business case, and funders need to know how the product will pay its way.",
    who: "The team's commercial lead, with a mentor who has commercial expertise.",
    good: "You name the buyer, such as a trust, an integrated care board, a primary care network or a GP practice, and the budget the money comes from. You give the pricing unit, such as per user, per patient or per site, and the price including set-up, training and support. You link the price to the savings or outcomes in your evaluation. It matches the value proposition you give in DTAC section B.",
    rejected: [
      "'The NHS pays', with no buyer or budget named.",
      "No price, or a price with no basis.",
      "A price that the evaluation's savings do not support.",
    ],
    sources: [`${DTAC}, section B (value proposition)`, `${NICE_ESF}: delivering value`],
  },

  procurement_route: {
    produce:
      "The route your buyer will use to buy the product: a framework, a direct award, or the buyer's own process.",
    why: "Even a willing buyer can only buy through a lawful route. Naming it early saves months and tells you which rules and paperwork apply.",
    who: "The team, with the buyer's procurement team. A mentor with procurement expertise can help you choose.",
    good: "You name the route and why it fits. For example, you are listed on a framework such as the Crown Commercial Service's G-Cloud, and the buyer can call off from it. Or the contract is small enough for the buyer's own quotation process. Or you set out the grounds for a direct award under the Procurement Act 2023. The buyer's procurement lead has agreed the route.",
    rejected: [
      "'The trust will buy it', with no route named.",
      "A framework you are not listed on.",
      "A direct award with no lawful grounds.",
    ],
    sources: ["Procurement Act 2023", "Crown Commercial Service G-Cloud framework"],
  },

  routine_use_two_orgs: {
    produce: "The names of at least two organisations that use the product in routine care, and when each one started.",
    why: "Routine use at more than one organisation shows the product works beyond its pilot site and its first champions. This is what the NHS means by adoption.",
    who: "The team, with confirmation from each organisation.",
    good: "Each organisation uses the product as part of its normal service, paid for from its own budget or a contract, not a pilot grant. You give the service, the start date and the number of users for each. Each organisation has its own DCB0160 safety case and a DPIA for live use.",
    rejected: [
      "One of the organisations is still piloting.",
      "Two services within the same organisation.",
      "Use that a pilot or trial grant still pays for.",
    ],
    sources: ["Hackpath pipeline: gate into adopted", DCB0160],
  },

  success_story: {
    produce:
      "A success story published on your project page, with at least one measured outcome. Hackpath marks this item met once a story is published.",
    why: "Stories help other NHS teams find proven tools and trust them. They also credit the clinicians who raised the problem and shaped the product.",
    who: "The team writes it, with your clinical champion and the adopting organisation. Get their agreement before you publish.",
    good: "The story gives a measured outcome against its baseline, for example 'time to triage fell from 3 days to 1 day across 400 referrals'. It names the organisation, with its permission. It quotes a clinician or patient, with their consent. It links to your evaluation report.",
    rejected: [
      "No measured outcome, only praise.",
      "Figures that do not match the evaluation.",
      "Patient details that could identify someone.",
    ],
    sources: ["Hackpath pipeline: gate into adopted"],
  },
};

/** The guidance for one gate item, or undefined for an unknown key. */
export function guidanceFor(key: string): GateGuidance | undefined {
  return Object.hasOwn(gateGuidance, key) ? gateGuidance[key] : undefined;
}

/** How many words an entry has across all its fields: the guidance aims for 80 to 250. */
export function guidanceWordCount(g: GateGuidance): number {
  const text = [g.produce, g.why, g.who, g.good, ...g.rejected, ...g.sources].join(" ");
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}
