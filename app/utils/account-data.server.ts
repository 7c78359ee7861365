import { accountDataFileName } from "~/domain/account-data";
import { exportAccountData } from "~/models/account-data.server";
import { notFound } from "./http.server";

/**
 * One person's data file as a download: JSON, saved as `hackpath-data-<date>.json`, never cached
 * (by the browser or anything between), for the person themself or for an admin answering their
 * request. 404 when there is no such account.
 */
export async function accountDataResponse(userId: number, now = new Date()): Promise<Response> {
  const data = await exportAccountData(userId, now);
  if (!data) notFound("We could not find that account.");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${accountDataFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
