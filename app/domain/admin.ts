/**
 * Rules for what an admin may do to an account, pure so they can be tested on their own. An admin
 * never locks themselves out: they cannot remove their own admin role or suspend themselves
 * (another admin must), which also means the last admin can never be removed by accident.
 */
import { refuse, type Refusal } from "./refusal";

/** Roles only an admin can grant. */
export const grantableRoles = ["organiser", "admin"] as const;

export type AdminAction =
  { kind: "grant" | "revoke"; role: "organiser" | "admin" } | { kind: "suspend" } | { kind: "restore" };

/** Why an admin may not do this to this account, or undefined when they may. */
export function adminActionRefusal(
  action: AdminAction,
  { actorId, targetId, targetSuspended }: { actorId: number; targetId: number; targetSuspended: boolean },
): Refusal | undefined {
  const self = actorId === targetId;
  if (action.kind === "revoke" && action.role === "admin" && self)
    return refuse(409, "You cannot remove your own admin role. Ask another admin to do it.");
  if (action.kind === "suspend" && self) return refuse(409, "You cannot suspend your own account.");
  if (action.kind === "suspend" && targetSuspended) return refuse(409, "This account is already suspended.");
  if (action.kind === "restore" && !targetSuspended) return refuse(409, "This account is not suspended.");
  return undefined;
}
