/**
 * Small helpers the hack day routes share: loading a hack day the viewer may see (404 otherwise,
 * so drafts are not even confirmed to exist), requiring the right to run it, turning a model's
 * refusal into a form reply, and reading a submission's multipart body within size limits.
 */
import { redirect } from "@remix-run/node";
import type { SessionUser } from "~/auth/session.server";
import { canManageHackDay, canViewHackDay } from "~/domain/hack-day-access";
import { getHackDay, type HackDayDetails } from "~/models/hack-days.server";
import { MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS } from "~/domain/screenshots";
import { forbidden, notFound, requireIdParam } from "./http.server";
import { hackDayPath } from "./paths";
import { multipartReader } from "./multipart.server";
import { idSlug } from "./slug";

/** The hack day at `:id` if the viewer may see it; otherwise a 404. */
export async function requireVisibleHackDay(
  param: string | undefined,
  viewer: SessionUser | null,
): Promise<HackDayDetails> {
  const id = requireIdParam(param, "hack day");
  const hackDay = await getHackDay(id);
  if (!hackDay || !canViewHackDay(viewer, hackDay)) notFound("We could not find that hack day.");
  return hackDay;
}

/** The hack day at `:id` if the viewer runs it: 404 if they cannot see it, 403 if they cannot run it. */
export async function requireManagedHackDay(param: string | undefined, viewer: SessionUser): Promise<HackDayDetails> {
  const hackDay = await requireVisibleHackDay(param, viewer);
  if (!canManageHackDay(viewer, hackDay)) forbidden("Only this hack day's organiser can do this.");
  return hackDay;
}

/** Redirects GETs that used an old or missing slug to the canonical address. */
export function redirectToCanonical(
  request: Request,
  param: string | undefined,
  hackDay: { id: number; name: string },
): void {
  const canonical = idSlug(hackDay.id, hackDay.name);
  if (param !== canonical) {
    const url = new URL(request.url);
    throw redirect(url.pathname.replace(`/hack-days/${param}`, hackDayPath(hackDay)) + url.search, 301);
  }
}

/** Biggest body we read for a submission: five 2 MB screenshots and the text, with room to spare. */
export const MAX_SUBMISSION_BODY = MAX_SCREENSHOTS * MAX_SCREENSHOT_BYTES + 1024 * 1024;

/** Reads a multipart submission: screenshots of 2 MB at most, within MAX_SUBMISSION_BODY. */
export const readSubmissionFormData = multipartReader({
  maxFileBytes: MAX_SCREENSHOT_BYTES,
  maxBodyBytes: MAX_SUBMISSION_BODY,
  tooLarge: "That upload is too large. Each screenshot must be 2 MB or smaller.",
});
