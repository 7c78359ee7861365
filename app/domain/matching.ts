import { gateItemsFor, type GateItem } from "./gates";
import { awaitsVerification, openItemsInto, type GateRecords, type ProjectFacts } from "./gate-progress";
import { nextStage, stageLabel, type Stage } from "./stages";
import {
  careSettings,
  expertiseAreas,
  specialties,
  type CareSetting,
  type ExpertiseArea,
  type Specialty,
} from "./taxonomy";
import { slugify } from "../utils/slug";

/**
 * Matching: which mentors could help a project through its next gate, which projects need a
 * mentor's expertise or fit a funder's thesis, and which problems suit a developer, each with its
 * reason in words. Pure and deterministic (every ranking ends on the id); the models fetch a
 * bounded set of candidates (app/models/suggestions.server.ts) and these decide and rank.
 */

// ---------------------------------------------------------------- mentors

export type MentorCandidate = {
  id: number;
  name: string;
  areas: readonly ExpertiseArea[];
  capacity: number;
  activeCount: number;
  acceptingRequests: boolean;
};

export type MentorMatch<M extends MentorCandidate = MentorCandidate> = {
  mentor: M;
  /** The open items this mentor's expertise covers, in gate order. */
  covers: GateItem[];
  /** Share of the open items that need expertise which this mentor covers, 0..1. */
  coverage: number;
  spare: number;
};

/** The expertise areas an item calls on: what helps with it and who may verify it. */
export function expertiseFor(item: GateItem): ExpertiseArea[] {
  const areas = new Set<ExpertiseArea>(item.expertise);
  if (item.verifier) areas.add(item.verifier.expertise);
  return [...areas];
}

/** Every expertise area the given items call on, without repeats. */
export function expertiseNeeded(items: readonly GateItem[]): ExpertiseArea[] {
  return [...new Set(items.flatMap(expertiseFor))];
}

/**
 * Mentors whose expertise covers at least one open item and who have room for another project
 * (accepting requests, active mentorships below capacity), best first: most items covered, then
 * most spare capacity, then name. Items that need no expertise (e.g. "link the problem") are left
 * out of the coverage sum because no mentor can do them for the team.
 */
export function matchMentors<M extends MentorCandidate>(
  openItems: readonly GateItem[],
  mentors: readonly M[],
  options: { exclude?: Iterable<number>; limit?: number } = {},
): MentorMatch<M>[] {
  const exclude = new Set(options.exclude ?? []);
  const needing = openItems.filter((item) => expertiseFor(item).length > 0);
  if (needing.length === 0) return [];
  const matches: MentorMatch<M>[] = [];
  for (const mentor of mentors) {
    if (exclude.has(mentor.id) || !mentor.acceptingRequests) continue;
    const spare = mentor.capacity - mentor.activeCount;
    if (spare <= 0) continue;
    const areas = new Set(mentor.areas);
    const covers = needing.filter((item) => expertiseFor(item).some((area) => areas.has(area)));
    if (covers.length === 0) continue;
    matches.push({ mentor, covers, coverage: covers.length / needing.length, spare });
  }
  matches.sort(
    (a, b) =>
      b.covers.length - a.covers.length ||
      b.spare - a.spare ||
      a.mentor.name.localeCompare(b.mentor.name) ||
      a.mentor.id - b.mentor.id,
  );
  return options.limit === undefined ? matches : matches.slice(0, options.limit);
}

// ---------------------------------------------------------------- funders

/** A funder's thesis. An empty list means "any". Ticket sizes are whole pounds. */
export type Thesis = {
  stages: readonly Stage[];
  careSettings: readonly CareSetting[];
  specialties: readonly Specialty[];
  ticketMin: number | null;
  ticketMax: number | null;
  offersPilotSite: boolean;
};

export type ThesisProject = {
  stage: Stage;
  state: "active" | "paused" | "archived";
  careSetting: CareSetting | null;
  specialty: Specialty | null;
  /** The sum the team is asking for, when it has said; compared with the ticket range. */
  ask?: number | null;
  /** Whether the project still needs a pilot site (its "pilot site committed" item is open). */
  needsPilotSite?: boolean;
};

export type ThesisFit = { fits: boolean; reasons: string[] };

/**
 * Whether a project fits a funder's thesis, and why. Only active projects fit. A thesis that names
 * care settings or specialties does not match a project that has not said its own. A project's ask,
 * when known, must sit inside the ticket range.
 */
