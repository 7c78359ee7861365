import { getFormProps, useForm } from "@conform-to/react";
import type { useLoaderData } from "@remix-run/react";
import { Form, Link } from "@remix-run/react";
import { GateStatusBadge } from "~/components/projects/badges";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { stageLabel } from "~/domain/stages";
import { projectPath } from "~/utils/paths";
import type { loader } from "./route";

type Request = ReturnType<typeof useLoaderData<typeof loader>>["queue"]["items"][number];

/** One request with its gate's evidence and the approve and return forms. */
export function ReviewCard({ request }: { request: Request }) {
  const approveResult = useFormResult("approve", request.id);
  const returnResult = useFormResult("return", request.id);
  const [approveForm, approveFields] = useForm<{ reason: string }>({
    id: `approve-${request.id}`,
    lastResult: approveResult,
  });
  const [returnForm, returnFields] = useForm<{ reason: string }>({
    id: `return-${request.id}`,
    lastResult: returnResult,
  });
  const headingId = `request-${request.id}-heading`;
  return (
    <li id={`request-${request.id}`} className="rounded-lg border border-line p-4">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="text-xl">
          <Link to={projectPath(request.project)}>{request.projectName}</Link>: {stageLabel(request.fromStage)} to{" "}
          {stageLabel(request.toStage).toLowerCase()}
        </h2>
        <p className="mt-1 text-sm text-muted">
          Asked by {request.requesterName ?? "a former member"} on {formatDate(new Date(request.createdAt))}
        </p>
        {request.note ? <p className="mt-2 whitespace-pre-line">{request.note}</p> : null}
        <h3 className="mt-4 text-lg">The gate into {stageLabel(request.toStage).toLowerCase()}</h3>
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {request.gate.map((item) => (
            <li key={item.key} className="py-2">
              <div className="flex flex-wrap items-center gap-2">
                <Link to={item.href}>{item.label}</Link>
                {item.done ? <GateStatusBadge status="met" /> : <Badge tone="warning">Not met</Badge>}
                {item.awaitingVerification ? <Badge>Awaiting verification</Badge> : null}
                {item.required ? null : <Badge>Recommended</Badge>}
              </div>
              {item.choiceLabel ? <p className="text-sm">Answer: {item.choiceLabel}</p> : null}
              {item.evidence ? <p className="line-clamp-3 text-sm whitespace-pre-line">{item.evidence}</p> : null}
              {item.documents ? (
                <p className="text-sm">
                  {item.documents} {item.documents === 1 ? "document" : "documents"}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {request.unmet.length > 0 ? (
          <p className="mt-3 font-semibold text-danger-700">
            Not met: {request.unmet.join("; ")}. Approving is refused until these are met; return the request, or move
            the project on by override from its stage page.
          </p>
        ) : null}
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <Form method="post" {...getFormProps(approveForm)}>
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="requestId" value={request.id} />
            <TextAreaField meta={approveFields.reason} label="Note for the team (optional)" rows={2} />
            <Button type="submit">Approve the move</Button>
          </Form>
          <Form method="post" {...getFormProps(returnForm)}>
            <input type="hidden" name="intent" value="return" />
            <input type="hidden" name="requestId" value={request.id} />
            <TextAreaField meta={returnFields.reason} label="Why return it?" rows={2} />
            <Button type="submit" variant="secondary">
              Return to the team
            </Button>
          </Form>
        </div>
      </article>
    </li>
  );
}
