import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FunderFocusList } from "~/components/people/funder-card";
import { ProjectCard } from "~/components/projects/project-card";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { fitReasonLabels } from "~/domain/matching";
import { funderKinds } from "~/domain/taxonomy";
import { getFunderProfile, listProjectsForThesis, thesisOf } from "~/models/funders.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { pageFromUrl } from "~/utils/pagination";
import { funderPath } from "~/utils/paths";
import { idSlug } from "~/utils/slug";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.funder.name} · Funders · Hackpath` : "Funder not found · Hackpath" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireIdParam(params.id, "funder");
  const viewer = await getOptionalUser(request);
  const funder = await getFunderProfile(id);
  if (!funder) notFound("We could not find that funder.");
  const url = new URL(request.url);
  if (params.id !== idSlug(funder.id, funder.name)) throw redirect(`${funderPath(funder)}${url.search}`, 301);
  // Only the funder sees the projects that fit their own thesis.
  const own = viewer?.id === funder.id;
  const fits = own ? await listProjectsForThesis({ thesis: thesisOf(funder), page: pageFromUrl(url) }) : null;
  return { funder, fits };
}

export default function FunderProfile() {
  const { funder, fits } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={funder.name} lead={funder.organisation || undefined} />
      <div className="mb-6 flex flex-wrap gap-2">
        <Badge tone="brand">{funderKinds.label(funder.kind)}</Badge>
        {funder.offersPilotSite ? <Badge tone="success">Offers a pilot site</Badge> : null}
      </div>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="thesis" className="lg:col-span-2">
          <h2 id="thesis" className="mb-2 text-2xl">
            Thesis
          </h2>
          {funder.thesis ? <RichText text={funder.thesis} /> : <p className="text-muted">No thesis written yet.</p>}
          {funder.bio ? (
            <>
              <h2 className="mb-2 mt-6 text-2xl">About</h2>
              <RichText text={funder.bio} />
            </>
          ) : null}
        </section>
        <aside aria-labelledby="funds" className="rounded-lg border border-line bg-surface p-4">
          <h2 id="funds" className="mb-2 text-xl">
            What they fund
          </h2>
          <FunderFocusList funder={funder} />
        </aside>
      </div>
      {fits ? (
        <section aria-labelledby="fits" className="mt-10">
          <h2 id="fits" className="text-2xl">
            Projects that fit your thesis
          </h2>
          <p className="mb-3 text-muted">
            Only you see this list. Active projects matching the stages, care settings and specialties you fund, most
            recently active first. <Link to="/settings">Change your thesis in settings</Link>.
          </p>
          {fits.items.length > 0 ? (
            <ul className="grid gap-4 md:grid-cols-2">
              {fits.items.map((project) => (
                <ProjectCard key={project.id} project={project}>
                  <FitReasons reasons={project.reasons} />
                </ProjectCard>
              ))}
            </ul>
          ) : (
            <EmptyState title="No projects fit your thesis yet">
              <Link to="/settings">Add stages, care settings or specialties to your thesis</Link>, or browse{" "}
              <Link to="/pipeline">the pipeline</Link>.
            </EmptyState>
          )}
          <Pagination page={fits.page} pageCount={fits.pageCount} total={fits.total} noun="projects" />
        </section>
      ) : null}
    </>
  );
}

function FitReasons({ reasons }: { reasons: string[] }) {
  const facets = reasons.filter((r) => r !== "pilot_site").map((r) => fitReasonLabels[r] ?? r);
  return (
    <p className="mt-2 text-sm font-semibold">
      {facets.length > 0 ? `Fits your thesis on ${facets.join(", ")}.` : null}
      {reasons.includes("pilot_site") ? " Still needs a pilot site, which you offer." : null}
    </p>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that funder." }} />;
}