export function thesisFit(thesis: Thesis, project: ThesisProject): ThesisFit {
  const reasons: string[] = [];
  if (project.state !== "active") return { fits: false, reasons };
  if (thesis.stages.length > 0) {
    if (!thesis.stages.includes(project.stage)) return { fits: false, reasons };
    reasons.push("stage");
  }
  if (thesis.careSettings.length > 0) {
    if (!project.careSetting || !thesis.careSettings.includes(project.careSetting)) return { fits: false, reasons };
    reasons.push("care_setting");
  }
  if (thesis.specialties.length > 0) {
    if (!project.specialty || !thesis.specialties.includes(project.specialty)) return { fits: false, reasons };
    reasons.push("specialty");
  }
  if (project.ask != null) {
    if (thesis.ticketMin != null && project.ask < thesis.ticketMin) return { fits: false, reasons };
    if (thesis.ticketMax != null && project.ask > thesis.ticketMax) return { fits: false, reasons };
    reasons.push("ticket");
  }
  if (thesis.offersPilotSite && project.needsPilotSite) reasons.push("pilot_site");
  return { fits: true, reasons };
}

/** Words for the reasons `thesisFit` gives. */
export const fitReasonLabels: Record<string, string> = {
  stage: "stage",
  care_setting: "care setting",
  specialty: "specialty",
  ticket: "ticket size",
  pilot_site: "pilot site",
};

/** Whether a thesis says anything at all (an empty thesis would match every active project). */
export function thesisIsSet(thesis: Thesis): boolean {
  return thesis.stages.length + thesis.careSettings.length + thesis.specialties.length > 0;
}

// ---------------------------------------------------------------- reasons in words
//
// Every suggestion carries its reason as a sentence fragment built here, so the project page, the
// dashboards and the tests read the same words. Lower case, no full stop: the page capitalises.

