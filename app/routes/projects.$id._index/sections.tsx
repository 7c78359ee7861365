import type { useLoaderData } from "@remix-run/react";
import { Link } from "@remix-run/react";
import { DataTable } from "~/components/charts/data-table";
import { formatPounds } from "~/components/people/format";
import { StageBadge, StalledBadge, StateBadge } from "~/components/projects/badges";
import { GateGroups } from "~/components/projects/gate-groups";
import { RichText } from "~/components/rich-text";
import { Timeline } from "~/components/projects/timeline";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { formatUkDate } from "~/domain/hack-day-time";
import { stageLabel, stages } from "~/domain/stages";
import {
  archiveReasons,
  careSettings,
  fundingKinds,
  fundingStatuses,
  pilotStatuses,
  specialties,
} from "~/domain/taxonomy";
import { isSafeHttpUrl } from "~/domain/text";
import { idSlug } from "~/utils/slug";
import type { loader } from "./route";

type Page = ReturnType<typeof useLoaderData<typeof loader>>;
type Props = { page: Page };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="mb-3 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

const date = (value: Date | string) => formatUkDate(new Date(value));
const isoDate = (value: string) => formatUkDate(new Date(`${value}T12:00:00Z`));

/** Whether the private funding section shows: the team and organisers always, a funder when they have an interest. */
export function showFunding(page: Page): boolean {
  return page.funding.length > 0 || page.viewer.isMember || page.viewer.isOrganiser;
}

export function ProjectHeader({ page }: Props) {
  const { project, progress } = page;
  const base = `/projects/${idSlug(project.id, project.name)}`;
  return (
    <header className="mb-6">
      <h1 id="project-title" className="text-3xl">
        {project.name}
      </h1>
      {project.tagline ? <p className="mt-2 max-w-3xl text-lg text-muted">{project.tagline}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <StageBadge stage={project.stage} />
        <StateBadge state={project.state} />
        {progress?.stalled ? <StalledBadge /> : null}
        {project.submittedAt ? null : (
          <Badge tone="warning">Not submitted yet: only the team and organisers can see this page</Badge>
        )}
      </div>
      {project.state !== "active" ? (
        <p className="mt-3 max-w-3xl">
          <strong>{project.state === "paused" ? "Paused" : "Archived"}</strong>
          {project.state === "archived" && project.archiveReason
            ? ` (${archiveReasons.label(project.archiveReason)})`
            : ""}
          {project.stateReason ? `: ${project.stateReason}` : "."}
        </p>
      ) : null}
      {progress ? (
        <p className="mt-2 text-sm text-muted">
          Last activity {date(progress.lastActivityAt)}. You see this as{" "}
          {page.viewer.isMember
            ? "a member of the team"
            : page.viewer.isMentor
              ? "a mentor of this project"
              : "an organiser"}
          .
        </p>
      ) : null}
      {page.viewer.isMember ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink to={`${base}/team`} variant="secondary">
            Team and join requests
          </ButtonLink>
          <ButtonLink to={`${base}/submission`} variant="secondary">
            Edit submission
          </ButtonLink>
        </div>
      ) : null}
    </header>
  );
}

