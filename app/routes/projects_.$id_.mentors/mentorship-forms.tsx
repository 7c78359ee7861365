import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/form";
import { FormErrors, useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { mentorshipStatuses } from "~/domain/taxonomy";
import { mentorshipPath } from "~/utils/paths";
import type { MentorsPageData } from "./route";

type Mentorship = MentorsPageData["mentorships"][number];

/** Requests, offers and active mentorships, each with the forms its viewer may use. */
export function MentorshipList({ page }: { page: MentorsPageData }) {
  if (page.mentorships.length === 0)
    return <p className="mb-6">No requests, offers or active mentorships{page.isLead ? " yet" : ""}.</p>;
  return (
    <ul className="mb-8 space-y-4">
      {page.mentorships.map((m) => (
        <li key={m.id} className="rounded-lg border border-line p-4">
          <p className="flex flex-wrap items-center gap-2 font-semibold">
            {m.mentorName}{" "}
            <Badge tone={m.status === "active" ? "success" : "brand"}>{mentorshipStatuses.label(m.status)}</Badge>
          </p>
          <p className="text-sm text-muted">Since {formatDate(new Date(m.createdAt))}</p>
          {m.message ? <p className="mt-2 whitespace-pre-line">“{m.message}”</p> : null}
          {m.readsNotes ? (
            <p className="mt-2">
              <Link to={mentorshipPath(m.id)}>
                Session notes<span className="sr-only"> with {m.mentorName}</span>
              </Link>
            </p>
          ) : null}
          <Actions m={m} page={page} />
        </li>
      ))}
    </ul>
  );
}

function Actions({ m, page }: { m: Mentorship; page: MentorsPageData }) {
  const side = m.mentorId === page.viewerId ? "mentor" : page.isLead ? "team" : null;
  const result = useFormResult(["accept", "decline", "complete", "cancel"], m.id);
  if (!side) return null;
  if (m.waitingFor === side) return <AnswerForm m={m} result={result} />;
  if (m.waitingFor) {
    return (
      <Form method="post" className="mt-3">
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="mentorshipId" value={m.id} />
        <p className="mb-2 text-sm">Waiting for {side === "team" ? "the mentor" : "the team lead"} to answer.</p>
        <Button type="submit" variant="secondary">
          Withdraw
        </Button>
      </Form>
    );
  }
  return <EndForm m={m} result={result} />;
}

type Result = ReturnType<typeof useFormResult>;

function AnswerForm({ m, result }: { m: Mentorship; result: Result }) {
  const [form, fields] = useForm<{ message: string }>({ id: `answer-${m.id}`, lastResult: result });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-3">
      <FormErrors result={result} />
      <input type="hidden" name="mentorshipId" value={m.id} />
      <TextAreaField meta={fields.message} label="Message (optional)" rows={2} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="accept">
          Accept
        </Button>
        <Button type="submit" name="intent" value="decline" variant="secondary">
          Decline
        </Button>
      </div>
    </Form>
  );
}

function EndForm({ m, result }: { m: Mentorship; result: Result }) {
  const [form, fields] = useForm<{ reason: string }>({ id: `end-${m.id}`, lastResult: result });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-3">
      <FormErrors result={result} />
      <input type="hidden" name="mentorshipId" value={m.id} />
      <TextAreaField
        meta={fields.reason}
        label="To end the mentorship: why?"
        hint="For example: the DCB0129 work is done, or there is no time this quarter."
        rows={2}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="complete" variant="secondary">
          Mark completed
        </Button>
        <Button type="submit" name="intent" value="cancel" variant="secondary">
          Cancel the mentorship
        </Button>
      </div>
    </Form>
  );
}

/** Completed and cancelled mentorships whose session notes the viewer may read, each linking to them. */
export function EndedMentorships({ page }: { page: MentorsPageData }) {
  if (page.ended.length === 0) return null;
  return (
    <section aria-labelledby="ended-heading" className="mb-8">
      <h2 id="ended-heading" className="mb-3 text-xl">
        Past mentorships
      </h2>
      <ul className="space-y-3">
        {page.ended.map((m) => (
          <li key={m.id} className="rounded-lg border border-line p-4">
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              {m.mentorName} <Badge>{mentorshipStatuses.label(m.status)}</Badge>
            </p>
            {m.endedAt ? <p className="text-sm text-muted">Ended {formatDate(new Date(m.endedAt))}</p> : null}
            <p className="mt-2">
              <Link to={mentorshipPath(m.id)}>
                Session notes<span className="sr-only"> with {m.mentorName}</span>
              </Link>{" "}
              <span className="text-muted">
                ({m.noteCount} {m.noteCount === 1 ? "note" : "notes"})
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A mentor offers help, with a message for the team lead. */
export function OfferForm() {
  const [form, fields] = useForm<{ message: string }>({ id: "offer", lastResult: useFormResult("offer") });
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
      <h2 className="mb-2 text-xl">Offer to mentor this project</h2>
      <input type="hidden" name="intent" value="offer" />
      <TextAreaField
        meta={fields.message}
        label="Message for the team lead (optional)"
        hint="What you could help with and how much time you have."
        rows={3}
      />
      <Button type="submit">Offer to mentor</Button>
    </Form>
  );
}
