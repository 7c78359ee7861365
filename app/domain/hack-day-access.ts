/**
 * Who may see and run a hack day (docs/decisions/0032-who-runs-hack-days-and-starts-projects.md).
 * Browser-safe so pages can show the same controls the server allows.
 */
import { hasRole, isOrganiser } from "./roles";
import { isPublicHackDay } from "./hack-day-status";
import type { HackDayStatus, Role } from "./taxonomy";

type Viewer = { id: number; roles: readonly Role[] } | null | undefined;
type HackDayRef = { organiserId: number; status: HackDayStatus };

/** Everyone sees public hack days; drafts only organisers (and admins). */
export function canViewHackDay(viewer: Viewer, hackDay: HackDayRef): boolean {
  return isPublicHackDay(hackDay.status) || isOrganiser(viewer);
}

/** The organiser who created a hack day runs it; admins may step in. */
export function canManageHackDay(viewer: Viewer, hackDay: HackDayRef): boolean {
  if (!viewer) return false;
  return (viewer.id === hackDay.organiserId && isOrganiser(viewer)) || hasRole(viewer, "admin");
}

/** Organisers (and admins) create hack days. */
export function canCreateHackDay(viewer: Viewer): boolean {
  return isOrganiser(viewer);
}
