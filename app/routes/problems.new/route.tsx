import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ConfirmEmailGate } from "~/components/account/confirm-email-gate";
import { ErrorPage } from "~/components/error-page";
import { CanvasForm } from "~/components/problems/canvas-form";
import { PageHeader } from "~/components/ui/page-header";
import { problemPath } from "~/utils/paths";
import { createProblem } from "~/models/problem-posting.server";
import { problemFormSchema } from "~/validation/problems";
import { readForm } from "~/utils/form.server";
import { withNotice } from "~/domain/notices";
import { emailGate } from "~/domain/email-confirmation";
import { getEmailStatus } from "~/models/users.server";

export const meta: MetaFunction = () => [{ title: "Post a problem · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { role: "clinician" });
  // Until the address is confirmed the page says so instead of showing the form (decision 0056).
  return { gate: emailGate(await getEmailStatus(user.id), "post") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, { role: "clinician" });
  const submission = parseWithZod(await readForm(request), { schema: problemFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null }, { status: 400 });
  if (submission.value.intent === "preview") return { result: submission.reply(), preview: submission.value };
  const problem = await createProblem({ authorId: user.id, input: submission.value });
  if (!problem.ok)
    return data(
      { result: submission.reply({ formErrors: [problem.message] }), preview: null },
      { status: problem.status },
    );
  return redirect(withNotice(problemPath(problem), "problem-posted"));
}

export default function NewProblem() {
  const { gate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader
        title="Post a problem"
        lead="Describe a problem you meet at the point of care. Developers will find it, other clinicians can say it happens to them too, and projects can take it up."
      />
      {gate ? (
        <ConfirmEmailGate gate={gate} />
      ) : (
        <CanvasForm
          id="problem-form"
          lastResult={actionData?.result}
          preview={actionData?.preview}
          submitLabel="Post problem"
          cancelHref="/problems"
        />
      )}
    </>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage
      messages={{
        403: "Only clinicians can post problems. Add the clinician role in your settings if you work in health or social care.",
      }}
    />
  );
}
