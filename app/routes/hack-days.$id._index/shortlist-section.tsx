import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/form";
import { FormErrors, useFormResult } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { allowsShortlistChanges, allowsTeamChanges } from "~/domain/hack-day-status";
import { careSettings, specialties } from "~/domain/taxonomy";
import { hackDayNewProjectPath, problemPath } from "~/utils/paths";
import type { EventPageData } from "./route";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Shortlisted problems with their demand signal, nominations for the organiser, nominating for clinicians. */
export function ShortlistSection({ page }: { page: EventPageData }) {
  const accepted = page.shortlist.filter((p) => p.status === "accepted");
  const waiting = page.shortlist.filter((p) => p.status === "nominated");
  const declined = page.shortlist.filter((p) => p.status === "declined");
  const canStart = Boolean(
    page.standing?.registration?.status === "registered" &&
    !page.standing.team &&
    allowsTeamChanges(page.hackDay.status),
  );
  const editable = page.canManage && allowsShortlistChanges(page.hackDay.status);
  return (
    <section aria-labelledby="problems" className="mb-10">
      <h2 id="problems" className="mb-2 scroll-mt-4 text-2xl">
        Shortlisted problems
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        Problems posted by clinicians that teams can work on at this hack day. Endorsements show how many people, in how
        many organisations, meet the same problem.
      </p>
      {accepted.length ? (
        <ul className="mb-6 grid gap-4 md:grid-cols-2">
          {accepted.map((p) => (
            <Card as="li" key={p.problemId} className="flex flex-col gap-2">
              <h3 className="text-lg">
                <Link to={problemPath({ id: p.problemId, title: p.title })}>{p.title}</Link>
              </h3>
              <p className="text-sm text-muted">
                {careSettings.label(p.careSetting)} · {specialties.label(p.specialty)}
              </p>
              <p>
                {plural(p.endorsementCount, "endorsement", "endorsements")} from{" "}
                {plural(p.organisationCount, "organisation", "organisations")}
              </p>
              {canStart ? (
                <ButtonLink
                  to={hackDayNewProjectPath(page.hackDay, p.problemId)}
                  variant="secondary"
                  className="self-start"
                >
                  Start a project on this<span className="sr-only">: {p.title}</span>
                </ButtonLink>
              ) : null}
              {editable ? <DecisionButtons problemId={p.problemId} title={p.title} show="declined" /> : null}
            </Card>
          ))}
        </ul>
      ) : (
        <p className="mb-6">No problems are shortlisted yet.</p>
      )}
      {page.canManage && waiting.length ? (
        <>
          <h3 className="mb-2 text-xl">Nominations waiting for your decision</h3>
          <ul className="mb-6 space-y-3">
            {waiting.map((p) => (
              <li key={p.problemId} className="flex flex-wrap items-center gap-3 border-b border-line pb-3">
                <Link to={problemPath({ id: p.problemId, title: p.title })}>{p.title}</Link>
                <span className="text-sm text-muted">
                  nominated by {p.nominatedByName ?? "a clinician"} ·{" "}
                  {plural(p.organisationCount, "organisation", "organisations")}
                </span>
                {editable ? <DecisionButtons problemId={p.problemId} title={p.title} show="both" /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {page.canManage && declined.length ? (
        <details className="mb-6">
          <summary className="cursor-pointer font-semibold">Declined nominations ({declined.length})</summary>
          <ul className="mt-3 space-y-3">
            {declined.map((p) => (
              <li key={p.problemId} className="flex flex-wrap items-center gap-3">
                <Badge>Declined</Badge>
                <Link to={problemPath({ id: p.problemId, title: p.title })}>{p.title}</Link>
                {editable ? <DecisionButtons problemId={p.problemId} title={p.title} show="accepted" /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editable ? <FindProblemForm page={page} /> : null}
      {page.mayNominate ? <NominateForm page={page} /> : null}
    </section>
  );
}

function DecisionButtons({
  problemId,
  title,
  show,
}: {
  problemId: number;
  title: string;
  show: "both" | "accepted" | "declined";
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {show !== "declined" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="shortlist-decide" />
          <input type="hidden" name="problemId" value={problemId} />
          <input type="hidden" name="decision" value="accepted" />
          <Button type="submit" variant="secondary">
            Shortlist<span className="sr-only"> {title}</span>
          </Button>
        </Form>
      ) : null}
      {show !== "accepted" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="shortlist-decide" />
          <input type="hidden" name="problemId" value={problemId} />
          <input type="hidden" name="decision" value="declined" />
          <Button type="submit" variant="quiet">
            {show === "both" ? "Decline" : "Take off the shortlist"}
            <span className="sr-only"> {title}</span>
          </Button>
        </Form>
      ) : null}
    </div>
  );
}

/**
 * The organiser finds a problem by words, number or link (a GET form, so it works without
 * JavaScript) and shortlists one of the matches with a button.
 */
function FindProblemForm({ page }: { page: EventPageData }) {
  const result = useFormResult("shortlist-add");
  const search = page.shortlistSearch;
  return (
    <div className="mb-6 max-w-2xl rounded-lg border border-line bg-surface p-4">
      <Form method="get" action={`${page.href}#find-problem`} preventScrollReset>
        <label htmlFor="find-problem" className="block font-semibold">
          Find a problem to shortlist
        </label>
        <p id="find-problem-hint" className="text-sm text-muted">
          Words from its title or description, its number (like 12) or its link.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="find-problem"
            name="find"
            type="search"
            defaultValue={search?.query ?? ""}
            aria-describedby="find-problem-hint"
            className="min-w-0 flex-1 rounded-md border border-gray-500 bg-white px-3 py-2"
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
      </Form>
      <FormErrors result={result} withFieldErrors />
      {search ? (
        search.candidates.length === 0 ? (
          <p className="mt-3" role="status">
            No open or in-progress problem matches &ldquo;{search.query}&rdquo;.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-line" aria-label={`Problems matching ${search.query}`}>
            {search.candidates.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link to={problemPath(p)}>{p.title}</Link> <span className="text-sm text-muted">#{p.id}</span>
                </span>
                {p.shortlisted ? (
                  <Badge tone="success">Shortlisted</Badge>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="shortlist-add" />
                    <input type="hidden" name="problem" value={String(p.id)} />
                    <Button type="submit" variant="secondary">
                      Shortlist<span className="sr-only"> {p.title}</span>
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function NominateForm({ page }: { page: EventPageData }) {
  const [form, fields] = useForm({
    id: "nominate",
    lastResult: useFormResult("nominate"),
    ...useSchemaChecks("nominate", () => import("~/validation/hack-days").then((m) => m.hackDayActionSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  if (page.nominatable.length === 0) {
    return (
      <p className="max-w-xl rounded-lg border border-line bg-surface p-4">
        You have no open problems to nominate for this hack day. <Link to="/problems/new">Post a problem</Link> and come
        back to nominate it.
      </p>
    );
  }
  return (
    <Form method="post" {...getFormProps(form)} className="max-w-xl rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="intent" value="nominate" />
      <SelectField
        meta={fields.problemId}
        label="Nominate one of your problems"
        hint="The organiser decides which problems make the shortlist."
        placeholder="Choose a problem"
        options={page.nominatable.map((p) => ({ value: String(p.id), label: p.title }))}
      />
      <Button type="submit" variant="secondary">
        Nominate
      </Button>
    </Form>
  );
}
