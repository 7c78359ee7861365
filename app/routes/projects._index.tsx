import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CareFilters } from "~/components/care-filters";
import { ProjectCard } from "~/components/projects/project-card";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { FilterForm, FilterSearch, FilterSelect, optionsOf } from "~/components/ui/filters";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { stageOptions } from "~/domain/stages";
import { projectStates } from "~/domain/taxonomy";
import { listHackDaysWithProjects, listProjects } from "~/models/projects.server";
import { pageFromUrl } from "~/utils/pagination";
import { parseSearchParams, projectFiltersSchema } from "~/validation/browse";

export const meta: MetaFunction = () => [
  { title: "Projects · Hackpath" },
  {
    name: "description",
    content: "Prototypes and products built for problems clinicians posted, at every stage from prototype to adoption.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = parseSearchParams(url, projectFiltersSchema);
  const [projects, hackDays] = await Promise.all([
    listProjects({ filters, page: pageFromUrl(url) }),
    listHackDaysWithProjects(),
  ]);
  return { filters, projects, hackDays };
}

export default function ProjectsGallery() {
  const { filters, projects, hackDays } = useLoaderData<typeof loader>();
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title="Projects"
        lead="Prototypes built for problems clinicians posted, and where each one is on the way to adoption."
        actions={
          <>
            <ButtonLink to="/projects/new">Start a project</ButtonLink>
            <ButtonLink to="/pipeline" variant="secondary">
              Pipeline board
            </ButtonLink>
          </>
        }
      />
      <FilterForm label="Filter projects" clearHref="/projects">
        <FilterSearch
          label="Search projects"
          value={filters.q}
          hint="Words from the name, tagline, description or tech"
        />
        <FilterSelect name="stage" label="Stage" value={filters.stage} options={stageOptions} anyLabel="Any stage" />
        <FilterSelect
          name="state"
          label="State"
          value={filters.state}
          options={optionsOf(projectStates)}
          anyLabel="Any state"
        />
        <CareFilters careSetting={filters.careSetting} specialty={filters.specialty} />
        <FilterSelect
          name="hackDay"
          label="Hack day"
          value={filters.hackDay}
          options={hackDays.map((h) => ({ value: h.id, label: h.name }))}
          anyLabel="Any hack day"
        />
      </FilterForm>

      <h2 className="sr-only">Results</h2>
      {projects.items.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.items.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </ul>
      ) : (
        <EmptyState title={filtered ? "No projects match these filters" : "No projects yet"}>
          {filtered ? "Try fewer filters or other words." : "Projects appear here once a team submits one."}
        </EmptyState>
      )}
      <Pagination page={projects.page} pageCount={projects.pageCount} total={projects.total} noun="projects" />
    </>
  );
}
