import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
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
import { requireManagedHackDay } from "~/utils/hack-day-route.server";
import { hackDayJudgingPath, hackDayPath, hackDaySetupPath } from "~/utils/paths";
import { judgingSetupSchema, type JudgingSetupAction } from "~/validation/judging";
import { AddCriterionForm, AppointForm, CriteriaForm } from "./forms";
import { done, runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import type { NoticeCode } from "~/domain/notices";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Judges and criteria · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  const [judges, criteria] = await Promise.all([listJudgesWithProgress(hackDay.id), listCriteria(hackDay.id)]);
  return {
    hackDay: { id: hackDay.id, name: hackDay.name, editable: allowsJudgingSetup(hackDay.status) },
    judges,
    criteria,
  };
}

const setupNotices = {
  "appoint-judge": "judge-appointed",
  "remove-judge": "judge-removed",
  "save-criteria": "criteria-saved",
  "add-criterion": "criteria-saved",
  "remove-criterion": "criteria-saved",
} satisfies Record<JudgingSetupAction["intent"], NoticeCode>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  const base = { hackDayId: hackDay.id, actorId: user.id };
  return runFormAction(request, judgingSetupSchema, async (v) => {
    const result = await (v.intent === "appoint-judge"
      ? appointJudge({ ...base, email: v.email })
      : v.intent === "remove-judge"
        ? removeJudge({ ...base, userId: v.userId })
        : v.intent === "save-criteria"
          ? saveCriteria({ ...base, criteria: v.criteria })
          : v.intent === "add-criterion"
            ? addCriterion({ ...base, name: v.name, description: v.description, weight: v.weight })
            : removeCriterion({ ...base, criterionId: v.criterionId }));
    return result.ok ? done(setupNotices[v.intent], { to: hackDaySetupPath(hackDay) }) : result;
  });
}

export default function JudgingSetup() {
  const { hackDay, judges, criteria } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
          { to: hackDayJudgingPath(hackDay), label: "Judging" },
        ]}
      />
      <PageHeader
        title="Judges and criteria"
        lead="Appoint the judging panel and set what they score. Judges see only their own scores; nobody sees anyone's scores until you publish the results."
      />
      <Notice />
      <FormErrors result={lastResult} />
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
        {hackDay.editable ? <AppointForm /> : null}
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
          <CriteriaForm key={criteria.map((c) => `${c.id}:${c.weight}:${c.name}`).join("|")} criteria={criteria} />
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
          <AddCriterionForm />
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
