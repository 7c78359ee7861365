import { FilterSelect, optionsOf } from "~/components/ui/filters";
import { careSettings, specialties } from "~/domain/taxonomy";

/**
 * The care setting and specialty selects that the project, pipeline and funder filters share,
 * each offering "Any …" first. The problem filters word their "any" differently and keep their own.
 */
export function CareFilters({ careSetting, specialty }: { careSetting?: string; specialty?: string }) {
  return (
    <>
      <FilterSelect
        name="careSetting"
        label="Care setting"
        value={careSetting}
        options={optionsOf(careSettings)}
        anyLabel="Any care setting"
      />
      <FilterSelect
        name="specialty"
        label="Specialty"
        value={specialty}
        options={optionsOf(specialties)}
        anyLabel="Any specialty"
      />
    </>
  );
}
