import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, SelectField, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { allowsTeamChanges } from "~/domain/hack-day-status";
import { getViewerStanding } from "~/models/hack-days.server";
import { listStartableProblems, startHackDayProject } from "~/models/submissions.server";
import { hackDayHref, refusalReply, requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { startProjectSchema } from "~/validation/submissions";
import { readForm } from "~/utils/form.server";

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
  const blocker = !allowsTeamChanges(hackDay.status)
    ? "Projects can be started only while the hack day is open or live."
    : standing.registration?.status !== "registered"
      ? "Register for this hack day, with a confirmed place, before you start a project."
      : standing.team
        ? `You are already ${standing.team.memberStatus === "active" ? "on" : "asking to join"} the team “${standing.team.name}”. A person is on one team per hack day.`
        : problems.length === 0
          ? "No problems are shortlisted yet, so there is nothing to start a project on."
          : null;
  const chosen = new URL(request.url).searchParams.get("problem");
  return {
    hackDay: { name: hackDay.name, href: hackDayHref(hackDay) },
    problems,
    blocker,
    chosen: problems.some((p) => String(p.id) === chosen) ? chosen : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const submission = parseWithZod(await readForm(request), { schema: startProjectSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await startHackDayProject({ hackDayId: hackDay.id, userId: user.id, ...submission.value });
  if (!result.ok) return refusalReply(submission, result);
  throw redirect(`/projects/${result.projectId}/team?notice=started`);
}

export default function StartHackDayProject() {
  const { hackDay, problems, blocker, chosen } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "start-project",
    lastResult,
    defaultValue: { problemId: chosen ?? "" },
    constraint: getZodConstraint(startProjectSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: startProjectSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link to={hackDay.href}>Back to {hackDay.name}</Link>
      </p>
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
