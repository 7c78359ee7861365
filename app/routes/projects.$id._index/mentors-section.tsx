import { Link } from "@remix-run/react";
import { stageLabel } from "~/domain/stages";
import { mentorPath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

export function MentorsSection({ page }: Props) {
  return (
    <Section id="mentors" title="Mentors">
      {page.mentors.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {page.mentors.map((m) => (
            <li key={m.mentorId} className="rounded-lg border border-line p-3">
              <Link to={mentorPath({ id: m.mentorId, name: m.name })} className="font-semibold">
                {m.name}
              </Link>
              {m.headline ? <p className="text-sm text-muted">{m.headline}</p> : null}
              {m.focus ? <p className="mt-1 text-sm">Helping with: {m.focus}</p> : null}
              <p className="mt-1 text-sm text-muted">Since {date(m.since)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No mentor has adopted this project yet.</p>
      )}
      {page.suggestedMentors.length > 0 && page.nextStage ? (
        <>
          <h3 className="mt-6 text-lg">Mentors who could help with the next gate</h3>
          <p className="text-sm text-muted">
            Their expertise covers open items for {stageLabel(page.nextStage).toLowerCase()}, and they have room for
            another project.
          </p>
          <ul className="mt-2 space-y-2">
            {page.suggestedMentors.map((m) => (
              <li key={m.id}>
                <Link to={mentorPath(m)} className="font-semibold">
                  {m.name}
                </Link>
                {m.headline ? <span className="text-muted"> · {m.headline}</span> : null}
                <span className="block text-sm">Could help with: {m.covers.map((c) => c.label).join("; ")}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
