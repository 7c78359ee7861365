import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ConfirmEmailGate } from "~/components/account/confirm-email-gate";
import { Pagination } from "~/components/ui/pagination";
import { ReportForm } from "~/components/problems/report-form";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/form";
import { Time } from "~/components/ui/time";
import type { ProblemPageData } from "./route";
import { resultFor, useFormReply, type FormReply } from "~/components/ui/notice";
import { useSchemaChecks } from "~/components/ui/schema-checks";

type Comment = ProblemPageData["comments"]["items"][number];

/** Comments, oldest first, a page at a time, with what each viewer may do to each. */
export function CommentsSection({ page }: { page: ProblemPageData }) {
  const actionData = useFormReply();
  const { comments, viewer, problem } = page;
  const open = problem.status !== "duplicate" && !problem.hiddenAt;
  return (
    <section id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="text-xl">
        Comments <span className="font-normal text-muted">({comments.total.toLocaleString("en-GB")})</span>
      </h2>
      {comments.items.length ? (
        <ol className="mt-4 space-y-4">
          {comments.items.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              isOrganiser={viewer.isOrganiser}
              signedIn={viewer.signedIn}
              actionData={actionData}
            />
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-muted">No comments yet.</p>
      )}
      <Pagination
        param="comments"
        page={comments.page}
        pageCount={comments.pageCount}
        anchor="comments"
        label="Comments"
      />
      {open ? (
        viewer.signedIn ? (
          page.emailGates.comment ? (
            <div className="mt-6 max-w-3xl">
              <ConfirmEmailGate gate={page.emailGates.comment} />
            </div>
          ) : (
            <CommentForm lastResult={resultFor(actionData, "comment")} />
          )
        ) : (
          <p className="mt-6">
            <Link to={`/login?redirectTo=${encodeURIComponent(`${page.href}#comments`)}`}>Sign in</Link> to comment.
          </p>
        )
      ) : null}
    </section>
  );
}

function CommentItem({
  comment,
  isOrganiser,
  signedIn,
  actionData,
}: {
  comment: Comment;
  isOrganiser: boolean;
  signedIn: boolean;
  actionData: FormReply | undefined;
}) {
  return (
    <li id={`comment-${comment.id}`} className="rounded-lg border border-line p-4">
      <p className="text-sm">
        <strong>{comment.authorName}</strong>
        <span className="text-muted">
          {" "}
          · <Time value={comment.createdAt} withTime />
          {comment.edited ? " · edited" : ""}
        </span>{" "}
        {comment.hidden ? <Badge tone="danger">Hidden by a moderator</Badge> : null}
      </p>
      {comment.body !== null ? (
        <RichText text={comment.body} className="mt-2" />
      ) : (
        <p className="mt-2 italic text-muted">A moderator hid this comment.</p>
      )}

      <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-2">
        {comment.mine && !comment.hidden && comment.body !== null ? (
          <EditComment
            comment={{ id: comment.id, body: comment.body }}
            lastResult={resultFor(actionData, "editComment", comment.id)}
          />
        ) : null}
        {comment.mine ? (
          <Form method="post">
            <input type="hidden" name="intent" value="deleteComment" />
            <input type="hidden" name="commentId" value={comment.id} />
            <Button type="submit" variant="quiet" className="min-h-11 text-sm">
              Delete<span className="sr-only"> your comment</span>
            </Button>
          </Form>
        ) : null}
        {isOrganiser ? (
          <Form method="post">
            <input type="hidden" name="intent" value={comment.hidden ? "restoreComment" : "hideComment"} />
            <input type="hidden" name="commentId" value={comment.id} />
            <Button type="submit" variant="quiet" className="min-h-11 text-sm">
              {comment.hidden ? "Restore" : "Hide"}
              <span className="sr-only"> the comment by {comment.authorName}</span>
            </Button>
          </Form>
        ) : null}
        {signedIn && !comment.mine && !comment.hidden ? (
          <ReportForm
            targetType="comment"
            targetId={comment.id}
            what={`the comment by ${comment.authorName}`}
            lastResult={resultFor(actionData, "report", comment.id)}
          />
        ) : null}
      </div>
    </li>
  );
}

function EditComment({
  comment,
  lastResult,
}: {
  comment: { id: number; body: string };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const id = `edit-comment-${comment.id}`;
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: { body: comment.body },
    ...useSchemaChecks(id, () => import("~/validation/problems").then((m) => m.editCommentSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <details className="w-full text-sm" open={Boolean(lastResult?.error)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">
        Edit<span className="sr-only"> your comment</span>
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-2">
        <input type="hidden" name="intent" value="editComment" />
        <input type="hidden" name="commentId" value={comment.id} />
        <TextAreaField meta={fields.body} label="Your comment" rows={4} />
        <Button type="submit">Save comment</Button>
      </Form>
    </details>
  );
}

function CommentForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "comment-form",
    lastResult,
    ...useSchemaChecks("comment-form", () => import("~/validation/problems").then((m) => m.commentSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-6 max-w-3xl">
      <h3 className="mb-2 text-lg">Add a comment</h3>
      <input type="hidden" name="intent" value="comment" />
      <TextAreaField
        meta={fields.body}
        label="Your comment"
        hint="Questions, experience from your setting, ideas. Public; no patient details. Links starting http(s):// become clickable."
        rows={4}
      />
      <Button type="submit">Post comment</Button>
    </Form>
  );
}
