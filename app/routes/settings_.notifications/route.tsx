import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { getEmailSettings, saveEmailChoices, turnOffAllEmails } from "~/models/notification-email.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notificationsPath } from "~/utils/paths";
import { chosenDeliveries, notificationSettingsSchema } from "~/validation/notification-settings";
import { DeliveryForm } from "./delivery-form";

export const meta: MetaFunction = () => [{ title: "Email notifications · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getEmailSettings(user.id);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return runFormAction(request, notificationSettingsSchema, async (value) => {
    if (value.intent === "all-off") {
      await turnOffAllEmails(user.id);
      return done("emails-turned-off");
    }
    await saveEmailChoices({ userId: user.id, chosen: chosenDeliveries(value) });
    return done("email-choices-saved");
  });
}

export default function NotificationEmailSettings() {
  const { deliveries, emailConfirmed } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to="/settings">Back to your settings</Link>
      </p>
      <PageHeader
        title="Email notifications"
        lead="Choose which notifications also reach you by email: at once, in one email a day, or not at all. Every notification still appears on your notifications page."
      />
      <Notice />
      {emailConfirmed ? null : (
        <p className="mb-6 rounded-md border-l-4 border-brand-600 bg-brand-50 p-4">
          Your email address is not confirmed yet, so we send you no notification emails. Confirm it from the link we
          sent you; your choices here apply from then on.
        </p>
      )}
      <DeliveryForm deliveries={deliveries} />
      <section aria-labelledby="all-off-heading" className="mt-10 rounded-lg border border-line bg-white p-5 shadow-sm">
        <h2 id="all-off-heading" className="text-2xl">
          Turn off all emails
        </h2>
        <p className="mt-1 mb-4 text-muted">
          No notification email at all, including kinds we add later. You still see everything on{" "}
          <Link to={notificationsPath()}>your notifications page</Link>, and emails about your account (a password
          reset, a new address to confirm) still come.
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="all-off" />
          <Button type="submit" variant="secondary">
            Turn off all emails
          </Button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
