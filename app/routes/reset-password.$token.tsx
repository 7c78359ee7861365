import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { resetPassword } from "~/auth/password-reset.server";
import { clientIp } from "~/auth/rate-limit.server";
import { endSession, getAuth } from "~/auth/session.server";
import { ExpiredLink } from "~/components/account/expired-link";
import { ErrorPage } from "~/components/error-page";
import { Button, ButtonLink } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { PASSWORD_RESET_LIFETIME_WORDS } from "~/domain/account-links";
import { withNotice } from "~/domain/notices";
import { findPasswordReset } from "~/models/account-links.server";
import { readForm } from "~/utils/form.server";
import { forgotPasswordPath } from "~/utils/paths";
import { tokenPageReferrerMeta, tokenPageHeaders } from "~/utils/token-page";
import { resetPasswordSchema } from "~/validation/recovery";
import { PASSWORD_HINT } from "~/domain/passwords";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Hackpath" }, tokenPageReferrerMeta];

// The token is in the address: no Referer, no caching.
export const headers: HeadersFunction = () => tokenPageHeaders;

const hidden = ["newPassword", "confirmPassword"];

// Opening the link changes nothing (mail scanners open links too): only the form's POST does.
export async function loader({ params }: LoaderFunctionArgs) {
  const link = await findPasswordReset(params.token ?? "");
  if (!link) return data({ email: null }, { status: 404 });
  return { email: link.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: resetPasswordSchema });
  if (submission.status !== "success")
    return data({ state: "form" as const, result: submission.reply({ hideFields: hidden }) }, { status: 400 });
  const result = await resetPassword({
    token: params.token ?? "",
    newPassword: submission.value.newPassword,
    ip: clientIp(context),
  });
  if (!result.ok && result.reason === "expired") return data({ state: "expired" as const }, { status: 404 });
  if (!result.ok)
    return data(
      { state: "form" as const, result: submission.reply({ hideFields: hidden, fieldErrors: result.fieldErrors }) },
      { status: 400 },
    );
  // Whoever was signed in on this browser before is signed out (as at log-in).
  const previous = await getAuth(request);
  if (previous) await endSession(previous.sessionId);
  if (!result.cookie) return { state: "sign-in" as const };
  throw redirect(withNotice("/dashboard", "password-reset"), { headers: { "Set-Cookie": result.cookie } });
}

export default function ResetPassword() {
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData?.state === "sign-in")
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader
          title="Your password is reset"
          lead="Every device that was signed in to your account has been signed out. Sign in with your new password and a code from your authenticator app."
        />
        <ButtonLink to="/login">Sign in</ButtonLink>
      </div>
    );
  if (!email || actionData?.state === "expired")
    return (
      <ExpiredLink
        lead={`A link to reset a password works for ${PASSWORD_RESET_LIFETIME_WORDS} and only once. If you asked more than once, only the newest link works.`}
      >
        <ButtonLink to={forgotPasswordPath()}>Ask for a new link</ButtonLink>
        <p className="mt-8">
          Remembered your password? <Link to="/login">Sign in</Link>
        </p>
      </ExpiredLink>
    );
  return <ResetForm email={email} lastResult={actionData?.state === "form" ? actionData.result : undefined} />;
}

function ResetForm({ email, lastResult }: { email: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult,
    ...useSchemaChecks("reset-password", () => import("~/validation/recovery").then((m) => m.resetPasswordSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Choose a new password"
        lead="When you save it, every device signed in to your account is signed out and you are signed in here."
      />
      <ErrorSummary form={form} labels={{ newPassword: "New password", confirmPassword: "New password again" }} />
      <Form method="post" {...getFormProps(form)}>
        {/* Tells password managers which account this is for. */}
        <input type="text" name="username" autoComplete="username" hidden readOnly value={email} />
        <TextField
          meta={fields.newPassword}
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
        />
        <TextField
          meta={fields.confirmPassword}
          label="New password again"
          type="password"
          autoComplete="new-password"
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Save the new password
        </Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
