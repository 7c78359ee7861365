import { RichText } from "~/components/rich-text";
import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { lawfulBasisText } from "~/domain/project-records";
import { projectDataUsePath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

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
            <RichText text={lawfulBasisText(project.dataUseLawfulBasis)} className="mt-1" />
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
      {page.viewer.isMember ? (
        <p className="mt-4">
          <Link to={projectDataUsePath(page.project)}>
            {published ? "Edit the data-use statement" : "Write the data-use statement"}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
