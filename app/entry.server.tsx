import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { answersFormWithError, errorTitleStream } from "~/utils/error-title.server";
import { logger } from "~/utils/logger.server";
import { NonceContext } from "~/utils/nonce";

export const streamTimeout = 5_000;

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Fresh per request, set by the server with the Content-Security-Policy header. */
    cspNonce?: string;
    /** The request's id, echoed in the X-Request-Id header and on every log line about it. */
    requestId?: string;
  }
}

/** Logs, once and with its stack, every error a loader or action throws (not a thrown Response). */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  logger.error({ err: error, requestId: request.headers.get("x-request-id") }, "request failed");
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  // Bots and no-JS clients get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          if (answersFormWithError(request, responseStatusCode)) {
            const titled = errorTitleStream();
            titled.pipe(body);
            pipe(titled);
          } else {
            pipe(body);
          }
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered)
            logger.error({ err: error, requestId: request.headers.get("x-request-id") }, "render failed");
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
