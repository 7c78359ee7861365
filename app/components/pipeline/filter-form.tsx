import { Link } from "@remix-run/react";
import { CareFilters } from "~/components/care-filters";
import { FilterCheckbox, FilterForm, FilterSelect } from "~/components/ui/filters";
import { gateItem } from "~/domain/gates";
import { stageLabel, stageOptions, STALLED_AFTER_DAYS } from "~/domain/stages";
import type { PipelineFilters } from "~/validation/browse";
import { pipelineHref } from "./links";

/**
 * The pipeline's filters: a plain GET form, so every filter is in the URL and works without
 * JavaScript. The view rides along in a hidden field so applying filters keeps the list view.
 */
export function PipelineFilterForm({
  filters,
  hackDayOptions,
  canFilterStalled,
  readyForFundingStage,
}: {
  filters: PipelineFilters;
  hackDayOptions: readonly { id: number; name: string }[];
  canFilterStalled: boolean;
  readyForFundingStage: string;
}) {
  return (
    <FilterForm label="Filter the pipeline" clearHref={pipelineHref({ view: filters.view })}>
      {filters.view === "list" ? <input type="hidden" name="view" value="list" /> : null}
      <FilterSelect name="stage" label="Stage" value={filters.stage} options={stageOptions} anyLabel="Every stage" />
      <CareFilters careSetting={filters.careSetting} specialty={filters.specialty} />
      <FilterSelect
        name="hackDay"
        label="Hack day"
        value={filters.hackDay}
        options={hackDayOptions.map((h) => ({ value: h.id, label: h.name }))}
        anyLabel="Any hack day"
      />
      <ReadyForFundingCheckbox checked={Boolean(filters.readyForFunding)} stage={readyForFundingStage} />
      {canFilterStalled ? (
        <FilterCheckbox
          name="stalled"
          label={`Only stalled (no activity for ${STALLED_AFTER_DAYS} days)`}
          checked={Boolean(filters.stalled)}
        />
      ) : null}
    </FilterForm>
  );
}

/**
 * "Ready for funding", with a hint saying exactly what it selects (decision 0048). Styled like
 * FilterCheckbox, which has no hint; a `hint` prop there would let this go.
 */
function ReadyForFundingCheckbox({ checked, stage }: { checked: boolean; stage: string }) {
  const item = gateItem("funding_committed");
  return (
    <div>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name="readyForFunding"
          value="1"
          defaultChecked={checked}
          key={String(checked)}
          aria-describedby="filter-readyForFunding-hint"
          className="h-5 w-5"
        />
        <span className="font-semibold">Only ready for funding</span>
      </label>
      <p id="filter-readyForFunding-hint" className="text-sm text-muted">
        Active projects at {stageLabel(stage).toLowerCase()} whose next gate still asks for “
        {item?.label ?? "Funding committed"}”: not yet met and not marked as not applicable.
      </p>
    </div>
  );
}

/** "Board | List": switches the view and keeps every filter. */
export function ViewToggle({ filters }: { filters: PipelineFilters }) {
  const current = filters.view ?? "board";
  const views = [
    { view: "board", label: "Board" },
    { view: "list", label: "List" },
  ] as const;
  return (
    <nav aria-label="View" className="mb-4 flex flex-wrap items-center gap-2">
      <span className="font-semibold" aria-hidden="true">
        View:
      </span>
      <ul className="flex flex-wrap gap-2">
        {views.map(({ view, label }) => (
          <li key={view}>
            <Link
              to={pipelineHref({ ...filters, view })}
              aria-current={current === view ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md border px-4 ${current === view ? "border-brand-700 bg-brand-700 font-semibold text-white no-underline hover:text-white" : "border-line bg-white"}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
