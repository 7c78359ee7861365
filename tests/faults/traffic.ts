/**
 * Traffic for the fault tests: requests over node:http that say exactly what became of each one
 * (an answer, a refused connection, a connection broken mid-request), a request whose body is
 * held back so it stays in flight for as long as a test needs, and a check for refused connections.
 */
import http from "node:http";
import net from "node:net";
import type { TestServer } from "../http/server";

/** What became of one request. */
export type Outcome =
  | { kind: "answered"; status: number; location: string | null; connection: string | null }
  /** The server did not take the connection: nothing listening, or reset before any answer. */
  | { kind: "refused"; code: string }
  /** Anything else: a reset or hang-up on a connection the server had taken, a timeout. */
  | { kind: "broken"; code: string; reused: boolean };

export type Call = {
  method: "GET" | "POST";
  path: string;
  cookie?: string;
  /** A urlencoded form, sent with the server's Origin. */
  form?: Record<string, string>;
};

/**
 * Sends one request and reads its answer to the end. A connection refused, or reset on a fresh
 * socket before any byte of an answer (a connection still queued, or not yet read, when the
 * listener closed; or any unanswered one when the process is killed), is "refused"; every other
 * failure is "broken".
 */
export function request(server: TestServer, call: Call, agent: http.Agent | false = false): Promise<Outcome> {
  const url = new URL(call.path, server.baseUrl);
  const body = call.form ? new URLSearchParams(call.form).toString() : undefined;
  return new Promise((resolve) => {
    let reused = false;
    let answered = false;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: call.method,
        agent,
        headers: {
          ...(call.cookie ? { Cookie: call.cookie } : {}),
          ...(body === undefined
            ? {}
            : {
                "Content-Type": "application/x-www-form-urlencoded",
                "Content-Length": String(Buffer.byteLength(body)),
                Origin: server.origin,
              }),
        },
      },
      (res) => {
        answered = true;
        res.resume();
        res.on("end", () =>
          resolve({
            kind: "answered",
            status: res.statusCode!,
            location: typeof res.headers.location === "string" ? res.headers.location : null,
            connection: typeof res.headers.connection === "string" ? res.headers.connection : null,
          }),
        );
        res.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ kind: "broken", code: error.code ?? error.message, reused }),
        );
      },
    );
    req.on("socket", (socket) => {
      // A keep-alive agent hands out a socket that is already connected.
      reused = !socket.connecting;
    });
    // A request that gets neither an answer nor an error in 30 s is a failure in its own right.
    req.setTimeout(30_000, () => req.destroy(Object.assign(new Error("timed out"), { code: "TIMEOUT" })));
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      const code = error.code ?? error.message;
      const neverTaken = code === "ECONNREFUSED" || (!reused && (code === "ECONNRESET" || code === "EPIPE"));
      resolve(neverTaken ? { kind: "refused", code } : { kind: "broken", code, reused });
    });
    req.end(body);
  });
}

/** Runs `task(i)` for i = 0, 1, … with `concurrency` at a time, until `more()` says stop. */
export async function pool(concurrency: number, more: (next: number) => boolean, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (more(next)) await task(next++);
    }),
  );
}

/** Whether a new TCP connection to the server is refused right now. */
export function connectionRefused(server: TestServer): Promise<boolean> {
  const url = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNREFUSED" ? resolve(true) : reject(error),
    );
  });
}

/** Polls until new connections are refused (the listener has closed); throws after `timeoutMs`. */
export async function untilRefused(server: TestServer, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await connectionRefused(server))) {
    if (Date.now() > deadline) throw new Error(`New connections were still accepted after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A form POST whose body is sent in two parts (chunked): the first at once, the rest when
 * `finish()` is called. Until then the request is in flight: the server has it and is reading it.
 */
export function heldPost(
  server: TestServer,
  path: string,
  { cookie, head, tail }: { cookie?: string; head: string; tail: string },
) {
  const url = new URL(path, server.baseUrl);
  let release!: () => void;
  const outcome = new Promise<Outcome>((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent: false,
        headers: {
          ...(cookie ? { Cookie: cookie } : {}),
          Origin: server.origin,
          "Content-Type": "application/x-www-form-urlencoded",
          "Transfer-Encoding": "chunked",
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({
            kind: "answered",
            status: res.statusCode!,
            location: typeof res.headers.location === "string" ? res.headers.location : null,
            connection: typeof res.headers.connection === "string" ? res.headers.connection : null,
          }),
        );
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ kind: "broken", code: error.code ?? error.message, reused: false }),
    );
    req.flushHeaders();
    req.write(head);
    release = () => req.end(tail);
  });
  // `outcome` settles once the answer has been read (or the connection broken); `finish` sends the rest.
  return { outcome, finish: () => release() };
}
