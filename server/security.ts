import { randomBytes } from "node:crypto";
import { Transform, type Readable } from "node:stream";
import type { NextFunction, Request, Response } from "express";

/** Content-Security-Policy with a fresh nonce per response; every script must carry it. */
export function securityHeaders({ production }: { production: boolean }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    const scriptSrc = production ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline' 'unsafe-eval'`;
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${scriptSrc}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        production ? "connect-src 'self'" : "connect-src 'self' ws: wss:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader(
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    );
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** An email's unsubscribe link (app/routes/unsubscribe.$token): the token is 160 bits in base64url. */
const UNSUBSCRIBE_PATH = /^\/unsubscribe\/[A-Za-z0-9_-]{20,64}$/;

/**
 * The one exemption from the Origin check: an RFC 8058 one-click unsubscribe, which a mail
 * provider POSTs from its own servers to the List-Unsubscribe address with no Origin and no
 * cookies. It is safe to let through because the check guards against a browser carrying our
 * session cookie to a forged form, and this action reads no cookie: the unguessable token in the
 * path is its only credential. Only POST, only that path, only with no Origin at all (a browser
 * always sends one with a POST, so a cross-site form is still refused). Decision 0057.
 */
function isOneClickUnsubscribe(req: Request): boolean {
  return req.method === "POST" && req.get("origin") === undefined && UNSUBSCRIBE_PATH.test(req.path);
}

/**
 * Refuses every state-changing request that does not come from our own pages: its Origin must be
 * ours, or, where a browser sends no Origin, Sec-Fetch-Site must say same-origin. Applies to the
 * whole server, resource routes included, except a one-click unsubscribe (isOneClickUnsubscribe).
 */
export function originCheck({ allowedOrigin }: { allowedOrigin?: string }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || isOneClickUnsubscribe(req)) return next();
    const origin = req.get("origin");
    const own = allowedOrigin ?? `${req.protocol}://${req.get("host")}`;
    const fetchSite = req.get("sec-fetch-site");
    const ok = origin ? origin !== "null" && origin === own : fetchSite === "same-origin";
    if (ok) return next();
    res
      .status(403)
      .type("text/plain")
      .send(
        "This request was refused because it did not come from a Hackpath page. Go back, reload the page and try again.",
      );
  };
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
/** Largest body accepted: a text form is far below 1 MiB; uploads are five 2 MB screenshots. */
const MAX_BODY_BYTES: Record<string, number> = {
  "application/x-www-form-urlencoded": 1024 * 1024,
  "multipart/form-data": 12 * 1024 * 1024,
};
const TOO_LARGE = "That form was too large to accept. Shorten the text or attach fewer or smaller images.";

function contentType(req: Request): string {
  return (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The most bytes of this request's body anyone reads: its form type's limit. */
export function bodyLimit(req: Request): number {
  return MAX_BODY_BYTES[contentType(req)] ?? MAX_BODY_BYTES["application/x-www-form-urlencoded"]!;
}

/**
 * Every write in Hackpath is an HTML form post, so a write whose body is anything else (JSON, XML,
 * plain text) is answered 415 here instead of failing deep inside an action's form parser, and
 * one whose declared size is past any real form's is answered 413 before it is read. A body with
 * no declared size (chunked) is capped while it streams: see cappedBody.
 */
export function formBodiesOnly() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
    if (!hasBody) return next();
    if (!FORM_TYPES.includes(contentType(req))) {
      res.status(415).type("text/plain").send("Hackpath only accepts form submissions here. Use the form on the page.");
      return;
    }
    if (Number(req.get("content-length") ?? 0) > bodyLimit(req)) {
      res.status(413).type("text/plain").send(TOO_LARGE);
      return;
    }
    next();
  };
}

/** How long a refused upload's connection may stay open for the client to read the answer. */
const CLOSE_GRACE_MS = 2000;

/**
 * Answers 413, stops reading and closes the connection after a grace period: the rest of the body
 * is never read. The answer carries no `Connection: close`, because Node destroys a socket the
 * moment such an answer is written, and destroying a socket with unread bytes sends a reset that
 * can reach the client before it has read the 413 (it then sees only a broken pipe). Paused, the
 * client's upload stalls while it reads the answer; the socket is closed when the grace is over.
 */
