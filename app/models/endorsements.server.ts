/** Endorsements: clinicians saying a problem happens where they work too. */
import { and, eq } from "drizzle-orm";
import { clinicianProfiles, endorsements, users } from "../../db/schema";
import { unconfirmedRefusal } from "../domain/email-confirmation";
import { acceptsEndorsements } from "../domain/problem-status";
import { hasRole } from "../domain/roles";
import { problemPath } from "../utils/paths";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { affectedRows } from "./dialect.server";
import { notify } from "./notifications.server";
import { clean, findProblem, NOT_FOUND } from "./problem-common.server";
import { getEmailStatus } from "./users.server";

/** The organisation to prefill on the endorse form: the clinician profile's, else the account's. */
export async function endorsementDefaults(userId: number) {
  const [row] = await getDb()
    .select({ account: users.organisation, profile: clinicianProfiles.organisation })
    .from(users)
    .leftJoin(clinicianProfiles, eq(clinicianProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return { organisation: row?.profile || row?.account || "" };
}

/**
 * "This happens here too": a clinician other than the author endorses once, with their
 * organisation, once their email address is confirmed (decision 0056). The counters (people,
 * distinct organisations) are kept by triggers. The author is told in the same transaction.
 */
export async function endorseProblem({
  problemId,
  viewer,
  organisation,
  note,
}: {
  problemId: number;
  viewer: Viewer;
  organisation: string;
  note?: string;
}): Promise<ModelResult> {
  if (!viewer || !hasRole(viewer, "clinician")) return refuse(403, "Only clinicians can endorse a problem.");
  const org = clean(organisation).replace(/\s+/g, " ");
  return inTransaction(async (tx) => {
    const unconfirmed = unconfirmedRefusal((await getEmailStatus(viewer.id)) ?? { emailConfirmedAt: null }, "endorse");
    if (unconfirmed) return unconfirmed;
    const problem = await findProblem(problemId);
    if (!problem || problem.hiddenAt) return NOT_FOUND;
    if (problem.authorId === viewer.id) return refuse(409, "You posted this problem, so you cannot endorse it.");
    if (!acceptsEndorsements(problem.status)) return refuse(409, "This problem is no longer taking endorsements.");
    const inserted = await tx
      .insert(endorsements)
      .values({ problemId, userId: viewer.id, organisation: org, note: clean(note) })
      .onConflictDoNothing({ target: [endorsements.problemId, endorsements.userId] })
      .returning({ id: endorsements.id });
    if (inserted.length === 0) return refuse(409, "You have already endorsed this problem.");
    await notify({
      userId: problem.authorId,
      kind: "problem.endorsed",
      title: `${viewer.name ?? "A clinician"} at ${org} said “${problem.title}” happens there too`,
      body: clean(note),
      link: problemPath(problem),
    });
    return { ok: true as const };
  });
}

/** Withdraws the viewer's own endorsement, if they made one. */
export async function withdrawEndorsement({
  problemId,
  userId,
}: {
  problemId: number;
  userId: number;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx.delete(endorsements).where(and(eq(endorsements.problemId, problemId), eq(endorsements.userId, userId))),
  );
  return affectedRows(result) > 0;
}