export function AboutSection({ page }: Props) {
  const { project, awards } = page;
  const candidates: [string, string | null][] = [
    ["Source code", project.repoUrl],
    ["Demo", project.demoUrl],
    ["Video", project.videoUrl],
  ];
  const links = candidates.filter((pair): pair is [string, string] => Boolean(pair[1] && isSafeHttpUrl(pair[1])));
  return (
    <Section id="about" title="About">
      {project.description ? (
        <RichText text={project.description} className="max-w-3xl" />
      ) : (
        <p className="text-muted">No description yet.</p>
      )}
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Problem</dt>
        <dd>
          {project.problemId && project.problemTitle ? (
            <Link to={`/problems/${idSlug(project.problemId, project.problemTitle)}`}>{project.problemTitle}</Link>
          ) : (
            "Not linked yet"
          )}
        </dd>
        {project.hackDayId && project.hackDayName ? (
          <>
            <dt className="font-semibold">Hack day</dt>
            <dd>
              <Link to={`/hack-days/${idSlug(project.hackDayId, project.hackDayName)}`}>{project.hackDayName}</Link>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">Care setting</dt>
        <dd>{project.careSetting ? careSettings.label(project.careSetting) : "Not stated"}</dd>
        <dt className="font-semibold">Specialty</dt>
        <dd>{project.specialty ? specialties.label(project.specialty) : "Not stated"}</dd>
        {project.tech ? (
          <>
            <dt className="font-semibold">Tech</dt>
            <dd>{project.tech}</dd>
          </>
        ) : null}
        {project.licence ? (
          <>
            <dt className="font-semibold">Licence</dt>
            <dd>{project.licence}</dd>
          </>
        ) : null}
        {project.submittedAt ? (
          <>
            <dt className="font-semibold">Submitted</dt>
            <dd>{date(project.submittedAt)}</dd>
          </>
        ) : null}
      </dl>
      {page.screenshots.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg">Screenshots</h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {page.screenshots.map((shot, i) => (
              <li key={shot.id}>
                <a href={shot.src}>
                  <img
                    src={shot.src}
                    alt={shot.alt || `Screenshot ${i + 1} of ${project.name}`}
                    loading="lazy"
                    className="aspect-video w-full rounded-md border border-line bg-surface object-contain"
                  />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {links.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg">Links</h3>
          <ul className="mt-1 list-disc pl-5">
            {links.map(([label, href]) => (
              <li key={label}>
                <a href={href} rel="nofollow noopener noreferrer">
                  {label}
                  <span className="sr-only"> (opens {new URL(href).hostname})</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {awards.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg">Awards</h3>
          <ul className="mt-1 space-y-1">
            {awards.map((award) => (
              <li key={award.id}>
                <span className="font-semibold">{award.name}</span>,{" "}
                <Link to={`/hack-days/${idSlug(award.hackDayId, award.hackDayName)}`}>{award.hackDayName}</Link>
                {award.description ? <span className="text-muted">: {award.description}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

export function TeamSection({ page }: Props) {
  return (
    <Section id="team" title="Team">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {page.team.map((member) => (
          <li key={member.userId} className="rounded-lg border border-line p-3">
            <p className="font-semibold">{member.name}</p>
            <p className="text-sm text-muted">
              {member.role === "lead" ? "Team lead" : "Team member"}
              {member.organisation ? ` · ${member.organisation}` : ""}
            </p>
            {member.isClinician ? (
              <p className="mt-1">
                <Badge tone="success">Clinician</Badge>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function GatesSection({ page }: Props) {
  const current = stages.findIndex((s) => s.key === page.project.stage);
  return (
    <Section id="stage" title="Stage and gates">
      <ol className="mb-4 flex flex-wrap gap-2" aria-label="Pipeline stages">
        {stages.map((s, i) => (
          <li
            key={s.key}
            aria-current={i === current ? "step" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${i === current ? "border-brand-700 bg-brand-700 font-semibold text-white" : i < current ? "border-brand-600 text-brand-700" : "border-line text-muted"}`}
          >
            {i < current ? <span className="sr-only">Passed: </span> : null}
            {i === current ? <span className="sr-only">Current stage: </span> : null}
            {s.label}
          </li>
        ))}
      </ol>
      <p className="max-w-3xl">
        <strong>{stageLabel(page.project.stage)}</strong>: {stages[current]?.meaning}. Entered{" "}
        {date(page.project.stageEnteredAt)}.
      </p>
      {page.nextStage ? (
        <p className="mt-2 max-w-3xl">
          {page.openItems.length === 0
            ? `Every item needed to enter ${stageLabel(page.nextStage).toLowerCase()} is met.`
            : `${page.openItems.length} ${page.openItems.length === 1 ? "item is" : "items are"} still open before ${stageLabel(page.nextStage).toLowerCase()}.`}
        </p>
      ) : (
        <p className="mt-2">This project has reached the end of the pipeline.</p>
      )}
      <div className="mt-4">
        <GateGroups groups={page.gates} />
      </div>
    </Section>
  );
}

export function MentorsSection({ page }: Props) {
  return (
    <Section id="mentors" title="Mentors">
      {page.mentors.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {page.mentors.map((m) => (
            <li key={m.mentorId} className="rounded-lg border border-line p-3">
              <Link to={`/mentors/${idSlug(m.mentorId, m.name)}`} className="font-semibold">
                {m.name}
              </Link>
              {m.headline ? <p className="text-sm text-muted">{m.headline}</p> : null}
              {m.focus ? <p className="mt-1 text-sm">Helping with: {m.focus}</p> : null}
              <p className="mt-1 text-sm text-muted">Since {date(m.since)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No mentor has adopted this project yet.</p>
      )}
      {page.suggestedMentors.length > 0 && page.nextStage ? (
        <>
          <h3 className="mt-6 text-lg">Mentors who could help with the next gate</h3>
          <p className="text-sm text-muted">
            Their expertise covers open items for {stageLabel(page.nextStage).toLowerCase()}, and they have room for
            another project.
          </p>
          <ul className="mt-2 space-y-2">
            {page.suggestedMentors.map((m) => (
              <li key={m.id}>
                <Link to={`/mentors/${idSlug(m.id, m.name)}`} className="font-semibold">
                  {m.name}
                </Link>
                {m.headline ? <span className="text-muted"> · {m.headline}</span> : null}
                <span className="block text-sm">Could help with: {m.covers.map((c) => c.label).join("; ")}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

export function FundingSection({ page }: Props) {
  const own = !page.viewer.isMember && !page.viewer.isOrganiser;
  return (
    <Section id="funding" title="Funding interest">
      <p className="mb-3 text-sm text-muted">
        Private.{" "}
        {own
          ? "Only you, the team and organisers see your interest."
          : "Only the team, organisers and each funder (their own) see this."}
      </p>
      {page.funding.length > 0 ? (
        <DataTable
          caption={own ? "Your interest in this project" : "Funders' interest in this project"}
          headers={["Funder", "Status", "Kind", "Amount", "Note", "Updated"]}
          numeric={[false, false, false, true, false, false]}
          rows={page.funding.map((f) => [
            `${f.funderName}${f.funderOrganisation ? ` (${f.funderOrganisation})` : ""}`,
            fundingStatuses.label(f.status),
            f.kind ? fundingKinds.label(f.kind) : "–",
            f.amount != null ? formatPounds(f.amount) : "–",
            f.note || "–",
            date(f.updatedAt),
          ])}
        />
      ) : (
        <p>No funder has expressed interest yet.</p>
      )}
    </Section>
  );
}

export function PilotsSection({ page }: Props) {
  return (
    <Section id="pilots" title="Pilots">
      {page.pilots.length > 0 ? (
        <ul className="space-y-3">
          {page.pilots.map((p) => (
            <li key={p.id} className="rounded-lg border border-line p-3">
              <p className="font-semibold">
                {p.organisation}
                {p.site ? `, ${p.site}` : ""}{" "}
                <Badge tone={p.status === "live" ? "success" : "neutral"}>{pilotStatuses.label(p.status)}</Badge>
              </p>
              {p.startsOn ? (
                <p className="text-sm text-muted">
                  {isoDate(p.startsOn)}
                  {p.endsOn ? ` to ${isoDate(p.endsOn)}` : ""}
                </p>
              ) : null}
              {p.successMeasures ? (
                <p className="mt-1 whitespace-pre-line">Success measures: {p.successMeasures}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No pilots yet.</p>
      )}
    </Section>
  );
}

export function OutcomesSection({ page }: Props) {
  const stories = page.outcomes.filter((o) => o.publishedAt && o.storyTitle);
  return (
    <Section id="outcomes" title="Outcomes">
      {page.outcomes.length > 0 ? (
        <DataTable
          caption="Measured outcomes"
          headers={["Measure", "Baseline", "Result", "Source", "Measured"]}
          numeric={[]}
          rows={page.outcomes.map((o) => [
            o.metric,
            `${o.baseline}${o.unit ? ` ${o.unit}` : ""}`,
            `${o.result}${o.unit ? ` ${o.unit}` : ""}`,
            o.source,
            isoDate(o.measuredOn),
          ])}
        />
      ) : (
        <p>No outcomes measured yet.</p>
      )}
      {stories.map((story) => (
        <article
          key={story.id}
          aria-labelledby={`story-${story.id}`}
          className="mt-6 max-w-3xl rounded-lg border-l-4 border-success-700 bg-success-50 p-4"
        >
          <h3 id={`story-${story.id}`} className="text-lg">
            Success story: {story.storyTitle}
          </h3>
          <RichText text={story.storyBody ?? ""} className="mt-2" />
        </article>
      ))}
    </Section>
  );
}

export function DataUseSection({ page }: Props) {
  const { project } = page;
  const published = project.dataUsePublishedAt !== null;
  return (
    <Section id="data-use" title="How this product uses data">
      {published || project.dataUseStatement ? (
        <div className="max-w-3xl">
          {published ? null : (
            <p className="mb-2">
              <Badge tone="warning">Draft: not published, only the team and organisers see it</Badge>
            </p>
          )}
          <h3 className="text-lg">What data it uses, and why</h3>
          {project.dataUseStatement ? (
            <RichText text={project.dataUseStatement} className="mt-1" />
          ) : (
            <p className="text-muted">Not written yet.</p>
          )}
          <h3 className="mt-4 text-lg">Lawful basis</h3>
          {project.dataUseLawfulBasis ? (
            <RichText text={project.dataUseLawfulBasis} className="mt-1" />
          ) : (
            <p className="text-muted">Not stated yet.</p>
          )}
          {published ? <p className="mt-3 text-sm text-muted">Published {date(project.dataUsePublishedAt!)}.</p> : null}
        </div>
      ) : (
        <p>
          The team has not published a data-use statement yet. Every project must publish one before it can be made
          ready for a pilot.
        </p>
      )}
    </Section>
  );
}

export function TimelineSection({ page }: Props) {
  return (
    <Section id="timeline" title="Timeline">
      {page.timeline.length > 0 ? (
        <Timeline events={page.timeline} />
      ) : (
        <p>Nothing has happened on this project’s timeline yet.</p>
      )}
      {page.timelineLimited ? (
        <p className="mt-3 text-sm text-muted">Showing the latest {page.timeline.length} events.</p>
      ) : null}
    </Section>
  );
}
