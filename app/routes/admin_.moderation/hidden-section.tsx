import { Link } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { Pagination } from "~/components/ui/pagination";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import type { getModerationPage } from "~/models/reports.server";
import { problemCommentPath, problemPath } from "~/utils/paths";
import { ActionButton } from "./action-button";

type Hidden = SerializeFrom<Awaited<ReturnType<typeof getModerationPage>>["hidden"]>;

/** Problems and comments hidden by moderators, with a way to restore each. */
export function HiddenSection({ hidden }: { hidden: Hidden }) {
  return (
    <section id="hidden" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading" className="text-2xl">
        Hidden content <span className="font-normal text-muted">({hidden.total.toLocaleString("en-GB")})</span>
      </h2>
      {hidden.items.length === 0 ? (
        <p className="mt-2 text-muted">Nothing is hidden.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {hidden.items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="rounded-lg border border-line p-4">
              <p>
                <Badge tone="neutral">{item.kind === "problem" ? "Problem" : "Comment"}</Badge>{" "}
                <Link
                  to={
                    item.kind === "comment" ? problemCommentPath(item.problemId, item.id) : problemPath(item.problemId)
                  }
                >
                  {item.problemTitle}
                </Link>
                <span className="text-sm text-muted">
                  {" "}
                  · hidden <Time value={item.hiddenAt} withTime />
                </span>
              </p>
              <p className="mt-1 text-sm">{item.text}</p>
              <div className="mt-2">
                {item.kind === "problem" ? (
                  <ActionButton
                    intent="restoreProblem"
                    name="problemId"
                    value={item.id}
                    label="Make the problem visible again"
                  />
                ) : (
                  <ActionButton intent="restoreComment" name="commentId" value={item.id} label="Restore the comment" />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        param="hidden"
        page={hidden.page}
        pageCount={hidden.pageCount}
        anchor="hidden"
        label="Hidden content"
      />
    </section>
  );
}
