/**
 * The evidence text a team would have written against each gate item, built from what the
 * project content says (its assurance answers, pilots, funding and outcomes). A project can
 * replace any item's text in its `evidence` field.
 */
import type { SeedAssurance, SeedOutcome, SeedPilot } from "./content/projects-types";

export type EvidenceContext = {
  slug: string;
  problemTitle: string | null;
  champion: { name: string; profession: string } | null;
  mentorAtValidation: { name: string; headline: string; since: Date } | null;
  cso: string;
  dpo: string;
  repoUrl: string | null;
  demoUrl: string | null;
  videoUrl: string | null;
  dataUsePublishedAt: Date | null;
  assurance: SeedAssurance;
  pilot: (SeedPilot & { startsOn: string; endsOn: string }) | null;
  committedFunding: string[];
  outcomes: SeedOutcome[];
  story: { title: string; publishedAt: Date } | null;
  /** When the item was met; used in "signed on" phrases. */
  metOn: Date;
};

/** "4 March 2025". */
export function longDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** "£48,000". */
export function pounds(amount: number): string {
  return `£${amount.toLocaleString("en-GB")}`;
}

/**
 * Replaces `{{N days ago}}` and `{{in N days}}` in content with calendar dates, so evidence
 * written relative to the seed's clock reads as a real date and does not go stale.
 */
export function withDates(text: string, at: (daysAgo: number) => Date): string {
  return text
    .replace(/\{\{(\d+) days ago\}\}/g, (_m, n: string) => longDate(at(Number(n))))
    .replace(/\{\{in (\d+) days\}\}/g, (_m, n: string) => longDate(at(-Number(n))));
}

/** A stable, realistic-looking ICO registration number for a project. */
function icoNumber(slug: string): string {
  let hash = 7;
  for (const ch of slug) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000;
  return `ZB${String(hash).padStart(6, "0")}`;
}

