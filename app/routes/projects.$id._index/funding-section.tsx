import { Link } from "@remix-run/react";
import { DataTable } from "~/components/charts/data-table";
import { formatPounds } from "~/components/people/format";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { fundingKinds, fundingStatuses } from "~/domain/taxonomy";
import { projectFundingPath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

/** The private funding section: every interest for the team and organisers, a funder's own for a funder. */
export function FundingSection({ page }: Props) {
  const { access, interests, fundingAsk } = page.funding;
  const own = access === "funder";
  const mine = own ? interests[0] : undefined;
  const lookingForFunding = page.project.state === "active" && page.project.submittedAt !== null;
  return (
    <Section id="funding" title="Funding interest">
      <p className="mb-3 text-sm text-muted">
        Private.{" "}
        {own
          ? "Only you, the team and organisers see your interest, and only you see your note."
          : "Only the team, organisers and each funder (their own) see this. Funders' notes are theirs alone."}
      </p>
      {fundingAsk !== null ? <p className="mb-3">{`The team is asking for ${formatPounds(fundingAsk)}.`}</p> : null}
      {interests.length > 0 ? (
        <DataTable
          caption={own ? "Your interest in this project" : "Funders' interest in this project"}
          headers={["Funder", "Status", "Kind", "Amount", "Updated"]}
          numeric={[false, false, false, true, false]}
          rows={interests.map((f) => [
            `${f.funderName}${f.funderOrganisation ? ` (${f.funderOrganisation})` : ""}`,
            fundingStatuses.label(f.status),
            f.kind ? fundingKinds.label(f.kind) : "–",
            f.amount != null ? formatPounds(f.amount) : "–",
            date(f.updatedAt),
          ])}
        />
      ) : own ? null : (
        <p>No funder has registered interest yet.</p>
      )}
      {own && !mine ? (
        lookingForFunding ? (
          <ButtonLink to={projectFundingPath(page.project)} className="mt-2">
            Register interest<span className="sr-only"> in {page.project.name}</span>
          </ButtonLink>
        ) : (
          <p>This project is paused or archived, so it is not looking for funding.</p>
        )
      ) : (
        <p className="mt-3">
          <Link to={projectFundingPath(page.project)}>
            {own ? "See or change your interest" : "All funding interest, with what the team can do about it"}
          </Link>
        </p>
      )}
    </Section>
  );
}

/** The one public word about funding, when the team has chosen to say it and a funder has committed. */
export function BackersLine({ page }: Props) {
  if (!page.funding.hasBackers) return null;
  return (
    <p className="mb-6 flex flex-wrap items-center gap-2">
      <Badge tone="success">Has backers</Badge>
      <span className="text-sm text-muted">At least one funder has committed to this project.</span>
    </p>
  );
}
