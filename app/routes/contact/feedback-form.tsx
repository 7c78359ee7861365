import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ChoiceField, ErrorSummary, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { FEEDBACK_MAX, feedbackTopics } from "~/domain/feedback";

const labels = { topic: "What is it about?", name: "Your name", email: "Your email address", message: "Your message" };
const topicOptions = feedbackTopics.values.map((value) => ({ value, label: feedbackTopics.label(value) }));

/** The contact form: works signed in or not, and with JavaScript off. */
export function FeedbackForm({ topic, signedInAs }: { topic: string | null; signedInAs: string | null }) {
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id: "feedback",
    lastResult: useFormResult(),
    defaultValue: { topic: topic ?? "", name: signedInAs ?? "", email: "", message: "" },
  });
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form method="post" {...getFormProps(form)}>
        <ChoiceField meta={fields.topic} legend={labels.topic} type="radio" options={topicOptions} />
        <TextField meta={fields.name} label={`${labels.name} (optional)`} autoComplete="name" />
        <TextField
          meta={fields.email}
          label={`${labels.email} (optional)`}
          hint="If you would like an answer. Needed for a request about your data."
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <TextAreaField
          meta={fields.message}
          label={labels.message}
          hint={`Up to ${FEEDBACK_MAX.toLocaleString("en-GB")} characters. For a problem, say which page and what you expected.`}
          rows={6}
        />
        <Button type="submit">Send your message</Button>
      </Form>
    </>
  );
}
