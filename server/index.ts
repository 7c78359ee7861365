import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { prepareDatabase } from "../db/prepare";
import { getWriterDb } from "../app/utils/db.server";
import { demoAccountsWarning, env, isLoopbackOrigin, shouldSeedDemoData } from "../app/utils/env.server";
import { writeRateLimit } from "./rate-limit";
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

// Migrate, and seed the demo data into an empty database, before taking any traffic.
const prepared = await prepareDatabase(getWriterDb(), { demoData: shouldSeedDemoData(env) });
if (prepared.demoAccounts && env.APP_ORIGIN && !isLoopbackOrigin(env.APP_ORIGIN)) {
  console.warn(demoAccountsWarning(env.APP_ORIGIN));
}

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const app = express();
app.disable("x-powered-by");
if (env.TRUST_PROXY) app.set("trust proxy", env.TRUST_PROXY);
app.use(securityHeaders({ production }));
app.use(wellFormedHost());
app.use(originCheck({ allowedOrigin: env.APP_ORIGIN }));
app.use(originMatchesHost({ warn: (line) => console.warn(line) }));
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
    // clientIp honours TRUST_PROXY; log-in and sign-up limit attempts per IP with it.
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip }),
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.log(`Hackpath is listening on http://localhost:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
