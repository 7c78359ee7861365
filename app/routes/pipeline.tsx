import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { Board, BoardShelf } from "~/components/pipeline/board";
import { CareFilters } from "~/components/care-filters";
import { FilterCheckbox, FilterForm, FilterSelect } from "~/components/ui/filters";
import { PageHeader } from "~/components/ui/page-header";
import { stageOptions, STALLED_AFTER_DAYS } from "~/domain/stages";
import { getPipelineBoard } from "~/models/pipeline.server";
import { parseSearchParams, pipelineFiltersSchema } from "~/validation/browse";

export const meta: MetaFunction = () => [
  { title: "Pipeline · Hackpath" },
  {
    name: "description",
    content: "Every active project by stage, from prototype to adoption in the NHS and social care.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const filters = parseSearchParams(new URL(request.url), pipelineFiltersSchema);
  const board = await getPipelineBoard({ filters, viewer });
  return { filters, board };
}

export default function Pipeline() {
  const { filters, board } = useLoaderData<typeof loader>();
  // "See all" goes to the gallery with the same filters, for that stage.
  const gallery = (extra: Record<string, string>) => {
    const params = new URLSearchParams(extra);
    if (filters.careSetting) params.set("careSetting", filters.careSetting);
    if (filters.specialty) params.set("specialty", filters.specialty);
    return `/projects?${params.toString()}`;
  };
  return (
    <>
      <PageHeader
        title="Pipeline"
        lead={
          board.stalledOnly
            ? `${board.activeTotal.toLocaleString("en-GB")} stalled ${board.activeTotal === 1 ? "project" : "projects"}: active, but nothing has happened for ${STALLED_AFTER_DAYS} days.`
            : `${board.activeTotal.toLocaleString("en-GB")} active ${board.activeTotal === 1 ? "project" : "projects"} on the way from prototype to adoption. Each stage has a gate: the things a project must show before it enters.`
        }
      />
      <FilterForm label="Filter the pipeline" clearHref="/pipeline">
        <FilterSelect name="stage" label="Stage" value={filters.stage} options={stageOptions} anyLabel="Every stage" />
        <CareFilters careSetting={filters.careSetting} specialty={filters.specialty} />
        {board.canFilterStalled ? (
          <FilterCheckbox
            name="stalled"
            label={`Only stalled (no activity for ${STALLED_AFTER_DAYS} days)`}
            checked={board.stalledOnly}
          />
        ) : null}
      </FilterForm>
      {board.stalledOnly ? (
        <p className="mb-4 font-semibold">
          Showing only stalled projects; paused and archived ones are left out. Only organisers can use this filter.
        </p>
      ) : null}
      <Board columns={board.columns} seeAllHref={(stage) => gallery({ stage, state: "active" })} />
      {board.shelves.map((shelf) => (
        <BoardShelf
          key={shelf.state}
          shelf={shelf}
          seeAllHref={gallery({ state: shelf.state, ...(filters.stage ? { stage: filters.stage } : {}) })}
        />
      ))}
      <p className="mt-8">
        <Link to="/impact">How many projects reach each stage</Link>
      </p>
    </>
  );
}
