import pino from "pino";

/**
 * The process's logger: one JSON line per event on stdout. Request lines (server/index.ts) carry
 * the method, the path without its query string, the status, the duration and the request id;
 * nothing that could hold a cookie, token, password or email address is ever logged.
 */
export const logger = pino({
  name: "hackpath",
  level: process.env.LOG_LEVEL ?? "info",
  redact: { paths: ["req.headers", "res.headers"], remove: true },
});