function refuseTooLarge(req: Request, res: Response): void {
  req.pause();
  res.locals.bodyRefused = true;
  if (!res.headersSent) res.status(413).type("text/plain").send(TOO_LARGE);
  setTimeout(() => req.socket.destroy(), CLOSE_GRACE_MS).unref();
}

/**
 * The request body as Remix reads it, cut off at the form type's limit whatever its framing: the
 * Content-Length check cannot see a chunked body's size, so bytes are counted as they arrive.
 * Past the limit the request is answered 413 and nothing more is read.
 */
export function cappedBody(req: Request, res: Response): Readable {
  const limit = bodyLimit(req);
  let seen = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen <= limit) return callback(null, chunk);
      req.unpipe(capped);
      refuseTooLarge(req, res);
      callback(new Error("Request body too large"));
    },
  });
  req.on("error", (error) => capped.destroy(error));
  return req.pipe(capped);
}

/**
 * Reads and throws away what is left of a write's body once its response is sent. Remix starts
 * streaming a POST body and pauses it when nothing reads it (a write refused before its form is
 * read: log in first, forbidden, no such page), and Node then cannot reuse the connection: the
 * browser's next request on it stalls for seconds. Draining the rest frees the connection; a rest
 * longer than any form's limit is not worth reading, and the connection is closed instead.
 */
export function drainUnreadBodies() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!SAFE_METHODS.has(req.method)) {
      res.on("finish", () => {
        if (req.complete || res.locals.bodyRefused) return;
        const limit = bodyLimit(req);
        let drained = 0;
        req.unpipe();
        req.removeAllListeners("data");
        req.on("data", (chunk: Buffer) => {
          drained += chunk.length;
          if (drained > limit) req.socket.destroy();
        });
        req.resume();
      });
    }
    next();
  };
}

/**
 * The URL the Remix adapter builds for a request: req.hostname honours "trust proxy" but drops the
 * port, which is taken from X-Forwarded-Host or Host. Throws when the headers make no URL.
 */
export function requestUrl(req: Request): URL {
  const portOf = (header: string | undefined) => Number.parseInt(header?.split(":")[1] ?? "", 10);
  const port = [portOf(req.get("x-forwarded-host")), portOf(req.get("host"))].find(Number.isSafeInteger);
  return new URL(`${req.protocol}://${req.hostname}${port !== undefined ? `:${port}` : ""}${req.originalUrl}`);
}

/**
 * Answers 400 to a request whose Host or X-Forwarded-Host makes no URL (`Host: a:99999`, `[::`),
 * which the Remix handler could not build a request from: a 500 for a malformed header.
 */
export function wellFormedHost() {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      requestUrl(req);
    } catch {
      res.status(400).type("text/plain").send("Bad request: the Host header does not name a valid host.");
      return;
    }
    next();
  };
}

/** The host Remix compares a write's Origin with: X-Forwarded-Host's first value, else Host. */
function forwardedHost(req: Request): string | undefined {
  return req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host");
}

const HOST_WARNING_INTERVAL_MS = 60_000;

/**
 * Refuses, with a 400 and a log line that says what to configure, a write whose Origin passed
 * originCheck but names another host than the request arrived with: a reverse proxy that rewrites
 * Host, or a probe. Remix makes the same comparison in every action and throws, which is a 500.
 * The log line is written at most once a minute, so a flood of such requests cannot fill the log.
 */
export function originMatchesHost({ warn }: { warn: (line: string) => void }) {
  let lastWarning = -Infinity;
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get("origin");
    if (SAFE_METHODS.has(req.method) || !origin) return next();
    const host = forwardedHost(req);
    if (new URL(origin).host === host) return next();
    if (Date.now() - lastWarning > HOST_WARNING_INTERVAL_MS) {
      lastWarning = Date.now();
      warn(
        `Refused a ${req.method} whose Origin is ${origin} but which arrived for host ${host ?? "(none)"}. ` +
          "If Hackpath is behind a reverse proxy, have it pass the original Host header (nginx: " +
          "proxy_set_header Host $host) or X-Forwarded-Host, and set TRUST_PROXY to the proxy's address.",
      );
    }
    res
      .status(400)
      .type("text/plain")
      .send("This request was refused because the address it was sent to does not match the page it came from.");
  };
}
