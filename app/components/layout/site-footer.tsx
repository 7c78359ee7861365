import { Link } from "@remix-run/react";

/** The footer: what Hackpath is, where its open data and feeds live, and the service's own pages. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-semibold">Hackpath</p>
          <p className="mt-1 text-muted">
            From a clinician&rsquo;s problem to an adopted product in UK health and social care.
          </p>
        </div>
        <nav aria-label="Feeds and data">
          <ul className="space-y-1">
            <li>
              <a href="/problems.atom">Newest problems (Atom feed)</a>
            </li>
            <li>
              <a href="/hack-days.ics">Hack days calendar</a>
            </li>
            <li>
              <Link to="/developers">API for developers</Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="About">
          <ul className="space-y-1">
            <li>
              <Link to="/impact">Impact and success stories</Link>
            </li>
            <li>
              <Link to="/pipeline">How the pipeline works</Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="This service">
          <ul className="space-y-1">
            <li>
              <Link to="/privacy">Privacy</Link>
            </li>
            <li>
              <Link to="/cookies">Cookies</Link>
            </li>
            <li>
              <Link to="/accessibility">Accessibility statement</Link>
            </li>
            <li>
              <Link to="/terms">Terms of use</Link>
            </li>
            <li>
              <Link to="/contact">Contact us</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
