import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, SelectField, TextAreaField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { lawfulBases, type DataUseText, type LawfulBasis } from "~/domain/project-records";

const labels = {
  whatData: "What data",
  why: "Why",
  lawfulBasis: "Lawful basis",
  whoSees: "Who sees it",
  howLong: "How long it is kept",
};

/**
 * The data-use statement form. Before the statement is first published it can be saved as a
 * draft or published; once published, saving publishes the changes at once (there is no second,
 * private copy), and the form says so beside its one button.
 */
export function DataUseForm({
  values,
  published,
  storedBasis,
}: {
  values: DataUseText & { lawfulBasis: LawfulBasis | null };
  published: boolean;
  /** Free text an older statement held for its basis, when it names none of the list. */
  storedBasis: string | null;
}) {
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id: "data-use",
    lastResult: useFormResult(),
    defaultValue: { ...values, lawfulBasis: values.lawfulBasis ?? "" },
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <p className="mb-5">
          Write for the patient: plain words, short sentences. Say what the product uses, not what the law is called.
        </p>
        <TextAreaField
          meta={fields.whatData}
          label={labels.whatData}
          hint="The information the product uses: for example names, NHS numbers, observations, test results. Say if it is made-up (synthetic) data."
          rows={4}
        />
        <TextAreaField
          meta={fields.why}
          label={labels.why}
          hint="What the data is used for, and why the product needs it."
          rows={4}
        />
        <SelectField
          meta={fields.lawfulBasis}
          label={labels.lawfulBasis}
          hint={
            <>
              The UK GDPR Article 6 basis for using the data. Most NHS direct care uses public task.
              {storedBasis ? ` The statement said: “${storedBasis}”. Choose the basis from the list.` : ""}
            </>
          }
          placeholder="Choose a basis"
          options={lawfulBases.values.map((value) => ({ value, label: lawfulBases.label(value) }))}
        />
        <TextAreaField
          meta={fields.whoSees}
          label={labels.whoSees}
          hint="The people and organisations who can see or receive the data."
          rows={3}
        />
        <TextAreaField
          meta={fields.howLong}
          label={labels.howLong}
          hint="How long the data is kept, and what happens to it then."
          rows={3}
        />
        {published ? (
          <>
            <p className="mb-4 rounded-md border-l-4 border-warning-700 bg-warning-50 p-4" id="data-use-republish">
              This statement is published. Saving publishes your changes on the project page straight away, with
              today&apos;s date: there is no separate draft.
            </p>
            <Button type="submit" name="intent" value="publish" aria-describedby="data-use-republish">
              Save and publish the changes
            </Button>
          </>
        ) : (
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="intent" value="save" variant="secondary">
              Save the draft
            </Button>
            <Button type="submit" name="intent" value="publish">
              Publish the statement
            </Button>
          </div>
        )}
      </Form>
    </>
  );
}
