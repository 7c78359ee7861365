import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { formatPounds } from "~/components/people/format";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import {
  declineInterestRefusal,
  funderMoves,
  isOpenInterest,
  planPilotRefusal,
  registerInterestRefusal,
} from "~/domain/funding";
import { recordsWriteRefusal } from "~/domain/project-records";
import { listProjectInterests, loadFunderStanding, loadFundingSettings } from "~/models/funding.server";
import { loadProjectStanding } from "~/models/project-standing.server";
import { runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectFundingPath, projectPath } from "~/utils/paths";
import { fundingActionSchema } from "~/validation/funding";
import { performFundingAction } from "./actions.server";
import { FunderView } from "./funder-view";
import { TeamView } from "./team-view";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Funding: ${data?.project.name ?? "project"} · Hackpath` },
];

const NOT_HERE = "We could not find that page. Funding interest is private to the project's team and its funders.";

/**
 * The project and the signed-in person's view of its funding: 404 when they may see nothing of it
 * (not on the team, not an organiser, not a funder), so the page confirms nothing to them.
 */
async function requireFundingViewer(request: Request, param: string | undefined) {
  const viewer = await requireUser(request);
  const found = await loadProjectStanding(requireIdParam(param, "project"), viewer);
  if (!found) notFound("We could not find that project.");
  const funding = await listProjectInterests({
    projectId: found.project.id,
    viewer,
    isMember: found.standing.isMember,
  });
  if (!funding.access) notFound(NOT_HERE);
  return { viewer, ...found, ...funding, access: funding.access };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, project, standing, access, interests } = await requireFundingViewer(request, params.id);
  const query = new URL(request.url).searchParams;
  const settings = await loadFundingSettings(project.id);
  const base = {
    project: { id: project.id, name: project.name, state: project.state },
    fundingAsk: settings.fundingAsk,
  };
  if (access === "funder") {
    const mine = interests[0] ?? null;
    const refusal =
      mine && isOpenInterest(mine.status)
        ? undefined
        : registerInterestRefusal({
            funder: await loadFunderStanding(viewer),
            project,
            isMemberOfProject: standing.isMember,
            current: mine?.status ?? null,
          });
    return {
      ...base,
      view: "funder" as const,
      mine,
      mayRegister: !(mine && isOpenInterest(mine.status)) && !refusal,
      registerBlocker: refusal?.message ?? null,
      moves: mine ? funderMoves(mine.status) : [],
      confirmWithdraw: query.get("withdraw") === "confirm",
    };
  }
  const records = recordsWriteRefusal(standing, project);
  return {
    ...base,
    view: "team" as const,
    isMember: standing.isMember,
    isLead: standing.isLead,
    showsBackers: settings.showsBackers,
    declining: Number(query.get("decline")) || null,
    interests: interests.map((i) => ({
      ...i,
      mayDecline: !declineInterestRefusal({ isMember: standing.isMember, status: i.status, reason: "a reason" }),
      mayPlanPilot: !planPilotRefusal({
        recordsRefusal: records,
        interest: i,
        funderKind: i.funderKind,
        alreadyPlanned: i.pilotId !== null,
      }),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer: actor, project } = await requireFundingViewer(request, params.id);
  return runFormAction(request, fundingActionSchema, (action) => performFundingAction({ actor, project, action }), {
    page: projectFundingPath(project),
    targetOf: (payload) => payload.interestId,
  });
}

export type FundingPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function FundingPage() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: "/projects", label: "Projects" },
          { to: projectPath(page.project), label: page.project.name },
        ]}
      />
      <PageHeader
        title={`Funding: ${page.project.name}`}
        lead={
          page.view === "funder"
            ? "Your interest in this project is private: the team and organisers see it, and only you see your note."
            : "Funders' interest in this project. Private: only the team, organisers and each funder (their own) see it."
        }
      />
      <Notice />
      <FormErrors result={useFormResult("withdraw")} />
      {page.fundingAsk !== null ? (
        <p className="mb-6 text-lg">
          The team is asking for <strong>{formatPounds(page.fundingAsk)}</strong>.
        </p>
      ) : null}
      {page.view === "funder" ? <FunderView page={page} /> : <TeamView page={page} />}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: NOT_HERE }} />;
}
