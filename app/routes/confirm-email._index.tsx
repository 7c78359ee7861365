import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { resendConfirmation } from "~/auth/email-address.server";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { clientIp, passRetryAfter, tooManyAttempts } from "~/auth/rate-limit.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { ResendLinkForm } from "~/components/account/confirm-email-gate";
import { ErrorPage } from "~/components/error-page";
import { ButtonLink } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { EMAIL_CONFIRM_LIFETIME_WORDS } from "~/domain/account-links";
import { withNotice } from "~/domain/notices";
import { getEmailStatus } from "~/models/users.server";
import { readForm } from "~/utils/form.server";
import { confirmEmailPath, emailSettingsPath } from "~/utils/paths";
import { resendLinkSchema } from "~/validation/recovery";

export const meta: MetaFunction = () => [{ title: "Your email address · Hackpath" }];

// A 429 from the action keeps its Retry-After header on the re-rendered page.
export const headers = passRetryAfter;

/** Where a signed-in person stands with their address; where "Send the link again" posts. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const status = viewer ? await getEmailStatus(viewer.id) : null;
  return { account: status ? { email: status.email, confirmed: status.emailConfirmedAt !== null } : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: resendLinkSchema });
  if (submission.status !== "success") throw new Response("We did not recognise that form.", { status: 400 });
  const result = await resendConfirmation({ userId: user.id, ip: clientIp(context) });
  if (!result.ok && result.reason === "rate_limited") {
    const { message, headers } = tooManyAttempts(result.decision);
    return data({ message }, { status: 429, headers });
  }
  if (!result.ok) return data({ message: result.message }, { status: result.status });
  throw redirect(withNotice(safeRedirect(submission.value.redirectTo, confirmEmailPath()), "confirmation-sent"));
}

export default function YourEmailAddress() {
  const { account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Your email address" />
      <Notice />
      {actionData?.message ? (
        <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4">
          <h2 className="text-xl">We did not send a new link</h2>
          <p className="mt-2 font-semibold text-danger-700">{actionData.message}</p>
        </div>
      ) : null}
      {!account ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(confirmEmailPath())}`}>Sign in</Link> to carry on. If the
          link to confirm your address has expired, sign in and ask for a new one here.
        </p>
      ) : account.confirmed ? (
        <>
          <p>
            Your email address, <strong className="break-all">{account.email}</strong>, is confirmed.{" "}
            <Link to={emailSettingsPath()}>Change your email address</Link>
          </p>
          <p className="mt-6">
            <ButtonLink to="/dashboard">Go to your dashboard</ButtonLink>
          </p>
        </>
      ) : (
        <>
          <p>
            We sent a link to <strong className="break-all">{account.email}</strong>. Follow it to confirm your address:
            until then you can look around, but not post problems, endorse them or comment. A link works for{" "}
            {EMAIL_CONFIRM_LIFETIME_WORDS}, and only the newest one works.
          </p>
          <p className="mt-2">
            Wrong address? <Link to={emailSettingsPath()}>Change your email address</Link>
          </p>
          <div className="mt-6">
            <ResendLinkForm variant="primary" />
          </div>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
