import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { formatDate } from "~/domain/dates";
import { getDossier } from "~/models/dossier.server";
import { siteUrls } from "~/utils/api.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectDossierPath, projectPath } from "~/utils/paths";
import { idSlug } from "~/utils/slug";
import { CompanySection, ValueSection } from "./company-sections";
import { DossierSection } from "./dossier-section";
import { MissingSummary } from "./missing-summary";
import { PrintButton } from "./print-button";
import { Dcb0129Section, DataUseStatement, PilotSites } from "./safety-extras";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Assurance dossier · ${data.project.name} · Hackpath` : "Dossier not found · Hackpath" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const projectId = requireIdParam(params.id, "project");
  const viewer = await getOptionalUser(request);
  const dossier = await getDossier({ projectId, viewer });
  if (!dossier) notFound("We could not find that project. It may not have been submitted yet.");
  if (params.id !== idSlug(dossier.project.id, dossier.project.name))
    throw redirect(`${projectDossierPath(dossier.project)}${new URL(request.url).search}`, 301);
  // Printed links carry their full address, so a paper copy still says where each document is.
  return { ...dossier, origin: new URL(siteUrls(request)("/")).origin };
}

export type DossierData = ReturnType<typeof useLoaderData<typeof loader>>;
export type DossierItemData = DossierData["sections"][number]["items"][number];

export default function DossierPage() {
  const dossier = useLoaderData<typeof loader>();
  const { project } = dossier;
  const [company, value, ...assurance] = dossier.sections;
  return (
    <article aria-labelledby="dossier-title" className="max-w-4xl print:max-w-none print:text-sm">
      <Breadcrumbs
        items={[
          { to: "/projects", label: "Projects" },
          { to: projectPath(project), label: project.name },
        ]}
      />
      <header className="mb-6 border-b-2 border-ink pb-4">
        <h1 id="dossier-title" className="text-3xl">
          {project.name}: Assurance dossier
        </h1>
        <p className="mt-2 text-muted">
          Laid out as NHS England&apos;s Digital Technology Assessment Criteria (DTAC). Generated on{" "}
          <time dateTime={new Date(dossier.generatedAt).toISOString()}>
            {formatDate(new Date(dossier.generatedAt))}
          </time>{" "}
          from the project&apos;s record on Hackpath.
        </p>
        {dossier.seesPrivate ? (
          <p className="mt-2 text-sm">
            This copy includes documents and evidence shared with the team, verifiers and organisers only. Take care
            where you send it.
          </p>
        ) : (
          <p className="mt-2 text-sm">
            This copy shows what the team has made public. Some documents are shared with the team, verifiers and
            organisers only.
          </p>
        )}
        <PrintButton />
      </header>
      <MissingSummary dossier={dossier} />
      <nav aria-label="Sections" className="mb-8 rounded-lg bg-surface p-4 print:hidden">
        <h2 className="text-base">Sections</h2>
        <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {dossier.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                {section.code} {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="space-y-10">
        <CompanySection dossier={dossier} section={company!} />
        <ValueSection dossier={dossier} section={value!} />
        {assurance.map((section) => (
          <DossierSection
            key={section.id}
            section={section}
            dossier={dossier}
            extras={{
              pilot_site_committed: <PilotSites dossier={dossier} />,
              data_use_statement: <DataUseStatement dossier={dossier} />,
            }}
            after={section.code === "C1" ? <Dcb0129Section dossier={dossier} /> : null}
          />
        ))}
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage messages={{ 404: "We could not find that project. It may have been removed, or not submitted yet." }} />
  );
}
