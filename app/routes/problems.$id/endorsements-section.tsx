import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { z } from "zod";
import { ConfirmEmailGate } from "~/components/account/confirm-email-gate";
import { Pagination } from "~/components/ui/pagination";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/form";
import { Time } from "~/components/ui/time";
import type { endorseSchema } from "~/validation/problems";
import type { ProblemPageData } from "./route";
import { resultFor, useFormReply, type FormReply } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";

/** The demand signal: how many people in how many organisations, the endorse form, the endorsers. */
export function EndorsementsSection({ page }: { page: ProblemPageData }) {
  const actionData = useFormReply();
  const { problem, viewer, endorsements } = page;
  return (
    <section
      id="endorsements"
      aria-labelledby="endorsements-heading"
      className="rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="endorsements-heading" className="text-xl">
        Happens here too
      </h2>
      <p className="mt-2">
        <span className="block text-3xl font-bold">{problem.endorsementCount.toLocaleString("en-GB")}</span>
        {problem.endorsementCount === 1 ? "person" : "people"} in{" "}
        <strong>{problem.organisationCount.toLocaleString("en-GB")}</strong>{" "}
        {problem.organisationCount === 1 ? "organisation" : "organisations"} meet this problem too.
      </p>

      <div className="mt-4">
        {viewer.myEndorsement ? (
          <Form method="post" className="space-y-2">
            <p>
              You endorsed this for <strong>{viewer.myEndorsement.organisation}</strong>.
            </p>
            <input type="hidden" name="intent" value="withdraw" />
            <Button type="submit" variant="secondary">
              Withdraw my endorsement
            </Button>
          </Form>
        ) : viewer.canEndorse && page.emailGates.endorse ? (
          <ConfirmEmailGate gate={page.emailGates.endorse} />
        ) : viewer.canEndorse && viewer.endorsementDefaults ? (
          <EndorseForm defaults={viewer.endorsementDefaults} actionData={actionData} />
        ) : !viewer.signedIn ? (
          <p>
            Clinicians can <Link to={`/login?redirectTo=${encodeURIComponent(page.href)}`}>sign in</Link> to say this
            happens to them too.
          </p>
        ) : viewer.isAuthor ? (
          <p className="text-muted">
            You posted this problem. Share it with colleagues elsewhere so they can endorse it.
          </p>
        ) : problem.status === "closed" || problem.status === "duplicate" ? (
          <p className="text-muted">This problem is closed, so it takes no new endorsements.</p>
        ) : (
          <p className="text-muted">Only clinicians can endorse problems. You can still comment below.</p>
        )}
      </div>

      {endorsements.items.length ? (
        <>
          <h3 className="mt-6 text-lg">Who endorsed it</h3>
          <ul className="mt-2 space-y-3">
            {endorsements.items.map((e) => (
              <li key={e.id} className="border-t border-line pt-2">
                <p>
                  <strong>{e.name}</strong>, {e.organisation}
                </p>
                {e.note ? <p className="mt-1 text-sm">“{e.note}”</p> : null}
                <p className="text-xs text-muted">
                  <Time value={e.createdAt} />
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            param="endorsements"
            page={endorsements.page}
            pageCount={endorsements.pageCount}
            anchor="endorsements"
            label="Endorsements"
          />
        </>
      ) : null}
    </section>
  );
}

function EndorseForm({
  defaults,
  actionData,
}: {
  defaults: { organisation: string };
  actionData: FormReply | undefined;
}) {
  const [form, fields] = useForm<z.input<typeof endorseSchema>>({
    id: "endorse-form",
    lastResult: resultFor(actionData, "endorse"),
    defaultValue: defaults,
    ...useSchemaChecks("endorse-form", () => import("~/validation/problems").then((m) => m.endorseSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="endorse" />
      <TextField
        meta={fields.organisation}
        label="Your organisation"
        hint="Endorsements are counted by organisation: the number of places that meet it."
        autoComplete="organization"
      />
      <TextAreaField
        meta={fields.note}
        label="A note (optional)"
        hint="How it shows up where you work. Public; no patient details."
        rows={3}
      />
      <Button type="submit">This happens here too</Button>
    </Form>
  );
}
