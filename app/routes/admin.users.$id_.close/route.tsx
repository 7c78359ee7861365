import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { clientIp } from "~/auth/rate-limit.server";
import { ClosingSummary } from "~/components/account/closing-summary";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { CheckboxField, ErrorSummary, TextAreaField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { closeAccountRefusal } from "~/domain/account-closing";
import { closeAccount, loadClosingStanding, previewAccountClosing } from "~/models/account-closing.server";
import { getUserForAdmin } from "~/models/admin.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { adminAccountDataPath, adminUserPath } from "~/utils/paths";
import { adminCloseAccountSchema } from "~/validation/account-closing";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? `Close ${data.person.name}’s account` : "Close an account"} · Admin · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = requireIdParam(params.id, "account");
  const [account, standing] = await Promise.all([
    getUserForAdmin(userId),
    loadClosingStanding({ actor: { id: admin.id, isAdmin: true }, userId, route: "admin" }),
  ]);
  if (!account || !standing) notFound("We could not find that account.");
  return {
    person: { id: account.user.id, name: account.user.name, email: account.user.email },
    summary: await previewAccountClosing(userId),
    refusal: closeAccountRefusal(standing)?.message ?? null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = requireIdParam(params.id, "account");
  return runFormAction(request, adminCloseAccountSchema, async ({ reason }) => {
    const result = await closeAccount({
      userId,
      actor: { id: admin.id, isAdmin: true },
      route: "admin",
      reason,
      ip: clientIp(context),
    });
    return result.ok ? done("account-closed", { to: adminUserPath(userId) }) : result;
  });
}

export default function AdminCloseAccount() {
  const { person, summary, refusal } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "admin-close-account",
    lastResult: useFormResult(),
    ...useSchemaChecks(
      "admin-close-account",
      () => import("~/validation/account-closing").then((m) => m.adminCloseAccountSchema),
      { shouldValidate: "onSubmit" },
    ),
  });
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to={adminUserPath(person.id)}>Back to {person.name}</Link>
      </p>
      <PageHeader
        title={`Close ${person.name}’s account`}
        lead={`${person.email}. Do this only when the person asked for it and cannot do it themselves. It cannot be undone.`}
      />
      <div className="mb-8">
        <ClosingSummary summary={summary} self={false} />
      </div>
      <p className="mb-8">
        If they asked for a copy of their data as well, <a href={adminAccountDataPath(person.id)}>download it</a> first.
      </p>
      <section aria-labelledby="confirm-heading" className="rounded-lg border-4 border-danger-700 bg-white p-5">
        <h2 id="confirm-heading" className="mb-3 text-2xl">
          Confirm
        </h2>
        {refusal ? (
          <p className="font-semibold">{refusal}</p>
        ) : (
          <>
            <ErrorSummary form={form} labels={{ reason: "Reason", confirmed: "Confirmation" }} />
            <Form method="post" {...getFormProps(form)}>
              <TextAreaField
                meta={fields.reason}
                label="Reason"
                hint="Kept in the audit log, for example “Asked by email on 3 March”. Do not write their name or email address: they are removed."
                rows={3}
              />
              <CheckboxField
                meta={fields.confirmed}
                label={`This is the account of the person who asked: ${person.email}`}
                hint="Their name, email address and everything private to them are removed at once."
              />
              <Button type="submit" variant="danger" disabled={navigation.state === "submitting"}>
                Close this account
              </Button>
            </Form>
          </>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that account." }} />;
}
