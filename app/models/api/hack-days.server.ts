import { count, desc, inArray, ne } from "drizzle-orm";
import { hackDays } from "../../../db/schema";
import { hackDaySectionStatuses } from "../../domain/hack-day-status";
import type { HackDayStatus } from "../../domain/taxonomy";
import type { UrlFor } from "../../utils/api.server";
import { getDb } from "../core.server";
import { pageWindow, PAGE_SIZE, toPage } from "../../utils/pagination";
import { hackDayPath } from "../../utils/paths";
import type { HackDayFilters } from "../../validation/browse";

const publicColumns = {
  id: hackDays.id,
  name: hackDays.name,
  description: hackDays.description,
  themes: hackDays.themes,
  status: hackDays.status,
  startsAt: hackDays.startsAt,
  endsAt: hackDays.endsAt,
  submissionDeadline: hackDays.submissionDeadline,
  venue: hackDays.venue,
  onlineUrl: hackDays.onlineUrl,
  capacity: hackDays.capacity,
  resultsPublishedAt: hackDays.resultsPublishedAt,
};
export type PublicHackDay = {
  id: number;
  name: string;
  description: string;
  themes: string;
  status: HackDayStatus;
  startsAt: Date;
  endsAt: Date;
  submissionDeadline: Date;
  venue: string;
  onlineUrl: string | null;
  capacity: number | null;
  resultsPublishedAt: Date | null;
};

/**
 * Announced hack days (not drafts), latest start first, for the public API; `section` narrows
 * them to the statuses of that section of /hack-days.
 */
export async function listApiHackDays({
  filters = {},
  page,
  pageSize = PAGE_SIZE,
}: {
  filters?: HackDayFilters;
  page: number;
  pageSize?: number;
}) {
  const db = getDb();
  const where = filters.section
    ? inArray(hackDays.status, [...hackDaySectionStatuses[filters.section]])
    : ne(hackDays.status, "draft");
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select(publicColumns)
    .from(hackDays)
    .where(where)
    .orderBy(desc(hackDays.startsAt), desc(hackDays.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(hackDays).where(where);
  return toPage<PublicHackDay>(rows, total?.n ?? 0, page, pageSize);
}

/** A hack day in the public API. Fields picked by name. */
export function serializeHackDay(h: PublicHackDay, url: UrlFor) {
  return {
    id: h.id,
    name: h.name,
    description: h.description,
    themes: h.themes,
    status: h.status,
    startsAt: h.startsAt.toISOString(),
    endsAt: h.endsAt.toISOString(),
    submissionDeadline: h.submissionDeadline.toISOString(),
    venue: h.venue,
    onlineUrl: h.onlineUrl,
    capacity: h.capacity,
    resultsPublishedAt: h.resultsPublishedAt ? h.resultsPublishedAt.toISOString() : null,
    url: url(hackDayPath(h)),
    calendarUrl: url("/hack-days.ics"),
  };
}
