import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { funderProfiles, hackDays, problems, projects, users } from "../../db/schema";
import { thesisFit, thesisIsSet, type Thesis } from "../domain/matching";
import { stageIndex, type Stage } from "../domain/stages";
import type { CareSetting, FunderKind, Specialty } from "../domain/taxonomy";
import { getDb } from "./core.server";
import { stringAgg } from "./dialect.server";
import { pageWindow, PAGE_SIZE, toPage, type Page } from "../utils/pagination";
import type { FunderFilters } from "../validation/browse";
import { cardColumns, isPublicProject, type ProjectCard } from "./projects.server";

const focusList = sql<
  string | null
>`(SELECT ${stringAgg(sql`ff.facet || ':' || ff.value`)} FROM funder_focus ff WHERE ff.user_id = ${funderProfiles.userId})`;

/** A listed funder has the funder role, a funder profile and an account in good standing. */
const listedFunder: SQL = and(
  isNull(users.suspendedAt),
  sql`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${funderProfiles.userId} AND ur.role = 'funder')`,
)!;

const funderColumns = {
  id: users.id,
  name: users.name,
  organisation: users.organisation,
  kind: funderProfiles.kind,
  thesis: funderProfiles.thesis,
  ticketMin: funderProfiles.ticketMin,
  ticketMax: funderProfiles.ticketMax,
  offersPilotSite: funderProfiles.offersPilotSite,
  focus: focusList,
};

export type FunderFocus = { stages: Stage[]; careSettings: CareSetting[]; specialties: Specialty[] };

function splitFocus(focus: string | null): FunderFocus {
  const result: FunderFocus = { stages: [], careSettings: [], specialties: [] };
  for (const pair of (focus ?? "").split(",").filter(Boolean)) {
    const [facet, value] = pair.split(":") as [string, string];
    if (facet === "stage") result.stages.push(value as Stage);
    else if (facet === "care_setting") result.careSettings.push(value as CareSetting);
    else if (facet === "specialty") result.specialties.push(value as Specialty);
  }
  result.stages.sort((a, b) => stageIndex(a) - stageIndex(b));
  result.careSettings.sort();
  result.specialties.sort();
  return result;
}

/**
 * "This funder's thesis covers `value`": they name it, or they name nothing for that facet (open to
 * any). See docs/decisions/0043-directories.md.
 */
function coversFacet(facet: "stage" | "care_setting" | "specialty", value: string): SQL {
  return sql`(EXISTS (SELECT 1 FROM funder_focus ff WHERE ff.user_id = ${funderProfiles.userId} AND ff.facet = ${facet} AND ff.value = ${value})
    OR NOT EXISTS (SELECT 1 FROM funder_focus ff WHERE ff.user_id = ${funderProfiles.userId} AND ff.facet = ${facet}))`;
}

export type FunderCard = {
  id: number;
  name: string;
  organisation: string;
  kind: FunderKind;
  thesis: string;
  ticketMin: number | null;
  ticketMax: number | null;
  offersPilotSite: boolean;
  focus: FunderFocus;
};

/**
 * The funder directory, by name. Filters: kind, a stage / care setting / specialty their thesis
 * covers, and whether they offer a pilot site. Funding interests are never read here.
 */
export async function listFunders({
  filters,
  page,
  pageSize = PAGE_SIZE,
}: {
  filters: FunderFilters;
  page: number;
  pageSize?: number;
}): Promise<Page<FunderCard>> {
  const db = getDb();
  const where = and(
    listedFunder,
    filters.kind ? eq(funderProfiles.kind, filters.kind) : undefined,
    filters.stage ? coversFacet("stage", filters.stage) : undefined,
    filters.careSetting ? coversFacet("care_setting", filters.careSetting) : undefined,
    filters.specialty ? coversFacet("specialty", filters.specialty) : undefined,
    filters.pilotSite ? eq(funderProfiles.offersPilotSite, true) : undefined,
  );
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select(funderColumns)
    .from(funderProfiles)
    .innerJoin(users, eq(users.id, funderProfiles.userId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(funderProfiles)
    .innerJoin(users, eq(users.id, funderProfiles.userId))
    .where(where);
  return toPage(
    rows.map((row) => ({ ...row, focus: splitFocus(row.focus) })),
    total?.n ?? 0,
    page,
    pageSize,
  );
}

/** A funder's public profile: their thesis, never their funding interests. Null if not a listed funder. */
export async function getFunderProfile(id: number) {
  const [row] = await getDb()
    .select({ ...funderColumns, bio: users.bio })
    .from(funderProfiles)
    .innerJoin(users, eq(users.id, funderProfiles.userId))
    .where(and(listedFunder, eq(funderProfiles.userId, id)));
  if (!row) return null;
  return { ...row, focus: splitFocus(row.focus) };
}

export type FunderProfile = NonNullable<Awaited<ReturnType<typeof getFunderProfile>>>;

/** The thesis of a funder profile, as the matching rules take it. */
export function thesisOf(
  profile: Pick<FunderProfile, "focus" | "ticketMin" | "ticketMax" | "offersPilotSite">,
): Thesis {
  return {
    stages: profile.focus.stages,
    careSettings: profile.focus.careSettings,
    specialties: profile.focus.specialties,
    ticketMin: profile.ticketMin,
    ticketMax: profile.ticketMax,
    offersPilotSite: profile.offersPilotSite,
  };
}

export type ThesisMatch = ProjectCard & { reasons: string[] };

/**
 * Active public projects that fit a funder's thesis, most recently active first, a page at a time.
 * The thesis facets become the WHERE clause (so paging is exact); `thesisFit` then says why each fits.
 * Empty when the thesis names no stage, care setting or specialty.
 */
export async function listProjectsForThesis({
  thesis,
  page,
  pageSize = 10,
}: {
  thesis: Thesis;
  page: number;
  pageSize?: number;
}): Promise<Page<ThesisMatch>> {
  if (!thesisIsSet(thesis)) return toPage([], 0, page, pageSize);
  const db = getDb();
  const where = and(
    isPublicProject,
    eq(projects.state, "active"),
    thesis.stages.length ? inArray(projects.stage, [...thesis.stages]) : undefined,
    thesis.careSettings.length ? inArray(projects.careSetting, [...thesis.careSettings]) : undefined,
    thesis.specialties.length ? inArray(projects.specialty, [...thesis.specialties]) : undefined,
  );
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select({
      ...cardColumns,
      needsPilotSite:
        sql<boolean>`NOT EXISTS (SELECT 1 FROM gate_item_statuses g WHERE g.project_id = ${projects.id} AND g.item_key = 'pilot_site_committed' AND g.status IN ('met', 'not_applicable'))`.mapWith(
          Boolean,
        ),
    })
    .from(projects)
    .leftJoin(problems, and(eq(problems.id, projects.problemId), isNull(problems.hiddenAt)))
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(where)
    .orderBy(desc(projects.lastActivityAt), desc(projects.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(where);
  const items = rows.map(({ needsPilotSite, ...card }) => {
    const beforePilot = stageIndex(card.stage) < stageIndex("pilot");
    const fit = thesisFit(thesis, { ...card, needsPilotSite: beforePilot && needsPilotSite });
    return { ...card, reasons: fit.reasons };
  });
  return toPage<ThesisMatch>(items, total?.n ?? 0, page, pageSize);
}
