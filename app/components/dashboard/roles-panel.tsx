import { Link } from "@remix-run/react";
import { DashboardPanel } from "./section";
import { Badge } from "~/components/ui/badge";
import { roles as roleVocabulary, type Role } from "~/domain/taxonomy";

type ProfileStatus = Record<"clinician" | "developer" | "mentor" | "funder", boolean>;

const profileRoles = ["clinician", "developer", "mentor", "funder"] as const;

/** The person's roles, with a prompt for each role profile not yet filled in. */
export function RolesPanel({ roles, profiles }: { roles: Role[]; profiles: ProfileStatus }) {
  const missing = profileRoles.filter((r) => roles.includes(r) && !profiles[r]);
  return (
    <DashboardPanel id="roles" title="Your roles">
      {roles.length ? (
        <ul className="flex flex-wrap gap-2">
          {roles.map((r) => (
            <li key={r}>
              <Badge tone={r === "admin" || r === "organiser" ? "brand" : "neutral"}>{roleVocabulary.label(r)}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">You have no roles yet.</p>
      )}
      {missing.length ? (
        <ul className="mt-3 space-y-1">
          {missing.map((r) => (
            <li key={r}>
              <Link to={`/settings#${r}`}>Fill in your {roleVocabulary.label(r).toLowerCase()} profile</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3">
        <Link to="/settings">Change your roles and profile</Link>
        {roles.includes("admin") ? (
          <>
            {" · "}
            <Link to="/admin">Admin</Link>
          </>
        ) : null}
      </p>
    </DashboardPanel>
  );
}
