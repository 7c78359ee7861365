import type { LoaderFunctionArgs } from "@remix-run/node";
import { CALENDAR_REFRESH_INTERVAL, hackDayToIcsEvent } from "~/domain/hack-day-calendar";
import { buildIcsCalendar } from "~/domain/ics";
import { listCalendarHackDays } from "~/models/hack-days.server";
import { publicOrigin } from "~/utils/seo.server";

/** /hack-days.ics: every public (not draft) hack day as one iCalendar feed to subscribe to. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const hackDays = await listCalendarHackDays();
  const body = buildIcsCalendar({
    name: "Hackpath hack days",
    refreshInterval: CALENDAR_REFRESH_INTERVAL,
    events: hackDays.map((h) => hackDayToIcsEvent(origin, h)),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="hackpath-hack-days.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
