import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { Time } from "~/components/ui/time";
import { roles as roleVocabulary } from "~/domain/taxonomy";
import { searchUsers } from "~/models/admin.server";
import { pageFromUrl } from "~/utils/pagination";
import { adminUserPath } from "~/utils/paths";
import { userSearchSchema } from "~/validation/admin";

export const meta: MetaFunction = () => [{ title: "Users · Admin · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const filters = userSearchSchema.parse(Object.fromEntries(url.searchParams));
  return { filters, results: await searchUsers({ ...filters, page: pageFromUrl(url) }) };
}

export default function AdminUsers() {
  const { filters, results } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Users" lead="Find an account by name or email address." />
      <Form method="get" role="search" aria-label="Find users" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="user-search" className="block font-semibold">
            Name or email address
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            className="mt-1 block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="user-status" className="block font-semibold">
            Status
          </label>
          <select
            id="user-status"
            name="status"
            defaultValue={filters.status ?? ""}
            className="mt-1 block rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
          >
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="suspended">Suspended</option>
          </select>
        </div>
        <Button type="submit">Search</Button>
      </Form>
      {results.items.length === 0 ? (
        <EmptyState title="No accounts match">Try part of a name or an email address.</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {results.items.map((u) => (
            <li key={u.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold">
                  <Link to={adminUserPath(u.id)}>{u.name}</Link>
                  {u.suspendedAt ? (
                    <span className="ml-2">
                      <Badge tone="danger">Suspended</Badge>
                    </span>
                  ) : null}
                </p>
                <p className="break-all text-sm text-muted">
                  {u.email}
                  {u.organisation ? ` · ${u.organisation}` : ""}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {u.roles.map((r) => (
                  <Badge key={r} tone={r === "admin" || r === "organiser" ? "brand" : "neutral"}>
                    {roleVocabulary.label(r)}
                  </Badge>
                ))}
                <span className="text-muted">
                  Joined <Time value={u.createdAt} />
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={results.page} pageCount={results.pageCount} total={results.total} noun="accounts" />
    </>
  );
}
