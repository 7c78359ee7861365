import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportFilename, registrantExportColumns } from "~/domain/exports";
import { exportRegistrants } from "~/models/exports.server";
import { csvResponse } from "~/utils/csv.server";
import { requireIdParam } from "~/utils/http.server";

/** /exports/hack-days/:id/registrants.csv: a hack day's places and waiting list, for its organiser and admins. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, { role: "organiser" });
  const result = await exportRegistrants({ viewer, hackDayId: requireIdParam(params.id, "hack day") });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return csvResponse({
    filename: exportFilename([result.hackDay.name, "registrants"], new Date()),
    columns: registrantExportColumns(),
    rows: result.rows,
  });
}
