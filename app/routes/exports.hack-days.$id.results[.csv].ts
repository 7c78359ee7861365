import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportFilename, resultExportColumns } from "~/domain/exports";
import { exportResults } from "~/models/exports.server";
import { csvResponse } from "~/utils/csv.server";
import { requireIdParam } from "~/utils/http.server";
import { publicOrigin } from "~/utils/seo.server";

/** /exports/hack-days/:id/results.csv: the published ranking and awards (409 before publication). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, { role: "organiser" });
  const result = await exportResults({ viewer, hackDayId: requireIdParam(params.id, "hack day") });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return csvResponse({
    filename: exportFilename([result.hackDay.name, "results"], new Date()),
    columns: resultExportColumns(publicOrigin(request), result.criteria),
    rows: result.rows,
  });
}
