import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextAreaField, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { Time } from "~/components/ui/time";
import { storyPath } from "~/utils/paths";

type Story = {
  id: number;
  metric: string;
  storyTitle: string | null;
  storyBody: string | null;
  publishedAt: string | Date | null;
};

const labels = { storyTitle: "Story title", storyBody: "The story" };

/**
 * The organiser's forms for one outcome's success story: publish it (or reword it while it is
 * published) with a title and body, and withdraw it.
 */
export function StoryForms({ outcome, blocker }: { outcome: Story; blocker: string | null }) {
  const published = outcome.publishedAt !== null;
  const [form, fields] = useForm<Record<keyof typeof labels, string>>({
    id: `story-${outcome.id}-form`,
    lastResult: useFormResult("publish-story", outcome.id),
    defaultValue: { storyTitle: outcome.storyTitle ?? "", storyBody: outcome.storyBody ?? "" },
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mt-4 rounded-md bg-surface p-4">
      <h4 className="text-lg">Success story</h4>
      {published && outcome.storyTitle ? (
        <p className="mb-3">
          Published <Time value={outcome.publishedAt} />:{" "}
          <Link to={storyPath({ id: outcome.id, title: outcome.storyTitle })}>{outcome.storyTitle}</Link>
        </p>
      ) : null}
      {blocker ? (
        <p className="text-muted">{blocker}</p>
      ) : (
        <>
          <ErrorSummary form={form} labels={labels} />
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="publish-story" />
            <input type="hidden" name="outcomeId" value={outcome.id} />
            <TextField meta={fields.storyTitle} label={labels.storyTitle} hint="Say what changed, in a few words." />
            <TextAreaField
              meta={fields.storyBody}
              label={labels.storyBody}
              hint="In plain words: the problem, what the team built, and what the figures show. The measured result and its source are shown beside it."
              rows={6}
            />
            <Button type="submit">
              {published ? "Save the story's words" : "Publish as a success story"}
              <span className="sr-only">: {outcome.metric}</span>
            </Button>
          </Form>
        </>
      )}
      {published ? (
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value="unpublish-story" />
          <input type="hidden" name="outcomeId" value={outcome.id} />
          <Button type="submit" variant="secondary">
            Withdraw the story<span className="sr-only">: {outcome.metric}</span>
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
