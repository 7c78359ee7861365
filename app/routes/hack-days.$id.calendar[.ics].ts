import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/guards.server";
import { CALENDAR_REFRESH_INTERVAL, hackDayToIcsEvent } from "~/domain/hack-day-calendar";
import { buildIcsCalendar } from "~/domain/ics";
import { getCalendarHackDay } from "~/models/hack-days.server";
import { notFound } from "~/utils/http.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { publicOrigin } from "~/utils/seo.server";
import { slugify } from "~/utils/slug";

/** /hack-days/:id/calendar.ics: one public hack day as an iCalendar file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const visible = await requireVisibleHackDay(params.id, await getOptionalUser(request));
  // Drafts never leave the site as files, even for organisers.
  const hackDay = await getCalendarHackDay(visible.id);
  if (!hackDay) notFound("We could not find that hack day.");
  const body = buildIcsCalendar({
    name: hackDay.name,
    refreshInterval: CALENDAR_REFRESH_INTERVAL,
    events: [hackDayToIcsEvent(publicOrigin(request), hackDay)],
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slugify(hackDay.name) || "hack-day"}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
