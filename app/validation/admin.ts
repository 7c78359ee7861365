import { z } from "zod";
import { coercedRecordId } from "./record-id";
import { grantableRoles } from "~/domain/admin";
import { auditActions } from "~/domain/audit";

/** `?q=&status=` on /admin/users. Junk is dropped, not refused. */
export const userSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(["active", "suspended"]).optional().catch(undefined),
});

/** The forms on /admin/users/:id, told apart by `intent`. */
export const adminUserActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("grant"), role: z.enum(grantableRoles, { required_error: "Choose a role" }) }),
  z.object({ intent: z.literal("revoke"), role: z.enum(grantableRoles, { required_error: "Choose a role" }) }),
  z.object({
    intent: z.literal("suspend"),
    reason: z
      .string({ required_error: "Say why this account is being suspended" })
      .trim()
      .min(1, "Say why this account is being suspended")
      .max(500, "Reason must be 500 characters or fewer"),
  }),
  z.object({ intent: z.literal("restore") }),
]);
export type AdminUserAction = z.infer<typeof adminUserActionSchema>;

/** `?action=&user=` on /admin/audit. An action outside the vocabulary (or "All events") is no filter. */
export const auditFilterSchema = z.object({
  action: z.enum(auditActions.values).optional().catch(undefined),
  user: coercedRecordId().optional().catch(undefined),
});
