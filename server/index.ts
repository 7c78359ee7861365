import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { randomUUID } from "node:crypto";
import express from "express";
import { loggedPath } from "./log-path";
import { pinoHttp } from "pino-http";
import { prepareStore } from "../db/prepare";
import { startJobs } from "../app/jobs.server";
import { startMailSender } from "../app/mail/sender.server";
import { closeDb } from "../app/utils/db.server";
import { logger } from "../app/utils/logger.server";
import { demoAccountsWarning, env, isLoopbackOrigin, shouldSeedDemoData, uploadsDir } from "../app/utils/env.server";
import { usesPostgres } from "../app/utils/store.server";
import { writeRateLimit } from "./rate-limit";
import { createPageCache } from "./page-cache";
import { remixHandler } from "./remix-handler";
import {
  drainUnreadBodies,
  formBodiesOnly,
  originCheck,
  originMatchesHost,
  securityHeaders,
  wellFormedHost,
} from "./security";

const production = env.NODE_ENV === "production";
/** Set on SIGTERM/SIGINT: see shutdown(). */
let stopping = false;

// Migrate, and seed the demo data into an empty database, before taking any traffic.
const prepared = await prepareStore({ demoData: shouldSeedDemoData(env) });
if (usesPostgres() && env.UPLOADS_STORE === "folder") {
  logger.info(
    `Uploads are kept in ${uploadsDir()} on this machine: with several app servers, set UPLOADS_STORE=database ` +
      "or give them all the same UPLOADS_DIR (docs/deployment.md).",
  );
}
if (prepared.demoAccounts && env.APP_ORIGIN && !isLoopbackOrigin(env.APP_ORIGIN)) {
  logger.warn(demoAccountsWarning(env.APP_ORIGIN));
}

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const app = express();
app.disable("x-powered-by");
/** A request id: the proxy's X-Request-Id when it looks like one, else a fresh UUID. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
app.use(
  pinoHttp({
    logger,
    genReqId(req, res) {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      req.headers["x-request-id"] = id;
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // The path only (server/log-path.ts): no query string, no emailed link's token.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: loggedPath(req.url),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
  }),
);
// While shutting down, every answer closes its connection, so keep-alive clients move elsewhere.
app.use((_req, res, next) => {
  if (stopping) res.setHeader("Connection", "close");
  next();
});
if (env.TRUST_PROXY) app.set("trust proxy", env.TRUST_PROXY);
app.use(securityHeaders({ production }));
app.use(wellFormedHost());
app.use(originCheck({ allowedOrigin: env.APP_ORIGIN }));
app.use(originMatchesHost({ warn: (line) => logger.warn(line) }));
app.use(formBodiesOnly());
app.use(drainUnreadBodies());
app.use(writeRateLimit({ max: env.WRITE_RATE_LIMIT }));

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under /assets: cache it for a year.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static("build/client", { maxAge: "1h", index: false }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild);

app.all(
  "*",
  remixHandler({
    build,
    mode: env.NODE_ENV,
    // Not in development: a kept page would hide an edit until the next write.
    pageCache:
      production && env.PAGE_CACHE_MB > 0 ? createPageCache({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 }) : undefined,
    // clientIp honours TRUST_PROXY; log-in and sign-up limit attempts per IP with it.
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientIp: req.ip,
      requestId: String(req.id),
    }),
  }),
);

// What escapes Remix (its own errors are rendered by the error boundary): pino-http logs it once,
// with its stack and the request id, as the request's line. A database still locked by another
// process after busy_timeout is a 503 the client may retry; anything else a 500. Either way the
// answer quotes the request id, as the error page does.
app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  // Express's own refusals carry a 4xx (a path that is not valid percent-encoded UTF-8 is a
  // URIError with status 400 from its router): answer that, and log no stack for it.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status >= 400 && status < 500 && !res.headersSent) {
    res.status(status).type("text/plain").send("Bad request: the address could not be read.\n");
    return;
  }
  res.err = error instanceof Error ? error : new Error(String(error));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const busy = error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY");
  if (busy) res.setHeader("Retry-After", "5");
  res
    .status(busy ? 503 : 500)
    .type("text/plain")
    .send(
      `${busy ? "Hackpath is busy: please try again in a few seconds." : "Sorry, something went wrong on our side."}\n` +
        `If it goes on, quote this reference to the team that runs this Hackpath: ${String(req.id)}\n`,
    );
});

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  logger.info(`Hackpath is listening on http://localhost:${port}`);
});
// A client that trickles its headers or its body cannot hold a connection for long (Node's
// defaults are 60 s for the headers and 300 s for the whole request; 120 s still lets a 12 MiB
// upload through at about 1 Mbit/s).
server.headersTimeout = 15_000;
server.requestTimeout = 120_000;
const stopJobs = startJobs();
const mailSender = startMailSender();

/** How long requests in flight may take to finish after SIGTERM before the process gives up. */
const SHUTDOWN_DEADLINE_MS = 10_000;
/**
 * How long the server goes on answering after SIGTERM before it stops accepting: requests already
 * on their way (sent, not yet read) are answered instead of cut off, and a load balancer has time
 * to notice.
 */
const DRAIN_MS = 1000;
/**
 * Graceful shutdown on SIGTERM or SIGINT: answer what is arriving for a moment (each answer closing
 * its connection), then stop accepting, let requests in flight and the email being sent finish,
 * close the database (SQLite checkpoints the WAL as the last connection closes) and exit 0. A second
 * signal, or requests still running at the deadline, exit 1. Email queued meanwhile waits in the
 * outbox for the next start.
 */
function shutdown(signal: NodeJS.Signals) {
  if (stopping) {
    logger.error(`${signal} again: exiting now.`);
    process.exit(1);
  }
  stopping = true;
  stopJobs();
  const mailStopped = mailSender.stop();
  logger.info(`${signal}: finishing requests in flight, then closing.`);
  setTimeout(() => {
    logger.error(`Requests still running after ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting.`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  setTimeout(() => {
    // A busy server may reach this moment with connections still waiting to be accepted: they are
    // accepted in this turn of the event loop and their requests read in the next, so close after
    // both turns and answer them, rather than reset them.
    setImmediate(() =>
      setImmediate(() =>
        server.close(() => {
          void mailStopped.then(async () => {
            await closeDb();
            logger.info("Hackpath has shut down.");
            process.exit(0);
          });
        }),
      ),
    );
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
