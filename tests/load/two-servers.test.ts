/**
 * Issue 16's proof: two app server processes, on different ports, share one PostgreSQL database
 * behind a round-robin balancer (./round-robin-proxy.ts). Started together on an empty database,
 * one seeds the demo and both serve it; under LOAD_SECONDS (60 unless set) of every role's mixed
 * reads and writes no answer is a 5xx and every acknowledged write is stored; a check-then-write
 * rule (a hack day's capacity) holds when its writes race through both servers at once; and when
 * one server is killed mid-load, the other keeps serving, losing nothing it acknowledged. Uploads
 * are kept in the database (UPLOADS_STORE=database), so either server serves any file.
 * PostgreSQL runs only (`npm run test:pg`): on SQLite the store is one file on one machine.
 */
import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { DEMO_ACCOUNTS } from "../../db/seed/demo";
import { saveFile } from "../../app/models/file-store.server";
import { createHackDay, createProject, createUser } from "../factories";
import { sessionCookieFor } from "../http/accounts";
import { startServer, type TestServer } from "../http/server";
import { oneRow } from "../rows";
import { createTestDatabase, dropTestDatabase, onPostgres } from "../setup/store";
import { formatReport, prepareMix, runMixedLoad, writeKinds, type PreparedMix } from "./mixed-load";
import { expectCleanRun } from "./clean-run";
import { startRoundRobinProxy, type RoundRobinProxy } from "./round-robin-proxy";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 20;
// 20 connections share one IP address here, where real people each have their own.
// Uploads in the database: the servers share no disk.
const env = { WRITE_RATE_LIMIT: "1000000", AUTH_RATE_LIMIT: "1000000", UPLOADS_STORE: "database" };

const errorLines = (server: TestServer) =>
  server
    .output()
    .split("\n")
    .filter((line) => /"level":(50|60)/.test(line));

