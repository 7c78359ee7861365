/**
 * The organisers' review queue at /pipeline/reviews: pending stage requests, oldest first, each
 * with the gate it asks to pass and the evidence to hand. A page of requests costs a fixed number
 * of queries (the gate rows for the page's projects in one query).
 */
import { asc, count, eq, inArray } from "drizzle-orm";
import { gateItemStatusesTable, projectDocuments, projects, stageRequests, users } from "../../db/schema";
import { awaitsVerification, isItemDone } from "../domain/gate-progress";
import { gateItemsFor } from "../domain/gates";
import { reviewQueueRefusal } from "../domain/pipeline";
import { isOrganiser } from "../domain/roles";
import { pageWindow, toPage } from "../utils/pagination";
import { projectGatePath } from "../utils/paths";
import { getDb, type Viewer } from "./core.server";
import { alias } from "./dialect.server";
import { loadProjectFacts } from "./project-standing.server";

const requester = alias(users, "requester");

/** A page of the queue, or the refusal for someone who does not review requests. */
export async function listReviewQueue({ viewer, page }: { viewer: Viewer; page: number }) {
  const refusal = reviewQueueRefusal({ isOrganiser: isOrganiser(viewer) });
  if (refusal) return refusal;
  const db = getDb();
  const pending = eq(stageRequests.status, "pending");
  const { limit, offset } = pageWindow(page);
  const [requests, [total]] = await Promise.all([
    db
      .select({
        id: stageRequests.id,
        projectId: projects.id,
        projectName: projects.name,
        fromStage: stageRequests.fromStage,
        toStage: stageRequests.toStage,
        note: stageRequests.note,
        createdAt: stageRequests.createdAt,
        requesterName: requester.name,
      })
      .from(stageRequests)
      .innerJoin(projects, eq(projects.id, stageRequests.projectId))
      .leftJoin(requester, eq(requester.id, stageRequests.requestedBy))
      .where(pending)
      .orderBy(asc(stageRequests.createdAt), asc(stageRequests.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(stageRequests).where(pending),
  ]);
  const projectIds = requests.map((r) => r.projectId);
  const [rows, documents, facts] = await Promise.all([
    projectIds.length
      ? db
          .select({
            projectId: gateItemStatusesTable.projectId,
            itemKey: gateItemStatusesTable.itemKey,
            status: gateItemStatusesTable.status,
            evidence: gateItemStatusesTable.evidence,
            choice: gateItemStatusesTable.choice,
            verifiedAt: gateItemStatusesTable.verifiedAt,
          })
          .from(gateItemStatusesTable)
          .where(inArray(gateItemStatusesTable.projectId, projectIds))
      : [],
    projectIds.length
      ? db
          .select({ projectId: projectDocuments.projectId, itemKey: projectDocuments.itemKey, n: count() })
          .from(projectDocuments)
          .where(inArray(projectDocuments.projectId, projectIds))
          .groupBy(projectDocuments.projectId, projectDocuments.itemKey)
      : [],
    // At most one page of projects: one small query each for the derived items' facts.
    Promise.all(projectIds.map((id) => loadProjectFacts(id))),
  ]);
  const items = requests.map((request, index) => {
    const own = rows.filter((r) => r.projectId === request.projectId);
    const project = { id: request.projectId, name: request.projectName };
    const gate = gateItemsFor(request.toStage).map((item) => {
      const row = own.find((r) => r.itemKey === item.key);
      const record = row && { status: row.status, verified: row.verifiedAt !== null };
      return {
        key: item.key,
        label: item.label,
        required: item.required,
        done: isItemDone(item, record, facts[index]!),
        awaitingVerification: awaitsVerification(item, record),
        evidence: item.derived ? "" : (row?.evidence ?? ""),
        choiceLabel: item.choices?.find((c) => c.value === row?.choice)?.label ?? null,
        documents: documents.find((d) => d.projectId === request.projectId && d.itemKey === item.key)?.n ?? 0,
        href: projectGatePath(project, item.key),
      };
    });
    return { ...request, project, gate, unmet: gate.filter((g) => g.required && !g.done).map((g) => g.label) };
  });
  return { ok: true as const, queue: toPage(items, total?.n ?? 0, page) };
}
