/**
 * `npm run bench [-- --quick] [-- --check]`: issue 15's benchmark (bench/README.md).
 *
 * Builds two databases in a temporary folder (the demo data; the demo data plus 20,000 synthetic
 * problems with `benchDensity`), starts the production server (build/server.js, NODE_ENV=production)
 * on each in turn, and measures every key route with autocannon (10 connections), each run
 * between two runs of /healthz on the same server: a route's ratio is its requests/s over theirs.
 * Then checks issue 15's budgets, prints the tables and writes bench/results.json. The first-visit
 * JavaScript and CSS of each page type is the gzip size, file by file, of what its HTML loads
 * first and those files' static imports.
 *
 * Exit code 0 whatever the figures, unless `--check` is given (then 1 on any failed budget).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { generateSessionToken, hashSessionToken, SESSION_COOKIE } from "../app/auth/lucia.server";
import { stageIndex, type Stage } from "../app/domain/stages";
import { closeDb, migrateDatabase, openDatabase, type DB } from "../app/utils/db.server";
import {
  getWriterDb as getPostgresDb,
  migratePostgres,
  closeDb as closePostgres,
} from "../app/utils/db-postgres.server";
import { copySqliteToPostgres } from "../db/copy-to-postgres";
import * as schema from "../db/schema.sqlite";
import { seedDemoData } from "../db/seed/demo";
import { benchDensity, seedScale, type SeedScaleResult } from "../db/seed/scale";
import {
  assetsTable,
  checkBudgets,
  failuresText,
  figuresOf,
  firstVisitAssets,
  parseOptions,
  routesTable,
  scaleDemoOf,
  type AssetCache,
  type BenchOptions,
  type Figures,
  type PageAssets,
  type RouteResult,
  type RouteSpec,
  type Sample,
} from "./lib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CONNECTIONS = 10;
/** The signed-in requests are this demo account's (a developer who leads projects). */
const SIGNED_IN_EMAIL = "developer@demo.test";
/** Candidates for "a word in about half the problems"; the one nearest half the scale database is used. */
const SEARCH_WORDS = ["patients", "referral", "waiting", "information", "discharge", "records"];
const NO_MATCH_WORD = "zebra";
/** The issue's minimum size of the scale database, checked after seeding. */
const MINIMUM = { problems: 20_000, projects: 5_000, endorsements: 200_000 };

type Server = { origin: string; stop: () => Promise<void>; logFile: string };
/** A database to measure on: the SQLite file, and with --postgres the PostgreSQL copy of it. */
type Target = { name: string; file: string; databaseUrl?: string };

