import { Form, useLocation } from "@remix-run/react";
import { Button, type ButtonVariant } from "~/components/ui/button";
import { EMAIL_CONFIRM_LIFETIME_WORDS } from "~/domain/account-links";
import type { EmailGate } from "~/domain/email-confirmation";
import { confirmEmailPath } from "~/utils/paths";

/**
 * "Send the link again": a real form (it works without JavaScript) that posts to /confirm-email
 * and comes back to this page with a notice.
 */
export function ResendLinkForm({ variant = "secondary" }: { variant?: ButtonVariant }) {
  const location = useLocation();
  return (
    <Form method="post" action={confirmEmailPath()}>
      <input type="hidden" name="intent" value="resend" />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <Button type="submit" variant={variant}>
        Send the link again
      </Button>
    </Form>
  );
}

/** Shown instead of a form an unconfirmed person may not use yet (decision 0056). */
export function ConfirmEmailGate({ gate }: { gate: EmailGate }) {
  return (
    <div className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4">
      <p className="font-semibold">{gate.message}</p>
      <p className="mt-1">
        We sent it to <strong className="break-all">{gate.email}</strong>; it works for {EMAIL_CONFIRM_LIFETIME_WORDS}.
        If you cannot find it, look in your junk folder.
      </p>
      <div className="mt-3">
        <ResendLinkForm />
      </div>
    </div>
  );
}
