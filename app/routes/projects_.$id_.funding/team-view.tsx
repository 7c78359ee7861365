import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { formatPounds } from "~/components/people/format";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from "~/components/ui/form";
import { FormErrors, useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { funderKinds, fundingKinds, fundingStatuses } from "~/domain/taxonomy";
import { projectFundingPath, projectPilotsPath } from "~/utils/paths";
import type { FundingPageData } from "./route";

type TeamPage = Extract<FundingPageData, { view: "team" }>;
type Interest = TeamPage["interests"][number];

/** Every interest in the project, with what the team may do about each, and the lead's settings. */
export function TeamView({ page }: { page: TeamPage }) {
  return (
    <>
      {page.isLead ? <SettingsForm page={page} /> : <SettingsSummary page={page} />}
      <section aria-labelledby="interests-heading">
        <h2 id="interests-heading" className="mb-3 text-2xl">
          Funders&apos; interest
        </h2>
        {page.isMember ? null : (
          <p className="mb-3 text-sm text-muted">You see this as an organiser. The team answers funders.</p>
        )}
        {page.interests.length === 0 ? (
          <p>No funder has registered interest yet.</p>
        ) : (
          <ul className="space-y-4">
            {page.interests.map((i) => (
              <InterestCard key={i.id} interest={i} page={page} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function InterestCard({ interest: i, page }: { interest: Interest; page: TeamPage }) {
  const planResult = useFormResult("plan-pilot", i.id);
  // Its reply (a reason missing, the interest closed meanwhile) shows in the decline form itself.
  const declineResult = useFormResult("decline", i.id);
  const declining = page.declining === i.id || declineResult !== undefined;
  return (
    <li id={`interest-${i.id}`} className="scroll-mt-4 rounded-lg border border-line p-4">
      <h3 className="flex flex-wrap items-center gap-2 text-lg">
        {i.funderName}
        {i.funderOrganisation ? <span className="text-base font-normal">({i.funderOrganisation})</span> : null}
        <Badge tone={i.status === "committed" ? "success" : i.status === "declined" ? "danger" : "brand"}>
          {fundingStatuses.label(i.status)}
        </Badge>
      </h3>
      {i.funderKind ? <p className="text-sm text-muted">{funderKinds.label(i.funderKind)}</p> : null}
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Kind</dt>
        <dd>{i.kind ? fundingKinds.label(i.kind) : "Not decided yet"}</dd>
        <dt className="font-semibold">Amount</dt>
        <dd>{i.amount != null ? formatPounds(i.amount) : "Not said"}</dd>
        <dt className="font-semibold">Registered</dt>
        <dd>{formatDate(new Date(i.createdAt))}</dd>
        <dt className="font-semibold">Updated</dt>
        <dd>{formatDate(new Date(i.updatedAt))}</dd>
      </dl>
      {i.status === "declined" && i.declineReason ? (
        <p className="mt-2">
          <span className="font-semibold">The team declined it:</span> {i.declineReason}
        </p>
      ) : null}
      {i.pilotId !== null ? (
        <p className="mt-2">
          A pilot is planned from this offer.{" "}
          {page.isMember ? (
            <Link to={`${projectPilotsPath(page.project)}#pilot-${i.pilotId}`}>See the pilot</Link>
          ) : null}
        </p>
      ) : null}
      <div className="mt-3">
        <FormErrors result={planResult} />
        {i.mayPlanPilot ? (
          <Form method="post" className="mb-3">
            <input type="hidden" name="intent" value="plan-pilot" />
            <input type="hidden" name="interestId" value={i.id} />
            <Button type="submit">{`Plan a pilot with ${i.funderOrganisation || i.funderName}`}</Button>
          </Form>
        ) : null}
        {i.mayDecline ? (
          declining ? (
            <DeclineForm interest={i} page={page} />
          ) : (
            <Link to={`${projectFundingPath(page.project)}?decline=${i.id}#interest-${i.id}`}>
              Decline this interest<span className="sr-only"> from {i.funderName}</span>
            </Link>
          )
        ) : null}
      </div>
    </li>
  );
}

/** Declining cannot be undone: the form shows only after "Decline", and says what happens. */
function DeclineForm({ interest: i, page }: { interest: Interest; page: TeamPage }) {
  const here = projectFundingPath(page.project);
  const [form, fields] = useForm<{ reason: string }>({
    id: `decline-${i.id}`,
    lastResult: useFormResult("decline", i.id),
  });
  return (
    <div className="rounded-md border-4 border-danger-700 p-4">
      <h4 className="mb-2 font-semibold">Decline {i.funderName}&apos;s interest?</h4>
      <p className="mb-3">
        They are told, with your reason. You cannot undo this; they can register interest again later.
      </p>
      <ErrorSummary form={form} labels={{ reason: "Reason" }} />
      <Form method="post" action={`${here}?decline=${i.id}`} {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decline" />
        <input type="hidden" name="interestId" value={i.id} />
        <TextAreaField
          meta={fields.reason}
          label="Why are you declining?"
          hint="For example: we have the funding we need, or our product is not ready for this."
          rows={3}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant="danger">
            Decline the interest
          </Button>
          <ButtonLink to={`${here}#interest-${i.id}`} variant="secondary">
            Cancel
          </ButtonLink>
        </div>
      </Form>
    </div>
  );
}

/** The lead's choices: the public "Has backers" line, and what the team asks funders for. */
function SettingsForm({ page }: { page: TeamPage }) {
  const [form, fields] = useForm<{ showsBackers: string; fundingAsk: string }>({
    id: "settings",
    lastResult: useFormResult("settings"),
    defaultValue: {
      showsBackers: page.showsBackers ? "on" : "",
      fundingAsk: page.fundingAsk != null ? String(page.fundingAsk) : "",
    },
  });
  return (
    <section aria-labelledby="settings-heading" className="mb-8 rounded-lg border border-line bg-surface p-4">
      <h2 id="settings-heading" className="mb-3 text-xl">
        What the project says about funding
      </h2>
      <ErrorSummary form={form} labels={{ fundingAsk: "Funding ask" }} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="settings" />
        <CheckboxField
          meta={fields.showsBackers}
          label="Show publicly that we have backers"
          hint="Once a funder has committed, the project page says “Has backers”. Never who, how many or how much."
        />
        <TextField
          meta={fields.fundingAsk}
          label="What the team is asking funders for (optional)"
          hint="Whole pounds, such as 50000 or £50,000. Funders and the team see it here and on the project page."
          inputMode="numeric"
        />
        <Button type="submit">Save</Button>
      </Form>
    </section>
  );
}

function SettingsSummary({ page }: { page: TeamPage }) {
  return (
    <p className="mb-6">
      The project page {page.showsBackers ? "says" : "does not say"} publicly that it has backers
      {page.showsBackers ? " (once a funder has committed)" : ""}. The team lead chooses this.
    </p>
  );
}