describe.runIf(onPostgres)("two app servers on one PostgreSQL, behind a round-robin balancer", () => {
  let url: string;
  let servers: TestServer[] = [];
  let proxy: RoundRobinProxy;
  let prepared: PreparedMix;

  beforeAll(async () => {
    url = await createTestDatabase();
    // Both start at once on the empty database with demo data on: one seeds, the other waits for it.
    servers = await Promise.all([0, 1].map(() => startServer({ databaseUrl: url, demoData: true, env })));
    await closeDb();
    process.env.DATABASE_URL = url;
    proxy = await startRoundRobinProxy(servers.map((server) => server.baseUrl));
    prepared = await prepareMix();
  }, 180_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await closeDb();
    if (url) await dropTestDatabase(url);
  });

  const through = () => ({ baseUrl: proxy.url, origin: proxy.url });

  it("seeds the demo once when both start together on an empty database", async () => {
    const demo = await oneRow(
      getWriterDb().select({ n: count() }).from(s.users).where(eq(s.users.email, DEMO_ACCOUNTS[0]!.email)),
    );
    expect(demo.n).toBe(1);
    expect(servers.map(errorLines)).toEqual([[], []]);
  });

  it(
    `serves ${SECONDS} s of mixed load through both with no 5xx, every write stored, each server taking its turn`,
    async () => {
      const before = await prepared.countStored();
      const answeredBefore = [...proxy.answered];
      const report = await runMixedLoad({
        server: through(),
        mixes: prepared.mixes,
        seconds: SECONDS,
        connections: CONNECTIONS,
      });
      const after = await prepared.countStored();
      console.log(formatReport(report));

      expectCleanRun(report, { before, after });
      // Round robin with both up: the two servers answered the same number of requests, give or take one.
      const [a, b] = proxy.answered.map((n, i) => n - answeredBefore[i]!);
      expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1);
      expect(a! + b!).toBeGreaterThan(report.totals.requests / 2);
      expect(proxy.retriedReads).toBe(0);
      expect(servers.map(errorLines)).toEqual([[], []]);
    },
    SECONDS * 1000 + 120_000,
  );

  it("serves an uploaded file from either server: nothing is kept on one server's disk", async () => {
    const project = await createProject();
    const fileName = `${randomBytes(16).toString("hex")}.png`;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
    process.env.UPLOADS_STORE = "database";
    try {
      await saveFile("screenshots", fileName, png);
    } finally {
      delete process.env.UPLOADS_STORE;
    }
    await getWriterDb()
      .insert(s.projectScreenshots)
      .values({ projectId: project.id, fileName, contentType: "image/png", byteSize: png.byteLength });
    for (const server of servers) {
      const answer = await fetch(`${server.baseUrl}/screenshots/${fileName}`);
      expect({ status: answer.status, bytes: new Uint8Array(await answer.arrayBuffer()) }).toEqual({
        status: 200,
        bytes: png,
      });
    }
  });

  it("keeps a hack day's capacity when 24 people register at the same moment through both servers", async () => {
    const hackDay = await createHackDay({ capacity: 5 });
    const people = await Promise.all(Array.from({ length: 24 }, () => createUser({ roles: ["developer"] })));
    const cookies = await Promise.all(people.map((person) => sessionCookieFor(person.id)));
    const answers = await Promise.all(
      cookies.map((cookie, i) =>
        fetch(`${servers[i % 2]!.baseUrl}/hack-days/${hackDay.id}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            cookie,
            origin: servers[i % 2]!.origin,
            "content-type": "application/x-www-form-urlencoded",
          },
          body: "intent=register",
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 302));
    const statuses = await getWriterDb()
      .select({ status: s.hackDayParticipants.status, n: count() })
      .from(s.hackDayParticipants)
      .where(eq(s.hackDayParticipants.hackDayId, hackDay.id))
      .groupBy(s.hackDayParticipants.status)
      .orderBy(s.hackDayParticipants.status);
    expect(statuses).toEqual([
      { status: "registered", n: 5 },
      { status: "waitlisted", n: 19 },
    ]);
    const audited = await oneRow(
      getWriterDb()
        .select({ n: count() })
        .from(s.auditEvents)
        .where(and(eq(s.auditEvents.objectType, "hack_day"), eq(s.auditEvents.objectId, hackDay.id))),
    );
    expect(audited.n).toBe(24);
  });

  it("keeps serving through the other when one is killed mid-load, losing no acknowledged write", async () => {
    const before = await prepared.countStored();
    const [victim, survivor] = servers as [TestServer, TestServer];
    const survivorBefore = proxy.answered[1]!;
    const killed = new Promise<void>((resolve) =>
      setTimeout(() => void victim.kill("SIGKILL").then(() => resolve()), 3_000),
    );
    const report = await runMixedLoad({
      server: through(),
      mixes: prepared.mixes,
      seconds: 10,
      connections: CONNECTIONS,
      warmup: false,
    });
    await killed;
    const after = await prepared.countStored();
    console.log(formatReport(report));

    // Only writes cut off by the kill failed (answered 502 by the balancer); reads went to the other.
    expect(report.totals.fiveXx).toBe(proxy.droppedWrites);
    expect(report.totals.unexpected).toBe(proxy.droppedWrites);
    expect(proxy.droppedWrites).toBeLessThanOrEqual(CONNECTIONS);
    expect(report.totals.timeouts).toBe(0);
    expect(report.totals.connectionErrors).toBe(0);
    // Every acknowledged write is stored; a cut-off one may or may not have been committed.
    for (const kind of writeKinds) {
      const stored = after[kind] - before[kind];
      expect({ kind, atLeast: stored >= report.acknowledged[kind] }).toEqual({ kind, atLeast: true });
    }
    const storedTotal = writeKinds.reduce((sum, kind) => sum + after[kind] - before[kind], 0);
    const acknowledgedTotal = writeKinds.reduce((sum, kind) => sum + report.acknowledged[kind], 0);
    expect(storedTotal - acknowledgedTotal).toBeLessThanOrEqual(proxy.droppedWrites);
    // The survivor answered most of the run, and still answers.
    expect(proxy.answered[1]! - survivorBefore).toBeGreaterThan(report.totals.requests / 2);
    expect((await fetch(`${proxy.url}/healthz`)).status).toBe(200);
    expect(errorLines(survivor)).toEqual([]);
  }, 120_000);
});
