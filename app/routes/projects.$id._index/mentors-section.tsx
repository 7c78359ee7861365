import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { stageLabel } from "~/domain/stages";
import { mentorPath, projectMentorsPath } from "~/utils/paths";
import { Section, date } from "./section";
import type { Props } from "./section";

/** A reason from the matching rules as a sentence: "Covers your open C1 … item, 2 places free." */
const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;

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
                <span className="block text-sm">{sentence(m.reason)}</span>
                {page.viewer.isLead ? (
                  <Form method="post" action={projectMentorsPath(page.project)} className="mt-1">
                    <input type="hidden" name="intent" value="request" />
                    <input type="hidden" name="mentorId" value={m.id} />
                    <Button type="submit" variant="secondary">
                      Ask {m.name} to mentor
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {page.viewer.isMember || page.viewer.isMentor || page.viewer.hasMentorRole ? (
        <p className="mt-4">
          <Link to={projectMentorsPath(page.project)}>
            {page.viewer.isMember ? "Requests, offers and mentorships" : "Offer to mentor, or answer a request"}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
