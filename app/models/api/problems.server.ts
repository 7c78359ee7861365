import type { UrlFor } from "../../utils/api.server";
import { apiProblemPath, apiProjectPath, hackDayPath, problemPath, projectPath } from "../../utils/paths";
import type { getProblemPage } from "../problem-page.server";
import type { ProblemListItem } from "../problem-search.server";

/**
 * The JSON shapes of problems in the public API. Fields are picked by name: endorsers' and
 * commenters' identities, emails and moderation state never leave through here; the demand signal
 * goes out as counts.
 */

type FoundProblem = Extract<Awaited<ReturnType<typeof getProblemPage>>, { kind: "found" }>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A problem in a list. */
export function serializeProblemListItem(p: ProblemListItem, url: UrlFor) {
  return {
    id: p.id,
    title: p.title,
    excerpt: p.excerpt,
    careSetting: p.careSetting,
    specialty: p.specialty,
    status: p.status,
    tags: p.tags.map((t) => t.name),
    endorsementCount: p.endorsementCount,
    organisationCount: p.organisationCount,
    commentCount: p.commentCount,
    projectCount: p.projectCount,
    createdAt: iso(p.createdAt),
    url: url(problemPath(p)),
    apiUrl: url(apiProblemPath(p.id)),
  };
}

/** One problem's canvas, its demand signal and its public projects. */
export function serializeProblem(
  found: FoundProblem,
  projects: { id: number; name: string; stage: string; state: string }[],
  url: UrlFor,
) {
  const p = found.problem;
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    whoAffected: p.whoAffected,
    frequency: p.frequency,
    currentWorkaround: p.currentWorkaround,
    idealOutcome: p.idealOutcome,
    careSetting: p.careSetting,
    specialty: p.specialty,
    dataAvailable: p.dataAvailable,
    dataConstraints: p.dataConstraints,
    status: p.status,
    closedReason: p.status === "closed" ? p.closedReason : null,
    tags: p.tags.map((t) => t.name),
    author: p.author.name,
    endorsementCount: p.endorsementCount,
    organisationCount: p.organisationCount,
    commentCount: p.commentCount,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    projects: projects.map((pr) => ({
      id: pr.id,
      name: pr.name,
      stage: pr.stage,
      state: pr.state,
      url: url(projectPath(pr)),
      apiUrl: url(apiProjectPath(pr.id)),
    })),
    hackDays: found.hackDays.map((h) => ({
      id: h.id,
      name: h.name,
      startsAt: iso(h.startsAt),
      url: url(hackDayPath(h)),
    })),
    url: url(problemPath(p)),
  };
}
