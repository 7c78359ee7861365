import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { endSession, getAuth, signedOutCookie } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";

export const meta: MetaFunction = () => [{ title: "Sign out · Hackpath" }];

// GET never signs anyone out (a link or an image must not end a session): it offers the button.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getAuth(request))) throw redirect("/");
  return null;
}

/** Deletes the session and clears the cookie, whether or not the session was still valid. */
export async function action({ request }: ActionFunctionArgs) {
  const auth = await getAuth(request);
  const cookie = auth ? await endSession(auth.sessionId) : signedOutCookie();
  throw redirect("/", { headers: { "Set-Cookie": cookie } });
}

export default function Logout() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign out" lead="Sign out of Hackpath on this device." />
      <Form method="post">
        <Button type="submit">Sign out</Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
