/**
 * A project's assurance dossier: its gate evidence laid out as DTAC asks (app/domain/dossier.ts),
 * with the team, the linked problem, pilots, outcomes and the published data-use statement. Only
 * what the viewer may see is read: private documents and private evidence stay in the database
 * for anyone outside the team, its verifiers and the organisers.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import {
  gateItemStatusesTable,
  hackDays,
  outcomes,
  pilots,
  problems,
  projectDocuments,
  projectMembers,
  projects,
  users,
} from "../../db/schema";
import {
  describeItem,
  dossierGateItem,
  dossierItemKeys,
  dossierSections,
  matchDcb0129,
  type DossierItem,
  type StoredItem,
} from "../domain/dossier";
import { guidanceFor } from "../domain/gate-guidance";
import { seesPrivateEvidence } from "../domain/pipeline";
import { projectDocumentPath } from "../utils/paths";
import { getDb, type Viewer } from "./core.server";
import { alias } from "./dialect.server";
import { loadProjectFacts, loadProjectStanding } from "./project-standing.server";

const verifier = alias(users, "dossier_verifier");
const lead = alias(users, "dossier_lead");

/** A document attached to an item, as the dossier lists it. */
export type DossierDocument = { id: number; title: string; byteSize: number; createdAt: Date; href: string };

/**
 * What the team recorded against `keys`, and the documents attached to them, as a viewer may
 * see them: the evidence of private items is not selected, and team-only documents are not read,
 * unless `seesPrivate`.
 */
export async function loadDossierItems({
  project,
  keys,
  seesPrivate,
}: {
  project: { id: number; name: string };
  keys: readonly string[];
  seesPrivate: boolean;
}) {
  const privateKeys = keys.filter((key) => dossierGateItem(key).privateEvidence);
  const guarded = <T>(column: SQL, empty: string | null) =>
    seesPrivate || privateKeys.length === 0
      ? sql<T>`${column}`
      : sql<T>`CASE WHEN ${inArray(gateItemStatusesTable.itemKey, privateKeys)} THEN ${empty} ELSE ${column} END`;
  const db = getDb();
  const [rows, documents] = await Promise.all([
    db
      .select({
        itemKey: gateItemStatusesTable.itemKey,
        status: gateItemStatusesTable.status,
        evidence: guarded<string>(sql`${gateItemStatusesTable.evidence}`, ""),
        choice: guarded<string | null>(sql`${gateItemStatusesTable.choice}`, null),
        notApplicableReason: guarded<string>(sql`${gateItemStatusesTable.notApplicableReason}`, ""),
        verifiedAt: gateItemStatusesTable.verifiedAt,
        verifiedByName: verifier.name,
      })
      .from(gateItemStatusesTable)
      .leftJoin(verifier, eq(verifier.id, gateItemStatusesTable.verifiedBy))
      .where(and(eq(gateItemStatusesTable.projectId, project.id), inArray(gateItemStatusesTable.itemKey, [...keys]))),
    db
      .select({
        id: projectDocuments.id,
        itemKey: projectDocuments.itemKey,
        title: projectDocuments.title,
        byteSize: projectDocuments.byteSize,
        createdAt: projectDocuments.createdAt,
      })
      .from(projectDocuments)
      .where(
        and(
          eq(projectDocuments.projectId, project.id),
          inArray(projectDocuments.itemKey, [...keys]),
          seesPrivate ? undefined : eq(projectDocuments.visibility, "public"),
        ),
      )
      .orderBy(asc(projectDocuments.createdAt), asc(projectDocuments.id)),
  ]);
  const stored = new Map<string, StoredItem>(rows.map(({ itemKey, ...row }) => [itemKey, row]));
  const attached = new Map<string, DossierDocument[]>();
  for (const { itemKey, ...doc } of documents) {
    const list = attached.get(itemKey) ?? [];
    list.push({ ...doc, href: projectDocumentPath(project, doc.id) });
    attached.set(itemKey, list);
  }
  return { stored, attached };
}

