import { Link } from "@remix-run/react";
import { Card } from "~/components/ui/card";
import { careSettings, specialties } from "~/domain/taxonomy";
import { excerpt } from "~/domain/text";
import { problemPath } from "~/utils/paths";

export type ProblemTeaserData = {
  id: number;
  title: string;
  excerpt: string;
  careSetting: string;
  specialty: string;
  endorsementCount: number;
  organisationCount: number;
};

/** A problem in a short list: title, the first words, setting and its demand signal. */
export function ProblemTeaser({ problem }: { problem: ProblemTeaserData }) {
  return (
    <Card as="li">
      <h3 className="text-lg">
        <Link to={problemPath(problem)}>{problem.title}</Link>
      </h3>
      <p className="mt-1">{excerpt(problem.excerpt, 160)}</p>
      <p className="mt-2 text-sm text-muted">
        {careSettings.label(problem.careSetting)} · {specialties.label(problem.specialty)}
      </p>
      <p className="mt-1 text-sm">
        {problem.endorsementCount} {problem.endorsementCount === 1 ? "endorsement" : "endorsements"} from{" "}
        {problem.organisationCount} {problem.organisationCount === 1 ? "organisation" : "organisations"}
      </p>
    </Card>
  );
}
