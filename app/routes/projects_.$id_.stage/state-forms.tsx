import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { stageLabel } from "~/domain/stages";
import { archiveReasons } from "~/domain/taxonomy";
import type { StagePageData } from "./route";

/** Pausing, resuming and archiving, each with its reason. */
export function StateForms({ page }: { page: StagePageData }) {
  const { offers } = page;
  if (!offers.pause && !offers.resume && !offers.archive) return null;
  return (
    <section aria-labelledby="state-heading" className="mb-8">
      <h2 id="state-heading" className="mb-2 text-2xl">
        Pause or archive
      </h2>
      {offers.resume ? (
        <Form method="post" className="mb-6">
          <p className="mb-2">
            The project is {page.project.state}. Resuming makes it active again at{" "}
            {stageLabel(page.project.stage).toLowerCase()}.
          </p>
          <input type="hidden" name="intent" value="resume" />
          <Button type="submit">Resume the project</Button>
        </Form>
      ) : null}
      {offers.pause ? <PauseForm /> : null}
      {offers.archive ? <ArchiveForm /> : null}
    </section>
  );
}

function PauseForm() {
  const [form, fields] = useForm<{ reason: string }>({ id: "pause", lastResult: useFormResult("pause") });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-6 rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="intent" value="pause" />
      <TextAreaField
        meta={fields.reason}
        label="Why pause the project?"
        hint="For example: waiting for the trust's procurement round. A paused project is not shown as stalled."
        rows={3}
      />
      <Button type="submit" variant="secondary">
        Pause the project
      </Button>
    </Form>
  );
}

function ArchiveForm() {
  const [form, fields] = useForm<{ archiveReason: string; reason: string }>({
    id: "archive",
    lastResult: useFormResult("archive"),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="intent" value="archive" />
      <SelectField
        meta={fields.archiveReason}
        label="Why is the project archived?"
        options={archiveReasons.values.map((value) => ({ value, label: archiveReasons.label(value) }))}
        placeholder="Choose a reason"
      />
      <TextAreaField meta={fields.reason} label="Say a little more" rows={3} />
      <Button type="submit" variant="secondary">
        Archive the project
      </Button>
    </Form>
  );
}
