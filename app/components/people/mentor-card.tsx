import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Card } from "~/components/ui/card";
import { expertiseAreas } from "~/domain/taxonomy";
import { mentorPath } from "~/utils/paths";

export type MentorCardData = {
  id: number;
  name: string;
  organisation: string;
  headline: string;
  capacity: number;
  activeCount: number;
  acceptingRequests: boolean;
  areas: string[];
};

/** Whether a mentor could take on another project, in words. */
export function mentorAvailability(m: Pick<MentorCardData, "capacity" | "activeCount" | "acceptingRequests">): {
  text: string;
  open: boolean;
} {
  const spare = Math.max(0, m.capacity - m.activeCount);
  if (!m.acceptingRequests) return { text: "Not taking requests just now", open: false };
  if (spare === 0) return { text: `Full: mentoring ${m.activeCount} of ${m.capacity} projects`, open: false };
  return {
    text: `Room for ${spare} more ${spare === 1 ? "project" : "projects"} (mentoring ${m.activeCount} of ${m.capacity})`,
    open: true,
  };
}

/** A mentor in the directory: name, headline, expertise and room for more. */
export function MentorCard({ mentor }: { mentor: MentorCardData }) {
  const availability = mentorAvailability(mentor);
  return (
    <Card as="li">
      <h2 className="text-lg">
        <Link to={mentorPath(mentor)}>{mentor.name}</Link>
      </h2>
      {mentor.headline ? <p className="mt-1">{mentor.headline}</p> : null}
      {mentor.organisation ? <p className="text-sm text-muted">{mentor.organisation}</p> : null}
      {mentor.areas.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Expertise">
          {mentor.areas.map((area) => (
            <li key={area}>
              <Badge>{expertiseAreas.label(area)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <p className={`mt-2 text-sm font-semibold ${availability.open ? "text-success-700" : "text-muted"}`}>
        {availability.text}
      </p>
    </Card>
  );
}
