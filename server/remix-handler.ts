/**
 * Remix's Express adapter (@remix-run/express 2.17.5's createRequestHandler) with one change: the
 * body Remix reads is capped while it streams (security.ts cappedBody), so a chunked body with no
 * declared length cannot be read whole. The URL, headers and response are handled as the adapter
 * does (it exports none of its pieces); Hackpath sends no event streams, so none are flushed early.
 */
import type { IncomingHttpHeaders } from "node:http";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { cappedBody, requestUrl } from "./security";

type LoadContext = { cspNonce: string; clientIp: string | undefined; requestId: string };

function remixHeaders(requestHeaders: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    for (const value of [values ?? []].flat()) headers.append(key, value);
  }
  return headers;
}

async function sendRemixResponse(res: Response, response: globalThis.Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

function remixRequest(req: Request, res: Response): globalThis.Request {
  // Abort loaders and actions once no response can be written (closed before finishing).
  let controller: AbortController | null = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const init: RequestInit & { duplex?: "half" } = {
    method: req.method,
    headers: remixHeaders(req.headers),
    signal: controller.signal,
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(cappedBody(req, res));
    init.duplex = "half";
  }
  return new Request(requestUrl(req).href, init);
}

/** An Express handler that serves every request with Remix. */
export function remixHandler({
  build,
  mode,
  getLoadContext,
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: Response) => LoadContext;
}) {
  const handleRequest = createRequestHandler(build, mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const response = await handleRequest(remixRequest(req, res), getLoadContext(req, res));
      // A body past its limit has been answered 413 already (security.ts refuseTooLarge).
      if (res.headersSent) return;
      await sendRemixResponse(res, response);
    } catch (error) {
      if (res.headersSent) return;
      next(error);
    }
  };
}
