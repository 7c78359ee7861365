/**
 * Who may record a project's pilots, outcomes and data-use statement, and who publishes its
 * success stories: one pure rule per action (decision record 0008), each returning the refusal a
 * person reads or undefined. The pilots and data-use pages call them to decide what to offer; the
 * pilots, outcomes and data-use models call the same rules inside their transactions. Also the
 * shapes those records take: pilot status moves, the UK GDPR Article 6 lawful bases, and the
 * headed paragraphs the data-use statement is stored as. Browser-safe. Decision 0050.
 */
import type { PipelinePosition, ProjectStanding } from "./pipeline";
import { refuse, type Refusal } from "./refusal";
import { vocabulary, type ProjectState } from "./taxonomy";
import type { pilotStatuses } from "./taxonomy";

export type PilotStatus = (typeof pilotStatuses.values)[number];

const NOT_THE_TEAM = "Only the project's team can do that.";
const ORGANISERS_ONLY = "Only organisers publish and withdraw success stories.";

/**
 * Whether this person may write the team's records (pilots, outcomes, the data-use statement):
 * an active member of the team, while the project is not archived.
 */
export function recordsWriteRefusal(standing: ProjectStanding, project: { state: ProjectState }): Refusal | undefined {
  if (!standing.isMember) return refuse(403, NOT_THE_TEAM);
  if (project.state === "archived")
    return refuse(409, "This project is archived. Resume it to record pilots, outcomes or its data use.");
  return undefined;
}

/**
 * Whether the team may change or remove one outcome. A published success story was checked by an
 * organiser, so its figures stay as they were published until an organiser withdraws it.
 */
export function outcomeChangeRefusal(
  standing: ProjectStanding,
  project: { state: ProjectState },
  outcome: { published: boolean },
): Refusal | undefined {
  const refusal = recordsWriteRefusal(standing, project);
  if (refusal) return refusal;
  if (outcome.published)
    return refuse(
      409,
      "This outcome is published as a success story. Ask an organiser to withdraw the story before you change or remove it.",
    );
  return undefined;
}

/**
 * Whether this person may publish an outcome as a success story (or reword a published one): an
 * organiser, on a submitted project, with a title and a body for the story.
 */
export function storyPublishRefusal(
  standing: ProjectStanding,
  project: Pick<PipelinePosition, "submitted">,
  story: { title: string | null; body: string | null },
): Refusal | undefined {
  if (!standing.isOrganiser) return refuse(403, ORGANISERS_ONLY);
  if (!project.submitted) return refuse(409, "Only a submitted project's outcomes can be published as stories.");
  if (!story.title?.trim()) return refuse(400, "Give the story a title", "storyTitle");
  if (!story.body?.trim()) return refuse(400, "Tell the story in a few sentences", "storyBody");
  return undefined;
}

/** Whether this person may withdraw a published success story. */
export function storyUnpublishRefusal(standing: ProjectStanding, outcome: { published: boolean }): Refusal | undefined {
  if (!standing.isOrganiser) return refuse(403, ORGANISERS_ONLY);
  if (!outcome.published) return refuse(409, "This outcome is not published as a story.");
  return undefined;
}

// ---------------------------------------------------------------- pilots

const PILOT_MOVES: Record<PilotStatus, readonly PilotStatus[]> = {
  planned: ["live", "stopped"],
  live: ["completed", "stopped"],
  completed: [],
  stopped: [],
};

/** The statuses a pilot may take next from where it is, itself first (keeping it is always allowed). */
export function pilotStatusOptions(from: PilotStatus): PilotStatus[] {
  return [from, ...PILOT_MOVES[from]];
}

/** Whether a pilot may move from one status to another: planned → live → completed | stopped, or planned → stopped. */
export function pilotStatusRefusal(from: PilotStatus, to: PilotStatus): Refusal | undefined {
  if (from === to || PILOT_MOVES[from].includes(to)) return undefined;
  if (PILOT_MOVES[from].length === 0)
    return refuse(409, `This pilot is ${from}: its status cannot change any more.`, "status");
  return refuse(409, `A ${from} pilot can become ${PILOT_MOVES[from].join(" or ")}, not ${to}.`, "status");
}

