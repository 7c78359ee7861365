import { getFormProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { RankingTable } from "~/components/hack-days/ranking-table";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { allowsJudgingSetup, resultsArePublished } from "~/domain/hack-day-status";
import { moveHackDayStatus } from "~/models/hack-days.server";
import { publishResultsRefusal } from "~/domain/judging";
import {
  addAward,
  getProvisionalResults,
  listAwards,
  listJudgesWithProgress,
  removeAward,
} from "~/models/judging.server";
import { requireManagedHackDay } from "~/utils/hack-day-route.server";
import { hackDayAwardsPath, hackDayJudgingPath, hackDayPath, hackDayResultsPath } from "~/utils/paths";
import { awardsSchema } from "~/validation/judging";
import { PublishSection } from "./publish-section";
import { done, runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";
import { useSchemaChecks } from "~/components/ui/schema-checks";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Ranking and awards · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  const [ranking, awards, panel] = await Promise.all([
    getProvisionalResults(hackDay.id),
    listAwards(hackDay.id),
    listJudgesWithProgress(hackDay.id),
  ]);
  const scoredProjects = ranking.results.filter((r) => r.rank !== null).length;
  return {
    hackDay: {
      id: hackDay.id,
      name: hackDay.name,
      status: hackDay.status,
      editable: allowsJudgingSetup(hackDay.status),
      published: resultsArePublished(hackDay.status),
    },
    criteria: ranking.criteria.map((c) => ({ id: c.id, name: c.name })),
    results: ranking.results,
    awards,
    publish: {
      refusal: publishResultsRefusal({ inJudging: hackDay.status === "judging", scoredProjects })?.message ?? null,
      unfinished: panel
        .filter((j) => j.done < j.toScore)
        .map((j) => ({ name: j.name, done: j.done, toScore: j.toScore })),
      confirming: new URL(request.url).searchParams.get("publish") === "confirm",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  return runFormAction(request, awardsSchema, async (v) => {
    const result = await (v.intent === "add-award"
      ? addAward({
          hackDayId: hackDay.id,
          actorId: user.id,
          name: v.name,
          description: v.description,
          projectId: v.projectId,
        })
      : v.intent === "remove-award"
        ? removeAward({ hackDayId: hackDay.id, actorId: user.id, awardId: v.awardId })
        : moveHackDayStatus({ id: hackDay.id, to: "results_published", actorId: user.id }));
    if (!result.ok) return result;
    if (v.intent === "publish") return done("results-published", { to: hackDayResultsPath(hackDay) });
    return done(v.intent === "add-award" ? "award-added" : "award-removed", {
      to: hackDayAwardsPath(hackDay),
    });
  });
}

export default function RankingAndAwards() {
  const { hackDay, criteria, results, awards, publish } = useLoaderData<typeof loader>();
  const awardResult = useFormResult("add-award");
  const otherResult = useFormResult(["remove-award", "publish"]);
  const [form, fields] = useForm({
    id: "add-award",
    lastResult: awardResult,
    ...useSchemaChecks("add-award", () => import("~/validation/judging").then((m) => m.addAwardSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  const ranked = results.filter((r) => r.rank !== null);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
          { to: hackDayJudgingPath(hackDay), label: "Judging" },
        ]}
      />
      <PageHeader title="Ranking, awards and publishing" />
      <Notice />
      <FormErrors result={otherResult} />
      {!hackDay.published ? (
        <p className="mb-6 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">
          <strong>Private until you publish.</strong> Only you see this ranking. It shows weighted means, never a single
          judge&apos;s scores or comments.
        </p>
      ) : null}
      <section aria-labelledby="ranking" className="mb-10">
        <h2 id="ranking" className="mb-3 text-2xl">
          {hackDay.published ? "Ranking" : "Ranking so far"}
        </h2>
        {results.length ? (
          <RankingTable
            criteria={criteria}
            rows={results}
            caption="Projects by weighted mean, with the tie-break applied"
          />
        ) : (
          <p>No projects are submitted yet.</p>
        )}
      </section>
      <section aria-labelledby="awards" className="mb-10">
        <h2 id="awards" className="mb-3 text-2xl">
          Awards
        </h2>
        {awards.length ? (
          <ul className="mb-4 grid gap-3 md:grid-cols-2">
            {awards.map((a) => (
              <Card as="li" key={a.id}>
                <p className="font-bold">{a.name}</p>
                <p>{a.projectName}</p>
                {a.description ? <p className="text-sm text-muted">{a.description}</p> : null}
                {hackDay.editable ? (
                  <Form method="post" className="mt-2">
                    <input type="hidden" name="intent" value="remove-award" />
                    <input type="hidden" name="awardId" value={a.id} />
                    <Button type="submit" variant="quiet">
                      Remove<span className="sr-only"> the award {a.name}</span>
                    </Button>
                  </Form>
                ) : null}
              </Card>
            ))}
          </ul>
        ) : (
          <p className="mb-4">No awards yet.</p>
        )}
        {hackDay.editable && results.length ? (
          <Form method="post" {...getFormProps(form)} className="max-w-xl rounded-lg border border-line bg-surface p-4">
            <h3 className="mb-3 text-lg">Name an award</h3>
            <input type="hidden" name="intent" value="add-award" />
            <TextField
              meta={fields.name}
              label="Award name"
              hint="For example: Winner, Runner-up, Best use of open data."
            />
            <TextField meta={fields.description} label="Why (optional)" />
            <SelectField
              meta={fields.projectId}
              label="Project"
              placeholder="Choose a project"
              options={(ranked.length ? ranked : results).map((r) => ({
                value: String(r.projectId),
                label: r.rank ? `${r.rank}. ${r.name}` : r.name,
              }))}
            />
            <Button type="submit" variant="secondary">
              Add the award
            </Button>
          </Form>
        ) : null}
      </section>
      <PublishSection hackDay={hackDay} publish={publish} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only this hack day's organiser can see the ranking before it is published." }} />;
}
