import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { clientIp } from "~/auth/rate-limit.server";
import { recordAudit } from "~/models/audit.server";
import { accountDataResponse } from "~/utils/account-data.server";
import { requireIdParam } from "~/utils/http.server";

/**
 * /admin/users/:id/data.json: one person's data file, for an admin answering their request for it.
 * The file holds what only that person otherwise sees (their private notes), so every download is
 * recorded in the audit log.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = requireIdParam(params.id, "account");
  const response = await accountDataResponse(userId);
  await recordAudit({
    actorId: admin.id,
    action: "account.data_exported",
    objectType: "user",
    objectId: userId,
    ip: clientIp(context),
  });
  return response;
}
