import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { askForPasswordReset } from "~/auth/password-reset.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { PASSWORD_RESET_LIFETIME_WORDS } from "~/domain/account-links";
import { withNotice } from "~/domain/notices";
import { readForm } from "~/utils/form.server";
import { forgotPasswordPath } from "~/utils/paths";
import { forgotPasswordSchema } from "~/validation/recovery";

export const meta: MetaFunction = () => [{ title: "Forgot your password? · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await askForPasswordReset({ email: submission.value.email, ip: clientIp(context) });
  if (!result.ok) {
    const { message, headers } = tooManyAttempts(result.decision);
    return data(submission.reply({ formErrors: [message] }), { status: 429, headers });
  }
  // The same answer whether or not an account uses the address (decision 0056).
  throw redirect(withNotice(forgotPasswordPath(), "reset-link-sent"));
}

export default function ForgotPassword() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult,
    ...useSchemaChecks("forgot-password", () => import("~/validation/recovery").then((m) => m.forgotPasswordSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Forgot your password?"
        lead={`Enter the email address of your account and we will send it a link to choose a new password. The link works for ${PASSWORD_RESET_LIFETIME_WORDS}.`}
      />
      <Notice />
      <ErrorSummary form={form} labels={{ email: "Email address" }} />
      <Form method="post" {...getFormProps(form)}>
        <TextField meta={fields.email} label="Email address" type="email" autoComplete="username" spellCheck={false} />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Send the link
        </Button>
      </Form>
      <p className="mt-8">
        Remembered it? <Link to="/login">Sign in</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
