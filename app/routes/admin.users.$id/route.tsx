import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { clientIp } from "~/auth/rate-limit.server";
import { ErrorPage } from "~/components/error-page";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink, buttonClass } from "~/components/ui/button";
import { ErrorSummary, TextAreaField } from "~/components/ui/form";
import { useSchemaChecks } from "~/components/ui/schema-checks";
import { Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Time } from "~/components/ui/time";
import { roles as roleVocabulary } from "~/domain/taxonomy";
import { accountClosedAt, loadClosingStanding } from "~/models/account-closing.server";
import { applyAdminAction, getUserForAdmin } from "~/models/admin.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { adminAccountDataPath, adminCloseAccountPath, adminUserAuditPath } from "~/utils/paths";
import type { NoticeCode } from "~/domain/notices";
import { adminUserActionSchema, type AdminUserAction } from "~/validation/admin";
import { AuditList } from "../admin/audit-view";
import { adminActionRefusal, grantableRoles } from "~/domain/admin";
import { closeAccountRefusal } from "~/domain/account-closing";
import { refuse } from "~/domain/refusal";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.account.user.name ?? "Account"} · Admin · Hackpath` },
];

const notices = {
  grant: "role-granted",
  revoke: "role-revoked",
  suspend: "account-suspended",
  restore: "account-restored",
} satisfies Record<AdminUserAction["intent"], NoticeCode>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const account = await getUserForAdmin(requireIdParam(params.id, "account"));
  if (!account) notFound("We could not find that account.");
  const rule = { actorId: admin.id, targetId: account.user.id, targetSuspended: account.user.suspendedAt !== null };
  const [closedAt, closing] = await Promise.all([
    accountClosedAt(account.user.id),
    loadClosingStanding({ actor: { id: admin.id, isAdmin: true }, userId: account.user.id, route: "admin" }),
  ]);
  return {
    account,
    closedAt,
    closeRefusal: closing ? (closeAccountRefusal(closing)?.message ?? null) : null,
    // The same rule the model applies: what this admin may not do to this account, and why.
    revokeRefusals: Object.fromEntries(
      grantableRoles.map((role) => [role, adminActionRefusal({ kind: "revoke", role }, rule)?.message ?? null]),
    ) as Record<(typeof grantableRoles)[number], string | null>,
    suspendRefusal: adminActionRefusal({ kind: "suspend" }, rule)?.message ?? null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = requireIdParam(params.id, "account");
  return runFormAction(request, adminUserActionSchema, async (value) => {
    // A closed account keeps no roles and cannot be restored: nothing about it changes any more.
    if (await accountClosedAt(userId)) return refuse(409, "This account is closed, so nothing about it can change.");
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
    return result.ok ? done(notices[value.intent]) : result;
  });
}

export default function AdminUser() {
  const { account, closedAt, closeRefusal, revokeRefusals, suspendRefusal } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: "admin-user",
    lastResult: useFormResult(["grant", "revoke", "suspend", "restore"]),
    ...useSchemaChecks("admin-user", () => import("~/validation/admin").then((m) => m.adminUserActionSchema), {
      shouldValidate: "onSubmit",
    }),
  });
  const { user, roles } = account;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin/users">All users</Link>
      </p>
      <PageHeader
        title={user.name}
        lead={
          closedAt
            ? "This account is closed: its personal data is removed."
            : user.suspendedAt
              ? "This account is suspended."
              : undefined
        }
      />
      <Notice />
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
          {closedAt ? (
            <>
              <Badge tone="danger">Closed</Badge> since <Time value={closedAt} withTime />
            </>
          ) : user.suspendedAt ? (
            <>
              <Badge tone="danger">Suspended</Badge> since <Time value={user.suspendedAt} withTime />
              {user.suspendedReason ? <span className="block">Reason: {user.suspendedReason}</span> : null}
            </>
          ) : (
            <Badge tone="success">Active</Badge>
          )}
        </dd>
      </dl>

      {closedAt ? null : (
        <>
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
                    {holds && revokeRefusals[role] ? (
                      <span className="text-sm text-muted">{revokeRefusals[role]}</span>
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
            ) : suspendRefusal ? (
              <p>{suspendRefusal}</p>
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

          <section aria-labelledby="data-heading" className="mb-8">
            <h2 id="data-heading" className="mb-3 text-2xl">
              Their data
            </h2>
            <p className="mb-3">
              When someone asks for their data or to close their account (and cannot do it themselves from their
              settings), answer here. Downloading is recorded in the audit log.
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <a href={adminAccountDataPath(user.id)} download className={buttonClass("secondary")}>
                Download their data
              </a>
              {closeRefusal ? (
                <span className="text-sm text-muted">{closeRefusal}</span>
              ) : (
                <ButtonLink to={adminCloseAccountPath(user.id)} variant="danger">
                  Close this account
                </ButtonLink>
              )}
            </div>
          </section>
        </>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-2xl">
          Recent activity
        </h2>
        {account.history.length ? <AuditList events={account.history} /> : <p>Nothing recorded yet.</p>}
        <p className="mt-3">
          <Link to={adminUserAuditPath(user.id)}>Full audit trail for this account</Link>
        </p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that account." }} />;
}
