import { Badge } from "~/components/ui/badge";
import { resultFor, useFormReply } from "~/components/ui/notice";
import { Time } from "~/components/ui/time";
import { pilotStatuses } from "~/domain/taxonomy";
import { OutcomeForm, RemoveOutcomeForm, type OutcomeValues } from "./outcome-form";
import { PilotForm, type PilotValues } from "./pilot-form";
import { StoryForms } from "./story-forms";

type Pilot = PilotValues;
type Outcome = OutcomeValues & {
  storyTitle: string | null;
  storyBody: string | null;
  publishedAt: string | Date | null;
  /** Why the team cannot change it now (a published story), or null. */
  changeBlocker: string | null;
};

const fold = "mt-3 rounded-md border border-line p-3 [&>summary]:cursor-pointer [&>summary]:font-semibold";

/** The project's pilots, each with its edit form folded away when the viewer may write. */
export function PilotsList({ pilots, canWrite }: { pilots: Pilot[]; canWrite: boolean }) {
  const reply = useFormReply();
  if (pilots.length === 0) return <p className="mb-4">No pilots recorded yet.</p>;
  return (
    <ul className="mb-6 space-y-4">
      {pilots.map((p) => (
        <li key={p.id} id={`pilot-${p.id}`} className="scroll-mt-4 rounded-lg border border-line p-4">
          <h3 className="text-lg">
            {p.organisation}
            {p.site ? `, ${p.site}` : ""}{" "}
            <Badge tone={p.status === "live" ? "success" : "neutral"}>{pilotStatuses.label(p.status)}</Badge>
          </h3>
          <p className="text-sm text-muted">
            {p.startsOn ? <Time value={p.startsOn} /> : "Start not set"} to{" "}
            {p.endsOn ? <Time value={p.endsOn} /> : "end not set"}
          </p>
          {p.successMeasures ? <p className="mt-1 whitespace-pre-line">Success measures: {p.successMeasures}</p> : null}
          {canWrite ? (
            <details className={fold} open={resultFor(reply, "edit-pilot", p.id) !== undefined}>
              <summary>
                Edit this pilot<span className="sr-only"> at {p.organisation}</span>
              </summary>
              <div className="mt-3">
                {/* A new key after each save, so the form shows the saved values. */}
                <PilotForm key={JSON.stringify(p)} pilot={p} />
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The project's outcomes with their edit and remove forms (team) and story forms (organisers). */
export function OutcomesList({
  outcomes,
  pilots,
  canWrite,
  isOrganiser,
  storyBlocker,
}: {
  outcomes: Outcome[];
  pilots: Pilot[];
  canWrite: boolean;
  isOrganiser: boolean;
  storyBlocker: string | null;
}) {
  const reply = useFormReply();
  if (outcomes.length === 0) return <p className="mb-4">No outcomes recorded yet.</p>;
  const pilotName = (id: number | null) => pilots.find((p) => p.id === id)?.organisation;
  return (
    <ul className="mb-6 space-y-4">
      {outcomes.map((o) => (
        <li key={o.id} id={`outcome-${o.id}`} className="scroll-mt-4 rounded-lg border border-line p-4">
          <h3 className="text-lg">
            {o.metric} {o.publishedAt ? <Badge tone="success">Success story</Badge> : null}
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Baseline</dt>
            <dd>{[o.baseline, o.unit].filter(Boolean).join(" ")}</dd>
            <dt className="font-semibold">Result</dt>
            <dd>{[o.result, o.unit].filter(Boolean).join(" ")}</dd>
            <dt className="font-semibold">Source</dt>
            <dd>{o.source}</dd>
            <dt className="font-semibold">Measured</dt>
            <dd>
              <Time value={o.measuredOn} />
            </dd>
            {o.pilotId ? (
              <>
                <dt className="font-semibold">Pilot</dt>
                <dd>{pilotName(o.pilotId)}</dd>
              </>
            ) : null}
          </dl>
          {canWrite && o.changeBlocker ? <p className="mt-3 text-sm text-muted">{o.changeBlocker}</p> : null}
          {canWrite && !o.changeBlocker ? (
            <>
              <details className={fold} open={resultFor(reply, "edit-outcome", o.id) !== undefined}>
                <summary>
                  Correct this outcome<span className="sr-only">: {o.metric}</span>
                </summary>
                <div className="mt-3">
                  <OutcomeForm key={JSON.stringify(o)} outcome={o} pilots={pilots} />
                </div>
              </details>
              <RemoveOutcomeForm outcome={o} />
            </>
          ) : null}
          {isOrganiser ? (
            <StoryForms
              key={`${o.storyTitle}:${o.storyBody}:${String(o.publishedAt)}`}
              outcome={o}
              blocker={storyBlocker}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
