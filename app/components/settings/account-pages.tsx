import { Link } from "@remix-run/react";
import { accountDataPath, emailSettingsPath, notificationSettingsPath, twoStepSettingsPath } from "~/utils/paths";

const pages = [
  {
    to: emailSettingsPath(),
    label: "Email address",
    about: "Change the address you sign in with; we confirm the new one.",
  },
  {
    to: twoStepSettingsPath(),
    label: "Two-step sign-in",
    about: "A code from an app on your phone as well as your password, and recovery codes.",
  },
  {
    to: notificationSettingsPath(),
    label: "Email notifications",
    about: "Which notifications reach you by email: at once, in a daily digest, or not at all.",
  },
  {
    to: accountDataPath(),
    label: "Your data",
    about: "Download everything Hackpath holds about you, or delete your account.",
  },
];

/** The account's other pages: sign-in address, two-step sign-in, emails, and the person's data. */
export function AccountPages() {
  return (
    <section id="security" aria-labelledby="security-heading" className="scroll-mt-4">
      <h2 id="security-heading" className="mb-3 text-2xl">
        Sign-in, emails and your data
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {pages.map((p) => (
          <li key={p.to} className="rounded-lg border border-line p-4">
            <Link to={p.to} className="font-semibold">
              {p.label}
            </Link>
            <p className="mt-1 text-sm text-muted">{p.about}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
