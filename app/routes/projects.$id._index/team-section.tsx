import { Badge } from "~/components/ui/badge";
import { Section } from "./section";
import type { Props } from "./section";

export function TeamSection({ page }: Props) {
  return (
    <Section id="team" title="Team">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {page.team.map((member) => (
          <li key={member.userId} className="rounded-lg border border-line p-3">
            <p className="font-semibold">{member.name}</p>
            <p className="text-sm text-muted">
              {member.role === "lead" ? "Team lead" : "Team member"}
              {member.organisation ? ` · ${member.organisation}` : ""}
            </p>
            {member.isClinician ? (
              <p className="mt-1">
                <Badge tone="success">Clinician</Badge>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
