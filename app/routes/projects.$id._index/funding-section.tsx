import { DataTable } from "~/components/charts/data-table";
import { formatPounds } from "~/components/people/format";
import { fundingKinds, fundingStatuses } from "~/domain/taxonomy";
import { Section, date } from "./section";
import type { Props } from "./section";

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
