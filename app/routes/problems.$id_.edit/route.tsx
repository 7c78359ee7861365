import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { CanvasForm } from "~/components/problems/canvas-form";
import { PageHeader } from "~/components/ui/page-header";
import type { Refusal } from "~/models/core.server";
import { getProblemForEdit, updateProblem } from "~/models/problem-posting.server";
import { forbidden, notFound, requireIdParam } from "~/utils/http.server";
import { problemPath } from "~/utils/paths";
import { problemFormSchema } from "~/validation/problems";
import { readForm } from "~/utils/form.server";
import { withNotice } from "~/domain/notices";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Edit “${data.problem.title}” · Hackpath` : "Edit a problem · Hackpath" },
];

/** 404 and 403 become error pages; a merged duplicate sends people to its page (which redirects on). */
function refused(refusal: Refusal, id: number): never {
  if (refusal.status === 404) notFound(refusal.message);
  if (refusal.status === 403) forbidden(refusal.message);
  throw redirect(problemPath(id));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = requireIdParam(params.id, "problem");
  const result = await getProblemForEdit({ id, viewer: user });
  if (!result.ok) refused(result, id);
  // The no-PII confirmation is asked again on every edit.
  const { noPiiConfirmed: _confirmed, id: _id, ...values } = result.problem;
  return { problem: { id, title: result.problem.title }, values };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = requireIdParam(params.id, "problem");
  const submission = parseWithZod(await readForm(request), { schema: problemFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null }, { status: 400 });
  if (submission.value.intent === "preview") {
    const allowed = await getProblemForEdit({ id, viewer: user });
    if (!allowed.ok) refused(allowed, id);
    return { result: submission.reply(), preview: submission.value };
  }
  const result = await updateProblem({ id, viewer: user, input: submission.value });
  if (!result.ok) refused(result, id);
  return redirect(withNotice(problemPath(result), "problem-saved"));
}

export default function EditProblem() {
  const { problem, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const href = problemPath(problem);
  return (
    <>
      <PageHeader title="Edit the problem" lead={problem.title} />
      <CanvasForm
        id="problem-form"
        lastResult={actionData?.result}
        defaultValue={values}
        preview={actionData?.preview}
        submitLabel="Save changes"
        cancelHref={href}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only the person who posted this problem or an organiser can edit it." }} />;
}
