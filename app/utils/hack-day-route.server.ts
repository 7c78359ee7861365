/**
 * Small helpers the hack day routes share: loading a hack day the viewer may see (404 otherwise,
 * so drafts are not even confirmed to exist), requiring the right to run it, turning a model's
 * refusal into a form reply, and reading a submission's multipart body within size limits.
 */
import { redirect, unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import type { SessionUser } from "~/auth/session.server";
import { canManageHackDay, canViewHackDay } from "~/domain/hack-day-access";
import { getHackDay, type HackDayDetails } from "~/models/hack-days.server";
import { MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS, OVERSIZED_UPLOAD_TYPE } from "~/validation/submissions";
import { assertFormShape, readForm } from "./form.server";
import { forbidden, notFound, requireIdParam } from "./http.server";
import { hackDayPath } from "./paths";
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
const MAX_TEXT_PART = 64 * 1024;
const MAX_PARTS = 200;

/**
 * Reads a multipart submission. A file over 2 MB is not kept: it arrives as an empty file of type
 * OVERSIZED_UPLOAD_TYPE, so the shared schema can name it in its error. Text parts over 64 KB and
 * bodies over MAX_SUBMISSION_BODY are refused with 413. Plain urlencoded posts (no files) work too.
 */
export async function readSubmissionFormData(request: Request): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_SUBMISSION_BODY)
    throw new Response("That upload is too large. Each screenshot must be 2 MB or smaller.", { status: 413 });
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    return readForm(request);
  }

  let parts = 0;
  let total = 0;
  const handler: UploadHandler = async ({ filename, contentType, data: stream }) => {
    if (++parts > MAX_PARTS) throw new Response("That form has too many parts.", { status: 413 });
    const limit = typeof filename === "string" ? MAX_SCREENSHOT_BYTES : MAX_TEXT_PART;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (total > MAX_SUBMISSION_BODY)
        throw new Response("That upload is too large. Each screenshot must be 2 MB or smaller.", { status: 413 });
      // Keep reading past the limit (the stream must be drained) but keep nothing.
      if (size <= limit) chunks.push(chunk);
    }
    if (typeof filename !== "string") {
      if (size > limit) throw new Response("A field in that form is too long.", { status: 413 });
      return new TextDecoder().decode(concat(chunks, size));
    }
    if (filename === "" && size === 0) return undefined;
    if (size > limit) return new File([], filename, { type: OVERSIZED_UPLOAD_TYPE });
    return new File([concat(chunks, size)], filename, { type: contentType });
  };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof Response) throw error;
    throw new Response("We could not read that form. Please try again.", { status: 400 });
  }
  assertFormShape(form);
  return form;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
