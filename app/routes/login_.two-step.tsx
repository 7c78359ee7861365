import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { requireAnonymous } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import {
  abandonLoginChallenge,
  clearChallengeCookie,
  completeLoginChallenge,
  getLoginChallenge,
} from "~/auth/two-step-login.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { withNotice } from "~/domain/notices";
import { readForm } from "~/utils/form.server";
import { contactPath } from "~/utils/paths";
import { twoStepLoginSchema } from "~/validation/two-step";

export const meta: MetaFunction = () => [{ title: "Enter your code · Sign in · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

/** Back to the password form with a reason, the half-done sign-in's cookie cleared. */
function startAgain(notice: "two-step-expired" | "two-step-locked"): never {
  throw redirect(withNotice("/login", notice), { headers: { "Set-Cookie": clearChallengeCookie() } });
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  if (!(await getLoginChallenge(request))) startAgain("two-step-expired");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  if (formData.get("intent") === "cancel") {
    throw redirect("/login", { headers: { "Set-Cookie": await abandonLoginChallenge(request) } });
  }
  const submission = parseWithZod(formData, { schema: twoStepLoginSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["code"] }), { status: 400 });
  const result = await completeLoginChallenge({ request, code: submission.value.code, ip: clientIp(context) });
  if (result.ok) {
    const headers = new Headers();
    for (const cookie of result.cookies) headers.append("Set-Cookie", cookie);
    throw redirect(result.location, { headers });
  }
  switch (result.reason) {
    case "expired":
      return startAgain("two-step-expired");
    case "locked":
      return startAgain("two-step-locked");
    case "rate_limited": {
      const { message, headers } = tooManyAttempts(result.decision);
      return data(submission.reply({ formErrors: [message], hideFields: ["code"] }), { status: 429, headers });
    }
    case "wrong":
      return data(submission.reply({ fieldErrors: { code: [result.message] }, hideFields: ["code"] }), {
        status: 400,
      });
  }
}

export default function LoginTwoStep() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "two-step",
    lastResult,
    ...useSchemaChecks("two-step", () => import("~/validation/two-step").then((m) => m.twoStepLoginSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Enter your code"
        lead="Your password is right. Now enter the 6-digit code your authenticator app shows for Hackpath."
      />
      <ErrorSummary form={form} labels={{ code: "Code" }} />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          meta={fields.code}
          label="Code"
          hint="The code changes every 30 seconds. Lost your phone? Enter one of your recovery codes instead, like abcde-fghij."
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          className="mt-1 block w-48 max-w-full rounded-md border border-gray-500 bg-white px-3 py-2 font-mono text-lg tracking-widest aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700"
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Sign in
        </Button>
      </Form>
      <Form method="post" className="mt-6">
        <input type="hidden" name="intent" value="cancel" />
        <Button type="submit" variant="quiet">
          Start again with your password
        </Button>
      </Form>
      <p className="mt-8 text-sm text-muted">
        No app and no recovery codes? <Link to={contactPath()}>Contact the Hackpath team</Link> to get back in.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
