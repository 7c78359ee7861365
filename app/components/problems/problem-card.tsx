import { Link } from "@remix-run/react";
import { Time } from "~/components/ui/time";
import { careSettings, specialties, type ProblemStatus } from "~/domain/taxonomy";
import { problemPath } from "~/utils/paths";
import { demandText } from "./demand";
import { Highlighted } from "./highlighted";
import { ProblemStatusBadge } from "./status-badge";

export type ProblemCardData = {
  id: number;
  title: string;
  excerpt: string;
  careSetting: string;
  specialty: string;
  status: ProblemStatus;
  endorsementCount: number;
  organisationCount: number;
  commentCount: number;
  projectCount: number;
  createdAt: Date | string;
  authorName: string;
  tags: { name: string; slug: string }[];
  titleHighlight: string | null;
  snippet: string | null;
};

/** A problem in the list: title (with search matches marked), snippet, setting, demand signal. */
export function ProblemCard({ problem }: { problem: ProblemCardData }) {
  return (
    <li className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg">
          <Link to={problemPath(problem)}>
            {problem.titleHighlight ? <Highlighted text={problem.titleHighlight} /> : problem.title}
          </Link>
        </h2>
        <ProblemStatusBadge status={problem.status} />
      </div>
      <p className="mt-1">{problem.snippet ? <Highlighted text={problem.snippet} /> : problem.excerpt}</p>
      <p className="mt-2 text-sm text-muted">
        {careSettings.label(problem.careSetting)} · {specialties.label(problem.specialty)} · posted by{" "}
        {problem.authorName} on <Time value={problem.createdAt} />
      </p>
      <p className="mt-1 text-sm">
        <strong>{demandText(problem.endorsementCount, problem.organisationCount)}</strong>
        {" · "}
        {problem.commentCount} {problem.commentCount === 1 ? "comment" : "comments"}
        {" · "}
        {problem.projectCount} {problem.projectCount === 1 ? "project" : "projects"}
      </p>
      {problem.tags.length ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Tags">
          {problem.tags.map((tag) => (
            <li key={tag.slug}>
              <Link
                to={`/problems?tag=${tag.slug}`}
                className="rounded-full bg-gray-100 px-2.5 py-0.5 text-xs font-semibold text-gray-800 no-underline hover:underline"
              >
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
