import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { formatPounds } from "~/components/people/format";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { ChoiceField, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { fundingKinds, fundingStatuses } from "~/domain/taxonomy";
import { projectFundingPath } from "~/utils/paths";
import type { FundingPageData } from "./route";

type FunderPage = Extract<FundingPageData, { view: "funder" }>;
type Mine = NonNullable<FunderPage["mine"]>;

const labels = { status: "Where it stands", kind: "Kind", amount: "Amount", note: "Your private note" };
const kindOptions = fundingKinds.values.map((value) => ({ value, label: fundingKinds.label(value) }));

/** A funder's own interest (or the form to register one), with the moves and edits open to them. */
export function FunderView({ page }: { page: FunderPage }) {
  const { mine } = page;
  const open = mine !== null && page.moves.length > 0;
  return (
    <>
      {mine ? <InterestSummary mine={mine} /> : null}
      {open ? (
        <>
          <UpdateForm mine={mine} moves={page.moves} />
          <WithdrawControl page={page} mine={mine} />
        </>
      ) : page.mayRegister ? (
        <RegisterForm again={mine !== null} mine={mine} />
      ) : page.registerBlocker ? (
        <p className="rounded-md border-l-4 border-warning-700 bg-warning-50 p-4 font-semibold" role="note">
          {page.registerBlocker}{" "}
          {page.registerBlocker.includes("settings") ? <Link to="/settings">Settings</Link> : null}
        </p>
      ) : null}
    </>
  );
}

function InterestSummary({ mine }: { mine: Mine }) {
  return (
    <section aria-labelledby="yours-heading" className="mb-8 rounded-lg border border-line p-4">
      <h2 id="yours-heading" className="mb-2 flex flex-wrap items-center gap-2 text-xl">
        Your interest{" "}
        <Badge tone={mine.status === "committed" ? "success" : "brand"}>{fundingStatuses.label(mine.status)}</Badge>
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Kind</dt>
        <dd>{mine.kind ? fundingKinds.label(mine.kind) : "Not decided yet"}</dd>
        <dt className="font-semibold">Amount</dt>
        <dd>{mine.amount != null ? formatPounds(mine.amount) : "Not said"}</dd>
        <dt className="font-semibold">Registered</dt>
        <dd>{formatDate(new Date(mine.createdAt))}</dd>
        <dt className="font-semibold">Updated</dt>
        <dd>{formatDate(new Date(mine.updatedAt))}</dd>
      </dl>
      {mine.note ? (
        <p className="mt-3">
          <span className="font-semibold">Your private note</span> (only you see it):{" "}
          <span className="whitespace-pre-line">{mine.note}</span>
        </p>
      ) : null}
      {mine.status === "declined" ? (
        <p className="mt-3">
          <span className="font-semibold">The team declined it:</span> {mine.declineReason || "no reason given."}
        </p>
      ) : mine.status === "withdrawn" ? (
        <p className="mt-3">You withdrew this interest.</p>
      ) : null}
    </section>
  );
}

/** The kind, amount and note fields, shared by the register and update forms. */
function OfferFields({ fields }: { fields: ReturnType<typeof useForm<Record<string, string>>>[1] }) {
  return (
    <>
      <SelectField
        meta={fields.kind!}
        label="Kind (optional until you commit)"
        options={kindOptions}
        placeholder="Not decided yet"
      />
      <TextField
        meta={fields.amount!}
        label="Amount (optional)"
        hint="Whole pounds, such as 25000 or £25,000. Leave it empty for a pilot site or until you know."
        inputMode="numeric"
      />
      <TextAreaField
        meta={fields.note!}
        label={`${labels.note} (optional)`}
        hint="Only you see this: not the team, not organisers."
        rows={3}
      />
    </>
  );
}

function RegisterForm({ again, mine }: { again: boolean; mine: Mine | null }) {
  const [form, fields] = useForm<Record<string, string>>({
    id: "register",
    lastResult: useFormResult("register"),
    defaultValue: mine
      ? { kind: mine.kind ?? "", amount: mine.amount != null ? String(mine.amount) : "", note: mine.note }
      : undefined,
  });
  return (
    <section aria-labelledby="register-heading" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="register-heading" className="mb-2 text-xl">
        {again ? "Register interest again" : "Register interest"}
      </h2>
      <p className="mb-4">
        The team lead is told who you are and what you offer. You can move it on to discussion and commitment later, or
        withdraw it.
      </p>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="register" />
        <OfferFields fields={fields} />
        <Button type="submit">Register interest</Button>
      </Form>
    </section>
  );
}

function UpdateForm({ mine, moves }: { mine: Mine; moves: FunderPage["moves"] }) {
  const [form, fields] = useForm<Record<string, string>>({
    id: "update",
    lastResult: useFormResult("update"),
    defaultValue: {
      status: mine.status,
      kind: mine.kind ?? "",
      amount: mine.amount != null ? String(mine.amount) : "",
      note: mine.note,
    },
  });
  // Where it may go from here, besides withdrawing (its own confirmed form below).
  const statuses = [mine.status, ...moves.filter((s) => s !== "withdrawn")];
  return (
    <section aria-labelledby="update-heading" className="mb-8">
      <h2 id="update-heading" className="mb-2 text-xl">
        Update your interest
      </h2>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="update" />
        {statuses.length > 1 ? (
          <ChoiceField
            meta={fields.status!}
            legend={labels.status}
            hint="An interest moves on, never back. Committing needs a kind."
            type="radio"
            options={statuses.map((value) => ({ value, label: fundingStatuses.label(value) }))}
          />
        ) : (
          <>
            <input type="hidden" name="status" value={mine.status} />
            <p className="mb-5">
              It is {fundingStatuses.label(mine.status).toLowerCase()}. You can change the details or withdraw it.
            </p>
          </>
        )}
        <OfferFields fields={fields} />
        <Button type="submit">Save your interest</Button>
      </Form>
    </section>
  );
}

/** Withdrawing cannot be undone: a link first, then a confirmation that posts (no JavaScript needed). */
function WithdrawControl({ page, mine }: { page: FunderPage; mine: Mine }) {
  const here = projectFundingPath(page.project);
  const committed = mine.status === "committed";
  if (!page.confirmWithdraw)
    return (
      <p>
        <Link to={`${here}?withdraw=confirm#withdraw`}>
          {committed ? "Withdraw your commitment" : "Withdraw your interest"}
        </Link>
      </p>
    );
  return (
    <section
      id="withdraw"
      aria-labelledby="withdraw-heading"
      className="scroll-mt-4 rounded-md border-4 border-danger-700 p-4"
    >
      <h2 id="withdraw-heading" className="mb-2 text-xl">
        {committed ? "Withdraw your commitment?" : "Withdraw your interest?"}
      </h2>
      <p className="mb-4">The team lead is told. You cannot undo this, but you can register interest again later.</p>
      <Form method="post" action={here} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="intent" value="withdraw" />
        <Button type="submit" variant="danger">
          Yes, withdraw it
        </Button>
        <ButtonLink to={here} variant="secondary">
          Keep it
        </ButtonLink>
      </Form>
    </section>
  );
}
