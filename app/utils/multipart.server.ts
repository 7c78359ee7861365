/**
 * Reading forms that carry files, within limits, for every upload in Hackpath (screenshots,
 * evidence documents).
 */
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { MAX_DOCUMENT_BYTES } from "~/validation/pipeline";
import { OVERSIZED_UPLOAD_TYPE } from "~/validation/submissions";
import { assertFormShape, readForm, withoutNul } from "./form.server";

const MAX_TEXT_PART = 64 * 1024;
const MAX_PARTS = 200;

/**
 * A reader for a form with file uploads. A file over `maxFileBytes` is not kept: it arrives as an
 * empty file of type OVERSIZED_UPLOAD_TYPE, so the shared schema can name it in its error. Text
 * parts over 64 KB and bodies over `maxBodyBytes` are refused with 413 and `tooLarge`. Plain
 * urlencoded posts (no files) work too. (The server caps every body while it streams as well.)
 */
export function multipartReader({
  maxFileBytes,
  maxBodyBytes,
  tooLarge,
}: {
  maxFileBytes: number;
  maxBodyBytes: number;
  tooLarge: string;
}): (request: Request) => Promise<FormData> {
  return (request) => readMultipart(request, { maxFileBytes, maxBodyBytes, tooLarge });
}

async function readMultipart(
  request: Request,
  { maxFileBytes, maxBodyBytes, tooLarge }: { maxFileBytes: number; maxBodyBytes: number; tooLarge: string },
): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > maxBodyBytes) throw new Response(tooLarge, { status: 413 });
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    return readForm(request);
  }

  let parts = 0;
  let total = 0;
  const handler: UploadHandler = async ({ filename, contentType, data: stream }) => {
    if (++parts > MAX_PARTS) throw new Response("That form has too many parts.", { status: 413 });
    const limit = typeof filename === "string" ? maxFileBytes : MAX_TEXT_PART;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (total > maxBodyBytes) throw new Response(tooLarge, { status: 413 });
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
  return withoutNul(form);
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

/** Reads a gate item's form: one PDF of 10 MB at most, with the text fields. */
export const readDocumentForm = multipartReader({
  maxFileBytes: MAX_DOCUMENT_BYTES,
  maxBodyBytes: MAX_DOCUMENT_BYTES + 1024 * 1024,
  tooLarge: "That upload is too large. A document must be 10 MB or smaller.",
});
