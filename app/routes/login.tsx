import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import {
  afterSignInPath,
  authenticate,
  LOGIN_FAILED_MESSAGE,
  startSignedInSession,
  SUSPENDED_MESSAGE,
} from "~/auth/login.server";
import { warmDummyHash } from "~/auth/password.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { startLoginChallenge } from "~/auth/two-step-login.server";
import { requireAnonymous } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextField } from "~/components/ui/form";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { loginSchema } from "~/validation/auth";
import { readForm } from "~/utils/form.server";
import { forgotPasswordPath, loginTwoStepPath } from "~/utils/paths";

export const meta: MetaFunction = () => [{ title: "Sign in · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  warmDummyHash();
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: loginSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const { email, password, redirectTo } = submission.value;
  const result = await authenticate({ email, password, ip: clientIp(context) });
  if (!result.ok) {
    if (result.reason === "rate_limited") {
      const { message, headers } = tooManyAttempts(result.decision);
      return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: 429, headers });
    }
    const message = result.reason === "suspended" ? SUSPENDED_MESSAGE : LOGIN_FAILED_MESSAGE;
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "suspended" ? 403 : 400,
    });
  }
  // Two-step sign-in on: no session yet, only a half-done sign-in that the code finishes.
  if (result.twoStep) {
    const cookie = await startLoginChallenge({ userId: result.userId, redirectTo });
    throw redirect(loginTwoStepPath(), { headers: { "Set-Cookie": cookie } });
  }
  const cookie = await startSignedInSession(request, result.userId);
  throw redirect(await afterSignInPath(result.userId, redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    ...useSchemaChecks("login", () => import("~/validation/auth").then((m) => m.loginSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  const signupHref = redirectTo ? `/signup?redirectTo=${encodeURIComponent(redirectTo)}` : "/signup";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" lead="Sign in to post problems, join projects, mentor and fund." />
      <Notice />
      <ErrorSummary form={form} labels={{ email: "Email address", password: "Password" }} />
      <Form method="post" {...getFormProps(form)}>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <TextField meta={fields.email} label="Email address" type="email" autoComplete="username" spellCheck={false} />
        <TextField meta={fields.password} label="Password" type="password" autoComplete="current-password" />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Sign in
        </Button>
      </Form>
      <p className="mt-4">
        <Link to={forgotPasswordPath()}>Forgot your password?</Link>
      </p>
      <p className="mt-8">
        New to Hackpath? <Link to={signupHref}>Create an account</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
