import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField } from "~/components/ui/form";
import { FormErrors, useFormResult } from "~/components/ui/notice";

type Requestable = { id: number; name: string; refusal: string | null };

/** "Ask to mentor": for the viewer's own projects the rule allows; the rest say why not. */
export function RequestMentorForm({ mentorName, projects }: { mentorName: string; projects: Requestable[] }) {
  const result = useFormResult("request");
  const [form, fields] = useForm<{ projectId: string; message: string }>({ id: "request", lastResult: result });
  const open = projects.filter((p) => !p.refusal);
  const closed = projects.filter((p) => p.refusal);
  return (
    <section aria-labelledby="ask-heading" className="mt-5 border-t border-line pt-4">
      <h2 id="ask-heading" className="text-xl">
        Ask {mentorName} to mentor
      </h2>
      {open.length > 0 ? (
        <Form method="post" {...getFormProps(form)} className="mt-2">
          <FormErrors result={result} />
          <input type="hidden" name="intent" value="request" />
          {open.length === 1 ? (
            <>
              <input type="hidden" name="projectId" value={open[0]!.id} />
              <p className="mb-3">For {open[0]!.name}.</p>
            </>
          ) : (
            <SelectField
              meta={fields.projectId}
              label="Which project"
              options={open.map((p) => ({ value: String(p.id), label: p.name }))}
              placeholder="Choose a project you lead"
            />
          )}
          <TextAreaField
            meta={fields.message}
            label="Message (optional)"
            hint="What you would like help with, and where the project stands."
            rows={4}
          />
          <Button type="submit">Ask to mentor</Button>
        </Form>
      ) : null}
      {closed.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm text-muted">
          {closed.map((p) => (
            <li key={p.id}>
              {p.name}: {p.refusal}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
