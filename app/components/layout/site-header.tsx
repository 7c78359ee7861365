import { Form, Link, NavLink } from "@remix-run/react";
import type { SessionUser } from "~/auth/session.server";
import { hasRole } from "~/domain/roles";

export const navItems = [
  { to: "/problems", label: "Problems" },
  { to: "/hack-days", label: "Hack days" },
  { to: "/projects", label: "Projects" },
  { to: "/pipeline", label: "Pipeline" },
  { to: "/mentors", label: "Mentors" },
  { to: "/funders", label: "Funders" },
  { to: "/impact", label: "Impact" },
] as const;

/** The banner: brand, main navigation, the account links, and the phase banner with its feedback link. */
export function SiteHeader({
  user,
}: {
  user: (Pick<SessionUser, "name" | "roles"> & { unreadNotifications: number }) | null;
}) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-xl font-bold text-white no-underline hover:text-white">
          Hackpath
        </Link>
        <div className="flex items-center gap-4 text-sm">
          {user ? (
            <>
              <Link to="/dashboard" className="text-white hover:text-white">
                Dashboard<span className="sr-only"> for {user.name}</span>
              </Link>
              <Link to="/notifications" className="inline-flex items-center gap-1.5 text-white hover:text-white">
                Notifications
                {user.unreadNotifications ? (
                  <span className="rounded-full bg-white px-2 text-xs font-bold text-brand-800">
                    {user.unreadNotifications > 99 ? "99+" : user.unreadNotifications}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </Link>
              {hasRole(user, "admin") ? (
                <Link to="/admin" className="text-white hover:text-white">
                  Admin
                </Link>
              ) : hasRole(user, "organiser") ? (
                <Link to="/admin/moderation" className="text-white hover:text-white">
                  Moderation
                </Link>
              ) : null}
              <Link to="/settings" className="text-white hover:text-white">
                Settings
              </Link>
              <Form method="post" action="/logout">
                <button type="submit" className="min-h-11 text-white underline">
                  Sign out
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to="/login" className="text-white hover:text-white">
                Sign in
              </Link>
              <Link to="/signup" className="text-white hover:text-white">
                Create an account
              </Link>
            </>
          )}
        </div>
      </div>
      <nav aria-label="Main" className="border-t border-brand-600 bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                className={({ isActive }) =>
                  `inline-flex min-h-11 items-center px-2 text-sm font-semibold text-white no-underline hover:text-white hover:underline ${isActive ? "underline decoration-2 underline-offset-4" : ""}`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="border-b border-line bg-white text-ink">
        <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
          <strong className="rounded bg-brand-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">
            Beta
          </strong>
          <span>
            This is a new service. <Link to="/contact">Tell us what you think</Link> so we can make it better.
          </span>
        </p>
      </div>
    </header>
  );
}
