import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { stageLabel } from "~/domain/stages";
import type { StagePageData } from "./route";

type Props = { page: StagePageData };

/** Asking to move on (with the unmet items listed first), withdrawing, override and moving back. */
export function MoveForms({ page }: Props) {
  const { next, pending, unmet, offers } = page;
  return (
    <>
      {pending ? (
        <section aria-labelledby="pending" className="mb-8 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="pending" className="text-xl">
            Waiting for an organiser
          </h2>
          <p className="mt-1">
            The request to move to {stageLabel(pending.toStage).toLowerCase()} was made on{" "}
            {formatDate(new Date(pending.createdAt))}. An organiser will approve it or return it with a reason.
          </p>
          {offers.withdraw ? (
            <Form method="post" className="mt-3">
              <input type="hidden" name="intent" value="withdraw" />
              <Button type="submit" variant="secondary">
                Withdraw the request
              </Button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {next ? (
        <section aria-labelledby="move-on" className="mb-8">
          <h2 id="move-on" className="mb-2 text-2xl">
            Move on to {stageLabel(next).toLowerCase()}
          </h2>
          {unmet.length > 0 ? (
            <>
              <p>
                {unmet.length} required {unmet.length === 1 ? "item is" : "items are"} not met yet. A request is refused
                until {unmet.length === 1 ? "it is" : "they are"}:
              </p>
              <ul className="mt-2 mb-4 list-disc pl-6">
                {unmet.map((item) => (
                  <li key={item.key}>
                    <Link to={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mb-4">Every required item is met.</p>
          )}
          {offers.request ? <RequestForm next={next} /> : null}
          {offers.override ? <OverrideForm next={next} unmet={unmet.length} /> : null}
        </section>
      ) : (
        <p className="mb-8">This project has reached the end of the pipeline.</p>
      )}
      {offers.moveBack ? <MoveBackForm page={page} /> : null}
    </>
  );
}

function RequestForm({ next }: { next: string }) {
  const [form, fields] = useForm<{ note: string }>({ id: "request", lastResult: useFormResult("request") });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-6 rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="intent" value="request" />
      <TextAreaField
        meta={fields.note}
        label="Note for the organisers (optional)"
        hint="Anything that helps them review the evidence: where to look, what changed since last time."
        rows={3}
      />
      <Button type="submit">Ask to move to {stageLabel(next).toLowerCase()}</Button>
    </Form>
  );
}

function OverrideForm({ next, unmet }: { next: string; unmet: number }) {
  const [form, fields] = useForm<{ reason: string }>({ id: "override", lastResult: useFormResult("override") });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-6 rounded-lg border border-warning-700 p-4">
      <h3 className="text-lg">Organisers: move on by override</h3>
      <p className="mt-1 mb-3 text-sm">
        {unmet > 0
          ? `Moves the project to ${stageLabel(next).toLowerCase()} although ${unmet} required ${unmet === 1 ? "item is" : "items are"} unmet. The timeline shows it as an override with your reason.`
          : `Moves the project to ${stageLabel(next).toLowerCase()} without waiting for a request. The timeline shows your reason.`}
      </p>
      <input type="hidden" name="intent" value="override" />
      <TextAreaField meta={fields.reason} label="Reason for the override" rows={3} />
      <Button type="submit" variant="secondary">
        Move to {stageLabel(next).toLowerCase()} by override
      </Button>
    </Form>
  );
}

function MoveBackForm({ page }: Props) {
  const [form, fields] = useForm<{ to: string; reason: string }>({
    id: "move-back",
    lastResult: useFormResult("move-back"),
    defaultValue: { to: page.earlier.at(-1)?.value },
  });
  return (
    <section aria-labelledby="move-back-heading" className="mb-8">
      <h2 id="move-back-heading" className="mb-2 text-2xl">
        Move back
      </h2>
      <p className="mb-3">
        When evidence no longer holds (a pilot site withdrew, a safety case needs redoing), move the project back. The
        team and the timeline see your reason.
      </p>
      <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
        <input type="hidden" name="intent" value="move-back" />
        <SelectField meta={fields.to} label="Move back to" options={page.earlier} />
        <TextAreaField meta={fields.reason} label="Reason for moving back" rows={3} />
        <Button type="submit" variant="secondary">
          Move back
        </Button>
      </Form>
    </section>
  );
}
