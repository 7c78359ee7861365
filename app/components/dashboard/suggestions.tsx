import { Link } from "@remix-run/react";
import { StageBadge } from "~/components/projects/badges";
import type { Dashboard } from "~/models/dashboard.server";
import { problemPath, projectMentorsPath, projectPath } from "~/utils/paths";
import { PanelEmpty } from "./section";
import { listClass } from "./lists";

type Suggestions = Dashboard["suggestions"];

/** A reason from the matching rules as a sentence: "Its open C1 … needs your expertise; …." */
const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;

/** Projects whose open gate items need this mentor's expertise, each with why. */
export function MentorSuggestions({ suggestions }: { suggestions: NonNullable<Suggestions["mentor"]> }) {
  const { standing, items } = suggestions;
  if (!standing || standing.areas.length === 0)
    return (
      <PanelEmpty>
        Add your areas of expertise to your <Link to="/settings#mentor">mentor profile</Link> and projects that need
        them are suggested here.
      </PanelEmpty>
    );
  if (standing.activeCount >= standing.capacity)
    return (
      <PanelEmpty>
        You mentor {standing.activeCount} of the {standing.capacity} {standing.capacity === 1 ? "project" : "projects"}{" "}
        you have room for. Raise your capacity in <Link to="/settings#mentor">settings</Link> to see projects that need
        your expertise.
      </PanelEmpty>
    );
  if (!items.length) return <PanelEmpty>No project has an open item that needs your expertise right now.</PanelEmpty>;
  return (
    <ul className={listClass}>
      {items.map((p) => (
        <li key={p.id} className="py-3">
          <p className="flex flex-wrap items-center gap-2">
            <Link to={projectPath(p)} className="font-semibold">
              {p.name}
            </Link>
            <StageBadge stage={p.stage} />
          </p>
          <p className="text-sm">{sentence(p.reason)}</p>
          <p className="text-sm">
            <Link to={projectMentorsPath(p)}>
              Offer to mentor<span className="sr-only"> {p.name}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Projects that fit this funder's thesis and that they have not registered interest in yet. */
export function FunderSuggestions({ suggestions }: { suggestions: NonNullable<Suggestions["funder"]> }) {
  if (!suggestions.thesisSet)
    return (
      <PanelEmpty>
        Say which stages, care settings or specialties you fund in your{" "}
        <Link to="/settings#funder">funder profile</Link> and projects that fit are suggested here.
      </PanelEmpty>
    );
  if (!suggestions.items.length)
    return (
      <PanelEmpty>
        No new project fits your thesis right now. <Link to="/pipeline">Browse the pipeline</Link>
      </PanelEmpty>
    );
  return (
    <ul className={listClass}>
      {suggestions.items.map((p) => (
        <li key={p.id} className="py-3">
          <p className="flex flex-wrap items-center gap-2">
            <Link to={projectPath(p)} className="font-semibold">
              {p.name}
            </Link>
            <StageBadge stage={p.stage} />
          </p>
          {p.tagline ? <p className="text-sm text-muted">{p.tagline}</p> : null}
          <p className="text-sm">{sentence(p.reason)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Open problems that fit this developer's skills and specialties. */
export function DeveloperSuggestions({ suggestions }: { suggestions: NonNullable<Suggestions["developer"]> }) {
  if (!suggestions.hasInterests)
    return (
      <PanelEmpty>
        List specialties or topics among your skills (for example: paediatrics, primary care, remote monitoring) in your{" "}
        <Link to="/settings#developer">developer profile</Link> and problems that fit are suggested here.
      </PanelEmpty>
    );
  if (!suggestions.items.length)
    return (
      <PanelEmpty>
        No open problem fits your profile right now. <Link to="/problems">Browse problems</Link>
      </PanelEmpty>
    );
  return (
    <ul className={listClass}>
      {suggestions.items.map((p) => (
        <li key={p.id} className="py-3">
          <Link to={problemPath(p)} className="font-semibold">
            {p.title}
          </Link>
          <p className="text-sm">{sentence(p.reason)}</p>
        </li>
      ))}
    </ul>
  );
}
