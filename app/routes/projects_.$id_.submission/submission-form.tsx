import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { CheckboxField, ErrorSummary, FieldError, TextAreaField, TextField } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { MAX_SCREENSHOTS } from "~/domain/screenshots";
import type { SubmissionInput } from "~/validation/submissions";

type Screenshot = { id: number; src: string; alt: string };
/** The form's fields as text, the way the browser posts them. */
export type SubmissionDefaults = {
  name: string;
  tagline: string;
  description: string;
  repoUrl: string;
  demoUrl: string;
  videoUrl: string;
  tech: string;
  licence: string;
  declaredNoPii: string;
  declaredMaySubmit: string;
  declaredIpPolicy: string;
  screenshots: { id: string; alt: string; remove?: string }[];
};

const labels = {
  name: "Project name",
  tagline: "Tagline",
  description: "What you built",
  repoUrl: "Repository link",
  demoUrl: "Demo link",
  videoUrl: "Video link",
  tech: "Technology",
  licence: "Licence",
  uploads: "Screenshots",
  declaredNoPii: "No patient-identifiable data",
  declaredMaySubmit: "Permission to submit",
  declaredIpPolicy: "Employer IP policy",
};

/** The submission form: details, links, screenshots and the three declarations. */
export function SubmissionForm({
  lastResult,
  defaults,
  screenshots,
  firstSubmission,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaults: SubmissionDefaults;
  screenshots: Screenshot[];
  firstSubmission: boolean;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm<SubmissionInput>({
    id: "submission",
    lastResult,
    defaultValue: defaults,
    ...useSchemaChecks("submission", () => import("~/validation/submissions").then((m) => m.submissionSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  const existing = fields.screenshots.getFieldList();
  const uploads = fields.uploads;
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <TextField meta={fields.name} label={labels.name} />
        <TextField meta={fields.tagline} label={labels.tagline} hint="One line that says what it does and for whom." />
        <TextAreaField
          meta={fields.description}
          label={labels.description}
          hint="The problem, what you built, who tried it and what you learned."
          rows={8}
        />
        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">Links</legend>
          <TextField
            meta={fields.repoUrl}
            label={`${labels.repoUrl} (optional)`}
            type="url"
            hint="A web address starting with https://"
          />
          <TextField meta={fields.demoUrl} label={`${labels.demoUrl} (optional)`} type="url" />
          <TextField meta={fields.videoUrl} label={`${labels.videoUrl} (optional)`} type="url" />
        </fieldset>
        <TextField
          meta={fields.tech}
          label="Technology (optional)"
          hint="For example: React, Python, FHIR, SNOMED CT."
        />
        <TextField
          meta={fields.licence}
          label={labels.licence}
          hint="The open-source licence of the code, such as MIT, Apache-2.0 or OGL."
        />

        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">Screenshots</legend>
          {existing.length ? (
            <ul className="mb-4 grid gap-4 sm:grid-cols-2">
              {existing.map((item, i) => {
                const shot = item.getFieldset();
                const stored = screenshots.find((s) => String(s.id) === String(shot.id.value ?? shot.id.initialValue));
                return (
                  <li key={item.key} className="rounded-lg border border-line p-3">
                    {stored ? (
                      <img
                        src={stored.src}
                        alt={stored.alt || `Screenshot ${i + 1}`}
                        className="mb-2 aspect-video w-full rounded object-cover"
                      />
                    ) : null}
                    <input {...getInputProps(shot.id, { type: "hidden" })} />
                    <TextField
                      meta={shot.alt}
                      label={`Describe screenshot ${i + 1} (optional)`}
                      hint="What it shows, for people who cannot see it."
                    />
                    <CheckboxField meta={shot.remove} label={`Remove screenshot ${i + 1}`} />
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div className="mb-2">
            <label htmlFor={uploads.id} className="block font-semibold">
              Add screenshots (optional)
            </label>
            <p id={`${uploads.id}-hint`} className="mt-0.5 text-sm text-muted">
              PNG, JPEG or WebP, up to 2 MB each, {MAX_SCREENSHOTS} in all. If the form comes back with an error, choose
              the files again.
            </p>
            <FieldError meta={uploads} />
            <input
              {...getInputProps(uploads, { type: "file", ariaDescribedBy: `${uploads.id}-hint` })}
              multiple
              accept="image/png,image/jpeg,image/webp"
              className="mt-2 block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-brand-600 file:bg-white file:px-4 file:font-semibold file:text-brand-700"
            />
          </div>
        </fieldset>

        <fieldset className="mb-5">
          <legend className="mb-2 text-lg font-semibold">Declarations</legend>
          <p className="mb-3 text-sm text-muted">All three are needed to submit.</p>
          <CheckboxField
            meta={fields.declaredNoPii}
            label="No patient-identifiable data was used to build or demonstrate this project."
          />
          <CheckboxField
            meta={fields.declaredMaySubmit}
            label="The team may submit this work: it is ours to share, and anything we reused is credited and licensed for it."
          />
          <CheckboxField
            meta={fields.declaredIpPolicy}
            label="Team members employed by the NHS have considered their employer's intellectual property policy."
          />
        </fieldset>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {firstSubmission ? "Submit the project" : "Save the submission"}
        </Button>
      </Form>
    </>
  );
}
