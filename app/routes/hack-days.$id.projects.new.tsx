import { getFormProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, SelectField, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { getViewerStanding } from "~/models/hack-days.server";
import { listStartableProblems, startHackDayProject } from "~/models/project-start.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { hackDayPath, projectTeamPath } from "~/utils/paths";
import { startProjectSchema } from "~/validation/submissions";
import { done, runFormAction } from "~/utils/form-action.server";
import { useFormResult } from "~/components/ui/notice";
import { startProjectRefusal } from "~/domain/teams";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";
import { useSchemaChecks } from "~/components/ui/schema-checks";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Start a project at ${data?.hackDay.name ?? "a hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const [problems, standing] = await Promise.all([
    listStartableProblems(hackDay.id),
    getViewerStanding({ hackDayId: hackDay.id, userId: user.id }),
  ]);
  // Why the form is not offered, in the order a person would fix things.
  const refusal = startProjectRefusal(hackDay.status, {
    registered: standing.registration?.status === "registered",
    teamAtHackDay: standing.team && { name: standing.team.name, status: standing.team.memberStatus },
  });
  const blocker =
    refusal?.message ??
    (problems.length === 0 ? "No problems are shortlisted yet, so there is nothing to start a project on." : null);
  const chosen = new URL(request.url).searchParams.get("problem");
  return {
    hackDay: { id: hackDay.id, name: hackDay.name },
    problems,
    blocker,
    chosen: problems.some((p) => String(p.id) === chosen) ? chosen : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  return runFormAction(request, startProjectSchema, async (value) => {
    const result = await startHackDayProject({ hackDayId: hackDay.id, userId: user.id, ...value });
    return result.ok ? done("hack-day-project-started", { to: projectTeamPath(result.projectId) }) : result;
  });
}

export default function StartHackDayProject() {
  const { hackDay, problems, blocker, chosen } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "start-project",
    lastResult,
    defaultValue: { problemId: chosen ?? "" },
    ...useSchemaChecks("start-project", () => import("~/validation/submissions").then((m) => m.startProjectSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <div className="max-w-2xl">
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
        ]}
      />
      <PageHeader
        title="Start a project"
        lead={`You become the team lead. Others ask to join and you accept them: a team has 1 to 8 people.`}
      />
      {blocker ? (
        <p className="rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">{blocker}</p>
      ) : (
        <>
          <ErrorSummary form={form} labels={{ name: "Project name", tagline: "Tagline", problemId: "Problem" }} />
          <Form method="post" {...getFormProps(form)}>
            <SelectField
              meta={fields.problemId}
              label="Problem"
              hint="One of this hack day's shortlisted problems."
              placeholder="Choose a problem"
              options={problems.map((p) => ({ value: String(p.id), label: p.title }))}
            />
            <TextField meta={fields.name} label="Project name" hint="You can change it until you submit." />
            <TextField meta={fields.tagline} label="Tagline (optional)" hint="One line on what you want to build." />
            <Button type="submit" disabled={navigation.state === "submitting"}>
              Start the project
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
