/**
 * Issue 8's load proof, reduced for CI: the mixed load of tests/load/mixed-load.ts (every role's
 * common pages and forms) at 50 connections for LOAD_SECONDS (10 s unless set) against the built
 * server with the demo data. No answer may be a 5xx, no request may time out or lose its
 * connection, every page must answer 200 and every form post the redirect its action sends on
 * success; and each acknowledged write must be in the database afterwards, no more and no fewer.
 * The full 60 s run, with its table and bench/load-results.json, is scripts/load.ts.
 *
 * The general write limit (60 a minute per IP) is raised: here 50 connections share one IP, where
 * real users each have their own. The limiter still counts every write.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServerWithDb } from "../http/accounts";
import type { TestServer } from "../http/server";
import { expectCleanRun } from "./clean-run";
import { formatReport, prepareMix, runMixedLoad, type PreparedMix } from "./mixed-load";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;

let server: TestServer;
let prepared: PreparedMix;

beforeAll(async () => {
  server = await startServerWithDb({ demoData: true, env: { WRITE_RATE_LIMIT: "1000000" } });
  prepared = await prepareMix();
}, 120_000);
afterAll(() => server?.stop());

it(
  `serves ${SECONDS} s of mixed reads and writes at ${CONNECTIONS} connections with no 5xx, no timeout and every write stored`,
  async () => {
    const before = await prepared.countStored();
    const report = await runMixedLoad({
      server,
      mixes: prepared.mixes,
      seconds: SECONDS,
      connections: CONNECTIONS,
      serverPid: server.pid,
    });
    const after = await prepared.countStored();
    console.log(formatReport(report));

    expectCleanRun(report, { before, after });
    // The server logged no error while serving it.
    expect(
      server
        .output()
        .split("\n")
        .filter((line) => /"level":(50|60)/.test(line)),
    ).toEqual([]);
  },
  SECONDS * 1000 + 90_000,
);
