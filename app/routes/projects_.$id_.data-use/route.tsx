import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Badge } from "~/components/ui/badge";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { recordsWriteRefusal } from "~/domain/project-records";
import { getDataUse, publishDataUse, saveDataUseDraft } from "~/models/data-use.server";
import { loadProjectStanding } from "~/models/project-standing.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { projectDataUsePath, projectPath, projectPilotsPath } from "~/utils/paths";
import { dataUseActionSchema } from "~/validation/project-records";
import { DataUseForm } from "./data-use-form";

const TEAM_ONLY = "Only the project's team can write its data-use statement.";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Data-use statement: ${data?.project.name ?? "project"} · Hackpath` },
];

/** The project for a member of its team: 404 when the person may not see it, 403 when not on the team. */
async function requireTeamMember(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const found = await loadProjectStanding(requireIdParam(param, "project"), user);
  if (!found) notFound("We could not find that project. It may not have been submitted yet.");
  if (!found.standing.isMember) forbidden(TEAM_ONLY);
  return { user, ...found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project, standing } = await requireTeamMember(request, params.id);
  const record = await getDataUse(project.id);
  if (!record) notFound("We could not find that project.");
  const { storedBasis, publishedAt, ...values } = record;
  return {
    project: { id: project.id, name: project.name, submitted: project.submitted },
    blocker: recordsWriteRefusal(standing, project)?.message ?? null,
    values,
    publishedAt,
    // Older statements wrote the basis as free text; show it when it names none of the list.
    storedBasis: storedBasis && !values.lawfulBasis ? storedBasis : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, project } = await requireTeamMember(request, params.id);
  return runFormAction(
    request,
    dataUseActionSchema,
    async ({ intent, ...input }) => {
      const args = { projectId: project.id, actor: user, input };
      const result = await (intent === "publish" ? publishDataUse(args) : saveDataUseDraft(args));
      if (!result.ok) return result;
      return done(result.published ? "data-use-published" : "data-use-saved");
    },
    { page: projectDataUsePath(project) },
  );
}

export default function DataUsePage() {
  const page = useLoaderData<typeof loader>();
  const { project } = page;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        {project.submitted ? (
          <>
            <Link to={`${projectPath(project)}#data-use`}>The statement on the project&apos;s page</Link>
            {" · "}
          </>
        ) : null}
        <Link to={projectPilotsPath(project)}>Pilots and outcomes</Link>
      </p>
      <PageHeader
        title={`How ${project.name} uses data`}
        lead="The data-use statement tells patients and the public what data the product uses, why, and on what lawful basis. It must be published before the project can be ready for a pilot."
      />
      <Notice />
      <p className="mb-6">
        {page.publishedAt ? (
          <Badge tone="success">
            Published&nbsp;
            <Time value={page.publishedAt} />
          </Badge>
        ) : (
          <Badge tone="warning">Draft: only the team and organisers see it</Badge>
        )}
      </p>
      {page.blocker ? (
        <p className="rounded-md border-l-4 border-warning-700 bg-warning-50 p-4 font-semibold" role="note">
          {page.blocker}
        </p>
      ) : (
        <DataUseForm
          key={`${JSON.stringify(page.values)}:${String(page.publishedAt)}`}
          values={page.values}
          published={page.publishedAt !== null}
          storedBasis={page.storedBasis}
        />
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: TEAM_ONLY }} />;
}
