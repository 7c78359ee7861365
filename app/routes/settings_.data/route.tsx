import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { ButtonLink, buttonClass } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { closeAccountRefusal, FORMER_MEMBER } from "~/domain/account-closing";
import { loadClosingStanding } from "~/models/account-closing.server";
import { notFound } from "~/utils/http.server";
import { accountDataDownloadPath, closeAccountPath } from "~/utils/paths";

export const meta: MetaFunction = () => [{ title: "Your data · Settings · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const standing = await loadClosingStanding({
    actor: { id: user.id, isAdmin: user.roles.includes("admin") },
    userId: user.id,
    route: "settings",
  });
  if (!standing) notFound();
  // The rule the closing applies: whether to offer it, and why not.
  return { closingRefusal: closeAccountRefusal(standing)?.message ?? null };
}

/** What the file holds, in the order it holds it. */
const contents = [
  "Your account: name, email address, organisation, bio, when you joined and last signed in, whether your address is confirmed and two-step sign-in is on",
  "Your roles and your clinician, developer, mentor and funder profiles",
  "Problems you posted, your comments, endorsements and reports",
  "Hack days you registered for, organised or judged, with the scores you gave",
  "Teams you are on or asked to join, projects you lead, and what you did on them",
  "Mentorships on either side, and the session notes you wrote",
  "Funding interests you registered, with your private notes",
  "What you follow, your notification choices and your notifications",
  "Your signed-in sessions (when they started and end), and the emails we sent you (not their text)",
  "Messages you sent us through the contact page",
  "The audit log of what you did and what was done to your account",
];

export default function YourData() {
  const { closingRefusal } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader
        title="Your data"
        lead="Take a copy of everything Hackpath holds about you, or close your account. These are your rights under UK GDPR."
      />

      <section aria-labelledby="download-heading" className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <h2 id="download-heading" className="text-2xl">
          Download my data
        </h2>
        <p className="mt-1 mb-3">
          One file in JSON, a plain-text format other services can read and any text editor can open. It holds:
        </p>
        <ul className="mb-4 list-disc space-y-1 pl-5">
          {contents.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mb-4 text-muted">
          Other people appear in it only as Hackpath shows them publicly, by a problem’s title or a project’s name:
          never their email address or their private notes. It never holds your password or your two-step secret.
        </p>
        {/* A plain link: the browser downloads the file, with or without JavaScript. */}
        <a href={accountDataDownloadPath()} download className={buttonClass()}>
          Download my data
        </a>
      </section>

      <section aria-labelledby="close-heading" className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <h2 id="close-heading" className="text-2xl">
          Delete my account
        </h2>
        <p className="mt-1 mb-4">
          Your personal data is removed and you are signed out everywhere. What others depend on (problems you posted,
          team history, scores) stays, shown as “{FORMER_MEMBER}”. You will see exactly what goes and what stays, and
          confirm with your password, before anything happens.
        </p>
        {closingRefusal ? (
          <p className="font-semibold">{closingRefusal}</p>
        ) : (
          <ButtonLink to={closeAccountPath()} variant="danger">
            Delete my account
          </ButtonLink>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
