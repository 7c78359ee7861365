import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { careSettings, specialties } from "~/domain/taxonomy";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { canvasLabels, parseTagList } from "~/domain/problem-canvas";
import type { problemFormSchema } from "~/validation/problems";
import { CanvasView, canvasGuide, type CanvasValues } from "./canvas";

export type CanvasPreview = CanvasValues & { tags?: string | null };

const options = (v: { values: readonly string[]; label: (value: string) => string }) =>
  v.values.map((value) => ({ value, label: v.label(value) }));

/** A field with its guidance (linked to the control) and an example beside it on wide screens. */
function Guided({ name, children }: { name: keyof typeof canvasGuide; children: ReactNode }) {
  return (
    <div className="md:grid md:grid-cols-[minmax(0,1fr)_17rem] md:gap-6">
      <div>{children}</div>
      <div className="mb-5 rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-sm md:mt-7">
        <p className="font-semibold">Example</p>
        <p className="mt-1">{canvasGuide[name].example}</p>
      </div>
    </div>
  );
}

/**
 * The canvas form for posting and editing a problem. Works without JavaScript: "Preview" posts
 * with intent=preview and the page comes back with the preview and everything typed kept;
 * "submitLabel" posts for real. With JavaScript the same schema checks fields as people go.
 */
export function CanvasForm({
  id,
  lastResult,
  defaultValue,
  preview,
  submitLabel,
  cancelHref,
}: {
  id: string;
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaultValue?: Partial<Record<keyof CanvasPreview, string>>;
  preview: CanvasPreview | null | undefined;
  submitLabel: string;
  cancelHref: string;
}) {
  const [form, fields] = useForm<z.input<typeof problemFormSchema>>({
    id,
    lastResult,
    defaultValue,
    ...useSchemaChecks(id, () => import("~/validation/problems").then((m) => m.problemFormSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formMethod === "POST";
  const previewRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);
  const previewTags = preview ? parseTagList(preview.tags) : [];

  return (
    <>
      {preview ? (
        <section aria-labelledby={`${id}-preview`} className="mb-10 rounded-lg border-2 border-brand-600 p-4 sm:p-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Preview: not posted yet</p>
          <h2 id={`${id}-preview`} ref={previewRef} tabIndex={-1} className="mt-1 text-2xl focus:outline-none">
            {preview.title}
          </h2>
          <div className="mt-4">
            <CanvasView values={preview} headingLevel={3} changeLinkFor={(field) => `#${id}-${field}`} />
          </div>
          {previewTags.length ? <p className="mt-4 text-sm">Tags: {previewTags.join(", ")}</p> : null}
          <p className="mt-6 text-sm text-muted">
            Check it reads well, change anything below, then choose “{submitLabel}”.
          </p>
        </section>
      ) : null}

      <div role="note" className="mb-8 rounded-md border-l-8 border-warning-700 bg-warning-50 p-4">
        <h2 className="text-lg">Do not include patient-identifiable information</h2>
        <p className="mt-1">
          Everything you write here is public. Leave out names, NHS numbers, dates of birth, addresses, photos and rare
          details that could identify a patient, carer or colleague. Describe the problem, not a person.
        </p>
      </div>

      <ErrorSummary form={form} labels={canvasLabels} />
      <Form method="post" {...getFormProps(form)} className="max-w-5xl">
        <Guided name="title">
          <TextField meta={fields.title} label={canvasGuide.title.label} hint={canvasGuide.title.guidance} />
        </Guided>
        <Guided name="summary">
          <TextAreaField
            meta={fields.summary}
            label={canvasGuide.summary.label}
            hint={canvasGuide.summary.guidance}
            rows={6}
          />
        </Guided>
        <Guided name="whoAffected">
          <TextAreaField
            meta={fields.whoAffected}
            label={canvasGuide.whoAffected.label}
            hint={canvasGuide.whoAffected.guidance}
            rows={3}
          />
        </Guided>
        <Guided name="frequency">
          <TextField
            meta={fields.frequency}
            label={canvasGuide.frequency.label}
            hint={canvasGuide.frequency.guidance}
          />
        </Guided>
        <Guided name="currentWorkaround">
          <TextAreaField
            meta={fields.currentWorkaround}
            label={`${canvasGuide.currentWorkaround.label} (optional)`}
            hint={canvasGuide.currentWorkaround.guidance}
            rows={3}
          />
        </Guided>
        <Guided name="idealOutcome">
          <TextAreaField
            meta={fields.idealOutcome}
            label={canvasGuide.idealOutcome.label}
            hint={canvasGuide.idealOutcome.guidance}
            rows={3}
          />
        </Guided>
        <Guided name="careSetting">
          <SelectField
            meta={fields.careSetting}
            label={canvasGuide.careSetting.label}
            hint={canvasGuide.careSetting.guidance}
            options={options(careSettings)}
            placeholder="Choose a care setting"
          />
        </Guided>
        <Guided name="specialty">
          <SelectField
            meta={fields.specialty}
            label={canvasGuide.specialty.label}
            hint={canvasGuide.specialty.guidance}
            options={options(specialties)}
            placeholder="Choose a specialty"
          />
        </Guided>
        <Guided name="dataAvailable">
          <TextAreaField
            meta={fields.dataAvailable}
            label={`${canvasGuide.dataAvailable.label} (optional)`}
            hint={canvasGuide.dataAvailable.guidance}
            rows={3}
          />
        </Guided>
        <Guided name="dataConstraints">
          <TextAreaField
            meta={fields.dataConstraints}
            label={`${canvasGuide.dataConstraints.label} (optional)`}
            hint={canvasGuide.dataConstraints.guidance}
            rows={3}
          />
        </Guided>
        <Guided name="tags">
          <TextField
            meta={fields.tags}
            label={`${canvasGuide.tags.label} (optional)`}
            hint={canvasGuide.tags.guidance}
          />
        </Guided>

        <div className="max-w-3xl">
          <CheckboxField
            meta={fields.noPiiConfirmed}
            label="I confirm this problem contains no patient-identifiable information"
            hint="No names, NHS numbers, dates of birth, addresses, images or rare details about a real person."
          />
        </div>

        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Button type="submit" name="intent" value="preview" variant="secondary" disabled={busy}>
            Preview
          </Button>
          <Button type="submit" name="intent" value="save" disabled={busy}>
            {submitLabel}
          </Button>
          <Link to={cancelHref}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}
