/**
 * What the problem modules share: finding a problem, who may see it, and the cleaning every
 * stored text goes through.
 */
import { eq } from "drizzle-orm";
import { problems } from "../../db/schema";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "../domain/fts";
import { isOrganiser } from "../domain/roles";
import { getDb, refuse, type Viewer } from "./core.server";

/** The refusal for a problem that does not exist or that the viewer may not see. */
export const NOT_FOUND = refuse(404, "We could not find that problem.");

/** A stored time in seconds as a Date (null stays null). */
export const toDate = (seconds: number | null | undefined): Date | null =>
  seconds == null ? null : new Date(seconds * 1000);

/**
 * Text people typed, made safe to store: no control characters (they break XML feeds) and no
 * private-use highlight markers (they would fake search highlights).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export function clean(text: string | undefined | null): string {
  return (text ?? "")
    .replace(CONTROL_CHARACTERS, "")
    .replaceAll(HIGHLIGHT_START, "")
    .replaceAll(HIGHLIGHT_END, "")
    .trim();
}

const canvasColumns = {
  id: problems.id,
  authorId: problems.authorId,
  title: problems.title,
  summary: problems.summary,
  whoAffected: problems.whoAffected,
  frequency: problems.frequency,
  currentWorkaround: problems.currentWorkaround,
  idealOutcome: problems.idealOutcome,
  careSetting: problems.careSetting,
  specialty: problems.specialty,
  dataAvailable: problems.dataAvailable,
  dataConstraints: problems.dataConstraints,
  status: problems.status,
  closedReason: problems.closedReason,
  duplicateOfId: problems.duplicateOfId,
  hiddenAt: problems.hiddenAt,
  endorsementCount: problems.endorsementCount,
  organisationCount: problems.organisationCount,
  commentCount: problems.commentCount,
  projectCount: problems.projectCount,
  createdAt: problems.createdAt,
  updatedAt: problems.updatedAt,
};

/** A problem's canvas, status and counters by id (hidden or merged ones too), or null. */
export async function findProblem(id: number) {
  const [row] = await getDb().select(canvasColumns).from(problems).where(eq(problems.id, id)).limit(1);
  return row ?? null;
}

/** Whether a viewer may see a problem: anyone unless hidden; hidden ones to the author and organisers. */
export function canView(problem: { authorId: number; hiddenAt: Date | null }, viewer: Viewer) {
  return !problem.hiddenAt || viewer?.id === problem.authorId || isOrganiser(viewer);
}
