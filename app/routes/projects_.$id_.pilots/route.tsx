import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import type { Role } from "~/domain/taxonomy";
import { outcomeChangeRefusal, recordsWriteRefusal, storyPublishRefusal } from "~/domain/project-records";
import {
  addOutcome,
  listOutcomes,
  publishStory,
  removeOutcome,
  unpublishStory,
  updateOutcome,
} from "~/models/outcomes.server";
import { addPilot, listPilots, updatePilot } from "~/models/pilots.server";
import { loadProjectStanding } from "~/models/project-standing.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { projectDataUsePath, projectPath, projectPilotsPath } from "~/utils/paths";
import { pilotsActionSchema, type PilotsAction } from "~/validation/project-records";
import { OutcomeForm } from "./outcome-form";
import { PilotForm } from "./pilot-form";
import { OutcomesList, PilotsList } from "./records-lists";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Pilots and outcomes: ${data?.project.name ?? "project"} · Hackpath` },
];

/**
 * The project and the signed-in person's standing on it: 404 when they may not see the project
 * (an unsubmitted one outside its team), 403 unless they are on the team or an organiser.
 */
async function requireRecordsViewer(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const found = await loadProjectStanding(requireIdParam(param, "project"), user);
  if (!found) notFound("We could not find that project. It may not have been submitted yet.");
  if (!found.standing.isMember && !found.standing.isOrganiser)
    forbidden("Only the project's team and organisers can record pilots and outcomes.");
  return { user, ...found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project, standing } = await requireRecordsViewer(request, params.id);
  const [pilots, outcomes] = await Promise.all([listPilots(project.id), listOutcomes(project.id)]);
  const writeRefusal = recordsWriteRefusal(standing, project);
  // Only the submitted-project rule: the words are checked when the organiser posts them.
  const storyRefusal = storyPublishRefusal(standing, project, { title: "-", body: "-" });
  return {
    project: { id: project.id, name: project.name, submitted: project.submitted },
    canWrite: !writeRefusal,
    // Shown to the team when it cannot write (an archived project).
    writeBlocker: standing.isMember ? (writeRefusal?.message ?? null) : null,
    isOrganiser: standing.isOrganiser,
    storyBlocker: storyRefusal && storyRefusal.status !== 403 ? storyRefusal.message : null,
    pilots,
    outcomes: outcomes.map((o) => ({
      ...o,
      changeBlocker: outcomeChangeRefusal(standing, project, { published: o.publishedAt !== null })?.message ?? null,
    })),
  };
}

/** Runs one form of the page for the signed-in person; the models apply the rules. */
async function perform(v: PilotsAction, projectId: number, actor: { id: number; roles: readonly Role[] }) {
  switch (v.intent) {
    case "add-pilot": {
      const r = await addPilot({ projectId, actor, input: v });
      return r.ok ? done("pilot-saved", { anchor: `pilot-${r.pilotId}` }) : r;
    }
    case "edit-pilot": {
      const r = await updatePilot({ projectId, pilotId: v.pilotId, actor, input: v });
      return r.ok ? done("pilot-saved", { anchor: `pilot-${v.pilotId}` }) : r;
    }
    case "add-outcome": {
      const r = await addOutcome({ projectId, actor, input: v });
      return r.ok ? done("outcome-saved", { anchor: `outcome-${r.outcomeId}` }) : r;
    }
    case "edit-outcome": {
      const r = await updateOutcome({ projectId, outcomeId: v.outcomeId, actor, input: v });
      return r.ok ? done("outcome-saved", { anchor: `outcome-${v.outcomeId}` }) : r;
    }
    case "remove-outcome": {
      const r = await removeOutcome({ projectId, outcomeId: v.outcomeId, actor });
      return r.ok ? done("outcome-removed", { anchor: "outcomes" }) : r;
    }
    case "publish-story": {
      const r = await publishStory({ projectId, outcomeId: v.outcomeId, actor, story: v });
      return r.ok ? done("story-published", { anchor: `outcome-${v.outcomeId}` }) : r;
    }
    case "unpublish-story": {
      const r = await unpublishStory({ projectId, outcomeId: v.outcomeId, actor });
      return r.ok ? done("story-unpublished", { anchor: `outcome-${v.outcomeId}` }) : r;
    }
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, project } = await requireRecordsViewer(request, params.id);
  return runFormAction(request, pilotsActionSchema, (v) => perform(v, project.id, user), {
    page: projectPilotsPath(project),
    // The record a repeated form is about, so its reply shows beside it (add forms have none).
    targetOf: (payload) => payload.outcomeId ?? (payload.intent === "edit-pilot" ? payload.pilotId : undefined),
  });
}

export default function PilotsPage() {
  const page = useLoaderData<typeof loader>();
  const { project } = page;
  const addPilotResult = useFormResult("add-pilot");
  const addOutcomeResult = useFormResult("add-outcome");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        {project.submitted ? <Link to={projectPath(project)}>The project&apos;s page</Link> : null}
        {project.submitted && page.canWrite ? " · " : null}
        {page.canWrite ? <Link to={projectDataUsePath(project)}>The data-use statement</Link> : null}
      </p>
      <PageHeader
        title={`Pilots and outcomes: ${project.name}`}
        lead="Where the product is tried, and what changed. Organisers publish outcomes as success stories."
      />
      <Notice />
      <FormErrors result={useFormResult(["remove-outcome", "unpublish-story"])} />
      {page.writeBlocker ? (
        <p className="mb-6 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4 font-semibold" role="note">
          {page.writeBlocker}
        </p>
      ) : null}
      <section aria-labelledby="pilots-heading" id="pilots" className="mb-10 scroll-mt-4">
        <h2 id="pilots-heading" className="mb-3 text-2xl">
          Pilots
        </h2>
        <PilotsList pilots={page.pilots} canWrite={page.canWrite} />
        {page.canWrite ? (
          <details
            className="rounded-lg border border-line bg-surface p-4"
            open={page.pilots.length === 0 || addPilotResult !== undefined}
          >
            <summary className="cursor-pointer font-semibold">Add a pilot</summary>
            <div className="mt-3">
              <PilotForm />
            </div>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="outcomes-heading" id="outcomes" className="scroll-mt-4">
        <h2 id="outcomes-heading" className="mb-3 text-2xl">
          Outcomes
        </h2>
        <OutcomesList
          outcomes={page.outcomes}
          pilots={page.pilots}
          canWrite={page.canWrite}
          isOrganiser={page.isOrganiser}
          storyBlocker={page.storyBlocker}
        />
        {page.canWrite ? (
          <details
            className="rounded-lg border border-line bg-surface p-4"
            open={page.outcomes.length === 0 || addOutcomeResult !== undefined}
          >
            <summary className="cursor-pointer font-semibold">Add an outcome</summary>
            <div className="mt-3">
              <OutcomeForm pilots={page.pilots} />
            </div>
          </details>
        ) : null}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only the project's team and organisers can record pilots and outcomes." }} />;
}
