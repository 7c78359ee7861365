import { getFormProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { getOptionalUser, requireRole } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayStatusBadge } from "~/components/hack-days/hack-day-status-badge";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { formatDateRange } from "~/domain/dates";
import { hasRole } from "~/domain/roles";
import { listHackDaysOpenForProjects } from "~/models/hack-days.server";
import { startIndependentProject } from "~/models/project-start.server";
import { hackDayPath, projectSubmissionPath } from "~/utils/paths";
import { problemIdFromText } from "~/validation/hack-days";
import { startIndependentProjectSchema } from "~/validation/submissions";
import { done, runFormAction } from "~/utils/form-action.server";
import { useFormResult } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { refuse } from "~/domain/refusal";

export const meta: MetaFunction = () => [{ title: "Start a project · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  return {
    hackDays: await listHackDaysOpenForProjects(),
    signedIn: Boolean(viewer),
    isDeveloper: hasRole(viewer, "developer"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "developer");
  return runFormAction(request, startIndependentProjectSchema, async ({ name, tagline, problem }) => {
    const problemId = problem ? problemIdFromText(problem) : null;
    if (problem && problemId === null)
      return refuse(400, "Enter the problem's number (like 12) or its link, or leave it empty", "problem");
    const result = await startIndependentProject({ userId: user.id, name, tagline, problemId });
    return result.ok ? done("project-started", { to: projectSubmissionPath(result.projectId) }) : result;
  });
}

export default function StartProject() {
  const { hackDays, signedIn, isDeveloper } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "independent-project",
    lastResult,
    ...useSchemaChecks(
      "independent-project",
      () => import("~/validation/submissions").then((m) => m.startIndependentProjectSchema),
      { shouldValidate: "onBlur", shouldRevalidate: "onInput" },
    ),
  });
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Start a project"
        lead="Most projects start at a hack day, on a problem a clinician posted. A team forms around it, builds a prototype and submits it."
      />
      <section aria-labelledby="at-a-hack-day" className="mb-10">
        <h2 id="at-a-hack-day" className="mb-3 text-2xl">
          At a hack day
        </h2>
        <p className="mb-4">
          Register for a hack day, then start a project on one of its shortlisted problems, or ask to join a team.
        </p>
        {hackDays.length ? (
          <ul className="grid gap-4 sm:grid-cols-2">
            {hackDays.map((h) => (
              <Card as="li" key={h.id} className="flex flex-col gap-2">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-lg">
                    <Link to={hackDayPath(h)}>{h.name}</Link>
                  </h3>
                  <HackDayStatusBadge status={h.status} />
                </div>
                <p className="text-sm">{formatDateRange(new Date(h.startsAt), new Date(h.endsAt))}</p>
                <p className="text-sm text-muted">{h.venue || (h.onlineUrl ? "Online" : "")}</p>
              </Card>
            ))}
          </ul>
        ) : (
          <p>
            No hack day is open right now. <Link to="/hack-days">See upcoming hack days</Link> or subscribe to the{" "}
            <a href="/hack-days.ics">hack day calendar</a>.
          </p>
        )}
      </section>
      <section aria-labelledby="on-your-own" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="on-your-own" className="mb-3 text-2xl">
          Already building something?
        </h2>
        <p className="mb-4">
          Developers can start a project outside a hack day: you become its lead, write its submission when ready, and
          it enters the pipeline at the prototype stage.
        </p>
        {!signedIn ? (
          <p>
            <Link to="/login?redirectTo=/projects/new">Sign in</Link> to start a project.
          </p>
        ) : !isDeveloper ? (
          <p>
            Only developers can start a project outside a hack day. Add the developer role in{" "}
            <Link to="/settings">your settings</Link>, or join a hack day team.
          </p>
        ) : (
          <>
            <ErrorSummary form={form} labels={{ name: "Project name", tagline: "Tagline", problem: "Problem" }} />
            <Form method="post" {...getFormProps(form)}>
              <TextField meta={fields.name} label="Project name" />
              <TextField meta={fields.tagline} label="Tagline (optional)" />
              <TextField
                meta={fields.problem}
                label="Problem it solves (optional)"
                hint="The problem's number (like 12) or its link from Hackpath."
              />
              <Button type="submit" disabled={navigation.state === "submitting"}>
                Start the project
              </Button>
            </Form>
          </>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      messages={{
        403: "Only developers can start a project outside a hack day. Add the developer role in your settings.",
      }}
    />
  );
}
