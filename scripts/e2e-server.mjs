// Starts the built server for the browser tests on a fresh, demo-seeded database of its own.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const file = path.resolve("tests/.tmp/e2e/hackpath.db");
fs.rmSync(path.dirname(file), { recursive: true, force: true });
fs.mkdirSync(path.dirname(file), { recursive: true });

const child = spawn(process.execPath, ["build/server.js"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_PATH: file,
    DEMO_DATA: "true",
    PORT: process.env.E2E_PORT ?? "3100",
    // Every browser test signs in from 127.0.0.1: lift the per-IP limits for this run only
    // (the HTTP tests check the real limits).
    AUTH_RATE_LIMIT: "1000",
    WRITE_RATE_LIMIT: "10000",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
