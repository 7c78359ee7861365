import { ResendLinkForm } from "~/components/account/confirm-email-gate";

/**
 * The reminder above every page for a signed-in person who has not confirmed their email address
 * yet (decision 0056): what they cannot do until then, and a way to get a new link.
 */
export function ConfirmEmailBanner({ email }: { email: string }) {
  return (
    <aside aria-label="Confirm your email address" className="border-b-4 border-warning-700 bg-warning-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="max-w-3xl">
          <strong>Confirm your email address.</strong> We sent a link to <strong className="break-all">{email}</strong>.
          Until you follow it you can look around, but not post problems, endorse them or comment.
        </p>
        <ResendLinkForm />
      </div>
    </aside>
  );
}
