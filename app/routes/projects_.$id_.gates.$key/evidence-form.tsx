import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ChoiceField, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { gateItemStatuses } from "~/domain/taxonomy";
import type { GatePageData } from "./route";

const statusOptions = gateItemStatuses.values.map((value) => ({ value, label: gateItemStatuses.label(value) }));

type Fields = { status: string; evidence: string; choice: string; notApplicableReason: string };

/** The team's form: status, the evidence the item asks for, and why it does not apply. */
export function EvidenceForm({ page }: { page: GatePageData }) {
  const { item, record } = page;
  const [form, fields] = useForm<Fields>({
    id: "save",
    lastResult: useFormResult("save"),
    defaultValue: {
      status: record?.status ?? "not_started",
      evidence: record?.evidence ?? "",
      choice: record?.choice ?? "",
      notApplicableReason: record?.notApplicableReason ?? "",
    },
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="evidence-heading" className="mb-8">
      <h2 id="evidence-heading" className="mb-2 text-xl">
        Update this item
      </h2>
      {item.verifier && record?.verifiedAt ? (
        <p className="mb-3 rounded-md border-l-4 border-warning-700 bg-warning-50 p-3">
          This item is verified. Changing its status or evidence means it needs verifying again.
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
        <input type="hidden" name="intent" value="save" />
        <ChoiceField meta={fields.status} legend="Status" options={statusOptions} type="radio" />
        {item.evidence === "choice" && item.choices ? (
          <ChoiceField meta={fields.choice} legend="Your answer" options={item.choices} type="radio" />
        ) : null}
        {item.evidence === "link" ? (
          <TextField
            meta={fields.evidence}
            type="url"
            label="Link to the evidence"
            hint="Starting with https://. Needed to mark the item met."
          />
        ) : item.evidence !== "none" ? (
          <TextAreaField
            meta={fields.evidence}
            label={item.evidence === "choice" ? "Your reasoning" : "Evidence"}
            hint={
              item.evidence === "link_or_text"
                ? "Links, a description, or both; a document below counts too. Anyone who can see the project can read this."
                : item.privateEvidence
                  ? "Only the team, verifiers and organisers see this; the public sees only whether the item is met."
                  : "Anyone who can see the project can read this."
            }
            rows={6}
          />
        ) : null}
        <TextAreaField
          meta={fields.notApplicableReason}
          label="If it does not apply: why not"
          hint="Needed when the status is not applicable, e.g. why the product processes no personal data."
          rows={3}
        />
        <Button type="submit">Save this item</Button>
      </Form>
    </section>
  );
}
