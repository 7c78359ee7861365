/**
 * A project's data-use statement: what data the product uses, why, on which UK GDPR Article 6
 * basis, who sees it and how long it is kept, in plain words for the patient. The team saves a
 * draft (only the team and organisers see it) and publishes it. The project holds one statement,
 * so once published there is no private draft any more: saving a published statement republishes
 * it with a new date, and the form says so (decision 0050). Every write is one transaction with
 * its audit event and the project's activity date.
 */
import { eq } from "drizzle-orm";
import { projects } from "../../db/schema";
import {
  dataUsePublishRefusal,
  formatDataUseStatement,
  lawfulBasisKey,
  parseDataUseStatement,
  recordsWriteRefusal,
  type DataUseText,
  type LawfulBasis,
} from "../domain/project-records";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, type ModelResult, type Viewer } from "./core.server";
import { loadProjectStanding, PROJECT_NOT_FOUND } from "./project-standing.server";

type Actor = NonNullable<Viewer>;

/** What the form posts: the four written parts and the basis (optional in a draft). */
export type DataUseInput = DataUseText & { lawfulBasis?: LawfulBasis };

export type DataUseRecord = DataUseText & {
  /** The basis as a key of the list, when the stored value is one or cites one. */
  lawfulBasis: LawfulBasis | null;
  /** The stored basis as written (older statements hold free text). */
  storedBasis: string;
  publishedAt: Date | null;
};

/** The project's statement as the form edits it. */
export async function getDataUse(projectId: number): Promise<DataUseRecord | null> {
  const [row] = await getDb()
    .select({
      statement: projects.dataUseStatement,
      lawfulBasis: projects.dataUseLawfulBasis,
      publishedAt: projects.dataUsePublishedAt,
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!row) return null;
  return {
    ...parseDataUseStatement(row.statement),
    lawfulBasis: lawfulBasisKey(row.lawfulBasis),
    storedBasis: row.lawfulBasis,
    publishedAt: row.publishedAt,
  };
}

async function writeDataUse({
  projectId,
  actor,
  input,
  publish,
}: {
  projectId: number;
  actor: Actor;
  input: DataUseInput;
  publish: boolean;
}): Promise<ModelResult<{ published: boolean }>> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const denied = recordsWriteRefusal(found.standing, found.project);
    if (denied) return denied;
    const [before] = await tx
      .select({
        statement: projects.dataUseStatement,
        lawfulBasis: projects.dataUseLawfulBasis,
        publishedAt: projects.dataUsePublishedAt,
      })
      .from(projects)
      .where(eq(projects.id, projectId));
    const values = { statement: formatDataUseStatement(input), lawfulBasis: input.lawfulBasis ?? "" };
    // A published statement has no draft beside it: saving it publishes the new words.
    const publishing = publish || before!.publishedAt !== null;
    if (publishing) {
      const incomplete = dataUsePublishRefusal({ ...input, lawfulBasis: values.lawfulBasis });
      if (incomplete) return incomplete;
    }
    const unchanged = before!.statement === values.statement && before!.lawfulBasis === values.lawfulBasis;
    if (unchanged && (!publishing || before!.publishedAt !== null)) return { ok: true, published: publishing };
    const publishedAt = publishing ? new Date() : null;
    await tx
      .update(projects)
      .set({
        dataUseStatement: values.statement,
        dataUseLawfulBasis: values.lawfulBasis,
        dataUsePublishedAt: publishedAt,
        lastActivityAt: new Date(),
      })
      .where(eq(projects.id, projectId));
    await recordAudit({
      actorId: actor.id,
      action: publishing ? "data_use.published" : "data_use.saved",
      objectType: "project",
      objectId: projectId,
      before: {
        statement: before!.statement,
        lawfulBasis: before!.lawfulBasis,
        publishedAt: before!.publishedAt,
      },
      after: { ...values, publishedAt },
    });
    return { ok: true, published: publishing };
  });
}

/**
 * Saves the statement. Before it is first published this is a draft (it may be partial); after,
 * there is no draft to keep, so it republishes the statement with today's date and must be complete.
 */
export function saveDataUseDraft(args: { projectId: number; actor: Actor; input: DataUseInput }) {
  return writeDataUse({ ...args, publish: false });
}

/** Publishes the statement on the project page, dated now. Every part and a basis are needed. */
export function publishDataUse(args: { projectId: number; actor: Actor; input: DataUseInput }) {
  return writeDataUse({ ...args, publish: true });
}
