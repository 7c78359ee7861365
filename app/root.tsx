import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { getAuth } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { countUnreadNotifications } from "~/models/notifications.server";
import { getEmailStatus } from "~/models/users.server";
import { NOTICE_PARAM, noticeMessage } from "~/domain/notices";
import { ConfirmEmailBanner } from "~/components/layout/confirm-email-banner";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { useNonce } from "~/utils/nonce";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "alternate", type: "application/atom+xml", title: "Newest problems", href: "/problems.atom" },
];

export const meta: MetaFunction = () => [
  { title: "Hackpath" },
  {
    name: "description",
    content:
      "Clinicians post problems, developers build prototypes, mentors and funders carry them to adoption in the NHS and social care.",
  },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = await getAuth(request);
  const user = auth
    ? {
        id: auth.user.id,
        name: auth.user.name,
        roles: auth.user.roles,
        unreadNotifications: await countUnreadNotifications(auth.user.id),
      }
    : null;
  // The reminder above every page until the person confirms their address (decision 0056).
  const status = auth ? await getEmailStatus(auth.user.id) : null;
  const emailToConfirm = status && status.emailConfirmedAt === null ? status.email : null;
  // lucia slides a session forward when half its idle time has passed: send the renewed cookie.
  // The confirmation for `?notice=code` (decision 0009), worded here so no page ships every message.
  const notice = noticeMessage(new URL(request.url).searchParams.get(NOTICE_PARAM));
  return data(
    { user, emailToConfirm, notice, requestId: context.requestId ?? null },
    auth?.setCookie ? { headers: { "Set-Cookie": auth.setCookie } } : undefined,
  );
}

// Runs with every request, so the request id an error page quotes is the failing request's own.
export const shouldRevalidate = () => true;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const rootData = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-3 focus:py-2 focus:text-ink"
        >
          Skip to main content
        </a>
        <div className="print:hidden">
          <SiteHeader user={rootData?.user ?? null} />
          {rootData?.emailToConfirm ? <ConfirmEmailBanner email={rootData.emailToConfirm} /> : null}
        </div>
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none print:max-w-none print:p-0"
        >
          {children}
        </main>
        <div className="print:hidden">
          <SiteFooter />
        </div>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