/** The dossier of a project, or null (404) when there is none the viewer may see. */
export async function getDossier({
  projectId,
  viewer,
  now = new Date(),
}: {
  projectId: number;
  viewer: Viewer;
  now?: Date;
}) {
  const found = await loadProjectStanding(projectId, viewer);
  if (!found) return null;
  const seesPrivate = seesPrivateEvidence(found.standing);
  const db = getDb();
  const published = sql`${projects.dataUsePublishedAt} IS NOT NULL`;
  const [[project], team, projectPilots, projectOutcomes, facts, items] = await Promise.all([
    db
      .select({
        id: projects.id,
        name: projects.name,
        tagline: projects.tagline,
        description: projects.description,
        stage: projects.stage,
        state: projects.state,
        leadName: lead.name,
        leadOrganisation: lead.organisation,
        hackDayId: hackDays.id,
        hackDayName: hackDays.name,
        problemId: problems.id,
        problemTitle: problems.title,
        problemSummary: problems.summary,
        problemWhoAffected: problems.whoAffected,
        // Only the published statement: a draft is the team's to finish.
        dataUseStatement: sql<string | null>`CASE WHEN ${published} THEN ${projects.dataUseStatement} END`,
        dataUseLawfulBasis: sql<string | null>`CASE WHEN ${published} THEN ${projects.dataUseLawfulBasis} END`,
        dataUsePublishedAt: projects.dataUsePublishedAt,
      })
      .from(projects)
      .innerJoin(lead, eq(lead.id, projects.leadId))
      .leftJoin(problems, and(eq(problems.id, projects.problemId), isNull(problems.hiddenAt)))
      .leftJoin(hackDays, and(eq(hackDays.id, projects.hackDayId), sql`${hackDays.status} <> 'draft'`))
      .where(eq(projects.id, projectId)),
    db
      .select({ id: users.id, name: users.name, organisation: users.organisation, role: projectMembers.role })
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.status, "active")))
      .orderBy(desc(sql`${projectMembers.role} = 'lead'`), asc(projectMembers.createdAt), asc(users.id)),
    db
      .select({
        id: pilots.id,
        organisation: pilots.organisation,
        site: pilots.site,
        startsOn: pilots.startsOn,
        endsOn: pilots.endsOn,
        status: pilots.status,
      })
      .from(pilots)
      .where(eq(pilots.projectId, projectId))
      .orderBy(desc(sql`coalesce(${pilots.startsOn}, '')`), desc(pilots.id)),
    db
      .select({
        id: outcomes.id,
        metric: outcomes.metric,
        baseline: outcomes.baseline,
        result: outcomes.result,
        unit: outcomes.unit,
        source: outcomes.source,
        measuredOn: outcomes.measuredOn,
      })
      .from(outcomes)
      .where(eq(outcomes.projectId, projectId))
      .orderBy(desc(outcomes.measuredOn), desc(outcomes.id)),
    loadProjectFacts(projectId),
    loadDossierItems({ project: found.project, keys: dossierItemKeys(), seesPrivate }),
  ]);
  if (!project) return null;

  const sections = dossierSections.map((section) => ({
    id: section.id,
    code: section.code,
    title: section.title,
    asks: section.asks,
    items: section.itemKeys.map((key) => {
      const item = dossierGateItem(key);
      return {
        ...describeItem(item, items.stored.get(key), facts, seesPrivate),
        sources: guidanceFor(key)?.sources ?? [item.standard],
        documents: items.attached.get(key) ?? [],
      } satisfies DossierItem & { sources: string[]; documents: DossierDocument[] };
    }),
  }));
  const c1 = sections.flatMap((s) => s.items).find((item) => item.key === "dtac_c1_clinical_safety")!;
  const { hackDayId, hackDayName, problemId, problemTitle, problemSummary, problemWhoAffected, ...rest } = project;
  return {
    generatedAt: now,
    seesPrivate,
    project: {
      ...rest,
      hackDay: hackDayId !== null && hackDayName !== null ? { id: hackDayId, name: hackDayName } : null,
      problem:
        problemId !== null && problemTitle !== null
          ? { id: problemId, title: problemTitle, summary: problemSummary ?? "", whoAffected: problemWhoAffected ?? "" }
          : null,
    },
    team,
    pilots: projectPilots,
    outcomes: projectOutcomes,
    sections,
    dcb0129: matchDcb0129(c1.documents, c1.evidence),
    missing: sections.flatMap((section) =>
      section.items
        .filter((item) => item.missing !== null)
        .map((item) => ({ key: item.key, label: item.label, code: section.code, need: item.missing! })),
    ),
  };
}

export type Dossier = NonNullable<Awaited<ReturnType<typeof getDossier>>>;
