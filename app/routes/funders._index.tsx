import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CareFilters } from "~/components/care-filters";
import { FunderCard } from "~/components/people/funder-card";
import { EmptyState } from "~/components/ui/empty-state";
import { FilterCheckbox, FilterForm, FilterSelect, optionsOf } from "~/components/ui/filters";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { stageOptions } from "~/domain/stages";
import { funderKinds } from "~/domain/taxonomy";
import { listFunders } from "~/models/funders.server";
import { pageFromUrl } from "~/utils/pagination";
import { funderFiltersSchema, parseSearchParams } from "~/validation/browse";

export const meta: MetaFunction = () => [
  { title: "Funders · Hackpath" },
  {
    name: "description",
    content:
      "NHS innovation funds, Health Innovation Networks, charities, grant bodies, investors and trusts offering pilot sites.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = parseSearchParams(url, funderFiltersSchema);
  return { filters, funders: await listFunders({ filters, page: pageFromUrl(url) }) };
}

export default function Funders() {
  const { filters, funders } = useLoaderData<typeof loader>();
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title="Funders"
        lead="Who funds what: each funder's thesis by stage, care setting, specialty and ticket size, and the trusts and providers offering pilot sites. Interest in a project is private between the funder, the team and organisers."
      />
      <FilterForm label="Filter funders" clearHref="/funders">
        <FilterSelect
          name="kind"
          label="Kind of funder"
          value={filters.kind}
          options={optionsOf(funderKinds)}
          anyLabel="Any kind"
        />
        <FilterSelect
          name="stage"
          label="Funds projects at"
          value={filters.stage}
          options={stageOptions}
          anyLabel="Any stage"
        />
        <CareFilters careSetting={filters.careSetting} specialty={filters.specialty} />
        <FilterCheckbox name="pilotSite" label="Offers a pilot site" checked={Boolean(filters.pilotSite)} />
      </FilterForm>
      {funders.items.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {funders.items.map((funder) => (
            <FunderCard key={funder.id} funder={funder} />
          ))}
        </ul>
      ) : (
        <EmptyState title={filtered ? "No funders match these filters" : "No funders yet"}>
          {filtered ? "Try fewer filters." : "Funders appear here once they state their thesis in settings."}
        </EmptyState>
      )}
      <Pagination page={funders.page} pageCount={funders.pageCount} total={funders.total} noun="funders" />
    </>
  );
}
