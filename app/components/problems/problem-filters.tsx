import { FilterCheckbox, FilterForm, FilterSearch, FilterSelect, optionsOf } from "~/components/ui/filters";
import { careSettings, problemStatuses, specialties } from "~/domain/taxonomy";
import { problemSorts, type ProblemSort } from "~/domain/problem-list";
import type { ProblemListQuery } from "~/validation/problems";

const controlClass = "mt-1 block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/**
 * Search, filters and sort for /problems: one GET form, so every search is a shareable address
 * and works without JavaScript. "Best match" is offered only with search words.
 */
export function ProblemFilters({
  query,
  sort,
  tags,
}: {
  query: ProblemListQuery;
  sort: ProblemSort;
  tags: { name: string; slug: string }[];
}) {
  const sorts = (Object.keys(problemSorts) as ProblemSort[]).filter((s) => s !== "relevance" || query.q);
  return (
    <FilterForm label="Search and filter problems" clearHref="/problems">
      <div className="sm:col-span-2 lg:col-span-3">
        <FilterSearch
          label="Search problems"
          value={query.q}
          hint='Words from the title, summary, canvas or tags. Use "quotes" for a phrase, word* for the start of a word, OR for either word.'
        />
      </div>
      <FilterSelect
        name="careSetting"
        label="Care setting"
        value={query.careSetting}
        options={optionsOf(careSettings)}
      />
      <FilterSelect name="specialty" label="Specialty" value={query.specialty} options={optionsOf(specialties)} />
      <FilterSelect
        name="status"
        label="Status"
        value={query.status}
        options={optionsOf(problemStatuses)}
        anyLabel="Any except duplicates"
      />
      <FilterSelect
        name="tag"
        label="Tag"
        value={query.tag}
        options={tags.map((t) => ({ value: t.slug, label: t.name }))}
      />
      <div>
        <label htmlFor="filter-sort" className="block font-semibold">
          Sort by
        </label>
        <select id="filter-sort" name="sort" defaultValue={sort} key={sort} className={controlClass}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {problemSorts[s]}
            </option>
          ))}
        </select>
      </div>
      <FilterCheckbox name="hasProjects" label="Only problems with projects" checked={Boolean(query.hasProjects)} />
    </FilterForm>
  );
}
