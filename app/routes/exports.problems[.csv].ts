import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportFilename, problemExportColumns } from "~/domain/exports";
import { exportProblems } from "~/models/exports.server";
import { csvResponse } from "~/utils/csv.server";
import { publicOrigin } from "~/utils/seo.server";

/** /exports/problems.csv: every problem, for organisers and admins. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, { role: "organiser" });
  const result = await exportProblems({ viewer });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return csvResponse({
    filename: exportFilename(["problems"], new Date()),
    columns: problemExportColumns(publicOrigin(request)),
    rows: result.rows,
  });
}
