import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Card } from "~/components/ui/card";
import { formatDateRange } from "~/domain/dates";
import { hackDayStatuses } from "~/domain/taxonomy";
import { hackDayPath } from "~/utils/paths";

export type HackDayTeaserData = {
  id: number;
  name: string;
  startsAt: Date | string;
  endsAt: Date | string;
  venue: string;
  onlineUrl: string | null;
  status: string;
};

/** A coming hack day: name, when, where, and whether registration is open. */
export function HackDayTeaser({ hackDay }: { hackDay: HackDayTeaserData }) {
  // Venues often say "and online" themselves.
  const where =
    hackDay.onlineUrl && !/online/i.test(hackDay.venue)
      ? [hackDay.venue, "online"].filter(Boolean).join(" and ")
      : hackDay.venue;
  return (
    <Card as="li">
      <h3 className="text-lg">
        <Link to={hackDayPath(hackDay)}>{hackDay.name}</Link>
      </h3>
      <p className="mt-1">{formatDateRange(new Date(hackDay.startsAt), new Date(hackDay.endsAt))}</p>
      {where ? <p className="text-sm text-muted">{where}</p> : null}
      <p className="mt-2">
        <Badge tone={hackDay.status === "live" ? "success" : "brand"}>{hackDayStatuses.label(hackDay.status)}</Badge>
      </p>
    </Card>
  );
}
