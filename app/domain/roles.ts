import type { Role } from "./taxonomy";

/** Whether a person holds a role. Admins hold every role's rights; organisers hold their own. */
export function hasRole(user: { roles: readonly Role[] } | null | undefined, role: Role): boolean {
  if (!user) return false;
  return user.roles.includes(role) || user.roles.includes("admin");
}

/** Whether a person may run the service's organiser tasks (organisers and admins). */
export function isOrganiser(user: { roles: readonly Role[] } | null | undefined): boolean {
  return hasRole(user, "organiser");
}
