import { CareFilters } from "~/components/care-filters";
import { FilterForm, FilterMonth, FilterSelect } from "~/components/ui/filters";
import { describeImpactFilters, periodPresets, type ImpactFilters } from "~/domain/impact";
import { careSettings, specialties } from "~/domain/taxonomy";
import type { ImpactData } from "./types";

/**
 * The filters: a plain GET form (every filter in the URL, works without JavaScript), hidden when
 * printing; the sentence after it says what the printed figures cover.
 */
export function ImpactFilterForm({
  filters,
  hackDays,
}: {
  filters: ImpactFilters;
  hackDays: readonly { id: number; name: string }[];
}) {
  return (
    <div className="print:hidden">
      <FilterForm label="Filter the figures" clearHref="/impact">
        <CareFilters careSetting={filters.careSetting} specialty={filters.specialty} />
        <FilterSelect
          name="hackDay"
          label="Hack day"
          value={filters.hackDay}
          options={hackDays.map((h) => ({ value: h.id, label: h.name }))}
          anyLabel="Any hack day, or none"
        />
        <FilterSelect
          name="period"
          label="Period"
          value={filters.period}
          options={periodPresets}
          anyLabel="All time, or the months below"
        />
        <FilterMonth name="from" label="From month" value={filters.from} />
        <FilterMonth name="to" label="To month" value={filters.to} />
      </FilterForm>
    </div>
  );
}

/** "Showing projects, problems and outcomes for …": what every figure below counts. */
export function ScopeSentence({ data }: { data: ImpactData }) {
  const { filters, period, hackDayName } = data;
  return (
    <p id="impact-scope" className="mb-8 max-w-3xl font-semibold">
      {describeImpactFilters({
        period,
        careSetting: filters.careSetting ? careSettings.label(filters.careSetting) : undefined,
        specialty: filters.specialty ? specialties.label(filters.specialty) : undefined,
        hackDay: hackDayName ?? undefined,
      })}
    </p>
  );
}
