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
import { getOptionalUser } from "~/auth/guards.server";
import { clientIp } from "~/auth/rate-limit.server";
import { ResendLinkForm } from "~/components/account/confirm-email-gate";
import { ExpiredLink } from "~/components/account/expired-link";
import { ErrorPage } from "~/components/error-page";
import { Button, ButtonLink } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { EMAIL_CONFIRM_LIFETIME_WORDS } from "~/domain/account-links";
import { withNotice } from "~/domain/notices";
import { confirmEmail, findEmailConfirmation } from "~/models/account-links.server";
import { getEmailStatus } from "~/models/users.server";
import { readForm } from "~/utils/form.server";
import { confirmEmailPath, emailSettingsPath } from "~/utils/paths";
import { tokenPageReferrerMeta, tokenPageHeaders } from "~/utils/token-page";
import { confirmLinkSchema } from "~/validation/recovery";

export const meta: MetaFunction = () => [{ title: "Confirm your email address · Hackpath" }, tokenPageReferrerMeta];

// The token is in the address: no Referer, no caching.
export const headers: HeadersFunction = () => tokenPageHeaders;

// Opening the link changes nothing (mail scanners open links too): only the button's POST does.
// No sign-in is needed: the link itself shows the address receives our mail.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [link, viewer] = await Promise.all([findEmailConfirmation(params.token ?? ""), getOptionalUser(request)]);
  const status = viewer ? await getEmailStatus(viewer.id) : null;
  const visitor = { signedIn: Boolean(viewer), canResend: status?.emailConfirmedAt === null };
  if (!link) return data({ link: null, visitor }, { status: 404 });
  return { link, visitor };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: confirmLinkSchema });
  if (submission.status !== "success") throw new Response("We did not recognise that form.", { status: 400 });
  const result = await confirmEmail({ token: params.token ?? "", ip: clientIp(context) });
  if (!result.ok && result.reason === "expired") return data({ message: null }, { status: 404 });
  if (!result.ok) return data({ message: result.message }, { status: 409 });
  const notice = result.changed ? "email-changed" : "email-confirmed";
  const viewer = await getOptionalUser(request);
  throw redirect(withNotice(viewer?.id === result.userId ? "/dashboard" : confirmEmailPath(), notice));
}

export default function ConfirmEmail() {
  const { link, visitor } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  if (!link)
    return (
      <ExpiredLink
        lead={`A link to confirm an email address works for ${EMAIL_CONFIRM_LIFETIME_WORDS} and only once; only the newest one works. If you have already confirmed your address, there is nothing more to do.`}
      >
        {visitor.canResend ? (
          <ResendLinkForm variant="primary" />
        ) : visitor.signedIn ? (
          <ButtonLink to="/dashboard">Go to your dashboard</ButtonLink>
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(confirmEmailPath())}`}>Sign in</Link> to ask for a new
            link.
          </p>
        )}
      </ExpiredLink>
    );
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title={link.change ? "Confirm your new email address" : "Confirm your email address"}
        lead={
          link.change
            ? "Your Hackpath account moves to this address when you confirm it. From then on, sign in with it."
            : "Confirm the address so that you can post problems, endorse them and comment."
        }
      />
      {actionData?.message ? (
        <div role="alert" className="mb-6 rounded-md border-4 border-danger-700 p-4">
          <h2 className="text-xl">Your address has not changed</h2>
          <p className="mt-2 font-semibold text-danger-700">{actionData.message}</p>
          <p className="mt-2">
            <Link to={emailSettingsPath()}>Choose another address</Link>
          </p>
        </div>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="confirm" />
        <Button type="submit" disabled={navigation.state === "submitting"} className="break-all">
          Confirm {link.email}
        </Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
