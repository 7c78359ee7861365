/**
 * Starts the built production server (build/server.js) on a free port against its own copy of the
 * migrated base database (on a PostgreSQL run, a database of its own made from the run's template). `npm test` builds first (the `pretest` script).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { baseDb, runDir } from "../setup/paths";
import { createTestDatabase, dropTestDatabase, onPostgres } from "../setup/store";

export type TestServer = {
  baseUrl: string;
  origin: string;
  dbPath: string;
  /** On a PostgreSQL run (tests/setup/store.ts), the server's own database; the file at dbPath is then unused. */
  databaseUrl?: string;
  /** The server process's id, e.g. to read its memory from /proc. */
  pid: number;
  /** Everything the server has printed so far. */
  output: () => string;
  /**
   * Sends SIGTERM, waits for the process to exit and close its output (so `output` is whole), and
   * removes its database; resolves its exit code.
   */
  stop: () => Promise<number | null>;
  /**
   * Sends `signal` and resolves the exit code once the process has exited and its output has all
   * arrived (null when the signal killed it, as SIGKILL does); the database is kept. After the
   * process has gone it only resolves the code again.
   */
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startServer(
  /** `env` entries set to undefined are removed from the server's environment. */
  options: {
    demoData?: boolean;
    env?: Record<string, string | undefined>;
    /** Serve this existing database file as it is (no copy), e.g. to restart on a killed server's file. */
    dbPath?: string;
    /** stop() leaves the database file (and its -wal and -shm) in place, and a PostgreSQL database too. */
    keepDb?: boolean;
    /**
     * On a PostgreSQL run, serve this database as it is (no copy), e.g. a second app server on the
     * first one's database; stop() leaves it for its owner to drop.
     */
    databaseUrl?: string;
  } = {},
): Promise<TestServer> {
  if (!fs.existsSync("build/server.js")) throw new Error("Run `npm run build` first (npm test does it for you).");
  const dbPath = options.dbPath ?? path.join(runDir(), `http-${randomUUID()}.db`);
  if (!options.dbPath) fs.copyFileSync(baseDb(), dbPath);
  if (onPostgres && options.dbPath) throw new Error("Restarting on a kept database is SQLite-only in these tests.");
  if (options.databaseUrl && !onPostgres) throw new Error("databaseUrl is for PostgreSQL runs only.");
  const databaseUrl = options.databaseUrl ?? (onPostgres ? await createTestDatabase() : undefined);
  const ownsDatabase = databaseUrl !== undefined && !options.databaseUrl && !options.keepDb;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_PATH: dbPath,
    DATABASE_URL: databaseUrl,
    DEMO_DATA: options.demoData ? "true" : "false",
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child: ChildProcess = spawn(process.execPath, ["build/server.js"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  /** Its exit code, once it has exited and closed its stdout and stderr (so `output` is whole). */
  const closed = new Promise<number | null>((resolve) => child.once("close", (code: number | null) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: origin,
    origin,
    dbPath,
    databaseUrl,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      child.removeAllListeners("exit");
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      // Once its output streams have closed too, so a test reading `output` after stop() has it all.
      const code = await closed;
      if (!options.keepDb) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${dbPath}${suffix}`, { force: true });
      if (ownsDatabase) await dropTestDatabase(databaseUrl);
      return code;
    },
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return closed;
    },
  };
}
