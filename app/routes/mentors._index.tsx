import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { MentorCard } from "~/components/people/mentor-card";
import { EmptyState } from "~/components/ui/empty-state";
import { FilterCheckbox, FilterForm, FilterSelect, optionsOf } from "~/components/ui/filters";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { expertiseAreas } from "~/domain/taxonomy";
import { listMentors } from "~/models/mentors.server";
import { pageFromUrl } from "~/utils/pagination";
import { mentorFiltersSchema, parseSearchParams } from "~/validation/browse";

export const meta: MetaFunction = () => [
  { title: "Mentors · Hackpath" },
  {
    name: "description",
    content:
      "Clinical safety officers, IG leads, regulatory advisers, health economists, procurement leads and engineers who adopt projects.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = parseSearchParams(url, mentorFiltersSchema);
  return { filters, mentors: await listMentors({ filters, page: pageFromUrl(url) }) };
}

export default function Mentors() {
  const { filters, mentors } = useLoaderData<typeof loader>();
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title="Mentors"
        lead="People with the expertise a project needs at its next gate, from clinical safety to procurement. A mentor adopts a project, not a person, up to the number of projects they have room for."
      />
      <FilterForm label="Filter mentors" clearHref="/mentors">
        <FilterSelect
          name="area"
          label="Expertise"
          value={filters.area}
          options={optionsOf(expertiseAreas)}
          anyLabel="Any expertise"
        />
        <FilterCheckbox name="accepting" label="Accepting requests" checked={Boolean(filters.accepting)} />
        <FilterCheckbox name="capacity" label="Has room for another project" checked={Boolean(filters.capacity)} />
      </FilterForm>
      {mentors.items.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {mentors.items.map((mentor) => (
            <MentorCard key={mentor.id} mentor={mentor} />
          ))}
        </ul>
      ) : (
        <EmptyState title={filtered ? "No mentors match these filters" : "No mentors yet"}>
          {filtered ? "Try fewer filters." : "Mentors appear here once they add their expertise in settings."}
        </EmptyState>
      )}
      <Pagination page={mentors.page} pageCount={mentors.pageCount} total={mentors.total} noun="mentors" />
    </>
  );
}
