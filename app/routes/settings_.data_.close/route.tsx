import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { closeOwnAccount } from "~/auth/close-account.server";
import { requireUser } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { signedOutCookie } from "~/auth/session.server";
import { hasTwoStep } from "~/auth/two-step.server";
import { ClosingSummary } from "~/components/account/closing-summary";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { closeAccountRefusal } from "~/domain/account-closing";
import { loadClosingStanding, previewAccountClosing } from "~/models/account-closing.server";
import { readForm } from "~/utils/form.server";
import { notFound } from "~/utils/http.server";
import { accountClosedPath, accountDataDownloadPath, accountDataPath } from "~/utils/paths";
import { closeOwnAccountSchema } from "~/validation/account-closing";

export const meta: MetaFunction = () => [{ title: "Delete your account · Settings · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const standing = await loadClosingStanding({
    actor: { id: user.id, isAdmin: user.roles.includes("admin") },
    userId: user.id,
    route: "settings",
  });
  if (!standing) notFound();
  const [summary, twoStepOn] = await Promise.all([previewAccountClosing(user.id), hasTwoStep(user.id)]);
  return { summary, askCode: twoStepOn, refusal: closeAccountRefusal(standing)?.message ?? null };
}

const HIDE = ["password", "code"];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: closeOwnAccountSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: HIDE }), { status: 400 });
  const result = await closeOwnAccount({ userId: user.id, ...submission.value, ip: clientIp(context) });
  if (result.ok) {
    // The sessions are gone with the account; the cookie goes too.
    throw redirect(accountClosedPath(), { headers: { "Set-Cookie": signedOutCookie() } });
  }
  if (result.reason === "rate_limited") {
    const { message, headers } = tooManyAttempts(result.decision);
    return data(submission.reply({ formErrors: [message], hideFields: HIDE }), { status: 429, headers });
  }
  const errors = result.field
    ? { fieldErrors: { [result.field]: [result.message] } }
    : { formErrors: [result.message] };
  return data(submission.reply({ ...errors, hideFields: HIDE }), { status: result.status });
}

export default function CloseAccount() {
  const { summary, askCode, refusal } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "close-account",
    lastResult,
    ...useSchemaChecks(
      "close-account",
      () => import("~/validation/account-closing").then((m) => m.closeOwnAccountSchema),
      { shouldValidate: "onSubmit" },
    ),
  });
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to={accountDataPath()}>Your data</Link>
      </p>
      <PageHeader
        title="Delete your account"
        lead="This cannot be undone. Read what goes and what stays, then confirm with your password."
      />
      <div className="mb-8">
        <ClosingSummary summary={summary} self />
      </div>
      <p className="mb-8">
        Want a copy first? <a href={accountDataDownloadPath()}>Download your data</a> before you go.
      </p>
      <section aria-labelledby="confirm-heading" className="rounded-lg border-4 border-danger-700 bg-white p-5">
        <h2 id="confirm-heading" className="mb-3 text-2xl">
          Confirm
        </h2>
        {refusal ? (
          <p className="font-semibold">{refusal}</p>
        ) : (
          <>
            <ErrorSummary
              form={form}
              labels={{ password: "Your password", code: "Code from your app, or a recovery code" }}
            />
            <Form method="post" {...getFormProps(form)}>
              <TextField meta={fields.password} label="Your password" type="password" autoComplete="current-password" />
              {askCode ? (
                <TextField
                  meta={fields.code}
                  label="Code from your app, or a recovery code"
                  hint="Two-step sign-in is on, so we ask for a code as well."
                  autoComplete="one-time-code"
                  spellCheck={false}
                />
              ) : null}
              <Button type="submit" variant="danger" disabled={navigation.state === "submitting"}>
                Delete my account
              </Button>
            </Form>
          </>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
