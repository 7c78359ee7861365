import type { GateItem } from "./gates";
import type { Stage } from "./stages";
import type { CareSetting, ExpertiseArea, Specialty } from "./taxonomy";

/**
 * Matching: which mentors could help a project through its next gate, and which projects fit a
 * funder's thesis. Pure functions; the models fetch candidates and these decide and rank.
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