const children = new Set<ChildProcess>();
let temporary: string | undefined;
let keepTemporary = false;

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  keepTemporary = options.keep;
  process.chdir(ROOT);
  const started = performance.now();
  const machine = machineInfo();
  console.log(
    `Machine: ${machine.cpus} × ${machine.model}, Node ${machine.node}, load average ${machine.loadAverage.join(" ")}`,
  );
  console.log(
    `Routes: ${options.seconds} s each, ${CONNECTIONS} connections, each between two ${options.healthzSeconds} s runs of /healthz${options.quick ? " (--quick)" : ""}`,
  );
  ensureBuild(options);

  temporary = fs.mkdtempSync(path.join(os.tmpdir(), "hackpath-bench-"));
  console.log(`Databases in ${temporary}${options.keep ? " (kept: --keep)" : ""}`);
  const appDir = snapshotBuild(temporary);
  const seed = await buildDatabases(temporary, options.scale);
  const targets: Target[] = [{ name: "scale", file: seed.scaleFile }];
  if (options.demo) targets.push({ name: "demo", file: seed.demoFile });

  // The demo rows have the same ids in both databases (the scale one is a copy with more added).
  const subjects = pickSubjects(seed.scaleFile);
  const cookies = new Map(targets.map((t) => [t.name, sessionCookie(t.file, subjects.userId)]));
  // The sessions are in the SQLite files, so the copies carry them.
  if (options.postgres) for (const target of targets) target.databaseUrl = await copyToPostgres(target);
  let routes = routeList(subjects).filter(
    (r) => options.only.length === 0 || options.only.some((o) => r.name.includes(o)),
  );
  console.log(
    `Search word "${subjects.word}": in ${subjects.wordMatches.toLocaleString("en-GB")} of ${subjects.listed.toLocaleString("en-GB")} problems; ` +
      `problem ${subjects.problemId}, project ${subjects.projectId}, signed in as ${SIGNED_IN_EMAIL} (lead of project ${subjects.leadProjectId})`,
  );

  const measured = new Map<string, Map<string, Figures>>();
  let js: Record<string, PageAssets> = {};
  for (const target of targets) {
    const server = await startServer(target, temporary, appDir);
    try {
      const cookie = cookies.get(target.name) as string;
      routes = await preflight(server.origin, routes, cookie);
      if (target.name === "scale") js = await measureAssets(server.origin, routes, cookie);
      console.log(`\n${target.name} database: measuring ${routes.length} routes…`);
      measured.set(target.name, await measureRoutes(server.origin, routes, cookie, options));
    } finally {
      await server.stop();
    }
  }

  const results: RouteResult[] = routes.map((route) => {
    const scale = measured.get("scale")?.get(route.name) as Figures;
    const demo = measured.get("demo")?.get(route.name);
    return {
      path: route.path,
      name: route.name,
      kind: route.kind,
      signedIn: route.signedIn,
      ...(route.searchOf ? { searchOf: route.searchOf } : {}),
      ...scale,
      ...(demo ? { demo, scaleDemo: scaleDemoOf(scale, demo) } : {}),
    };
  });
  const checks = checkBudgets(results, js);
  const totalSeconds = Math.round((performance.now() - started) / 1000);
  const report = {
    machine: { ...machine, loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))) },
    run: {
      date: new Date().toISOString(),
      quick: options.quick,
      seconds: options.seconds,
      healthzSeconds: options.healthzSeconds,
      connections: CONNECTIONS,
      searchWord: subjects.word,
      searchWordMatches: subjects.wordMatches,
      database: seed.counts,
      seedMs: seed.ms,
      totalSeconds,
    },
    routes: results,
    js,
    checks,
    pass: checks.every((c) => c.pass),
  };
  const resultsFile = options.postgres ? "bench/results-postgres.json" : "bench/results.json";
  fs.writeFileSync(path.join(ROOT, resultsFile), `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `\nOn the scale database (${seed.counts.problems.toLocaleString("en-GB")} problems); ratio = req/s ÷ /healthz req/s; p50 and p99 in ms; scale/demo = demo ratio ÷ scale ratio\n`,
  );
  console.log(routesTable(results, checks));
  if (Object.keys(js).length > 0) {
    console.log("\nFirst-visit JavaScript and CSS (gzip, file by file, summed)\n");
    console.log(assetsTable(js));
  }
  console.log(`\n${failuresText(checks)}`);
  console.log(`\nWrote ${resultsFile}. Total ${totalSeconds} s.`);
  return options.check && !report.pass ? 1 : 0;
}

// ---------------------------------------------------------------- machine and build

function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Builds when build/server.js or the Remix build is missing (not with --no-build). */
function ensureBuild(options: BenchOptions): void {
  const missing = ["build/server.js", "build/server/index.js", "build/client/assets"].filter((f) => !fs.existsSync(f));
  if (missing.length === 0) return;
  if (!options.build) throw new Error(`${missing.join(" and ")} missing: run \`npm run build\` (or drop --no-build).`);
  console.log(`${missing.join(" and ")} missing: npm run build`);
  const built = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  if (built.status !== 0) throw new Error("npm run build failed.");
}

/**
 * A copy of build/ (and the migrations the server applies at start) in the temporary folder, with
 * node_modules linked: the server runs from there, so a rebuild in the checkout while the
 * benchmark runs (`npm test` builds first) changes nothing under it.
 */
