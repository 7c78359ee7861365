/**
 * Remix's Express adapter (@remix-run/express 2.17.5's createRequestHandler) with one change: the
 * body Remix reads is capped while it streams (security.ts cappedBody), so a chunked body with no
 * declared length cannot be read whole. The URL, headers and response are handled as the adapter
 * does (it exports none of its pieces); Hackpath sends no event streams, so none are flushed early.
 * And visitors' pages may come from the page cache (page-cache.ts).
 */
import type { IncomingHttpHeaders } from "node:http";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { committedState } from "../app/utils/db.server";
import { withReadScope } from "../app/utils/request-scope.server";
import { isCacheableRequest, isKeepable, joinWith, splitAround, type KeptAnswer, type PageCache } from "./page-cache";
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

function sendKept(res: Response, answer: KeptAnswer, context: LoadContext, how: "hit" | "miss"): void {
  res.statusMessage = answer.statusText;
  res.status(answer.status);
  for (const [key, value] of answer.headers) res.append(key, value);
  res.setHeader("X-Page-Cache", how);
  res.end(joinWith(answer, [context.cspNonce, context.requestId]));
}

/**
 * Sends Remix's answer, keeping it (page-cache.ts) when it may be kept; the cache itself refuses
 * one past MAX_ANSWER_BYTES. `state` is the committed state read before Remix ran: a write during
 * the render leaves the kept answer already out of date, never newer than its label.
 */
async function answerAndKeep(
  res: Response,
  response: globalThis.Response,
  { cache, key, state, context }: { cache: PageCache; key: string; state: string; context: LoadContext },
): Promise<void> {
  if (!isKeepable(response)) return sendRemixResponse(res, response);
  const body = await response.text();
  const answer: KeptAnswer = {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()].filter(([name]) => name !== "content-length"),
    ...splitAround(body, [context.cspNonce, context.requestId]),
  };
  cache.set(key, state, answer);
  sendKept(res, answer, context, "miss");
}

/**
 * An Express handler that serves every request with Remix; with a page cache, visitors' pages are
 * answered from it while nothing has been written since (decision 0063).
 */
export function remixHandler({
  build,
  mode,
  getLoadContext,
  pageCache,
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: Response) => LoadContext;
  pageCache?: PageCache;
}) {
  const handleRequest = createRequestHandler(build, mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const context = getLoadContext(req, res);
      const cache = pageCache && isCacheableRequest(req) ? pageCache : undefined;
      const key = cache ? requestUrl(req).href : "";
      const state = cache ? await committedState() : "";
      const kept = cache?.get(key, state);
      if (kept) return sendKept(res, kept, context, "hit");
      const request = remixRequest(req, res);
      // A page's loaders share what they read once (request-scope.server.ts); no action runs in a GET.
      const response = await (req.method === "GET" || req.method === "HEAD"
        ? withReadScope(() => handleRequest(request, context))
        : handleRequest(request, context));
      // A body past its limit has been answered 413 already (security.ts refuseTooLarge).
      if (res.headersSent) return;
      if (cache) await answerAndKeep(res, response, { cache, key, state, context });
      else await sendRemixResponse(res, response);
    } catch (error) {
      if (res.headersSent) return;
      next(error);
    }
  };
}
