/**
 * What a deployment meets from outside, against the built production server: bodies with no
 * declared length, the demo accounts on a public origin, and a proxy that does not pass the Host.
 */
import fs from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";
import { count, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { DEMO_ACCOUNTS } from "../../db/seed/demo";
import { createUser, TEST_PASSWORD } from "../factories";
import { itOnSqlite } from "../setup/only-on";
import { startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import { startServer, type TestServer } from "./server";

const MB = 1024 * 1024;

/** Resident memory of a process, in bytes (Linux). */
function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

/**
 * Streams `total` bytes as a chunked POST (no Content-Length) and returns the answer and how
 * many bytes the server let through before it answered.
 */
function postChunked(
  server: TestServer,
  path: string,
  { type, head, total }: { type: string; head: string; total: number },
): Promise<{ status: number; body: string; sent: number }> {
  const url = new URL(path, server.baseUrl);
  return new Promise((resolve, reject) => {
    let sent = 0;
    // Like a browser, the client stops sending once an answer arrives.
    let answered = false;
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "Content-Type": type, Origin: server.origin, "Transfer-Encoding": "chunked" },
      },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode!, body, sent });
          request.destroy();
        });
      },
    );
    request.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "a");
    const write = () => {
      while (sent < total && !answered) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!answered) request.end();
    };
    request.write(head);
    write();
  });
}

/**
 * How many users the database of the server last started with startServerWithDb holds, and how
 * many of them are demo accounts.
 */
async function countUsers(): Promise<{ users: number; demoAccounts: number }> {
  const db = getWriterDb();
  const [all] = await db.select({ n: count() }).from(s.users);
  const [demo] = await db
    .select({ n: count() })
    .from(s.users)
    .where(
      inArray(
        s.users.email,
        DEMO_ACCOUNTS.map((account) => account.email),
      ),
    );
  return { users: all!.n, demoAccounts: demo!.n };
}

describe("request bodies with no declared length", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServerWithDb();
  });
  afterAll(() => server?.stop());

  it("refuses a chunked 200 MB form early, reading a few MB at most, with the server's memory flat", async () => {
    const before = residentBytes(server.pid);
    const answer = await postChunked(server, "/login", {
      type: "application/x-www-form-urlencoded",
      head: "email=a%40b.example&password=x&padding=",
      total: 200 * MB,
    });
    expect(answer).toHaveStatus(413);
    expect(answer.body).toBe("That form was too large to accept. Shorten the text or attach fewer or smaller images.");
    // The 1 MiB limit, plus what the sockets buffer on both sides.
    expect(answer.sent).toBeLessThan(24 * MB);
    expect(residentBytes(server.pid) - before).toBeLessThan(40 * MB);
    expect(await getPage(server, "/healthz")).toHaveStatus(200);
  });

  it("refuses a chunked multipart body past the 12 MiB upload limit", async () => {
    const answer = await postChunked(server, "/login", {
      type: "multipart/form-data; boundary=hackpath",
      head: '--hackpath\r\nContent-Disposition: form-data; name="padding"\r\n\r\n',
      total: 100 * MB,
    });
    expect(answer).toHaveStatus(413);
    expect(answer.sent).toBeLessThan(40 * MB);
  });

  it("still reads a chunked form within the limit: the log-in works", async () => {
    const user = await createUser();
    const fields = new URLSearchParams({ email: user.email, password: TEST_PASSWORD });
    const answer = await postChunked(server, "/login", {
      type: "application/x-www-form-urlencoded",
      head: fields.toString(),
      total: 0,
    });
    expect(answer).toHaveStatus(302);
  });
});

describe("the demo accounts on a deployment", () => {
  it("are not created on a public origin when DEMO_DATA is not set", async () => {
    const server = await startServerWithDb({ env: { DEMO_DATA: undefined, APP_ORIGIN: "https://hackpath.example" } });
    try {
      expect(await countUsers()).toEqual({ users: 0, demoAccounts: 0 });
      expect(server.output()).not.toMatch(/WARNING/);
    } finally {
      await server.stop();
    }
  });

  it("are created on a local start when DEMO_DATA is not set, with no warning", async () => {
    const server = await startServerWithDb({ env: { DEMO_DATA: undefined, APP_ORIGIN: undefined } });
    try {
      expect((await countUsers()).demoAccounts).toBe(DEMO_ACCOUNTS.length);
      expect(server.output()).not.toMatch(/WARNING/);
    } finally {
      await server.stop();
    }
  });

  it("are created on a public origin only when asked for, and every start says so loudly", async () => {
    const server = await startServerWithDb({ env: { DEMO_DATA: "true", APP_ORIGIN: "https://hackpath.example" } });
    try {
      expect((await countUsers()).demoAccounts).toBe(DEMO_ACCOUNTS.length);
      expect(server.output()).toContain(
        "WARNING: the demo accounts are in this database and APP_ORIGIN (https://hackpath.example) is public.",
      );
    } finally {
      await server.stop();
    }
  });
});

