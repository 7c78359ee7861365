import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InfoPage } from "~/components/layout/info-page";
import { SESSION_COOKIE } from "~/auth/lucia.server";

export const meta: MetaFunction = () => [
  { title: "Cookies · Hackpath" },
  {
    name: "description",
    content: "Hackpath uses only the cookies that signing in needs. No analytics, no advertising.",
  },
];

export function loader() {
  return { sessionCookie: SESSION_COOKIE };
}

export default function CookiesPage() {
  const { sessionCookie } = useLoaderData<typeof loader>();
  return (
    <InfoPage
      title="Cookies"
      lead="Hackpath uses only the cookies that signing in needs. There is nothing to accept or turn off."
      updated="3 December 2026"
      sections={[
        {
          id: "what",
          heading: "The cookies we use",
          body: (
            <>
              <p>
                A cookie is a small file a website saves on your device. These are strictly necessary for the service to
                work, so the law does not ask us to seek your consent for them:
              </p>
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <caption className="sr-only">Cookies Hackpath sets</caption>
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="py-2 pr-4">
                        Name
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        What it is for
                      </th>
                      <th scope="col" className="py-2">
                        When it ends
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr className="border-b border-line align-top">
                      <td className="py-2 pr-4">
                        <code>{sessionCookie}</code>
                      </td>
                      <td className="py-2 pr-4">Keeps you signed in. Set only when you sign in.</td>
                      <td className="py-2">
                        When you sign out, after 14 days without use, or 30 days after you signed in
                      </td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </>
          ),
        },
        {
          id: "not",
          heading: "What we do not use",
          body: (
            <p>
              No analytics, advertising or social media cookies, no tracking pixels and no third-party scripts. Visitors
              who do not sign in get no cookies at all.
            </p>
          ),
        },
        {
          id: "more",
          heading: "More about your data",
          body: (
            <p>
              The <Link to="/privacy">privacy notice</Link> says what we keep about you and why.
            </p>
          ),
        },
      ]}
    />
  );
}
