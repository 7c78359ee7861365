/** Headers of the sitemap files: XML, cached for an hour. */
export const XML_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=3600",
};

/** Characters a streamed text response gathers before it sends them, so thousands of lines go as few chunks. */
const CHUNK_CHARS = 16 * 1024;

/**
 * A response body that pulls text from `parts` only when the client is ready for more, gathering
 * small pieces into chunks of about 16 KB. If the client goes away, the source is closed (its
 * `finally` blocks run), which stops the queries behind it.
 */
export function textStream(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      while (chunk.length < CHUNK_CHARS) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