/** "a", "a and b", "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "£40,000": whole pounds grouped by hand, so server and browser agree whatever their ICU. */
export function poundsInWords(amount: number): string {
  return `£${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

/**
 * A gate item's name inside a sentence. DTAC items go by their section code ("C1 clinical safety
 * (DCB0129)"); the rest by their label, without a leading article and with a lower-case first
 * letter unless it starts an acronym ("intended purpose written", "MHRA medical device question
 * answered", "pilot site committed (DCB0160)").
 */
export function gateItemName(item: Pick<GateItem, "label">): string {
  if (item.label.startsWith("DTAC ")) return item.label.slice("DTAC ".length);
  const bare = item.label.replace(/^(A|An) /, "");
  return /^[A-Z][a-z]/.test(bare) ? bare[0]!.toLowerCase() + bare.slice(1) : bare;
}

/** An expertise area as it reads in a sentence: "clinical safety", "health economics and evaluation". */
function areaWords(area: ExpertiseArea): string {
  return expertiseAreas.label(area).toLowerCase();
}

/**
 * The mentor's areas that bear on these items, in vocabulary order; none when the items' names
 * already say them all ("clinical safety" beside "C1 clinical safety (DCB0129)").
 */
function areasToName(mentorAreas: readonly ExpertiseArea[], items: readonly GateItem[]): ExpertiseArea[] {
  const needed = new Set(expertiseNeeded(items));
  const names = items.map((item) => gateItemName(item).toLowerCase()).join(" | ");
  const areas = expertiseAreas.values.filter((area) => needed.has(area) && mentorAreas.includes(area));
  return areas.every((area) => names.includes(areaWords(area))) ? [] : areas;
}

/** "C1 clinical safety (DCB0129) and pilot site committed (DCB0160) items". */
function itemsInWords(items: readonly GateItem[]): string {
  return `${listInWords(items.map(gateItemName))} ${items.length === 1 ? "item" : "items"}`;
}

/**
 * Why a mentor is suggested for a project, for the project's own team ("your") or anyone else
 * ("the"): "covers your open C1 clinical safety (DCB0129) item, 2 places free", or, when the
 * item names do not say the expertise, "covers regulation for your open intended purpose written
 * item, 1 place free".
 */
export function mentorReason(
  match: { mentor: Pick<MentorCandidate, "areas">; covers: readonly GateItem[]; spare: number },
  { whose = "your" }: { whose?: "your" | "the" } = {},
): string {
  const areas = areasToName(match.mentor.areas, match.covers);
  const what = areas.length ? `${listInWords(areas.map(areaWords))} for ${whose}` : whose;
  return `covers ${what} open ${itemsInWords(match.covers)}, ${plural(match.spare, "place", "places")} free`;
}

// ---------------------------------------------------------------- projects for a mentor

/** A mentor as project matching needs them. */
export type MentorSeeking = {
  areas: readonly ExpertiseArea[];
  capacity: number;
  activeCount: number;
};

/** A candidate project for a mentor, with what its gate rows and facts say. */
export type MentorProjectCandidate = {
  id: number;
  name: string;
  stage: Stage;
  state: "active" | "paused" | "archived";
  /** When it entered its current stage: the longer it has waited, the sooner it is shown. */
  stageEnteredAt: Date;
  records: GateRecords;
  facts: ProjectFacts;
};

export type ProjectMatchForMentor<P extends MentorProjectCandidate = MentorProjectCandidate> = {
  project: P;
  /** The stage the open items lead into. */
  nextStage: Stage;
  /** The open items of that gate the mentor's expertise covers, in gate order. */
  covers: GateItem[];
  /** Of those, the ones the team settled that wait for a verifier with the mentor's expertise. */
  awaitingVerification: string[];
  /** How many of the gate's items are done, and how many it has. */
  done: number;
  total: number;
  reason: string;
};

/**
 * Projects whose open items for their next gate need this mentor's expertise, best first: most
 * items covered, then the furthest through their gate, then the longest waiting in their stage,
 * then id. Only active projects; none at all for a mentor with no place free. Derived items
 * (a clinical champion, a published data-use statement) count like any other, worked out from
 * the project's facts as the gate itself does.
 */
export function matchProjectsForMentor<P extends MentorProjectCandidate>(
  mentor: MentorSeeking,
  projects: readonly P[],
  { limit }: { limit?: number } = {},
): ProjectMatchForMentor<P>[] {
  if (mentor.capacity - mentor.activeCount <= 0 || mentor.areas.length === 0) return [];
  const areas = new Set(mentor.areas);
  const matches: ProjectMatchForMentor<P>[] = [];
  for (const project of projects) {
    const next = nextStage(project.stage);
    if (project.state !== "active" || !next) continue;
    const open = openItemsInto(next, project.records, project.facts);
    const covers = open.filter((item) => expertiseFor(item).some((area) => areas.has(area)));
    if (covers.length === 0) continue;
    const awaitingVerification = covers
      .filter((item) => item.verifier && areas.has(item.verifier.expertise))
      .filter((item) => awaitsVerification(item, project.records[item.key]))
      .map((item) => item.key);
    const total = gateItemsFor(next).length;
    const done = total - open.length;
    const reason = projectReasonForMentor({
      mentorAreas: mentor.areas,
      covers,
      awaitingVerification,
      next,
      done,
      total,
    });
    matches.push({ project, nextStage: next, covers, awaitingVerification, done, total, reason });
  }
  matches.sort(
    (a, b) =>
      b.covers.length - a.covers.length ||
      b.done / b.total - a.done / a.total ||
      a.project.stageEnteredAt.getTime() - b.project.stageEnteredAt.getTime() ||
      a.project.id - b.project.id,
  );
  return limit === undefined ? matches : matches.slice(0, limit);
}

/**
 * Why a project is suggested to a mentor: "its open C1 clinical safety (DCB0129) item needs your
 * expertise; 5 of 7 items for pilot done", "its open intended purpose written item needs your
 * regulation expertise; …", or, for an item the team settled that waits for a verifier with the
 * mentor's expertise, "its C1 clinical safety (DCB0129) item awaits a verifier like you; …".
 */
export function projectReasonForMentor({
  mentorAreas,
  covers,
  awaitingVerification = [],
  next,
  done,
  total,
}: {
  mentorAreas: readonly ExpertiseArea[];
  covers: readonly GateItem[];
  awaitingVerification?: readonly string[];
  next: Stage;
  done: number;
  total: number;
}): string {
  const awaiting = covers.filter((item) => awaitingVerification.includes(item.key));
  const open = covers.filter((item) => !awaitingVerification.includes(item.key));
  const clauses: string[] = [];
  if (open.length) {
    const areas = areasToName(mentorAreas, open);
    const expertise = areas.length ? `your ${listInWords(areas.map(areaWords))} expertise` : "your expertise";
    clauses.push(`its open ${itemsInWords(open)} ${open.length === 1 ? "needs" : "need"} ${expertise}`);
  }
  if (awaiting.length)
    clauses.push(`its ${itemsInWords(awaiting)} ${awaiting.length === 1 ? "awaits" : "await"} a verifier like you`);
  return `${clauses.join("; ")}; ${done} of ${total} items for ${stageLabel(next).toLowerCase()} done`;
}

// ---------------------------------------------------------------- projects for a funder

/** A candidate project for a funder. */
export type FunderProjectCandidate = ThesisProject & {
  id: number;
  name: string;
  lastActivityAt: Date;
};

export type ProjectMatchForFunder<P extends FunderProjectCandidate = FunderProjectCandidate> = {
  project: P;
  fit: ThesisFit;
  reason: string;
};

const careSettingPhrases: Record<CareSetting, string> = {
  primary_care: "primary care",
  acute: "acute care",
  mental_health: "mental health",
  community: "community care",
  ambulance: "ambulance services",
  social_care: "social care",
};

/** "pilot-ready": a stage as an adjective. */
function stageWords(stage: Stage): string {
  return stageLabel(stage).toLowerCase().replace(/ /g, "-");
}

/** "asks £40,000 within your £10,000–£50,000 tickets", and the one-sided and open forms. */
function ticketWords(ask: number, thesis: Pick<Thesis, "ticketMin" | "ticketMax">): string {
  const asks = `asks ${poundsInWords(ask)}`;
  const { ticketMin: min, ticketMax: max } = thesis;
  if (min != null && max != null) return `${asks} within your ${poundsInWords(min)}–${poundsInWords(max)} tickets`;
  if (max != null) return `${asks}, within your tickets up to ${poundsInWords(max)}`;
  if (min != null) return `${asks}, above your ${poundsInWords(min)} minimum ticket`;
  return asks;
}

/**
 * Why a project fits a funder, naming only what the thesis asked about: "fits your thesis:
 * pilot-ready, acute care, cardiology, asks £40,000 within your £10,000–£50,000 tickets", with
 * "needs a pilot site, which you offer" when that is so.
 */
export function funderReason(thesis: Thesis, project: ThesisProject, fit: ThesisFit): string {
  const parts: string[] = [];
  for (const reason of fit.reasons) {
    if (reason === "stage") parts.push(stageWords(project.stage));
    else if (reason === "care_setting" && project.careSetting) parts.push(careSettingPhrases[project.careSetting]);
    else if (reason === "specialty" && project.specialty)
      parts.push(specialties.label(project.specialty).toLowerCase());
    else if (reason === "ticket" && project.ask != null) parts.push(ticketWords(project.ask, thesis));
    else if (reason === "pilot_site") parts.push("needs a pilot site, which you offer");
  }
  return parts.length ? `fits your thesis: ${parts.join(", ")}` : "fits your thesis";
}

/**
 * Projects that fit a funder's thesis, best first: the most facets confirmed (a known ask inside
 * the tickets and a pilot site needed count too), then most recently active, then id. Nothing for
 * a thesis that names no stage, care setting or specialty.
 */
export function matchProjectsForFunder<P extends FunderProjectCandidate>(
  thesis: Thesis,
  projects: readonly P[],
  { limit }: { limit?: number } = {},
): ProjectMatchForFunder<P>[] {
  if (!thesisIsSet(thesis)) return [];
  const matches: ProjectMatchForFunder<P>[] = [];
  for (const project of projects) {
    const fit = thesisFit(thesis, project);
    if (fit.fits) matches.push({ project, fit, reason: funderReason(thesis, project, fit) });
  }
  matches.sort(
    (a, b) =>
      b.fit.reasons.length - a.fit.reasons.length ||
      b.project.lastActivityAt.getTime() - a.project.lastActivityAt.getTime() ||
      a.project.id - b.project.id,
  );
  return limit === undefined ? matches : matches.slice(0, limit);
}

// ---------------------------------------------------------------- problems for a developer

/**
 * What a developer's profile says about what they would work on. Developer profiles hold a
 * headline and free-text skills; a skill may name a specialty, a care setting or a problem tag.
 * A developer who is also a clinician has their own specialty, and the projects they are on have
 * theirs.
 */
export type DeveloperInterests = {
  /** Lower-case skills, as settings stores them. */
  skills: readonly string[];
  /** Their clinician profile's specialty, if they are a clinician too. */
  ownSpecialty: Specialty | null;
  /** The specialties of projects they are on, with one project's name for each. */
  projectSpecialties: readonly { specialty: Specialty; projectName: string }[];
};

/** A candidate problem: open, listed, not the developer's own, nothing of theirs on it yet. */
export type ProblemCandidate = {
  id: number;
  title: string;
  careSetting: CareSetting;
  specialty: Specialty;
  /** Its tags, matched with skills by slug ("NHS login" and "nhs-login" are one). */
  tags: readonly { name: string; slug: string }[];
  endorsementCount: number;
  createdAt: Date;
};

export type ProblemMatch<P extends ProblemCandidate = ProblemCandidate> = {
  problem: P;
  /** How many of the developer's interests it meets. */
  score: number;
  reason: string;
};

/** The words a skill may use for a specialty: its label, or one side of an "X and Y" label. */
function specialtyWords(specialty: Specialty): string[] {
  const label = specialties.label(specialty).toLowerCase();
  return [label, ...(label.includes(" and ") ? label.split(" and ") : [])];
}

/** The specialties a developer's skills name ("paediatrics", "diabetes"), in vocabulary order. */
export function specialtiesInSkills(skills: readonly string[]): Specialty[] {
  const listed = new Set(skills.map((skill) => skill.trim().toLowerCase()));
  return specialties.values.filter((s) => specialtyWords(s).some((word) => listed.has(word)));
}

/** The care settings a developer's skills name ("primary care", "acute care"), in vocabulary order. */
export function careSettingsInSkills(skills: readonly string[]): CareSetting[] {
  const listed = new Set(skills.map((skill) => skill.trim().toLowerCase()));
  return careSettings.values.filter(
    (c) => listed.has(careSettings.label(c).toLowerCase()) || listed.has(careSettingPhrases[c]),
  );
}

/**
 * Open problems that meet a developer's interests, best first: the most interests met, then the
 * most endorsed, then the newest, then id. Reason: "in paediatrics, which you listed; 14
 * endorsements", "tagged remote monitoring, which you listed; …", "in cardiology, your
 * specialty; …", "in stroke, like your project StrokeLink; …".
 */
export function matchProblemsForDeveloper<P extends ProblemCandidate>(
  interests: DeveloperInterests,
  problems: readonly P[],
  { limit }: { limit?: number } = {},
): ProblemMatch<P>[] {
  const listedSpecialties = new Set(specialtiesInSkills(interests.skills));
  const listedSettings = new Set(careSettingsInSkills(interests.skills));
  const skills = new Set(interests.skills.map(slugify));
  const matches: ProblemMatch<P>[] = [];
  for (const problem of problems) {
    const listed: string[] = [];
    const clauses: string[] = [];
    let score = 0;
    const specialtyName = specialties.label(problem.specialty).toLowerCase();
    const whereSet = new Set<string>();
    if (listedSpecialties.has(problem.specialty)) whereSet.add(specialtyName);
    if (listedSettings.has(problem.careSetting)) whereSet.add(careSettingPhrases[problem.careSetting]);
    const where = [...whereSet];
    score += where.length;
    if (where.length) listed.push(`in ${listInWords(where)}`);
    const tags = problem.tags
      .filter((tag) => skills.has(tag.slug) && !where.includes(tag.name.toLowerCase()))
      .map((tag) => tag.name);
    score += tags.length;
    if (tags.length) listed.push(`tagged ${listInWords(tags)}`);
    if (listed.length) clauses.push(`${listed.join(", ")}, which you listed`);
    if (!listedSpecialties.has(problem.specialty)) {
      const fromProject = interests.projectSpecialties.find((p) => p.specialty === problem.specialty);
      if (interests.ownSpecialty === problem.specialty) clauses.push(`in ${specialtyName}, your specialty`);
      else if (fromProject) clauses.push(`in ${specialtyName}, like your project ${fromProject.projectName}`);
      if (interests.ownSpecialty === problem.specialty || fromProject) score += 1;
    }
    if (score === 0) continue;
    const demand =
      problem.endorsementCount === 0
        ? "no endorsements yet"
        : plural(problem.endorsementCount, "endorsement", "endorsements");
    matches.push({ problem, score, reason: `${clauses.join("; ")}; ${demand}` });
  }
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      b.problem.endorsementCount - a.problem.endorsementCount ||
      b.problem.createdAt.getTime() - a.problem.createdAt.getTime() ||
      a.problem.id - b.problem.id,
  );
  return limit === undefined ? matches : matches.slice(0, limit);
}
