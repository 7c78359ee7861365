import { randomBytes } from "node:crypto";
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

/**
 * Refuses every state-changing request that does not come from our own pages: its Origin must be
 * ours, or, where a browser sends no Origin, Sec-Fetch-Site must say same-origin. Applies to the
 * whole server, resource routes included.
 */
export function originCheck({ allowedOrigin }: { allowedOrigin?: string }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
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

/**
 * Every write in Hackpath is an HTML form post, so a write whose body is anything else (JSON, XML,
 * plain text) is answered 415 here instead of failing deep inside an action's form parser, and
 * one whose declared size is past any real form's is answered 413 before it is read.
 */
export function formBodiesOnly() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
    const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!hasBody) return next();
    if (!FORM_TYPES.includes(type)) {
      res.status(415).type("text/plain").send("Hackpath only accepts form submissions here. Use the form on the page.");
      return;
    }
    if (Number(req.get("content-length") ?? 0) > MAX_BODY_BYTES[type]!) {
      res
        .status(413)
        .type("text/plain")
        .send("That form was too large to accept. Shorten the text or attach fewer or smaller images.");
      return;
    }
    next();
  };
}

/**
 * Reads and throws away what is left of a write's body once its response is sent. Remix starts
 * streaming a POST body and pauses it when nothing reads it (a write refused before its form is
 * read: log in first, forbidden, no such page), and Node then cannot reuse the connection: the
 * browser's next request on it stalls for seconds. Draining the rest frees the connection.
 */
export function drainUnreadBodies() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!SAFE_METHODS.has(req.method)) {
      res.on("finish", () => {
        if (req.complete) return;
        req.removeAllListeners("data");
        req.resume();
      });
    }
    next();
  };
}

/**
 * Answers 400 to a request whose Host or X-Forwarded-Host makes no URL (`Host: a:99999`, `[::`).
 * The Remix adapter builds each request's URL from them, port taken from either header, and would
 * throw: a 500 for a malformed header. This mirrors its construction and refuses first.
 */
export function wellFormedHost() {
  return (req: Request, res: Response, next: NextFunction) => {
    const portOf = (header: string | undefined) => Number.parseInt(header?.split(":")[1] ?? "", 10);
    const port = [portOf(req.get("x-forwarded-host")), portOf(req.get("host"))].find(Number.isSafeInteger);
    try {
      new URL(`${req.protocol}://${req.hostname}${port !== undefined ? `:${port}` : ""}${req.originalUrl}`);
    } catch {
      res.status(400).type("text/plain").send("Bad request: the Host header does not name a valid host.");
      return;
    }
    next();
  };
}
