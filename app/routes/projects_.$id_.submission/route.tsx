import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { formatDateTimeWithDay } from "~/domain/dates";
import { getSubmission, saveSubmission, submissionWindowRefusal } from "~/models/submission.server";
import { readSubmissionFormData } from "~/utils/hack-day-route.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { projectPath, projectSubmissionPath, projectTeamPath } from "~/utils/paths";
import { submissionSchema } from "~/validation/submissions";
import { SubmissionForm } from "./submission-form";
import { done, runFormAction } from "~/utils/form-action.server";
import { Notice, useFormResult } from "~/components/ui/notice";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Submission: ${data?.project.name ?? "project"} · Hackpath` },
];

/** The project's submission if the user is on its team: 404 if there is no such project, 403 if not theirs. */
async function requireOwnSubmission(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const current = await getSubmission(requireIdParam(param, "project"));
  if (!current) notFound("We could not find that project.");
  if (!current.memberIds.includes(user.id)) forbidden("Only the project's team can edit its submission.");
  return { user, current };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { current } = await requireOwnSubmission(request, params.id);
  const { project, screenshots } = current;
  return {
    project: {
      id: project.id,
      name: project.name,
      submittedAt: project.submittedAt,
      hackDayId: project.hackDayId,
      hackDayName: project.hackDayName,
      submissionDeadline: project.submissionDeadline,
    },
    closed: submissionWindowRefusal(project),
    screenshots,
    defaults: {
      name: project.name,
      tagline: project.tagline,
      description: project.description,
      repoUrl: project.repoUrl ?? "",
      demoUrl: project.demoUrl ?? "",
      videoUrl: project.videoUrl ?? "",
      tech: project.tech,
      licence: project.licence,
      declaredNoPii: project.declaredNoPii ? "on" : "",
      declaredMaySubmit: project.declaredMaySubmit ? "on" : "",
      declaredIpPolicy: project.declaredIpPolicy ? "on" : "",
      screenshots: screenshots.map((s) => ({ id: String(s.id), alt: s.alt })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, current } = await requireOwnSubmission(request, params.id);
  return runFormAction(
    request,
    submissionSchema,
    async (values) => {
      const result = await saveSubmission({ projectId: current.project.id, userId: user.id, values });
      return result.ok ? done(result.firstSubmission ? "submitted" : "submission-saved") : result;
    },
    { read: readSubmissionFormData, hideFields: ["uploads"], page: projectSubmissionPath(current.project.id) },
  );
}

export default function SubmissionPage() {
  const { project, closed, screenshots, defaults } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link to={projectTeamPath(project.id)}>Back to the team</Link>
        {project.submittedAt ? (
          <>
            {" · "}
            <Link to={projectPath(project)}>The project&apos;s page</Link>
          </>
        ) : null}
      </p>
      <PageHeader
        title={project.submittedAt ? `Edit the submission: ${project.name}` : `Submit ${project.name}`}
        lead={
          project.submissionDeadline && project.hackDayName
            ? `For ${project.hackDayName}. You can edit it until the deadline: ${formatDateTimeWithDay(new Date(project.submissionDeadline))} (UK time).`
            : "Submitting puts the project in the pipeline at the prototype stage."
        }
      />
      <Notice />
      {closed ? (
        <p className="mb-6 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4 font-semibold" role="note">
          {closed}
        </p>
      ) : null}
      {/* conform reads defaults once: a new key after each save shows the saved screenshots. */}
      <SubmissionForm
        key={`${screenshots.map((s) => s.id).join("-")}:${project.submittedAt ? new Date(project.submittedAt).getTime() : 0}`}
        lastResult={lastResult}
        defaults={defaults}
        screenshots={screenshots}
        firstSubmission={!project.submittedAt}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      messages={{
        403: "Only the project's team can edit its submission.",
        413: "That upload is too large. Each screenshot must be 2 MB or smaller.",
      }}
    />
  );
}
