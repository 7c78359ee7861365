import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { RichText } from "~/components/rich-text";
import { Button } from "~/components/ui/button";
import { ChoiceField, ErrorSummary, TextAreaField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { acceptsScores } from "~/domain/hack-day-status";
import { conflictMessage } from "~/domain/judging";
import { getScoreSheet, isJudge, saveScores } from "~/models/judging.server";
import { listProjectScreenshots } from "~/models/screenshots.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { hackDayJudgingPath, hackDayPath } from "~/utils/paths";
import { scoreSheetSchema, type ScoreSheetInput } from "~/validation/judging";
import { done, runFormAction } from "~/utils/form-action.server";
import { useFormResult } from "~/components/ui/notice";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";
import { useSchemaChecks } from "~/components/ui/schema-checks";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Score ${data?.project.name ?? "a project"} · Hackpath` },
];

const scoreOptions = [
  { value: "1", label: "1: weak" },
  { value: "2", label: "2: fair" },
  { value: "3", label: "3: good" },
  { value: "4", label: "4: very good" },
  { value: "5", label: "5: outstanding" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  if (!(await isJudge({ hackDayId: hackDay.id, userId: user.id })))
    forbidden("Only this hack day's judges can score its projects.");
  const projectId = requireIdParam(params.projectId, "project");
  const sheet = await getScoreSheet({ hackDayId: hackDay.id, projectId, judgeId: user.id });
  if (!sheet) notFound("That project was not submitted to this hack day.");
  const own = new Map(sheet.scores.map((s) => [s.criterionId, s]));
  return {
    hackDay: { id: hackDay.id, name: hackDay.name, scoring: acceptsScores(hackDay.status) },
    project: sheet.project,
    screenshots: sheet.conflict ? [] : await listProjectScreenshots(projectId),
    criteria: sheet.criteria,
    refusal: sheet.conflict ? conflictMessage(sheet.conflict) : null,
    defaults: {
      scores: sheet.criteria.map((c) => ({
        criterionId: String(c.id),
        score: own.has(c.id) ? String(own.get(c.id)!.score) : "",
        comment: own.get(c.id)?.comment ?? "",
      })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const projectId = requireIdParam(params.projectId, "project");
  return runFormAction(request, scoreSheetSchema, async (sheet) => {
    const result = await saveScores({ hackDayId: hackDay.id, projectId, judgeId: user.id, sheet });
    return result.ok ? done("scored", { to: hackDayJudgingPath(hackDay) }) : result;
  });
}

export default function ScoreSheet() {
  const { hackDay, project, screenshots, criteria, refusal, defaults } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const navigation = useNavigation();
  const [form, fields] = useForm<ScoreSheetInput>({
    id: "score-sheet",
    lastResult,
    defaultValue: defaults,
    ...useSchemaChecks("score-sheet", () => import("~/validation/judging").then((m) => m.scoreSheetSchema), {
      shouldValidate: "onSubmit",
      shouldRevalidate: "onInput",
    }),
  });
  const rows = fields.scores.getFieldList();
  const labels = Object.fromEntries(
    criteria.flatMap((c, i) => [
      [`scores[${i}].score`, c.name],
      [`scores[${i}].comment`, `${c.name} comment`],
    ]),
  );
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
          { to: hackDayJudgingPath(hackDay), label: "Judging" },
        ]}
      />
      <PageHeader title={`Score ${project.name}`} lead={project.tagline || undefined} />
      {refusal ? (
        <p role="alert" className="rounded-md border-4 border-danger-700 p-4 font-semibold text-danger-700">
          {refusal}
        </p>
      ) : (
        <>
          <section aria-labelledby="about-project" className="mb-8">
            <h2 id="about-project" className="mb-2 text-2xl">
              About the project
            </h2>
            <RichText text={project.description} className="mb-3" />
            <ul className="mb-3 flex flex-wrap gap-x-6 gap-y-1">
              {project.demoUrl ? (
                <li>
                  <a href={project.demoUrl} rel="nofollow noopener noreferrer">
                    Demo
                  </a>
                </li>
              ) : null}
              {project.repoUrl ? (
                <li>
                  <a href={project.repoUrl} rel="nofollow noopener noreferrer">
                    Repository
                  </a>
                </li>
              ) : null}
              {project.videoUrl ? (
                <li>
                  <a href={project.videoUrl} rel="nofollow noopener noreferrer">
                    Video
                  </a>
                </li>
              ) : null}
            </ul>
            {screenshots.length ? (
              <ul className="grid gap-3 sm:grid-cols-2">
                {screenshots.map((s) => (
                  <li key={s.id}>
                    <img src={s.src} alt={s.alt} className="w-full rounded border border-line" loading="lazy" />
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          {!hackDay.scoring ? (
            <p className="mb-4 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">
              Scoring is not open: it happens while the hack day is in judging.
            </p>
          ) : null}
          <ErrorSummary form={form} labels={labels} />
          <Form method="post" {...getFormProps(form)}>
            {rows.map((row, i) => {
              const f = row.getFieldset();
              const criterion = criteria[i];
              if (!criterion) return null;
              return (
                <section
                  key={row.key}
                  aria-labelledby={`criterion-${criterion.id}`}
                  className="mb-6 rounded-lg border border-line p-4"
                >
                  <h2 id={`criterion-${criterion.id}`} className="text-xl">
                    {criterion.name}{" "}
                    <span className="text-base font-normal text-muted">(weight {criterion.weight})</span>
                  </h2>
                  {criterion.description ? <p className="mb-3 text-muted">{criterion.description}</p> : null}
                  <input {...getInputProps(f.criterionId, { type: "hidden" })} />
                  <ChoiceField
                    meta={f.score}
                    legend={`Score for ${criterion.name}`}
                    type="radio"
                    options={scoreOptions}
                  />
                  <TextAreaField
                    meta={f.comment}
                    label={`Comment on ${criterion.name} (optional)`}
                    hint="The team sees it, without your name, when the results are published."
                    rows={3}
                  />
                </section>
              );
            })}
            <Button type="submit" disabled={navigation.state === "submitting" || !hackDay.scoring}>
              Save scores
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      messages={{
        403: "Only this hack day's judges can score its projects, and never a project they are on or declared a conflict with.",
      }}
    />
  );
}
