import { Link } from "@remix-run/react";
import { Card } from "~/components/ui/card";
import { formatDateRange } from "~/domain/dates";
import type { HackDayCard } from "~/models/hack-days.server";
import { hackDayPath } from "~/utils/paths";
import { splitThemes } from "~/domain/hack-day-themes";
import { HackDayStatusBadge } from "./hack-day-status-badge";

/** A hack day card as the page receives it: its times may arrive serialized. */
export type HackDayCardData = Omit<HackDayCard, "startsAt" | "endsAt"> & {
  startsAt: Date | string;
  endsAt: Date | string;
};

/** A hack day in a list: name, when, where, places and projects. */
export function HackDayCard({ hackDay, headingLevel = 3 }: { hackDay: HackDayCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const themes = splitThemes(hackDay.themes);
  return (
    <Card as="li" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-xl">
          <Link to={hackDayPath(hackDay)}>{hackDay.name}</Link>
        </Heading>
        <HackDayStatusBadge status={hackDay.status} />
      </div>
      <p>{formatDateRange(new Date(hackDay.startsAt), new Date(hackDay.endsAt))}</p>
      <p className="text-muted">{hackDay.venue || (hackDay.onlineUrl ? "Online" : "Venue to be confirmed")}</p>
      <p className="text-sm text-muted">
        {hackDay.capacity
          ? `${hackDay.registeredCount} of ${hackDay.capacity} places taken`
          : `${hackDay.registeredCount} registered`}{" "}
        · {hackDay.projectCount === 1 ? "1 project" : `${hackDay.projectCount} projects`}
      </p>
      {themes.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Themes">
          {themes.map((t) => (
            <li key={t} className="rounded-full bg-surface px-2.5 py-0.5 text-xs font-semibold text-ink">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
