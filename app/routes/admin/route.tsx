import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { adminSections } from "./sections";

// The /admin layout. Every child route checks for itself too: loaders run in parallel, so a
// layout's check does not protect its children's data.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return null;
}

export default function AdminLayout() {
  return (
    <div className="grid gap-8 md:grid-cols-[12rem_1fr]">
      <nav aria-label="Admin" className="md:pt-2">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Admin</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 md:flex-col">
          <li>
            <NavLink to="/admin" end className={({ isActive }) => (isActive ? "font-semibold" : "")}>
              Overview
            </NavLink>
          </li>
          {adminSections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className={({ isActive }) => (isActive ? "font-semibold" : "")}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only Hackpath admins can use these pages." }} />;
}
