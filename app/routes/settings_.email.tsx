import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { changeEmailAddress } from "~/auth/email-address.server";
import { requireUser } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { ResendLinkForm } from "~/components/account/confirm-email-gate";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { EMAIL_CONFIRM_LIFETIME_WORDS } from "~/domain/account-links";
import { withNotice } from "~/domain/notices";
import { getPendingEmailChange } from "~/models/account-links.server";
import { getEmailStatus } from "~/models/users.server";
import { readForm } from "~/utils/form.server";
import { notFound } from "~/utils/http.server";
import { emailSettingsPath } from "~/utils/paths";
import { changeEmailSchema } from "~/validation/recovery";

export const meta: MetaFunction = () => [{ title: "Change your email address · Settings · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

const hidden = ["currentPassword"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [status, pending] = await Promise.all([getEmailStatus(user.id), getPendingEmailChange(user.id)]);
  if (!status) notFound();
  return { email: status.email, confirmed: status.emailConfirmedAt !== null, pending };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: changeEmailSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: hidden }), { status: 400 });
  const result = await changeEmailAddress({
    userId: user.id,
    newEmail: submission.value.email,
    currentPassword: submission.value.currentPassword,
    ip: clientIp(context),
  });
  if (!result.ok && result.reason === "rate_limited") {
    const { message, headers } = tooManyAttempts(result.decision);
    return data(submission.reply({ hideFields: hidden, formErrors: [message] }), { status: 429, headers });
  }
  if (!result.ok)
    return data(
      submission.reply({ hideFields: hidden, fieldErrors: result.fieldErrors, formErrors: result.formErrors }),
      { status: result.status },
    );
  throw redirect(withNotice(emailSettingsPath(), "email-change-requested"));
}

export default function EmailSettings() {
  const { email, confirmed, pending } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "change-email",
    lastResult,
    ...useSchemaChecks("change-email", () => import("~/validation/recovery").then((m) => m.changeEmailSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  return (
    <div className="mx-auto max-w-xl">
      <p className="mb-2">
        <Link to="/settings">Back to settings</Link>
      </p>
      <PageHeader
        title="Change your email address"
        lead="We send a link to the new address; your address changes when you follow it. We also tell your current address."
      />
      <Notice />
      <dl className="mb-6 space-y-3">
        <div>
          <dt className="font-semibold">Your email address</dt>
          <dd className="break-all">
            {email} {confirmed ? "(confirmed)" : "(not confirmed yet)"}
          </dd>
        </div>
        {pending ? (
          <div>
            <dt className="font-semibold">Waiting for you to confirm</dt>
            <dd>
              <span className="break-all">{pending.email}</span>: follow the link we sent there by{" "}
              <Time value={pending.expiresAt} withTime />. Until then, sign in with your current address.
            </dd>
          </div>
        ) : null}
      </dl>
      {!confirmed ? (
        <div className="mb-8">
          <p className="mb-3">
            If the link we sent to your current address has gone astray, we can send it again (it works for{" "}
            {EMAIL_CONFIRM_LIFETIME_WORDS}).
          </p>
          <ResendLinkForm />
        </div>
      ) : null}
      <ErrorSummary form={form} labels={{ email: "New email address", currentPassword: "Current password" }} />
      <Form method="post" {...getFormProps(form)}>
        <TextField
          meta={fields.email}
          label="New email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint="We use it to sign you in. It is never shown to other people."
        />
        {/* Tells password managers which account this is for. */}
        <input type="text" name="username" autoComplete="username" hidden readOnly value={email} />
        <TextField
          meta={fields.currentPassword}
          label="Current password"
          type="password"
          autoComplete="current-password"
          hint="So that nobody else can move your account while you are away from it."
        />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Send the link to the new address
        </Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
