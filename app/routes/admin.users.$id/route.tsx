import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { clientIp } from "~/auth/rate-limit.server";
import { ErrorPage } from "~/components/error-page";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ErrorSummary, TextAreaField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { roles as roleVocabulary } from "~/domain/taxonomy";
import { applyAdminAction, getUserForAdmin } from "~/models/admin.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { adminUserActionSchema, grantableRoles } from "~/validation/admin";
import { AuditList } from "../admin/audit-view";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.account.user.name ?? "Account"} · Admin · Hackpath` },
];

const doneMessages: Record<string, string> = {
  grant: "The role was granted.",
  revoke: "The role was removed.",
  suspend: "The account was suspended and signed out everywhere.",
  restore: "The account was restored.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const account = await getUserForAdmin(requireIdParam(params.id, "account"));
  if (!account) notFound("We could not find that account.");
  const done = new URL(request.url).searchParams.get("done") ?? "";
  return { account, isSelf: account.user.id === admin.id, done: doneMessages[done] ?? null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = requireIdParam(params.id, "account");
  const submission = parseWithZod(await readForm(request), { schema: adminUserActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const value = submission.value;
  const result = await applyAdminAction({
    actorId: admin.id,
    userId,
    action:
      value.intent === "grant" || value.intent === "revoke"
        ? { kind: value.intent, role: value.role }
        : { kind: value.intent },
    reason: value.intent === "suspend" ? value.reason : undefined,
    ip: clientIp(context),
  });
  if (!result.ok && result.status === 404) notFound(result.message);
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: result.status });
  throw redirect(`/admin/users/${userId}?done=${value.intent}`);
}

export default function AdminUser() {
  const { account, isSelf, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "admin-user",
    lastResult,
    constraint: getZodConstraint(adminUserActionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: adminUserActionSchema }),
    shouldValidate: "onSubmit",
  });
  const { user, roles } = account;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin/users">All users</Link>
      </p>
      <PageHeader title={user.name} lead={user.suspendedAt ? "This account is suspended." : undefined} />
      {done ? (
        <div
          role="status"
          className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 font-semibold text-success-700"
        >
          {done}
        </div>
      ) : null}
      <ErrorSummary form={form} labels={{ reason: "Reason" }} />
      <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Email address</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Organisation</dt>
        <dd>{user.organisation || "—"}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd className="flex flex-wrap gap-2">
          {roles.length ? roles.map((r) => <Badge key={r}>{roleVocabulary.label(r)}</Badge>) : "None"}
        </dd>
        <dt className="font-semibold">Joined</dt>
        <dd>
          <Time value={user.createdAt} />
        </dd>
        <dt className="font-semibold">Last signed in</dt>
        <dd>
          <Time value={user.lastLoginAt} withTime fallback="Never" />
        </dd>
        <dt className="font-semibold">Open sessions</dt>
        <dd>{account.openSessions}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {user.suspendedAt ? (
            <>
              <Badge tone="danger">Suspended</Badge> since <Time value={user.suspendedAt} withTime />
              {user.suspendedReason ? <span className="block">Reason: {user.suspendedReason}</span> : null}
            </>
          ) : (
            <Badge tone="success">Active</Badge>
          )}
        </dd>
      </dl>

      <section aria-labelledby="roles-heading" className="mb-8">
        <h2 id="roles-heading" className="mb-3 text-2xl">
          Organiser and admin
        </h2>
        <ul className="space-y-3">
          {grantableRoles.map((role) => {
            const holds = roles.includes(role);
            const label = roleVocabulary.label(role).toLowerCase();
            return (
              <li key={role} className="flex flex-wrap items-center gap-3">
                <span>{holds ? `Is an ${label}.` : `Is not an ${label}.`}</span>
                {holds && isSelf && role === "admin" ? (
                  <span className="text-sm text-muted">You cannot remove your own admin role.</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value={holds ? "revoke" : "grant"} />
                    <input type="hidden" name="role" value={role} />
                    <Button type="submit" variant={holds ? "secondary" : "primary"}>
                      {holds ? `Remove ${label} role` : `Make ${label}`}
                    </Button>
                  </Form>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="suspension-heading" className="mb-8">
        <h2 id="suspension-heading" className="mb-3 text-2xl">
          Suspension
        </h2>
        {user.suspendedAt ? (
          <Form method="post">
            <input type="hidden" name="intent" value="restore" />
            <p className="mb-3">Restoring lets this person sign in again.</p>
            <Button type="submit">Restore account</Button>
          </Form>
        ) : isSelf ? (
          <p>You cannot suspend your own account.</p>
        ) : (
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="suspend" />
            <p className="mb-3">A suspended person cannot sign in, and is signed out everywhere at once.</p>
            <TextAreaField
              meta={fields.reason}
              label="Reason"
              hint="Kept in the audit log. The person is not shown it."
              rows={3}
            />
            <Button type="submit" variant="danger">
              Suspend account
            </Button>
          </Form>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-2xl">
          Recent activity
        </h2>
        {account.history.length ? <AuditList events={account.history} /> : <p>Nothing recorded yet.</p>}
        <p className="mt-3">
          <Link to={`/admin/audit?user=${user.id}`}>Full audit trail for this account</Link>
        </p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that account." }} />;
}
