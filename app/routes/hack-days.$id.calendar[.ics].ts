import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/guards.server";
import { hackDayToIcsEvent } from "~/domain/hack-day-calendar";
import { isPublicHackDay } from "~/domain/hack-day-status";
import { buildIcsCalendar } from "~/domain/ics";
import { env } from "~/utils/env.server";
import { notFound } from "~/utils/http.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { slugify } from "~/utils/slug";

/** /hack-days/:id/calendar.ics: one public hack day as an iCalendar file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const hackDay = await requireVisibleHackDay(params.id, await getOptionalUser(request));
  // Drafts never leave the site as files, even for organisers.
  if (!isPublicHackDay(hackDay.status)) notFound("We could not find that hack day.");
  const origin = env.APP_ORIGIN ?? new URL(request.url).origin;
  const body = buildIcsCalendar({ name: hackDay.name, events: [hackDayToIcsEvent(origin, hackDay)] });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slugify(hackDay.name) || "hack-day"}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