function snapshotBuild(dir: string): string {
  const appDir = path.join(dir, "app");
  fs.mkdirSync(path.join(appDir, "db"), { recursive: true });
  fs.cpSync("build", path.join(appDir, "build"), { recursive: true });
  fs.cpSync("db/migrations", path.join(appDir, "db/migrations"), { recursive: true });
  fs.cpSync("db/migrations-pg", path.join(appDir, "db/migrations-pg"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(appDir, "node_modules"), "junction");
  fs.copyFileSync("package.json", path.join(appDir, "package.json")); // "type": "module"
  return appDir;
}

// ---------------------------------------------------------------- databases

type Seeded = {
  demoFile: string;
  scaleFile: string;
  counts: { problems: number; projects: number; endorsements: number; comments: number; users: number };
  ms: { demo: number; scale: number; phases: SeedScaleResult["phases"] };
};

/** The demo database, then a copy of it with `n` synthetic problems added. */
async function buildDatabases(dir: string, n: number): Promise<Seeded> {
  const demoFile = path.join(dir, "demo.db");
  const scaleFile = path.join(dir, "scale.db");
  let started = performance.now();
  process.env.DATABASE_PATH = demoFile;
  const demo = openDatabase(demoFile);
  migrateDatabase(demo);
  const seeded = await seedDemoData(demo);
  if (!seeded.seeded) throw new Error("The demo data did not seed.");
  demo.$client.close(); // checkpoints the WAL into the file: a plain copy is then the whole database
  const demoMs = Math.round(performance.now() - started);
  fs.copyFileSync(demoFile, scaleFile);

  started = performance.now();
  process.env.DATABASE_PATH = scaleFile;
  const db = openDatabase(scaleFile);
  const result = seedScale(db, n, { density: benchDensity });
  const count = (table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const counts = {
    problems: count("problems"),
    projects: count("projects"),
    endorsements: count("endorsements"),
    comments: count("comments"),
    users: count("users"),
  };
  db.$client.close();
  const scaleMs = Math.round(performance.now() - started);
  closeDb();
  console.log(
    `Seeded: demo in ${(demoMs / 1000).toFixed(1)} s; scale in ${(scaleMs / 1000).toFixed(1)} s ` +
      `(${Object.entries(result.phases)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
        .join(", ")}): ` +
      Object.entries(counts)
        .map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`)
        .join(", "),
  );
  if (n >= MINIMUM.problems) {
    const short = Object.entries(MINIMUM).filter(([k, min]) => counts[k as keyof typeof counts] < min);
    if (short.length > 0)
      throw new Error(
        `The scale database is smaller than issue 15 asks: ${short.map(([k, min]) => `${k} < ${min}`).join(", ")}`,
      );
  }
  return { demoFile, scaleFile, counts, ms: { demo: demoMs, scale: scaleMs, phases: result.phases } };
}

type Subjects = {
  userId: number;
  problemId: number;
  projectId: number;
  leadProjectId: number;
  word: string;
  wordMatches: number;
  listed: number;
};

/**
 * The problem, the projects and the signed-in person, all from the demo data so the two databases
 * show the same pages: the demo problem with most endorsements, the furthest-along project the
 * signed-in developer is on (seen signed out), and the furthest-along one they lead (signed in).
 * And the search word nearest to half the scale database's problems.
 */
function pickSubjects(scaleFile: string): Subjects {
  const db = openDatabase(scaleFile);
  try {
    const sqlite = db.$client;
    const user = db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, SIGNED_IN_EMAIL))
      .get();
    if (!user) throw new Error(`No ${SIGNED_IN_EMAIL} in the demo data.`);
    const problem = sqlite
      .prepare(
        `SELECT p.id FROM problems p JOIN users u ON u.id = p.author_id
         WHERE u.email NOT LIKE '%@scale.test' AND p.hidden_at IS NULL AND p.status <> 'duplicate'
         ORDER BY p.endorsement_count DESC, p.id LIMIT 1`,
      )
      .pluck()
      .get() as number | undefined;
    const teams = sqlite
      .prepare(
        `SELECT p.id, p.stage, m.role FROM project_members m JOIN projects p ON p.id = m.project_id
         WHERE m.user_id = ? AND m.status = 'active' AND p.state = 'active' ORDER BY p.id`,
      )
      .all(user.id) as Array<{ id: number; stage: Stage; role: string }>;
    const furthest = (list: typeof teams) =>
      [...list].sort((a, b) => stageIndex(b.stage) - stageIndex(a.stage) || a.id - b.id)[0]?.id;
    const projectId = furthest(teams);
    const leadProjectId = furthest(teams.filter((t) => t.role === "lead"));
    if (!problem || !projectId || !leadProjectId)
      throw new Error(`The demo data has no endorsed problem or no project led by ${SIGNED_IN_EMAIL}.`);

    const listed = sqlite
      .prepare("SELECT count(*) FROM problems WHERE hidden_at IS NULL AND status <> 'duplicate'")
      .pluck()
      .get() as number;
    const matches = (word: string) =>
      sqlite.prepare("SELECT count(*) FROM problems_fts WHERE problems_fts MATCH ?").pluck().get(word) as number;
    const [best] = SEARCH_WORDS.map((word) => ({ word, n: matches(word) })).sort(
      (a, b) => Math.abs(a.n - listed / 2) - Math.abs(b.n - listed / 2),
    );
    return {
      userId: user.id,
      problemId: problem,
      projectId,
      leadProjectId,
      word: best!.word,
      wordMatches: best!.n,
      listed,
    };
  } finally {
    db.$client.close();
  }
}

/** A session for the user written straight into the database, as tests/http/accounts.ts does. */
function sessionCookie(file: string, userId: number): string {
  const db: DB = openDatabase(file);
  try {
    const token = generateSessionToken();
    const now = Math.floor(Date.now() / 1000);
    db.insert(schema.sessions)
      .values({ id: hashSessionToken(token), userId, createdAt: now, expiresAt: now + 14 * 24 * 60 * 60 })
      .run();
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    db.$client.close();
  }
}

function routeList(s: Subjects): RouteSpec[] {
  const q = encodeURIComponent(s.word);
  const page = (p: string, type: string, extra: Partial<RouteSpec> = {}): RouteSpec => ({
    name: p,
    path: p,
    kind: "page",
    signedIn: false,
    page: type,
    ...extra,
  });
  const search = (p: string, of: string, kind: RouteSpec["kind"] = "page"): RouteSpec => ({
    name: p,
    path: p,
    kind,
    signedIn: false,
    searchOf: of,
  });
  return [
    page("/", "home"),
    page("/problems", "problems"),
    search(`/problems?q=${q}`, "/problems"),
    search(`/problems?q=${NO_MATCH_WORD}`, "/problems"),
    page(`/problems/${s.problemId}`, "problem"),
    page("/projects", "projects"),
    page(`/projects/${s.projectId}`, "project"),
    page("/pipeline", "pipeline"),
    page("/impact", "impact"),
    page("/hack-days", "hack-days"),
    page("/mentors", "mentors"),
    { name: "/api/v1/problems", path: "/api/v1/problems", kind: "api", signedIn: false },
    search(`/api/v1/problems?q=${q}`, "/api/v1/problems", "api"),
    page("/dashboard", "dashboard", { name: "/dashboard (signed in)", signedIn: true }),
    page(`/projects/${s.leadProjectId}`, "project (signed in)", {
      name: `/projects/${s.leadProjectId} (signed in)`,
      signedIn: true,
    }),
  ];
}

// ---------------------------------------------------------------- the server

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** build/server.js (the snapshot in appDir) with NODE_ENV=production on the database; its log goes to a file beside it. */
async function startServer(target: Target, dir: string, appDir: string): Promise<Server> {
  const port = await freePort();
  const logFile = path.join(dir, `server-${target.name}.log`);
  const log = fs.openSync(logFile, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_PATH: target.file,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    UPLOADS_DIR: path.join(dir, "uploads"),
    OUTBOX_DIR: path.join(dir, "outbox"),
    DEMO_DATA: "false",
  };
  // Nothing leaves the machine, and no deployment's settings change what is measured.
  for (const key of ["APP_ORIGIN", "SMTP_URL", "TRUST_PROXY"]) delete env[key];
  const child = spawn(process.execPath, ["build/server.js"], { cwd: appDir, env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  children.add(child);
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
    children.delete(child);
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`The server exited with ${exited}:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`The server did not answer /healthz within 60 s:\n${tail(logFile)}`);
    const ok = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  // Let the jobs that run once at start finish before anything is measured.
  await sleep(1000);
  return {
    origin,
    logFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== undefined) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function tail(file: string, lines = 30): string {
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- measuring

const headersFor = (route: RouteSpec, cookie: string): Record<string, string> => ({
  accept: route.kind === "api" ? "application/json" : "text/html",
  ...(route.signedIn ? { cookie } : {}),
});

/**
 * Every route answers 200, and a signed-in page really is signed in. A page that redirects to its
 * canonical address (/problems/1 to /problems/1-its-title) is measured at that address instead.
 */
async function preflight(origin: string, routes: RouteSpec[], cookie: string): Promise<RouteSpec[]> {
  const checked: RouteSpec[] = [];
  for (const first of routes) {
    let route = first;
    let response = await fetch(origin + route.path, { headers: headersFor(route, cookie), redirect: "manual" });
    const location = response.headers.get("location");
    if ([301, 308].includes(response.status) && location && new URL(location, origin).origin === origin) {
      const url = new URL(location, origin);
      route = { ...route, path: url.pathname + url.search };
      await response.body?.cancel();
      response = await fetch(origin + route.path, { headers: headersFor(route, cookie), redirect: "manual" });
    }
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${route.name} answered ${response.status} ${response.headers.get("location") ?? ""}`);
    if (route.signedIn && !body.includes('action="/logout"'))
      throw new Error(`${route.name} is not signed in: the session cookie was not accepted.`);
    checked.push(route);
  }
  return checked;
}

function run(origin: string, route: { path: string }, headers: Record<string, string>, seconds: number) {
  return autocannon({ url: origin + route.path, connections: CONNECTIONS, duration: seconds, headers });
}

function sampleOf(result: autocannon.Result): Sample {
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * A warm-up of every route (JIT, caches filled on first use), then /healthz, route 1, /healthz,
 * route 2, … /healthz: each route's ratio is over the two /healthz runs around it.
 */
async function measureRoutes(
  origin: string,
  routes: RouteSpec[],
  cookie: string,
  options: BenchOptions,
): Promise<Map<string, Figures>> {
  const healthz = { path: "/healthz" };
  const warm = (path: string, headers: Record<string, string>) =>
    autocannon({ url: origin + path, connections: CONNECTIONS, amount: 50, headers });
  await warm(healthz.path, {});
  for (const route of routes) await warm(route.path, headersFor(route, cookie));

  const figures = new Map<string, Figures>();
  let before = sampleOf(await run(origin, healthz, {}, options.healthzSeconds));
  for (const route of routes) {
    const sample = sampleOf(await run(origin, route, headersFor(route, cookie), options.seconds));
    const after = sampleOf(await run(origin, healthz, {}, options.healthzSeconds));
    const f = figuresOf(sample, before, after);
    figures.set(route.name, f);
    console.log(
      `  ${route.name.padEnd(36)} ${f.rps.toFixed(1).padStart(7)} req/s  p50 ${String(f.p50).padStart(4)}  p99 ${String(f.p99).padStart(4)} ms  ratio ${f.ratio.toFixed(2)} (healthz ${f.healthz.toFixed(0)}/s)${f.failures ? `  ${f.failures} FAILED` : ""}`,
    );
    before = after;
  }
  return figures;
}

/**
 * For each page type: the gzip bytes (level 9, file by file, summed) of the JavaScript its HTML
 * loads first (module preloads, module scripts and their static imports, followed to the end)
 * and of its stylesheets.
 */
async function measureAssets(origin: string, routes: RouteSpec[], cookie: string): Promise<Record<string, PageAssets>> {
  const load = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const gzipped: AssetCache = new Map();
  const result: Record<string, PageAssets> = {};
  for (const route of routes) {
    if (!route.page) continue;
    const response = await fetch(origin + route.path, { headers: headersFor(route, cookie) });
    result[route.page] = await firstVisitAssets(await response.text(), origin + route.path, load, gzipped);
  }
  return result;
}

// ---------------------------------------------------------------- PostgreSQL

/** Databases this run made on the PostgreSQL server, dropped on exit. */
const postgresDatabases: string[] = [];

/** The server --postgres measures on: BENCH_DATABASE_URL, else TEST_DATABASE_URL. */
function postgresServer(): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("--postgres needs BENCH_DATABASE_URL (or TEST_DATABASE_URL): a server it may create databases on.");
  return url;
}

/** Makes a database for `target` on the PostgreSQL server and copies its SQLite file into it. */
async function copyToPostgres(target: Target): Promise<string> {
  const name = `hackpath_bench_${target.name}_${process.pid}`;
  const created = spawnSync("psql", [postgresServer(), "-qc", `CREATE DATABASE "${name}"`], { encoding: "utf8" });
  if (created.status !== 0) throw new Error(`Could not create the PostgreSQL database ${name}: ${created.stderr}`);
  postgresDatabases.push(name);
  const url = new URL(postgresServer());
  url.pathname = `/${name}`;
  const started = performance.now();
  const source = openDatabase(target.file);
  try {
    await migratePostgres(url.href);
    const report = await copySqliteToPostgres(source, getPostgresDb(url.href));
    const rows = report.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Copied the ${target.name} database into PostgreSQL (${rows.toLocaleString("en-GB")} rows) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    source.$client.close();
    await closePostgres();
  }
  // Fresh statistics for the planner, as autovacuum would gather them on a live site.
  spawnSync("psql", [url.href, "-qc", "ANALYZE"]);
  return url.href;
}

// ---------------------------------------------------------------- exit

function cleanUp(): void {
  for (const child of children) child.kill("SIGKILL");
  for (const name of postgresDatabases) {
    const dropped = spawnSync("psql", [postgresServer(), "-qc", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
    if (dropped.status !== 0) console.error(`Could not drop the PostgreSQL database ${name}: ${dropped.stderr}`);
  }
  if (temporary && !keepTemporary) fs.rmSync(temporary, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    cleanUp();
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    cleanUp();
    process.exit(1);
  },
);
