import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InfoPage } from "~/components/layout/info-page";
import { serviceContact } from "~/utils/service.server";

export const meta: MetaFunction = () => [
  { title: "Accessibility statement · Hackpath" },
  {
    name: "description",
    content: "How accessible Hackpath is, what we know is not yet, and how to tell us about a problem.",
  },
];

export function loader() {
  return serviceContact();
}

/** The accessibility statement, in the GOV.UK model format (WCAG 2.2 AA). */
export default function AccessibilityPage() {
  const { operator, contactEmail } = useLoaderData<typeof loader>();
  return (
    <InfoPage
      title="Accessibility statement for Hackpath"
      lead="This statement applies to every page of this Hackpath, including its forms, feeds and printable dossiers."
      updated="3 December 2026"
      sections={[
        {
          id: "using",
          heading: "Using this website",
          body: (
            <>
              <p>
                This website is run by {operator}. We want as many people as possible to be able to use it. For example,
                that means you should be able to:
              </p>
              <ul>
                <li>change colours, contrast levels and fonts using your browser or device settings;</li>
                <li>zoom in up to 400% without the text spilling off the screen;</li>
                <li>navigate most of the website using just a keyboard or speech recognition software;</li>
                <li>
                  listen to most of the website using a screen reader (including the latest versions of JAWS, NVDA and
                  VoiceOver);
                </li>
                <li>use every form and page with JavaScript turned off;</li>
                <li>use it on a phone 375 pixels wide.</li>
              </ul>
              <p>
                We have also made the text as simple as we can. <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a>{" "}
                has advice on making your device easier to use if you have a disability.
              </p>
            </>
          ),
        },
        {
          id: "how-accessible",
          heading: "How accessible this website is",
          body: (
            <>
              <p>We know some parts of this website are not fully accessible:</p>
              <ul>
                <li>
                  documents that teams upload as gate evidence (PDFs) are written by those teams and may not be
                  accessible;
                </li>
              </ul>
            </>
          ),
        },
        {
          id: "feedback",
          heading: "Feedback and contact information",
          body: (
            <p>
              If you need information on this website in a different format, such as accessible PDF, large print, easy
              read or audio, use the <Link to="/contact?topic=accessibility">contact page</Link>
              {contactEmail ? (
                <>
                  {" "}
                  or email <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
                </>
              ) : null}
              . We will consider your request and get back to you within 10 working days.
            </p>
          ),
        },
        {
          id: "reporting",
          heading: "Reporting accessibility problems with this website",
          body: (
            <p>
              We are always looking to improve the accessibility of this website. If you find any problems not listed on
              this page or think we are not meeting accessibility requirements,{" "}
              <Link to="/contact?topic=accessibility">tell us on the contact page</Link>. You do not need an account.
            </p>
          ),
        },
        {
          id: "enforcement",
          heading: "Enforcement procedure",
          body: (
            <p>
              The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
              (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility
              regulations&rsquo;). If you are not happy with how we respond to your complaint, contact the{" "}
              <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
            </p>
          ),
        },
        {
          id: "technical",
          heading: "Technical information about this website's accessibility",
          body: (
            <p>
              {operator} is committed to making its website accessible, in accordance with the Public Sector Bodies
              (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
            </p>
          ),
        },
        {
          id: "compliance",
          heading: "Compliance status",
          body: (
            <p>
              This website is partially compliant with the{" "}
              <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard.
              Our own testing has found no failures in the pages we build, but the site has not yet been audited
              independently, and documents that teams upload may not meet the standard (see below).
            </p>
          ),
        },
        {
          id: "non-accessible",
          heading: "Non-accessible content",
          body: (
            <>
              <p>The content listed below is non-accessible for the following reasons.</p>
              <h3 className="text-lg">Content that is not within the scope of the accessibility regulations</h3>
              <p>
                PDF documents uploaded by project teams as gate evidence are third-party content that we do not fund,
                develop or control. We ask teams to upload accessible documents.
              </p>
            </>
          ),
        },
        {
          id: "improving",
          heading: "What we are doing to improve accessibility",
          body: (
            <p>
              Every change to Hackpath is tested automatically before it is released: each page is checked with axe
              against WCAG 2.2 A and AA, and the main journeys (signing up, posting a problem, running a hack day,
              moving a project through the pipeline, mentoring and funding) are run in a browser with JavaScript on and
              off and on a phone-sized screen.
            </p>
          ),
        },
        {
          id: "preparation",
          heading: "Preparation of this accessibility statement",
          body: (
            <p>
              This statement was prepared on 3 December 2026. The website was last tested on 3 December 2026 by the
              Hackpath team, with automated axe-core checks of every page in the test suite, keyboard-only use, use with
              JavaScript turned off, and checks at 375 pixels wide.
            </p>
          ),
        },
      ]}
    />
  );
}
