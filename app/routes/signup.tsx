import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { signUp } from "~/auth/signup.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { createUserSession } from "~/auth/session.server";
import { requireAnonymous } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { ChoiceField, ErrorSummary, TextField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { roleChoices } from "~/components/settings/role-choices";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { signupSchema } from "~/validation/auth";
import { readForm } from "~/utils/form.server";
import { PASSWORD_HINT } from "~/domain/passwords";

export const meta: MetaFunction = () => [{ title: "Create an account · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: signupSchema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password", "website"] }), { status: 400 });
  const result = await signUp({ ...submission.value, ip: clientIp(context) });
  if (!result.ok && result.reason === "rate_limited") {
    const { message, headers } = tooManyAttempts(result.decision);
    return data(submission.reply({ hideFields: ["password", "website"], formErrors: [message] }), {
      status: 429,
      headers,
    });
  }
  if (!result.ok)
    return data(submission.reply({ hideFields: ["password", "website"], ...result.errors }), { status: 400 });
  const cookie = await createUserSession(result.userId);
  throw redirect(safeRedirect(submission.value.redirectTo, "/dashboard?welcome=1"), {
    headers: { "Set-Cookie": cookie },
  });
}

export default function Signup() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "signup",
    lastResult,
    ...useSchemaChecks("signup", () => import("~/validation/auth").then((m) => m.signupSchema), {
      shouldValidate: "onBlur",
      shouldRevalidate: "onInput",
    }),
  });
  const loginHref = redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : "/login";
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title="Create an account"
        lead="One account for everything you do on Hackpath. You can add roles and fill in your profile later in Settings."
      />
      <ErrorSummary
        form={form}
        labels={{
          name: "Full name",
          email: "Email address",
          password: "Password",
          organisation: "Organisation",
          roles: "Roles",
        }}
      />
      <Form method="post" {...getFormProps(form)}>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <TextField meta={fields.name} label="Full name" autoComplete="name" />
        <TextField
          meta={fields.email}
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint="We use it to sign you in. It is never shown to other people."
        />
        <TextField
          meta={fields.password}
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
        />
        <TextField
          meta={fields.organisation}
          label="Organisation (optional)"
          autoComplete="organization"
          hint="Your trust, practice, company, university or charity."
        />
        <ChoiceField
          meta={fields.roles}
          legend="What will you do on Hackpath?"
          hint="Choose all that apply."
          options={roleChoices}
        />
        {/* A honeypot: hidden from people and assistive technology; bots that fill every field give themselves away. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
          <label htmlFor="signup-website">Leave this field empty</label>
          <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Create account
        </Button>
      </Form>
      <p className="mt-8">
        Already have an account? <Link to={loginHref}>Sign in</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
