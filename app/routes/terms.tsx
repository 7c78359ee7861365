import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InfoPage } from "~/components/layout/info-page";
import { serviceContact } from "~/utils/service.server";

export const meta: MetaFunction = () => [
  { title: "Terms of use · Hackpath" },
  {
    name: "description",
    content: "The rules for using Hackpath: what you may post, what you keep, and what we promise.",
  },
];

export function loader() {
  return serviceContact();
}

export default function TermsPage() {
  const { operator } = useLoaderData<typeof loader>();
  return (
    <InfoPage
      title="Terms of use"
      lead="The rules for using Hackpath. By creating an account you agree to them."
      updated="3 December 2026"
      sections={[
        {
          id: "service",
          heading: "The service",
          body: (
            <p>
              Hackpath is run by {operator}. It lets clinicians and care staff post the problems they meet, developers
              build prototypes for them at hack days, and mentors and funders help the promising ones towards a pilot
              and adoption. Anyone may read the public pages; you need an account to post or take part.
            </p>
          ),
        },
        {
          id: "account",
          heading: "Your account",
          body: (
            <ul>
              <li>Use your real name and an email address you can read. One account per person.</li>
              <li>Keep your password to yourself. Turn on two-step sign-in; organisers and admins must.</li>
              <li>
                Choose only the roles that are true of you. Organiser and admin are given by the people who run the
                service.
              </li>
              <li>
                You can close your account at any time from <Link to="/settings/data">your data</Link>.
              </li>
            </ul>
          ),
        },
        {
          id: "posting",
          heading: "What you may post",
          body: (
            <>
              <p>
                Everything you post must be yours to share, accurate as far as you know, and respectful. Never post:
              </p>
              <ul>
                <li>
                  anything that identifies a patient, service user, carer or member of staff, or any clinical record;
                </li>
                <li>
                  confidential information of your employer or anyone else, or passwords, keys or other secrets (in
                  problems, projects, code links or documents);
                </li>
                <li>anything unlawful, abusive, discriminatory or misleading, or advertising.</li>
              </ul>
              <p>
                Anyone can report a problem or comment. Moderators may hide content that breaks these rules, and admins
                may suspend accounts that do so repeatedly.
              </p>
            </>
          ),
        },
        {
          id: "ownership",
          heading: "Who owns what",
          body: (
            <p>
              You keep the rights in what you post. You allow {operator} to show it on Hackpath and in its open data
              (feeds, calendars and the API) for as long as it is on the service. Who owns a prototype&apos;s code and
              ideas is for its team, their employers and the hack day&apos;s rules to agree: Hackpath records the
              team&apos;s statement about it, and does not decide it.
            </p>
          ),
        },
        {
          id: "prototypes",
          heading: "Prototypes are not medical devices",
          body: (
            <p>
              Projects on Hackpath are prototypes and products in development. Unless a project&apos;s page says it has
              passed the gates for a pilot and a care organisation has agreed to run one, it must not be used in the
              care of patients. Stage badges, gate evidence and success stories describe a team&apos;s progress; they
              are not an assurance, a certification or an endorsement by {operator}, the NHS or anyone else.
            </p>
          ),
        },
        {
          id: "liability",
          heading: "Our promises and their limits",
          body: (
            <p>
              We work to keep Hackpath available, secure and accurate, but we provide it as it is and cannot promise it
              will always be available or free of errors. Nothing in these terms limits any liability that cannot be
              limited by law.
            </p>
          ),
        },
        {
          id: "changes",
          heading: "Changes and law",
          body: (
            <p>
              We may change these terms; when we do, we update this page and its date, and tell account holders of
              important changes. These terms are governed by the law of England and Wales. Questions:{" "}
              <Link to="/contact">contact us</Link>.
            </p>
          ),
        },
      ]}
    />
  );
}
