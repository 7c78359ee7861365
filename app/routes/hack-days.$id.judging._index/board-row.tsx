import { Form } from "@remix-run/react";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { acceptsConflictDeclarations, acceptsScores } from "~/domain/hack-day-status";
import type { JudgeProjectState } from "~/domain/judging";
import type { HackDayStatus } from "~/domain/taxonomy";
import { hackDayScoreSheetPath, type NamedRef } from "~/utils/paths";

const stateLabels: Record<JudgeProjectState, { label: string; tone: BadgeTone }> = {
  scored: { label: "Scored", tone: "success" },
  partial: { label: "Partly scored", tone: "warning" },
  not_started: { label: "To score", tone: "neutral" },
  conflict: { label: "Conflict: you do not score this", tone: "danger" },
};

type Row = { id: number; name: string; state: JudgeProjectState; conflictReason: "team_member" | "declared" | null };

/** One project on a judge's board: where they stand, the way to score it, and declaring a conflict. */
export function BoardRow({
  project: p,
  hackDay,
  status,
  tried,
}: {
  project: Row;
  hackDay: NamedRef;
  status: HackDayStatus;
  tried: { projectId?: string; reason?: string } | undefined;
}) {
  const state = stateLabels[p.state];
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between">
      <div>
        <p className="font-semibold">{p.name}</p>
        <Badge tone={state.tone}>{p.conflictReason === "team_member" ? "You are on this team" : state.label}</Badge>
      </div>
      <div className="flex flex-col gap-2 sm:items-end">
        {acceptsScores(status) && !p.conflictReason ? (
          <ButtonLink
            to={hackDayScoreSheetPath(hackDay, p.id)}
            variant={p.state === "scored" ? "secondary" : "primary"}
          >
            {p.state === "not_started" ? "Score" : "Change scores"}
            <span className="sr-only"> for {p.name}</span>
          </ButtonLink>
        ) : null}
        {!p.conflictReason && acceptsConflictDeclarations(status) ? (
          <details open={tried?.projectId === String(p.id)} className="w-full sm:w-80">
            <summary className="cursor-pointer text-brand-700 underline">
              Declare a conflict<span className="sr-only"> with {p.name}</span>
            </summary>
            <Form method="post" className="mt-2">
              <input type="hidden" name="intent" value="declare-conflict" />
              <input type="hidden" name="projectId" value={p.id} />
              <label htmlFor={`reason-${p.id}`} className="block font-semibold">
                Why you have a conflict
              </label>
              <textarea
                id={`reason-${p.id}`}
                name="reason"
                required
                minLength={3}
                maxLength={500}
                rows={2}
                defaultValue={tried?.projectId === String(p.id) ? tried.reason : ""}
                className="mt-1 mb-2 block w-full rounded-md border border-gray-500 px-3 py-2"
              />
              <Button type="submit" variant="secondary">
                Declare the conflict
              </Button>
            </Form>
          </details>
        ) : null}
      </div>
    </li>
  );
}