/** Evidence for an item the team has met. */
export function metEvidence(key: string, ctx: EvidenceContext): string {
  const a = ctx.assurance;
  switch (key) {
    case "clinical_champion":
      return ctx.champion
        ? `${ctx.champion.name} (${ctx.champion.profession}) is on the team as clinical champion.`
        : "";
    case "problem_linked":
      return ctx.problemTitle ? `Addresses the problem “${ctx.problemTitle}”.` : "";
    case "working_demo": {
      const parts = [
        ctx.demoUrl ? `Demo: ${ctx.demoUrl}` : null,
        ctx.videoUrl ? `Video walkthrough: ${ctx.videoUrl}` : null,
        !ctx.demoUrl && ctx.repoUrl ? `Runs locally from ${ctx.repoUrl} (see the README) with synthetic data.` : null,
      ];
      return parts.filter(Boolean).join(" · ");
    }
    case "active_mentor":
      return ctx.mentorAtValidation
        ? `${ctx.mentorAtValidation.name}, mentoring since ${longDate(ctx.mentorAtValidation.since)}. ${ctx.mentorAtValidation.headline}.`
        : "";
    case "user_testing":
      return (
        a.userTesting ??
        "Tested with clinicians at the champion's organisation; findings and changes recorded in the project wiki."
      );
    case "intended_purpose":
      return a.intendedPurpose ?? "Intended purpose written and agreed with the clinical champion.";
    case "mhra_device_class":
      return (
        a.device ?? "Not a medical device: it records and displays information without calculation or interpretation."
      );
    case "nice_esf_tier":
      return a.esf ?? "Tier A (system service).";
    case "data_use_statement":
      return ctx.dataUsePublishedAt
        ? `Published on the project page on ${longDate(ctx.dataUsePublishedAt)}.`
        : "Published on the project page.";
    case "trl_6":
      return a.trl6 ?? "Demonstrated in a relevant environment with synthetic data.";
    case "dtac_c1_clinical_safety":
      return `Clinical risk management plan, hazard log and clinical safety case report (DCB0129) signed off by ${ctx.cso}, Clinical Safety Officer, on ${longDate(ctx.metOn)}. No hazards remain rated high. Documents: https://evidence.hackpath.test/${ctx.slug}/dcb0129`;
    case "dtac_c2_data_protection":
      return `DPIA for the pilot approved on ${longDate(ctx.metOn)} by ${ctx.dpo}. Supplier ICO registration ${icoNumber(ctx.slug)}. Data Security and Protection Toolkit: standards met.`;
    case "dtac_c3_technical_security":
      return `Cyber Essentials Plus certificate (IASME) issued ${longDate(ctx.metOn)}. Penetration test by a CREST-accredited tester: no critical or high findings; medium findings fixed and retested. Summary: https://evidence.hackpath.test/${ctx.slug}/pen-test-summary`;
    case "dtac_c4_interoperability":
      return a.interop ?? "Standalone; data exported in open formats on request.";
    case "dtac_d_usability":
      return (
        a.usability ?? `Accessibility statement (WCAG 2.2 AA): https://evidence.hackpath.test/${ctx.slug}/accessibility`
      );
    case "pilot_site_committed":
      return ctx.pilot
        ? `${ctx.pilot.organisation} committed (${ctx.pilot.site}). Their Clinical Safety Officer has completed the DCB0160 clinical risk assessment for deployment.`
        : "Pilot site committed; DCB0160 completed by the deploying organisation.";
    case "funding_committed":
      return ctx.committedFunding.length > 0 ? ctx.committedFunding.join("; ") + "." : "Funding committed.";
    case "pilot_ran":
      return ctx.pilot
        ? `${ctx.pilot.startsOn} to ${ctx.pilot.endsOn}. ${a.pilotRan ?? `${ctx.pilot.site}, ${ctx.pilot.organisation}.`}`
        : (a.pilotRan ?? "Pilot completed.");
    case "measures_collected":
      return ctx.outcomes.length > 0
        ? ctx.outcomes
            .map((o) => `${o.metric}: ${o.baseline} → ${o.result}${o.unit === "%" ? "%" : ` ${o.unit}`}`)
            .join("; ") + "."
        : "Measures collected against the agreed baseline.";
    case "evidence_meets_tier":
      return a.evidenceMeetsTier ?? "Evidence mapped to the ESF standards for the chosen tier.";
    case "evaluation_report":
      return `https://evidence.hackpath.test/${ctx.slug}/evaluation-report`;
    case "commercial_model":
      return a.commercialModel ?? "Commercial model agreed with the first buyer.";
    case "procurement_route":
      return a.procurementRoute ?? "G-Cloud 14, lot 2 (cloud software).";
    case "routine_use_two_orgs":
      return a.routineUse ?? "In routine use at two organisations.";
    case "success_story":
      return ctx.story
        ? `Published: “${ctx.story.title}” (${longDate(ctx.story.publishedAt)}).`
        : "Success story published.";
    default:
      return "";
  }
}

const inProgressNotes: Record<string, string> = {
  clinical_champion: "Talking to the clinician who posted the problem about joining the team.",
  problem_linked: "",
  working_demo: "Demo being deployed to a public test environment.",
  active_mentor: "Mentor request sent.",
  user_testing: "Testing sessions with clinicians booked; notes so far in the project folder.",
  intended_purpose: "Draft written; reviewing it with our regulatory mentor.",
  mhra_device_class: "Working through the MHRA decision flowchart with our adviser.",
  nice_esf_tier: "Deciding between tier B and tier C.",
  data_use_statement: "Statement drafted; not yet published.",
  trl_6: "Shadow testing in a relevant environment planned.",
  dtac_c1_clinical_safety:
    "Hazard log started; clinical risk management plan drafted; safety case report not yet written.",
  dtac_c2_data_protection: "DPIA drafted and with the DPO for review.",
  dtac_c3_technical_security: "Cyber Essentials in place; penetration test booked.",
  dtac_c4_interoperability: "Integration approach agreed; interface testing under way.",
  dtac_d_usability: "Accessibility audit booked.",
  pilot_site_committed: "In conversation with a pilot site.",
  funding_committed: "Funding conversations in progress.",
  pilot_ran: "Pilot under way.",
  measures_collected: "Collecting measures against the baseline.",
  evidence_meets_tier: "Mapping our evidence to the ESF standards with our health economist.",
  evaluation_report: "Evaluation report in draft.",
  commercial_model: "Testing pricing options with buyers.",
  procurement_route: "Exploring frameworks with a procurement mentor.",
  routine_use_two_orgs: "Second organisation in discussion.",
  success_story: "Story drafted.",
};

/** What a team writes against an item it is working on. */
export function inProgressEvidence(key: string): string {
  return inProgressNotes[key] ?? "";
}
