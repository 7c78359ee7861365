import { Link } from "@remix-run/react";
import { RichText } from "~/components/rich-text";
import { careSettings, specialties } from "~/domain/taxonomy";
import { isSafeHttpUrl } from "~/domain/text";
import { hackDayPath, problemPath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

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
            <Link to={problemPath({ id: project.problemId, title: project.problemTitle })}>{project.problemTitle}</Link>
          ) : (
            "Not linked yet"
          )}
        </dd>
        {project.hackDayId && project.hackDayName ? (
          <>
            <dt className="font-semibold">Hack day</dt>
            <dd>
              <Link to={hackDayPath({ id: project.hackDayId, name: project.hackDayName })}>{project.hackDayName}</Link>
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
                <Link to={hackDayPath({ id: award.hackDayId, name: award.hackDayName })}>{award.hackDayName}</Link>
                {award.description ? <span className="text-muted">: {award.description}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
