import { Link } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { Pagination } from "~/components/ui/pagination";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import type { getModerationPage } from "~/models/reports.server";
import { problemCommentPath, problemPath, projectPath } from "~/utils/paths";
import { ActionButton } from "./action-button";

type Reports = SerializeFrom<Awaited<ReturnType<typeof getModerationPage>>["reports"]>;

/** Open reports, each with what was reported and the ways to act on it. */
export function ReportsSection({ reports }: { reports: Reports }) {
  return (
    <section id="reports" aria-labelledby="reports-heading" className="mb-12">
      <h2 id="reports-heading" className="text-2xl">
        Open reports <span className="font-normal text-muted">({reports.total.toLocaleString("en-GB")})</span>
      </h2>
      {reports.items.length === 0 ? (
        <p className="mt-2 text-muted">No open reports. Nothing to do.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {reports.items.map((report) => {
            const href =
              report.targetType === "project"
                ? projectPath(report.targetId)
                : report.target?.problemId
                  ? report.targetType === "comment"
                    ? problemCommentPath(report.target.problemId, report.targetId)
                    : problemPath(report.target.problemId)
                  : null;
            return (
              <li key={report.id} className="rounded-lg border border-line p-4">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="warning">
                    {report.targetType === "comment"
                      ? "Comment"
                      : report.targetType === "problem"
                        ? "Problem"
                        : "Project"}
                  </Badge>
                  {report.target ? (
                    href ? (
                      <Link to={href}>{report.target.title}</Link>
                    ) : (
                      <span>{report.target.title}</span>
                    )
                  ) : (
                    <span className="italic text-muted">Deleted since it was reported</span>
                  )}
                  {report.target?.hidden ? <Badge tone="danger">Hidden</Badge> : null}
                </p>
                {report.target ? (
                  <blockquote className="mt-2 border-l-4 border-line pl-3 text-sm">
                    {report.target.excerpt}
                    {report.target.authorName ? (
                      <span className="block text-muted">by {report.target.authorName}</span>
                    ) : null}
                  </blockquote>
                ) : null}
                <p className="mt-2">
                  <strong>{report.reporterName}</strong> reported it on <Time value={report.createdAt} withTime />: “
                  {report.reason}”
                </p>
                <div className="mt-3 flex flex-wrap gap-3">
                  {report.target && !report.target.hidden && report.targetType === "comment" ? (
                    <ActionButton
                      intent="hideComment"
                      name="commentId"
                      value={report.targetId}
                      label="Hide the comment"
                      danger
                    />
                  ) : null}
                  {report.target && !report.target.hidden && report.targetType === "problem" ? (
                    <ActionButton
                      intent="hideProblem"
                      name="problemId"
                      value={report.targetId}
                      label="Hide the problem"
                      danger
                    />
                  ) : null}
                  <ActionButton intent="dismiss" name="reportId" value={report.id} label="Dismiss the report" />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination param="reports" page={reports.page} pageCount={reports.pageCount} anchor="reports" label="Reports" />
    </section>
  );
}
