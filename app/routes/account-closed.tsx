import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { ButtonLink } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { FORMER_MEMBER } from "~/domain/account-closing";
import { contactPath } from "~/utils/paths";

export const meta: MetaFunction = () => [{ title: "Your account is closed · Hackpath" }];

/** Where a person lands after closing their account: they are signed out already. */
export default function AccountClosed() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Your account is closed" lead="Thank you for being part of Hackpath." />
      <div className="space-y-4 text-lg">
        <p>
          We have removed your name, email address, password, profiles, notifications and everything else that was yours
          alone, and signed you out on every device. Nobody can sign in to the account again.
        </p>
        <p>
          What other people depend on, such as problems you posted, team history and judging scores, stays on Hackpath,
          shown as “{FORMER_MEMBER}”.
        </p>
        <p>
          If you did not mean to close it, or want to know more about what we keep,{" "}
          <Link to={contactPath()}>contact the Hackpath team</Link>. You are welcome to sign up again at any time.
        </p>
      </div>
      <p className="mt-8">
        <ButtonLink to="/">Go to the home page</ButtonLink>
      </p>
    </div>
  );
}