describe("a write whose Origin does not match the Host it arrived with", () => {
  let server: TestServer;
  let email: string;
  beforeAll(async () => {
    server = await startServerWithDb({ env: { APP_ORIGIN: "https://hackpath.example" } });
    email = (await createUser()).email;
  });
  afterAll(() => server?.stop());

  const login = (headers: Record<string, string>) =>
    postForm(server, "/login", { email, password: TEST_PASSWORD }, { headers });

  it("is a 400 that says what happened, with a log line that says what to configure", async () => {
    // Origin is APP_ORIGIN, but the proxy passed its own Host (here the server's address).
    const response = await login({ Origin: "https://hackpath.example" });
    expect(response).toHaveStatus(400);
    expect(await response.text()).toBe(
      "This request was refused because the address it was sent to does not match the page it came from.",
    );
    // The log line is written by another process: wait for it to arrive (vi.waitFor retries).
    await vi.waitFor(() => {
      expect(server.output()).toContain(
        `Refused a POST whose Origin is https://hackpath.example but which arrived for host ${new URL(server.baseUrl).host}.`,
      );
      expect(server.output()).toContain("set TRUST_PROXY to the proxy's address");
    });
  });

  it("is accepted when the proxy passes the original host as X-Forwarded-Host", async () => {
    const response = await login({ Origin: "https://hackpath.example", "X-Forwarded-Host": "hackpath.example" });
    expect(response).toRedirectTo("/dashboard");
  });

  it("is a 400, not a 500, when only X-Forwarded-Host disagrees", async () => {
    const response = await login({ Origin: "https://hackpath.example", "X-Forwarded-Host": "elsewhere.example" });
    expect(response).toHaveStatus(400);
  });
});

describe("graceful shutdown", () => {
  it("finishes the requests in flight on SIGTERM, then exits 0", async () => {
    const server = await startServer();
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      fetch(`${server.baseUrl}/problems?page=${i + 1}`).then((response) => response.status),
    );
    // Let the requests reach the server, then ask it to stop while they are being answered.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exited = server.stop();
    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(await exited).toBe(0);
    expect(server.output()).toContain("SIGTERM: finishing requests in flight, then closing.");
    expect(server.output()).toContain("Hackpath has shut down.");
  });
});

describe("request logs", () => {
  it("write one JSON line per request with its id, path, status and duration, and never an email or cookie", async () => {
    const server = await startServer();
    try {
      const response = await fetch(`${server.baseUrl}/problems?q=someone%40example.com`, {
        headers: { Cookie: "hackpath_session=a-secret-token-value", "X-Request-Id": "probe-request-0001" },
      });
      expect(response).toHaveStatus(200);
      expect(response.headers.get("X-Request-Id")).toBe("probe-request-0001");
      await response.arrayBuffer();
      const fresh = await fetch(`${server.baseUrl}/healthz`, { headers: { "X-Request-Id": "not a valid id!" } });
      const freshId = fresh.headers.get("X-Request-Id")!;
      expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
      // A request's line is written as its response finishes, a moment after the client has it.
      const logLines = () =>
        server
          .output()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map(
            (line) =>
              JSON.parse(line) as {
                req?: { id: string; method: string; path: string };
                res?: { status: number };
                responseTime?: number;
              },
          );
      await expect.poll(() => logLines().filter((line) => line.req?.id === freshId).length).toBe(1);
      const lines = logLines();
      const logged = lines.find((line) => line.req?.id === "probe-request-0001");
      expect(logged).toMatchObject({
        req: { id: "probe-request-0001", method: "GET", path: "/problems" },
        res: { status: 200 },
      });
      expect(typeof logged?.responseTime).toBe("number");
      expect(server.output()).not.toContain("someone@example.com");
      expect(server.output()).not.toContain("someone%40example.com");
      expect(server.output()).not.toContain("a-secret-token-value");
    } finally {
      await server.stop();
    }
  });
});

// SQLite's file lock and busy_timeout (SQLITE_BUSY): PostgreSQL waits on row locks instead.
describe("a database another process keeps locked", () => {
  itOnSqlite(
    "is a 503 with Retry-After and the request's reference once busy_timeout passes, logged once with its stack",
    async () => {
      const server = await startServer();
      const other = new Database(server.dbPath);
      try {
        other.exec("BEGIN IMMEDIATE");
        const response = await postForm(server, "/contact", {
          topic: "other",
          message: "Sent while the file is locked.",
        });
        const body = await response.text();
        other.exec("ROLLBACK");
        const id = response.headers.get("x-request-id")!;
        expect([response.status, response.headers.get("retry-after")]).toEqual([503, "5"]);
        expect(body).toBe(
          "Hackpath is busy: please try again in a few seconds.\n" +
            `If it goes on, quote this reference to the team that runs this Hackpath: ${id}\n`,
        );
        // The request's own log line carries the error; nothing else printed it.
        await expect.poll(() => server.output().includes(`"id":"${id}"`)).toBe(true);
        const lines = server.output().split("\n");
        const logged = lines.filter((line) => line.includes("SQLITE_BUSY"));
        expect(logged).toHaveLength(1);
        expect(JSON.parse(logged[0]!)).toMatchObject({ req: { id, path: "/contact" }, res: { status: 503 } });
        expect(logged[0]).toContain('"stack":"SqliteError: database is locked');
        // The lock gone, the same form goes through.
        const again = await postForm(server, "/contact", { topic: "other", message: "Sent after the lock." });
        expect(again.status).toBe(302);
      } finally {
        other.close();
        await server.stop();
      }
    },
    30_000,
  );
});
