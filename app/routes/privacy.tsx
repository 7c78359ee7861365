import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InfoPage } from "~/components/layout/info-page";
import { serviceContact } from "~/utils/service.server";

export const meta: MetaFunction = () => [
  { title: "Privacy notice · Hackpath" },
  { name: "description", content: "What Hackpath collects about you, why, for how long, and your rights." },
];

export function loader() {
  return serviceContact();
}

export default function PrivacyPage() {
  const { operator, contactEmail } = useLoaderData<typeof loader>();
  const write = contactEmail ? (
    <>
      write to <a href={`mailto:${contactEmail}`}>{contactEmail}</a> or use the <Link to="/contact">contact page</Link>
    </>
  ) : (
    <>
      use the <Link to="/contact">contact page</Link>
    </>
  );
  return (
    <InfoPage
      title="Privacy notice"
      lead="What Hackpath keeps about you, why, for how long, and what you can do about it."
      updated="3 December 2026"
      sections={[
        {
          id: "who",
          heading: "Who we are",
          body: (
            <>
              <p>
                Hackpath is run by {operator}, who is the data controller for the personal data described here. To ask
                about your data, or to use any of your rights, {write}.
              </p>
              <p>
                Hackpath is not a clinical system. Nobody should put information that identifies a patient, service user
                or member of staff into a problem, comment, project, note or upload. Moderators hide anything that does.
              </p>
            </>
          ),
        },
        {
          id: "what",
          heading: "What we collect",
          body: (
            <>
              <p>When you create an account:</p>
              <ul>
                <li>your name, email address, organisation and a short description of yourself, if you give one;</li>
                <li>
                  the roles you choose (clinician, developer, mentor, funder) and what you add to each profile, such as
                  your profession and specialty, skills, areas of expertise, capacity, or what you fund;
                </li>
                <li>
                  your password, stored only as an argon2id hash, and, if you turn on two-step sign-in, its secret and
                  your recovery codes (stored hashed).
                </li>
              </ul>
              <p>When you use the service:</p>
              <ul>
                <li>
                  what you post and do: problems, comments, endorsements, hack day registrations, projects and their
                  team, gate evidence and documents, screenshots, judging scores, mentorships and session notes, and
                  funding interest;
                </li>
                <li>the notifications we send you, your email choices, and the emails we have sent you;</li>
                <li>
                  a record of security events (signing up, signing in, failed sign-ins, changes to roles and accounts,
                  and other changes listed in the audit log), with the internet (IP) address they came from;
                </li>
                <li>
                  short-lived counters keyed by IP address and email address, to stop people guessing passwords or
                  flooding the site;
                </li>
                <li>
                  if you write to us through the contact page, your message and, if you give them, your name and email
                  address.
                </li>
              </ul>
              <p>
                Our request logs record the method, the address without its query, the status and the time taken: never
                your cookies, password or email address. We use no analytics, advertising or tracking of any kind, and
                no third-party scripts.
              </p>
            </>
          ),
        },
        {
          id: "why",
          heading: "Why we use it, and our lawful basis",
          body: (
            <>
              <p>We use your data to:</p>
              <ul>
                <li>run your account and sign you in safely;</li>
                <li>
                  show what you post to the people it is for: problems, projects, hack days and success stories are
                  public; session notes, funding interest and some gate evidence are private to the people named on each
                  page;
                </li>
                <li>
                  connect people: suggest mentors to teams, projects to mentors and funders, and problems to developers;
                </li>
                <li>
                  send you the emails you need (confirming your address, resetting your password) and the ones you
                  choose;
                </li>
                <li>keep the service secure and deal with misuse.</li>
              </ul>
              <p>
                Our lawful basis is legitimate interests (UK GDPR Article 6(1)(f)): the interest is helping clinicians,
                developers, mentors and funders turn problems at the point of care into products the NHS and social care
                can adopt. We only use what that needs, we do not sell or share your data for marketing, and you can
                close your account at any time. Where {operator} is a public body carrying out its functions, the basis
                is public task (Article 6(1)(e)). We do not ask for special category data: please do not post any.
              </p>
            </>
          ),
        },
        {
          id: "who-sees",
          heading: "Who can see it",
          body: (
            <>
              <ul>
                <li>
                  Anyone, without signing in: your name and organisation beside what you post publicly, and the profile
                  you publish as a mentor or funder. Your email address is never shown to other users.
                </li>
                <li>
                  The people a private record is for: the mentor and the team see their session notes; a funder, the
                  team and organisers see that funder&apos;s interest (and only the funder sees their own note).
                </li>
                <li>Organisers and admins of this Hackpath, to run hack days, the pipeline and moderation.</li>
                <li>
                  The email provider that delivers our email, and the hosting provider that runs the service, acting
                  only on our instructions.
                </li>
              </ul>
              <p>
                Public data is also offered as open data (feeds, calendars and the API): the same as the public pages,
                nothing more.
              </p>
            </>
          ),
        },
        {
          id: "how-long",
          heading: "How long we keep it",
          body: (
            <ul>
              <li>
                Your account and what you post: until you close your account. Closing it removes your name, email
                address, profile, password, sessions, notifications, email choices, follows and private funding
                interest. What others depend on stays, shown as by &ldquo;A former member&rdquo;: problems others
                endorsed, team history, judging scores and the like.
              </li>
              <li>
                Sessions: signing out ends one at once; an unused session ends after 14 days, and every session after
                30.
              </li>
              <li>A password reset link works for 1 hour and once.</li>
              <li>Rate-limit counters: minutes.</li>
              <li>
                Email we send: the message text is removed once it is delivered; the record that we sent it (subject,
                when) is kept with your account.
              </li>
              <li>
                The security record (audit log): for as long as the service runs, because it is how misuse is found and
                investigated. When you close your account your name and email address are removed from it.
              </li>
              <li>Messages to us through the contact page: 12 months after we have dealt with them.</li>
            </ul>
          ),
        },
        {
          id: "rights",
          heading: "Your rights",
          body: (
            <>
              <p>You have the right to:</p>
              <ul>
                <li>
                  see your data and take it with you: <Link to="/settings/data">download your data</Link> as a JSON file
                  at any time;
                </li>
                <li>
                  correct it: change your profile, roles and email address in <Link to="/settings">settings</Link>;
                </li>
                <li>
                  have it erased: <Link to="/settings/data">delete your account</Link> yourself, or ask us to;
                </li>
                <li>object to how we use it, or ask us to restrict it: {write}.</li>
              </ul>
              <p>
                We answer requests within one month. If you are unhappy with how we have handled your data, you can
                complain to the Information Commissioner&apos;s Office:{" "}
                <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or 0303 123 1113.
              </p>
            </>
          ),
        },
        {
          id: "cookies",
          heading: "Cookies",
          body: (
            <p>
              We use only the cookies that signing in needs. The <Link to="/cookies">cookies page</Link> lists them.
            </p>
          ),
        },
        {
          id: "changes",
          heading: "Changes to this notice",
          body: <p>When we change what we collect or why, we update this page and the date at the top.</p>,
        },
      ]}
    />
  );
}
