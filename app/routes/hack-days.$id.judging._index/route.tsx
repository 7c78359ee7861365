import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { ButtonLink } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { canManageHackDay } from "~/domain/hack-day-access";
import { acceptsScores, resultsArePublished } from "~/domain/hack-day-status";
import { declareConflict, getJudgeBoard, isJudge } from "~/models/judging.server";
import { forbidden } from "~/utils/http.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { pageFromUrl } from "~/utils/pagination";
import { hackDayAwardsPath, hackDayJudgingPath, hackDayPath, hackDaySetupPath } from "~/utils/paths";
import { conflictSchema } from "~/validation/judging";
import { BoardRow } from "./board-row";
import { done, runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Judging · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const judge = await isJudge({ hackDayId: hackDay.id, userId: user.id });
  const canManage = canManageHackDay(user, hackDay);
  if (!judge && !canManage) forbidden("Only this hack day's judges and organiser can see its judging.");
  return {
    hackDay: { id: hackDay.id, name: hackDay.name, status: hackDay.status },
    canManage,
    board: judge
      ? await getJudgeBoard({ hackDayId: hackDay.id, judgeId: user.id, page: pageFromUrl(new URL(request.url)) })
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  return runFormAction(request, conflictSchema, async (conflict) => {
    const result = await declareConflict({ hackDayId: hackDay.id, judgeId: user.id, ...conflict });
    return result.ok ? done("conflict-declared", { to: hackDayJudgingPath(hackDay) }) : result;
  });
}

export default function JudgingBoard() {
  const { hackDay, canManage, board } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const tried = lastResult?.initialValue as { projectId?: string; reason?: string } | undefined;
  const scoring = acceptsScores(hackDay.status);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
        ]}
      />
      <PageHeader
        title="Judging"
        lead={`${hackDay.name}: scores stay private to each judge until the organiser publishes the results.`}
      />
      <Notice />
      <FormErrors result={lastResult} withFieldErrors />
      {canManage ? (
        <p className="mb-6 flex flex-wrap gap-3">
          <ButtonLink to={hackDaySetupPath(hackDay)} variant="secondary">
            Judges and criteria
          </ButtonLink>
          <ButtonLink to={hackDayAwardsPath(hackDay)} variant="secondary">
            Ranking, awards and publishing
          </ButtonLink>
        </p>
      ) : null}
      {board ? (
        <section aria-labelledby="your-judging">
          <h2 id="your-judging" className="mb-2 text-2xl">
            Your judging
          </h2>
          <p className="mb-2 text-lg" role="status">
            You have scored {board.progress.done} of {board.progress.toScore}{" "}
            {board.progress.toScore === 1 ? "project" : "projects"}
            {board.progress.conflicts ? ` (${board.progress.conflicts} with a conflict of interest)` : ""}.
          </p>
          <p className="mb-6 text-muted">
            {scoring
              ? "Score every criterion from 1 to 5; a comment for the team is optional. You can change your scores until the results are published."
              : resultsArePublished(hackDay.status)
                ? "The results are published, so scores can no longer change."
                : "Scoring opens when the organiser moves the hack day to judging. Declare any conflicts of interest now."}
          </p>
          {board.projects.items.length ? (
            <ul className="divide-y divide-line border-y border-line">
              {board.projects.items.map((p) => (
                <BoardRow key={p.id} project={p} hackDay={hackDay} status={hackDay.status} tried={tried} />
              ))}
            </ul>
          ) : (
            <p>No projects are submitted yet.</p>
          )}
          <Pagination
            page={board.projects.page}
            pageCount={board.projects.pageCount}
            total={board.projects.total}
            noun="projects"
          />
        </section>
      ) : (
        <p>You are not on the judging panel. Appoint judges (yourself included) on the judges and criteria page.</p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only this hack day's judges and organiser can see its judging." }} />;
}