/** Whether a pilot's dates are in order (either may be unknown yet). Dates are `YYYY-MM-DD`. */
export function pilotDatesRefusal(dates: { startsOn: string | null; endsOn: string | null }): Refusal | undefined {
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn)
    return refuse(400, "The end date must be on or after the start date", "endsOn");
  return undefined;
}

// ---------------------------------------------------------------- the data-use statement

/** The six lawful bases of UK GDPR Article 6(1), as a person reads them. */
export const lawfulBases = vocabulary({
  consent: "Consent (UK GDPR Article 6(1)(a))",
  contract: "Contract (UK GDPR Article 6(1)(b))",
  legal_obligation: "Legal obligation (UK GDPR Article 6(1)(c))",
  vital_interests: "Vital interests (UK GDPR Article 6(1)(d))",
  public_task: "Public task (UK GDPR Article 6(1)(e))",
  legitimate_interests: "Legitimate interests (UK GDPR Article 6(1)(f))",
});
export type LawfulBasis = (typeof lawfulBases.values)[number];

const ARTICLE_LETTERS: Record<string, LawfulBasis> = {
  a: "consent",
  b: "contract",
  c: "legal_obligation",
  d: "vital_interests",
  e: "public_task",
  f: "legitimate_interests",
};

/**
 * The basis key a stored value stands for: the key itself, or (for statements written before the
 * form had a list, as free text) the first "Article 6(1)(x)" it cites; null when neither.
 */
export function lawfulBasisKey(stored: string): LawfulBasis | null {
  if ((lawfulBases.values as readonly string[]).includes(stored)) return stored as LawfulBasis;
  const cited = /6\s*\(1\)\s*\(([a-f])\)/i.exec(stored);
  return cited ? ARTICLE_LETTERS[cited[1]!.toLowerCase()]! : null;
}

/** What the public reads for a stored basis: the basis's name, or older free text as written. */
export function lawfulBasisText(stored: string): string {
  return lawfulBases.label(stored);
}

/** The parts of a data-use statement other than the lawful basis, in the order they are shown. */
export const dataUseParts = [
  { key: "whatData", heading: "What data" },
  { key: "why", heading: "Why" },
  { key: "whoSees", heading: "Who sees it" },
  { key: "howLong", heading: "How long it is kept" },
] as const;
export type DataUsePart = (typeof dataUseParts)[number]["key"];
export type DataUseText = Record<DataUsePart, string>;

const HEADINGS = new Map<string, DataUsePart>(dataUseParts.map((p) => [p.heading, p.key]));

/**
 * The statement as stored in `projects.data_use_statement`: each written part as a heading line
 * followed by its text, parts separated by a blank line, so it reads well as plain text (the
 * project page and the API show it as it is) and parses back into the form.
 */
export function formatDataUseStatement(text: DataUseText): string {
  return dataUseParts
    .filter((p) => text[p.key].trim())
    .map((p) => `${p.heading}\n${text[p.key].trim()}`)
    .join("\n\n");
}

/**
 * The parts of a stored statement. A heading is a line that is exactly one of the part headings;
 * text before any heading (a statement written as one free paragraph) counts as "What data".
 */
export function parseDataUseStatement(stored: string): DataUseText {
  const parts: Record<DataUsePart, string[]> = { whatData: [], why: [], whoSees: [], howLong: [] };
  let current: DataUsePart = "whatData";
  for (const line of stored.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = HEADINGS.get(line.trim());
    if (heading) current = heading;
    else parts[current].push(line);
  }
  return {
    whatData: parts.whatData.join("\n").trim(),
    why: parts.why.join("\n").trim(),
    whoSees: parts.whoSees.join("\n").trim(),
    howLong: parts.howLong.join("\n").trim(),
  };
}

const PART_MISSING: Record<DataUsePart, string> = {
  whatData: "Say what data the product uses",
  why: "Say why it uses that data",
  whoSees: "Say who sees the data",
  howLong: "Say how long the data is kept",
};

/**
 * Whether a statement is complete enough to publish: every part written and a lawful basis
 * chosen. A draft may be partial.
 */
export function dataUsePublishRefusal(text: DataUseText & { lawfulBasis: string }): Refusal | undefined {
  for (const part of dataUseParts) if (!text[part.key].trim()) return refuse(400, PART_MISSING[part.key], part.key);
  if (!(lawfulBases.values as readonly string[]).includes(text.lawfulBasis))
    return refuse(400, "Choose the lawful basis", "lawfulBasis");
  return undefined;
}
