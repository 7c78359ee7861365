import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { ActionErrors, Notice } from "~/components/hack-days/notices";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { allowsJudgingSetup } from "~/domain/hack-day-status";
import { MAX_WEIGHT, MIN_WEIGHT } from "~/domain/judging";
import {
  addCriterion,
  appointJudge,
  listCriteria,
  listJudgesWithProgress,
  removeCriterion,
  removeJudge,
  saveCriteria,
} from "~/models/judging.server";
import { hackDayHref, refusalReply, requireManagedHackDay } from "~/utils/hack-day-route.server";
import { judgingSetupSchema } from "~/validation/judging";
import { AddCriterionForm, AppointForm, CriteriaForm } from "./forms";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Judges and criteria · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  const [judges, criteria] = await Promise.all([listJudgesWithProgress(hackDay.id), listCriteria(hackDay.id)]);
  return {
    hackDay: { name: hackDay.name, href: hackDayHref(hackDay), editable: allowsJudgingSetup(hackDay.status) },
    judges,
    criteria,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  const submission = parseWithZod(await readForm(request), { schema: judgingSetupSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const v = submission.value;
  const base = { hackDayId: hackDay.id, actorId: user.id };
  const result = await (v.intent === "appoint-judge"
    ? appointJudge({ ...base, email: v.email })
    : v.intent === "remove-judge"
      ? removeJudge({ ...base, userId: v.userId })
      : v.intent === "save-criteria"
        ? saveCriteria({ ...base, criteria: v.criteria })
        : v.intent === "add-criterion"
          ? addCriterion({ ...base, name: v.name, description: v.description, weight: v.weight })
          : removeCriterion({ ...base, criterionId: v.criterionId }));
  if (!result.ok) return refusalReply(submission, result);
  const notice = {
    "appoint-judge": "judge-appointed",
    "remove-judge": "judge-removed",
    "save-criteria": "criteria-saved",
    "add-criterion": "criteria-saved",
    "remove-criterion": "criteria-saved",
  }[v.intent];
  throw redirect(`${hackDayHref(hackDay)}/judging/setup?notice=${notice}`);
}

type Result = SubmissionResult<string[]> | undefined;
const resultFor = (result: Result, intent: string): Result =>
  (result?.initialValue as { intent?: string } | undefined)?.intent === intent ? result : undefined;

export default function JudgingSetup() {
  const { hackDay, judges, criteria } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link to={hackDay.href}>Back to {hackDay.name}</Link> · <Link to={`${hackDay.href}/judging`}>Judging</Link>
      </p>
      <PageHeader
        title="Judges and criteria"
        lead="Appoint the judging panel and set what they score. Judges see only their own scores; nobody sees anyone's scores until you publish the results."
      />
      <Notice code={searchParams.get("notice")} />
      <ActionErrors result={lastResult} />
      {!hackDay.editable ? (
        <p className="mb-6 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">
          The results are published, so judging can no longer change.
        </p>
      ) : null}

      <section aria-labelledby="judges" className="mb-10">
        <h2 id="judges" className="mb-3 text-2xl">
          Judges
        </h2>
        {judges.length ? (
          <ul className="mb-4 divide-y divide-line border-y border-line">
            {judges.map((j) => (
              <li key={j.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <span className="font-semibold">{j.name}</span>{" "}
                  <span className="text-muted">
                    · scored {j.done} of {j.toScore}
                    {j.conflicts ? ` · ${j.conflicts} ${j.conflicts === 1 ? "conflict" : "conflicts"}` : ""}
                  </span>
                </span>
                {hackDay.editable ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove-judge" />
                    <input type="hidden" name="userId" value={j.userId} />
                    <Button type="submit" variant="quiet">
                      Remove<span className="sr-only"> {j.name} from the panel</span>
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">No judges yet.</p>
        )}
        {hackDay.editable ? <AppointForm lastResult={resultFor(lastResult, "appoint-judge")} /> : null}
      </section>

      <section aria-labelledby="criteria" className="mb-10">
        <h2 id="criteria" className="mb-2 text-2xl">
          Criteria
        </h2>
        <p className="mb-4 text-muted">
          Judges score each criterion from 1 to 5. Weights ({MIN_WEIGHT} to {MAX_WEIGHT}) are relative: a criterion
          weighted 40 counts twice as much as one weighted 20. Ties are broken by more judges, then the highest-weighted
          criterion, then the earlier submission.
        </p>
        {hackDay.editable ? (
          <CriteriaForm
            key={criteria.map((c) => `${c.id}:${c.weight}:${c.name}`).join("|")}
            criteria={criteria}
            lastResult={resultFor(lastResult, "save-criteria")}
          />
        ) : null}
        {hackDay.editable && criteria.length > 1 ? (
          <ul className="mb-6 flex flex-wrap gap-3">
            {criteria.map((c) => (
              <li key={c.id}>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-criterion" />
                  <input type="hidden" name="criterionId" value={c.id} />
                  <Button type="submit" variant="quiet">
                    Remove “{c.name}”
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
        {hackDay.editable ? (
          <AddCriterionForm lastResult={resultFor(lastResult, "add-criterion")} />
        ) : (
          <ul className="list-disc pl-6">
            {criteria.map((c) => (
              <li key={c.id}>
                {c.name} (weight {c.weight})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only this hack day's organiser can set up its judging." }} />;
}
