/**
 * A small round-robin load balancer for tests/load/two-servers.test.ts: each request goes to the
 * next app server that is up, as a real balancer would send it (Host, cookies, body and all). An
 * app server that refuses or drops a connection, before or while answering, is taken out of the
 * rotation; a read it dropped is sent again to the next one (a read may run twice), while a write
 * it dropped is answered 502 and counted, since it may or may not have been committed before the
 * server died (a balancer retries only what is safe to repeat, as nginx's proxy_next_upstream does
 * by default).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = {
  /** http://127.0.0.1:<port>, to send requests to. */
  url: string;
  /** Responses each app server gave, in the order of `upstreams`. */
  answered: number[];
  /** Reads sent again after an app server dropped them. */
  retriedReads: number;
  /** Writes an app server dropped before answering: each was answered 502. */
  droppedWrites: number;
  stop: () => Promise<void>;
};

const SAFE_TO_REPEAT = new Set(["GET", "HEAD"]);

export async function startRoundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const up = upstreams.map(() => true);
  let next = 0;
  const stats = { answered: upstreams.map(() => 0), retriedReads: 0, droppedWrites: 0 };

  /** The next app server in the rotation that is still up, or -1 when none is. */
  const pick = (): number => {
    for (let tries = 0; tries < upstreams.length; tries++) {
      const i = next++ % upstreams.length;
      if (up[i]) return i;
    }
    return -1;
  };

  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => {
    const i = pick();
    if (i === -1) {
      res.writeHead(503).end("No app server is up.");
      return;
    }
    const target = new URL(req.url ?? "/", upstreams[i]);
    // The whole answer is read before any of it is passed on, so an app server that dies halfway
    // through an answer is handled like one that died before it: nothing half-sent reaches the client.
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      up[i] = false;
      if (SAFE_TO_REPEAT.has(req.method ?? "")) {
        stats.retriedReads += 1;
        forward(req, body, res);
      } else {
        stats.droppedWrites += 1;
        res.writeHead(502).end("The app server went away while answering.");
      }
    };
    const upstream = http.request(target, { method: req.method, headers: req.headers, agent }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      let ended = false;
      answer.on("end", () => {
        ended = true;
        if (failed) return;
        stats.answered[i]! += 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
      });
      answer.on("error", fail);
      answer.on("close", () => ended || fail());
    });
    upstream.on("error", fail);
    upstream.end(body);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => forward(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get answered() {
      return stats.answered;
    },
    get retriedReads() {
      return stats.retriedReads;
    },
    get droppedWrites() {
      return stats.droppedWrites;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
