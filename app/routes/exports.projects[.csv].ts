import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportFilename, projectExportColumns } from "~/domain/exports";
import { exportProjects } from "~/models/exports.server";
import { csvResponse } from "~/utils/csv.server";
import { publicOrigin } from "~/utils/seo.server";

/** /exports/projects.csv: every project with its stage and next-gate progress, for organisers and admins. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, { role: "organiser" });
  const result = await exportProjects({ viewer });
  if (!result.ok) throw new Response(result.message, { status: result.status });
  const now = new Date();
  return csvResponse({
    filename: exportFilename(["projects"], now),
    columns: projectExportColumns(publicOrigin(request), now),
    rows: result.rows,
  });
}
