import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { unsubscribeWording } from "~/domain/notification-email";
import { describeUnsubscribe, unsubscribe } from "~/models/notification-email.server";
import { notFound } from "~/utils/http.server";
import { notificationSettingsPath } from "~/utils/paths";
import { tokenPageHeaders, tokenPageReferrerMeta } from "~/utils/token-page";

/**
 * An email's unsubscribe link, for someone who is not signed in: the token in the address is the
 * only credential. GET says what will stop and shows the button; POST (the button, or a mail
 * provider's RFC 8058 one-click POST, which carries no Origin and no cookie: server/security.ts
 * lets exactly this path through without one) turns it off. Decision 0057.
 */

export const meta: MetaFunction = () => [
  { title: "Stop these emails · Hackpath" },
  { name: "robots", content: "noindex" },
  tokenPageReferrerMeta,
];

// The address is a credential: no cache keeps the page, and no other site is sent it.
export const headers = () => tokenPageHeaders;

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await describeUnsubscribe(params.token ?? "");
  if (!found.ok) notFound(found.message);
  return { what: unsubscribeWording(found.scope).ask };
}

export async function action({ params }: ActionFunctionArgs) {
  const result = await unsubscribe(params.token ?? "");
  if (!result.ok) notFound(result.message);
  return { unsubscribed: unsubscribeWording(result.scope).done };
}

export default function Unsubscribe() {
  const { what } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const settings = <Link to={notificationSettingsPath()}>choose which emails you get in your settings</Link>;
  if (done)
    return (
      <div className="max-w-2xl">
        <PageHeader title="You will not get these emails any more" lead={done.unsubscribed} />
        <p role="status">
          Done. You still see every notification on Hackpath when you sign in. You can change your mind at any time:{" "}
          {settings}.
        </p>
      </div>
    );
  return (
    <div className="max-w-2xl">
      <PageHeader title="Stop these emails" lead={what} />
      <Form method="post" className="mb-6">
        <Button type="submit">Stop these emails</Button>
      </Form>
      <p>You do not need to sign in. To choose kind by kind instead, sign in and {settings}.</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
