import type { LoaderFunctionArgs } from "@remix-run/node";
import { getScreenshot, readScreenshotFile } from "~/models/screenshots.server";
import { notFound } from "~/utils/http.server";

/**
 * Serves an uploaded screenshot. The name must be one we generated and be in the database; the
 * type comes from the database (checked by content at upload), never from the file, and the
 * headers stop browsers sniffing it into anything else.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const name = params.file ?? "";
  const screenshot = await getScreenshot(name);
  const bytes = screenshot ? await readScreenshotFile(screenshot.fileName) : null;
  if (!screenshot || !bytes) notFound("We could not find that image.");
  return new Response(bytes, {
    headers: {
      "Content-Type": screenshot.contentType,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": `inline; filename="${screenshot.fileName}"`,
      // Names are random and never reused, so the bytes behind one never change.
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
