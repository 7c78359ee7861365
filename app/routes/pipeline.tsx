import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { Board, BoardShelf, type SeeAllHref } from "~/components/pipeline/board";
import { PipelineFilterForm, ViewToggle } from "~/components/pipeline/filter-form";
import { galleryHref } from "~/components/pipeline/links";
import { PipelineList } from "~/components/pipeline/list";
import { PageHeader } from "~/components/ui/page-header";
import { stageLabel, STALLED_AFTER_DAYS } from "~/domain/stages";
import { getPipelineBoard, READY_FOR_FUNDING_STAGE, type PipelineBoard } from "~/models/pipeline.server";
import { parseSearchParams, pipelineFiltersSchema } from "~/validation/browse";
import { isOrganiser } from "~/domain/roles";
import { pipelineReviewsPath, projectsExportPath } from "~/utils/paths";

export const meta: MetaFunction = () => [
  { title: "Pipeline · Hackpath" },
  {
    name: "description",
    content: "Every active project by stage, from prototype to adoption in the NHS and social care.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const parsed = parseSearchParams(new URL(request.url), pipelineFiltersSchema);
  const board = await getPipelineBoard({ filters: parsed, viewer });
  // Only the filters the board honoured go back to the page, so links and controls show those.
  const filters = {
    ...parsed,
    hackDay: board.hackDay,
    stalled: board.stalledOnly ? (true as const) : undefined,
    view: parsed.view ?? "board",
  };
  return { filters, board, readyForFundingStage: READY_FOR_FUNDING_STAGE, reviewer: isOrganiser(viewer) };
}

/** The sentence under the heading: how many projects, and what the filters select. */
function lead(board: PipelineBoard, readyForFundingStage: string): string {
  const n = board.activeTotal;
  const count = `${n.toLocaleString("en-GB")} ${board.readyForFunding || board.stalledOnly ? "" : "active "}${n === 1 ? "project" : "projects"}`;
  if (board.readyForFunding) {
    return `${count} at ${stageLabel(readyForFundingStage).toLowerCase()} still ${n === 1 ? "needs" : "need"} funding committed for ${n === 1 ? "its" : "their"} pilot${board.stalledOnly ? `, with no activity for ${STALLED_AFTER_DAYS} days` : ""}.`;
  }
  if (board.stalledOnly) {
    return `${count} stalled: active, but nothing has happened for ${STALLED_AFTER_DAYS} days.`;
  }
  return `${count} on the way from prototype to adoption. Each stage has a gate: the things a project must show before it enters.`;
}

export default function Pipeline() {
  const { filters, board, readyForFundingStage, reviewer } = useLoaderData<typeof loader>();
  // No page lists exactly the ready-for-funding projects, so that column has no "see all".
  const seeAllHref: SeeAllHref = (stage) =>
    board.readyForFunding ? null : galleryHref(filters, { stage, state: "active" });
  const Projects = filters.view === "list" ? PipelineList : Board;
  return (
    <>
      <PageHeader title="Pipeline" lead={lead(board, readyForFundingStage)} />
      {reviewer ? (
        <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link to={pipelineReviewsPath()}>Stage requests waiting for review</Link>
          <a href={projectsExportPath()}>Download every project with its gate progress (CSV)</a>
        </p>
      ) : null}
      <PipelineFilterForm
        filters={filters}
        hackDayOptions={board.hackDayOptions}
        canFilterStalled={board.canFilterStalled}
        readyForFundingStage={readyForFundingStage}
      />
      {board.stalledOnly ? (
        <p className="mb-4 font-semibold">
          Showing only stalled projects; paused and archived ones are left out. Only organisers can use this filter.
        </p>
      ) : null}
      {board.readyForFunding ? (
        <p className="mb-4 font-semibold">
          Showing only projects ready for funding; paused and archived ones are left out.
        </p>
      ) : null}
      <ViewToggle filters={filters} />
      <Projects columns={board.columns} seeAllHref={seeAllHref} />
      {board.shelves.map((shelf) => (
        <BoardShelf
          key={shelf.state}
          shelf={shelf}
          seeAllHref={galleryHref(filters, { state: shelf.state, stage: filters.stage })}
        />
      ))}
      <p className="mt-8">
        <Link to="/impact">How many projects reach each stage</Link>
      </p>
    </>
  );
}
