import type { LoaderFunctionArgs } from "@remix-run/node";
import { hackDayToIcsEvent } from "~/domain/hack-day-calendar";
import { buildIcsCalendar } from "~/domain/ics";
import { listCalendarHackDays } from "~/models/hack-days.server";
import { env } from "~/utils/env.server";

/** /hack-days.ics: every public (not draft) hack day as one iCalendar feed to subscribe to. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = env.APP_ORIGIN ?? new URL(request.url).origin;
  const hackDays = await listCalendarHackDays();
  const body = buildIcsCalendar({
    name: "Hackpath hack days",
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
