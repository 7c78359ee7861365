import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { listAuditEvents } from "~/models/admin.server";
import { pageFromUrl } from "~/utils/pagination";
import { auditFilterSchema } from "~/validation/admin";
import { auditActionOptions, AuditList } from "../admin/audit-view";

export const meta: MetaFunction = () => [{ title: "Audit log · Admin · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const filters = auditFilterSchema.parse(Object.fromEntries(url.searchParams));
  return {
    filters,
    events: await listAuditEvents({
      action: filters.action || undefined,
      userId: filters.user,
      page: pageFromUrl(url),
    }),
  };
}

export default function AdminAudit() {
  const { filters, events } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Audit log"
        lead={filters.user ? `Events by or about account ${filters.user}.` : "Who did what, newest first."}
      />
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        {filters.user ? <input type="hidden" name="user" value={filters.user} /> : null}
        <div>
          <label htmlFor="audit-action" className="block font-semibold">
            Kind of event
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action ?? ""}
            className="mt-1 block rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
          >
            <option value="">All events</option>
            {auditActionOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Show</Button>
      </Form>
      {events.items.length ? <AuditList events={events.items} /> : <EmptyState title="No events match" />}
      <Pagination page={events.page} pageCount={events.pageCount} total={events.total} noun="events" />
    </>
  );
}
