/**
 * The full load run of issue 8: 60 s of mixed reads and writes (every role's common pages and
 * forms, tests/load/mixed-load.ts) at 50 connections against the built server with the demo data,
 * on a copy of the migrated database of its own. Prints the figures per role and route and writes
 * them, with the machine they came from, to bench/load-results.json. Exits 1 if any answer was a
 * 5xx or not what a success gives, any request timed out or lost its connection, or the writes
 * stored differ from the writes acknowledged.
 *
 *   npm run build && npx tsx scripts/load.ts
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=50 LOAD_OUTPUT=/tmp/load.json npx tsx scripts/load.ts
 *
 * The reduced run in CI is tests/load/mixed-load.test.ts (the same mix, 10 s).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as prettier from "prettier";
import globalSetup from "../tests/setup/global-setup";
import { closeDb } from "../app/utils/db.server";
import { startServerWithDb } from "../tests/http/accounts";
import type { TestServer } from "../tests/http/server";
import { formatReport, prepareMix, runMixedLoad, writeKinds } from "../tests/load/mixed-load";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const output = path.resolve(process.env.LOAD_OUTPUT ?? "bench/load-results.json");

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** Everything a reader needs to know about where the figures came from. */
function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

async function main(): Promise<number> {
  if (!fs.existsSync("build/server.js")) {
    console.error("build/server.js is missing: run `npm run build` first.");
    return 1;
  }
  const teardown = await globalSetup();
  process.env.NODE_ENV = "test";
  let server: TestServer | undefined;
  try {
    // The general write limit (60 a minute per IP) would refuse most writes here, where 50
    // connections share one IP; the limiter still runs and counts every write.
    server = await startServerWithDb({ demoData: true, env: { WRITE_RATE_LIMIT: "1000000" } });
    const prepared = await prepareMix();
    const machineBefore = machine();
    console.log(`Running ${seconds} s of mixed load at ${connections} connections against ${server.baseUrl} …`);
    const before = await prepared.countStored();
    const report = await runMixedLoad({ server, mixes: prepared.mixes, seconds, connections, serverPid: server.pid });
    const after = await prepared.countStored();
    const stored = Object.fromEntries(writeKinds.map((kind) => [kind, after[kind] - before[kind]]));
    const storedMatches = writeKinds.every((kind) => stored[kind] === report.acknowledged[kind]);
    const errorLines = server
      .output()
      .split("\n")
      .filter((line) => /"level":(50|60)/.test(line)).length;
    const t = report.totals;
    const failures = [
      t.fiveXx && `${t.fiveXx} answers were 5xx`,
      t.unexpected && `${t.unexpected} answers were not what a success gives`,
      t.timeouts && `${t.timeouts} requests timed out`,
      t.connectionErrors && `${t.connectionErrors} connection errors`,
      t.unanswered && `${t.unanswered} requests got no answer`,
      !storedMatches && `stored ${JSON.stringify(stored)} but acknowledged ${JSON.stringify(report.acknowledged)}`,
      errorLines && `the server logged ${errorLines} errors`,
    ].filter((f): f is string => Boolean(f));

    console.log(`\n${formatReport(report)}`);
    console.log(`Stored: ${writeKinds.map((kind) => `${kind} ${stored[kind]}`).join(", ")}`);
    for (const sample of report.samples) console.log(`  ${sample}`);

    const result = {
      what: "Mixed reads and writes, every role's common pages and forms (tests/load/mixed-load.ts)",
      command: "npm run build && npx tsx scripts/load.ts",
      date: new Date().toISOString(),
      commit: `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (with uncommitted changes)" : ""}`,
      machine: { ...machineBefore, loadAverageAfter: machine().loadAverage },
      passed: failures.length === 0,
      failures,
      stored,
      serverErrorLogLines: errorLines,
      ...report,
    };
    fs.mkdirSync(path.dirname(output), { recursive: true });
    // Written as Prettier would, so `npm run format:check` passes with the file committed.
    const options = (await prettier.resolveConfig(output)) ?? {};
    fs.writeFileSync(output, await prettier.format(JSON.stringify(result), { ...options, filepath: output }));
    console.log(`\nWrote ${path.relative(process.cwd(), output)}`);
    if (failures.length) console.error(`FAILED: ${failures.join("; ")}`);
    else console.log("Passed: no 5xx, no timeouts, no connection errors, every write acknowledged and stored.");
    return failures.length ? 1 : 0;
  } finally {
    await closeDb();
    await server?.stop();
    await teardown();
  }
}

process.exitCode = await main();
