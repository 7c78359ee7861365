import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { getAdminOverview } from "~/models/admin.server";
import { adminSections } from "../admin/sections";

export const meta: MetaFunction = () => [{ title: "Admin · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return { overview: await getAdminOverview() };
}

export default function AdminOverview() {
  const { overview } = useLoaderData<typeof loader>();
  const figures = [
    { label: "Accounts", value: overview.users },
    { label: "Suspended", value: overview.suspended },
    { label: "Organisers", value: overview.roles.organiser ?? 0 },
    { label: "Admins", value: overview.roles.admin ?? 0 },
    { label: "Failed log-ins in the last 24 hours", value: overview.failedLoginsToday },
  ];
  return (
    <>
      <PageHeader title="Admin" lead="Run the service: accounts and roles, and the record of who did what." />
      <dl className="mb-8 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="text-2xl font-bold">{f.value.toLocaleString("en-GB")}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-3 text-2xl">Sections</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {adminSections.map((s) => (
          <Card as="li" key={s.to}>
            <h3 className="text-lg">
              <Link to={s.to}>{s.label}</Link>
            </h3>
            <p className="mt-1 text-muted">{s.description}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}
