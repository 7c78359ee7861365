import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { unmetRequiredItems } from "~/domain/gate-progress";
import type { NoticeCode } from "~/domain/notices";
import {
  moveBackRefusal,
  overrideRefusal,
  stageRequestRefusal,
  stateChangeRefusal,
  withdrawRequestRefusal,
} from "~/domain/pipeline";
import { nextStage, stageIndex, stageKeys, stageLabel, stages } from "~/domain/stages";
import {
  findPendingRequest,
  loadGateRecords,
  loadProjectFacts,
  loadProjectStanding,
} from "~/models/project-standing.server";
import {
  changeProjectState,
  moveStageBack,
  overrideStageMove,
  requestStageMove,
  withdrawStageRequest,
} from "~/models/stage-lifecycle.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectGatePath, projectPath } from "~/utils/paths";
import { stageActionSchema, type StageAction } from "~/validation/pipeline";
import { MoveForms } from "./move-forms";
import { StateForms } from "./state-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Stage: ${data?.project.name ?? "project"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = requireIdParam(params.id, "project");
  const found = await loadProjectStanding(id, user);
  if (!found) notFound("We could not find that project.");
  const { project, standing } = found;
  const [records, facts, pending] = await Promise.all([
    loadGateRecords(id),
    loadProjectFacts(id),
    findPendingRequest(id),
  ]);
  const unmet = unmetRequiredItems(project.stage, records, facts);
  const next = nextStage(project.stage);
  return {
    project,
    next,
    pending,
    unmet: unmet.map((item) => ({ key: item.key, label: item.label, href: projectGatePath(project, item.key) })),
    earlier: stageKeys.slice(0, stageIndex(project.stage)).map((key) => ({ value: key, label: stageLabel(key) })),
    // Each control is offered when the same rule the model applies allows it.
    offers: {
      request: !stageRequestRefusal({ standing, project, pending: pending !== null, unmet: [] }),
      withdraw: !withdrawRequestRefusal(standing, pending !== null),
      override: !overrideRefusal(standing, project),
      moveBack: !moveBackRefusal(standing, project),
      pause: !stateChangeRefusal("pause", standing, project),
      resume: !stateChangeRefusal("resume", standing, project),
      archive: !stateChangeRefusal("archive", standing, project),
    },
    isTeamOrOrganiser: standing.isMember || standing.isOrganiser,
  };
}

const stageNotices = {
  request: "stage-requested",
  withdraw: "stage-request-withdrawn",
  override: "stage-overridden",
  "move-back": "stage-moved-back",
  pause: "project-paused",
  resume: "project-resumed",
  archive: "project-archived",
} satisfies Record<StageAction["intent"], NoticeCode>;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const projectId = requireIdParam(params.id, "project");
  return runFormAction(request, stageActionSchema, async (v) => {
    const result = await (v.intent === "request"
      ? requestStageMove({ projectId, actor, note: v.note })
      : v.intent === "withdraw"
        ? withdrawStageRequest({ projectId, actor })
        : v.intent === "override"
          ? overrideStageMove({ projectId, actor, reason: v.reason })
          : v.intent === "move-back"
            ? moveStageBack({ projectId, actor, to: v.to, reason: v.reason })
            : changeProjectState({
                projectId,
                actor,
                change: v.intent,
                reason: v.intent === "resume" ? "" : v.reason,
                archiveReason: v.intent === "archive" ? v.archiveReason : undefined,
              }));
    return result.ok ? done(stageNotices[v.intent]) : result;
  });
}

export default function StagePage() {
  const page = useLoaderData<typeof loader>();
  const { project } = page;
  const current = stages.find((s) => s.key === project.stage)!;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`Stage: ${project.name}`}
        lead={`${current.label}: ${current.meaning}.${project.state === "active" ? "" : ` The project is ${project.state}.`}`}
      />
      <Notice />
      <FormErrors result={useFormResult()} />
      <p className="mb-6">
        <Link to={`${projectPath(project)}#stage`}>Back to the project&apos;s gates</Link>
      </p>
      <MoveForms page={page} />
      <StateForms page={page} />
    </div>
  );
}

export type StagePageData = ReturnType<typeof useLoaderData<typeof loader>>;

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that project." }} />;
}
