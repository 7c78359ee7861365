import { isSafeHttpUrl } from "../../domain/text";
import type { UrlFor } from "../../utils/api.server";
import { apiProjectPath, hackDayPath, mentorPath, problemPath, projectPath } from "../../utils/paths";
import type { ProjectCard, ProjectPage } from "../projects.server";

/**
 * The JSON shapes of projects in the public API. Every field is picked by name: nothing private
 * (emails, funding interests, mentorship notes, draft data-use wording, "stalled") can slip through
 * by being added to a query. Dates are ISO 8601 strings.
 */

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const safeUrl = (u: string | null) => (u && isSafeHttpUrl(u) ? u : null);

/** The project's problem, linked; null when it has none (or the problem is hidden). */
function problemRef(p: { problemId: number | null; problemTitle: string | null }, url: UrlFor) {
  return p.problemId && p.problemTitle
    ? { id: p.problemId, title: p.problemTitle, url: url(problemPath({ id: p.problemId, title: p.problemTitle })) }
    : null;
}

/** The project's hack day, linked; null for an independent project. */
function hackDayRef(p: { hackDayId: number | null; hackDayName: string | null }, url: UrlFor) {
  return p.hackDayId && p.hackDayName
    ? { id: p.hackDayId, name: p.hackDayName, url: url(hackDayPath({ id: p.hackDayId, name: p.hackDayName })) }
    : null;
}

/** A project in a list. */
export function serializeProjectCard(p: ProjectCard, url: UrlFor) {
  return {
    id: p.id,
    name: p.name,
    tagline: p.tagline,
    stage: p.stage,
    state: p.state,
    careSetting: p.careSetting,
    specialty: p.specialty,
    problem: problemRef(p, url),
    hackDay: hackDayRef(p, url),
    createdAt: iso(p.createdAt),
    url: url(projectPath(p)),
    apiUrl: url(apiProjectPath(p.id)),
  };
}

/** One project, as a visitor sees its page. */
export function serializeProjectPage(page: ProjectPage, url: UrlFor) {
  const p = page.project;
  const published = p.dataUsePublishedAt !== null;
  return {
    id: p.id,
    name: p.name,
    tagline: p.tagline,
    description: p.description,
    stage: p.stage,
    state: p.state,
    stateReason: p.state === "active" ? null : p.stateReason,
    archiveReason: p.archiveReason,
    careSetting: p.careSetting,
    specialty: p.specialty,
    tech: p.tech,
    licence: p.licence,
    links: { repository: safeUrl(p.repoUrl), demo: safeUrl(p.demoUrl), video: safeUrl(p.videoUrl) },
    problem: problemRef(p, url),
    hackDay: hackDayRef(p, url),
    submittedAt: iso(p.submittedAt),
    stageEnteredAt: iso(p.stageEnteredAt),
    team: page.team.map((m) => ({ name: m.name, role: m.role, clinician: m.isClinician })),
    gates: page.gates.map((g) => ({
      stage: g.stage,
      position: g.position,
      items: g.items.map((i) => ({
        key: i.key,
        label: i.label,
        standard: i.standard,
        required: i.required,
        status: i.status,
        evidence: i.evidence,
        verifiedBy: i.verifiedByName,
        verifiedAt: iso(i.verifiedAt),
      })),
    })),
    timeline: page.timeline.map((t) => ({
      kind: t.kind,
      fromStage: t.fromStage,
      toStage: t.toStage,
      by: t.actorName,
      reason: t.reason,
      at: iso(t.createdAt),
    })),
    mentors: page.mentors.map((m) => ({ name: m.name, url: url(mentorPath({ id: m.mentorId, name: m.name })) })),
    pilots: page.pilots.map((pl) => ({
      organisation: pl.organisation,
      site: pl.site,
      startsOn: pl.startsOn,
      endsOn: pl.endsOn,
      successMeasures: pl.successMeasures,
      status: pl.status,
    })),
    outcomes: page.outcomes.map((o) => ({
      metric: o.metric,
      baseline: o.baseline,
      result: o.result,
      unit: o.unit,
      source: o.source,
      measuredOn: o.measuredOn,
      story:
        o.publishedAt && o.storyTitle
          ? { title: o.storyTitle, body: o.storyBody ?? "", publishedAt: iso(o.publishedAt) }
          : null,
    })),
    dataUse: published
      ? { statement: p.dataUseStatement, lawfulBasis: p.dataUseLawfulBasis, publishedAt: iso(p.dataUsePublishedAt) }
      : null,
    screenshots: page.screenshots.map((shot) => ({ url: url(shot.src), alt: shot.alt })),
    awards: page.awards.map((a) => ({
      name: a.name,
      description: a.description,
      hackDay: { id: a.hackDayId, name: a.hackDayName },
    })),
    url: url(projectPath(p)),
  };
}
