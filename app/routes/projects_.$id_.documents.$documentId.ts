import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/guards.server";
import { getDocumentForDownload, readDocumentFile } from "~/models/gate-items.server";
import { notFound, requireIdParam } from "~/utils/http.server";

/**
 * Serves an evidence document as an attachment. A document the viewer may not see is a 404, the
 * same as one that does not exist, so a guessed address tells a stranger nothing. (The server sets
 * `X-Content-Type-Options: nosniff` on every response.)
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const projectId = requireIdParam(params.id, "project");
  const documentId = requireIdParam(params.documentId, "document");
  const viewer = await getOptionalUser(request);
  const doc = await getDocumentForDownload({ projectId, documentId, viewer });
  const bytes = doc ? await readDocumentFile(doc.fileName) : null;
  if (!doc || !bytes) notFound("We could not find that document.");
  const asciiName = `${doc.title.replace(/[^A-Za-z0-9 ._-]+/g, "_").trim() || "evidence"}.pdf`;
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(`${doc.title}.pdf`)}`,
      // Private documents must not sit in shared caches.
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
