import { gzipSync } from "node:zlib";

/**
 * The benchmark's pure parts (bench/run.ts does the I/O): its options, the budgets of issue 15
 * and their checks, the tables it prints, and which scripts and stylesheets a page loads first.
 * Tested in tests/bench/lib.test.ts.
 */

// ---------------------------------------------------------------- options

export type BenchOptions = {
  /** Shorter runs (`--quick`): the whole benchmark in under five minutes. */
  quick: boolean;
  /** Exit 1 when any budget fails (`--check`); otherwise the exit code is 0 whatever the figures. */
  check: boolean;
  /** Never build (`--no-build`): fail when build/server.js is missing instead. */
  build: boolean;
  /** Keep the temporary folder with the databases and the server logs (`--keep`). */
  keep: boolean;
  /** Skip the run on the demo database (`--no-demo`): no scale/demo column then. */
  demo: boolean;
  /**
   * Measure on PostgreSQL (`--postgres`): each SQLite database is copied into a database of its
   * own on the server at BENCH_DATABASE_URL (or TEST_DATABASE_URL), and the server runs on it;
   * the figures go to bench/results-postgres.json.
   */
  postgres: boolean;
  /** Synthetic problems in the scale database (`--scale N`, default 20,000). */
  scale: number;
  /** Seconds a route is measured (`--seconds S`; default 6, or 2 with --quick). */
  seconds: number;
  /** Seconds each /healthz run between two routes takes. */
  healthzSeconds: number;
  /** Only routes whose name contains one of these (`--only /problems,/impact`); empty: all. */
  only: string[];
};

/** Parses `npm run bench -- [--quick] [--check] [--no-build] [--keep] [--no-demo] [--scale N] [--seconds S] [--only a,b]`. */
export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) throw new Error(`Unknown argument ${arg}. ${USAGE}`);
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (VALUED.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new Error(`--${name} needs a value. ${USAGE}`);
      values.set(name, value);
    } else if (FLAGS.has(name) && eq === -1) flags.add(name);
    else throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  const quick = flags.has("quick");
  const scale = values.has("scale") ? Number(values.get("scale")) : 20_000;
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`--scale needs a whole number above 0 (got ${values.get("scale")})`);
  const seconds = values.has("seconds") ? Number(values.get("seconds")) : quick ? 2 : 6;
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 120)
    throw new Error(`--seconds needs a number from 1 to 120 (got ${values.get("seconds")})`);
  return {
    quick,
    check: flags.has("check"),
    build: !flags.has("no-build"),
    keep: flags.has("keep"),
    demo: !flags.has("no-demo"),
    postgres: flags.has("postgres"),
    scale,
    seconds,
    healthzSeconds: seconds,
    only: (values.get("only") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

const FLAGS = new Set(["quick", "check", "no-build", "keep", "no-demo", "postgres"]);
const VALUED = new Set(["scale", "seconds", "only"]);
export const USAGE =
  "Usage: npm run bench -- [--quick] [--check] [--no-build] [--keep] [--no-demo] [--postgres] [--scale N] [--seconds S] [--only /a,/b]";

// ---------------------------------------------------------------- routes and figures

export type RouteKind = "page" | "api";

export type RouteSpec = {
  /** What the table shows: the path, with "(signed in)" for a signed-in request. */
  name: string;
  /** Path and query requested. */
  path: string;
  kind: RouteKind;
  signedIn: boolean;
  /** For a search: the name of the same route without the search, which it must stay within 2× of. */
  searchOf?: string;
  /** The page type whose first-visit JavaScript and CSS are reported (pages only, not searches). */
  page?: string;
};

/** One autocannon run. Latencies in milliseconds. */
export type Sample = { requests: number; seconds: number; p50: number; p99: number; non2xx: number; errors: number };

/** A route's figures on one database: `ratio` is its requests/s over the adjacent /healthz runs'. */
export type Figures = {
  rps: number;
  p50: number;
  p99: number;
  ratio: number;
  /** Requests/s of /healthz around this route's run (the mean of the run before and the run after). */
  healthz: number;
  /** Answers other than 2xx, and connection errors or timeouts: any makes the figures meaningless. */
  failures: number;
};

export type RouteResult = {
  path: string;
  name: string;
  kind: RouteKind;
  signedIn: boolean;
  /** A search: the name of the route it is compared with. */
  searchOf?: string;
} & Figures & {
    demo?: Figures;
    /** How many times slower on the scale database: demo ratio ÷ scale ratio (see docs in bench/README.md). */
    scaleDemo?: number;
  };

export type PageAssets = { js: number; css: number; files: number };

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** Requests per second of a run. */
export const rpsOf = (sample: Sample) => (sample.seconds > 0 ? sample.requests / sample.seconds : 0);

/**
 * Figures for a route from its run and the /healthz runs just before and just after it (the same
 * server, the same moment): the ratio cancels most of what a busy machine does to both.
 */
export function figuresOf(route: Sample, healthzBefore: Sample, healthzAfter: Sample): Figures {
  const rps = rpsOf(route);
  const healthz = (rpsOf(healthzBefore) + rpsOf(healthzAfter)) / 2;
  return {
    rps: round(rps, 1),
    p50: route.p50,
    p99: route.p99,
    ratio: healthz > 0 ? round(rps / healthz, 3) : 0,
    healthz: round(healthz, 1),
    failures: route.non2xx + route.errors,
  };
}

/**
 * Demo ratio over scale ratio: 1.0 when a request costs the same at 20,000 problems as at 50, 2.0
 * when it takes twice the time. Ratios rather than raw requests/s, because the two runs are
 * minutes apart on a machine whose load moves.
 */
export function scaleDemoOf(scale: Figures, demo: Figures): number {
  if (scale.ratio <= 0) return Number.POSITIVE_INFINITY;
  return round(demo.ratio / scale.ratio, 2);
}

// ---------------------------------------------------------------- budgets

/**
 * Issue 15's budgets. JavaScript is counted in KiB (1,024 bytes): the issue's own figures (`/` 95,
 * `/problems` 111) are the build's in KiB.
 */
export const budgets = {
  pageRatio: 0.3,
  apiRatio: 0.5,
  p99Ms: 150,
  scaleDemo: 1.3,
  searchSlowdown: 2,
  firstVisitJsBytes: 95 * 1024,
} as const;

export type Check = {
  /** A route's name, or "js: <page type>". */
  subject: string;
  budget: "answers" | "ratio" | "p99" | "scale/demo" | "search" | "first-visit JS";
  value: number;
  /** The rule, for people: "≥ 0.30", "< 150 ms". */
  limit: string;
  pass: boolean;
};

/** Every budget for every route and page type; routes measured on the scale database. */
export function checkBudgets(routes: RouteResult[], js: Record<string, PageAssets>): Check[] {
  const checks: Check[] = [];
  const byName = new Map(routes.map((r) => [r.name, r]));
  for (const route of routes) {
    const add = (budget: Check["budget"], value: number, limit: string, pass: boolean) =>
      checks.push({ subject: route.name, budget, value, limit, pass });
    const failures = route.failures + (route.demo?.failures ?? 0);
    add("answers", failures, "no error answers", failures === 0);
    const minRatio = route.kind === "api" ? budgets.apiRatio : budgets.pageRatio;
    add("ratio", route.ratio, `≥ ${minRatio.toFixed(2)}`, route.ratio >= minRatio);
    add("p99", route.p99, `< ${budgets.p99Ms} ms`, route.p99 < budgets.p99Ms);
    if (route.scaleDemo !== undefined)
      add("scale/demo", route.scaleDemo, `≤ ${budgets.scaleDemo}`, route.scaleDemo <= budgets.scaleDemo);
    const base = route.searchOf === undefined ? undefined : byName.get(route.searchOf);
    if (base) {
      const slowdown = route.ratio > 0 ? round(base.ratio / route.ratio, 2) : Number.POSITIVE_INFINITY;
      add("search", slowdown, `≤ ${budgets.searchSlowdown}× ${base.name}`, slowdown <= budgets.searchSlowdown);
    }
  }
  for (const [page, assets] of Object.entries(js)) {
    checks.push({
      subject: `js: ${page}`,
      budget: "first-visit JS",
      value: assets.js,
      limit: `≤ ${budgets.firstVisitJsBytes / 1024} KiB gzip`,
      pass: assets.js <= budgets.firstVisitJsBytes,
    });
  }
  return checks;
}

// ---------------------------------------------------------------- tables

/** A plain-text table: columns padded to their widest cell, numbers (cells starting with a digit) right-aligned. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.∞]|^$/.test(r[i] ?? "")));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fixed = (value: number | undefined, places: number) =>
  value === undefined ? "" : Number.isFinite(value) ? value.toFixed(places) : "∞";
const rpsText = (value: number | undefined) => fixed(value, value !== undefined && value < 100 ? 1 : 0);

/** The routes table: scale figures, demo figures, scale/demo and the route's budgets. */
export function routesTable(routes: RouteResult[], checks: Check[]): string {
  const headers = [
    "route",
    "req/s",
    "p50",
    "p99",
    "ratio",
    "demo req/s",
    "p50",
    "p99",
    "ratio",
    "scale/demo",
    "budgets",
  ];
  const rows = routes.map((r) => {
    const failed = checks.filter((c) => c.subject === r.name && !c.pass).map((c) => c.budget);
    return [
      r.name,
      rpsText(r.rps),
      fixed(r.p50, 0),
      fixed(r.p99, 0),
      fixed(r.ratio, 2),
      rpsText(r.demo?.rps),
      fixed(r.demo?.p50, 0),
      fixed(r.demo?.p99, 0),
      fixed(r.demo?.ratio, 2),
      fixed(r.scaleDemo, 2),
      failed.length === 0 ? "PASS" : `FAIL ${failed.join(", ")}`,
    ];
  });
  return formatTable(headers, rows);
}

/** The first-visit JavaScript and CSS table, KiB of gzip. */
export function assetsTable(js: Record<string, PageAssets>): string {
  const rows = Object.entries(js).map(([page, a]) => [
    page,
    (a.js / 1024).toFixed(1),
    (a.css / 1024).toFixed(1),
    String(a.files),
    a.js <= budgets.firstVisitJsBytes ? "PASS" : "FAIL",
  ]);
  return formatTable(["page", "JS KiB gzip", "CSS KiB gzip", "files", "budget"], rows);
}

const valueText = (c: Check) =>
  !Number.isFinite(c.value)
    ? "∞"
    : c.budget === "first-visit JS"
      ? `${(c.value / 1024).toFixed(1)} KiB`
      : String(c.value);

/** Failed checks, one a line, or a line saying every budget passed. */
export function failuresText(checks: Check[]): string {
  const failed = checks.filter((c) => !c.pass);
  if (failed.length === 0) return `All ${checks.length} budget checks pass.`;
  return [
    `${failed.length} of ${checks.length} budget checks fail:`,
    ...failed.map((c) => `  FAIL ${c.subject}: ${c.budget} ${valueText(c)} (needs ${c.limit})`),
  ].join("\n");
}

// ---------------------------------------------------------------- assets a page loads first

export type PageAssetUrls = { scripts: string[]; stylesheets: string[] };

/** Attributes of one start tag, names lower-cased, values with the common entities decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const inner = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const m of inner.matchAll(pattern)) {
    attributes.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of a module (not `import()`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/**
 * The scripts and stylesheets an HTML page loads before anything runs, as absolute URLs in
 * document order without repeats: `<link rel="modulepreload">`, `<script type="module" src>`,
 * the static imports of inline module scripts (Remix's entry), classic `<script src>`, and
 * `<link rel="stylesheet">`. Not followed: the imports of those files (see bench/run.ts).
 */
export function pageAssetUrls(html: string, pageUrl: string): PageAssetUrls {
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  const add = (list: string[], href: string) => {
    const url = new URL(href, pageUrl).href;
    if (!list.includes(url)) list.push(url);
  };
  const pattern = /<link\b[^>]*>|<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (const m of html.matchAll(pattern)) {
    const tag = (m[0].match(/^<[^>]*>/) as RegExpMatchArray)[0];
    const attributes = attributesOf(tag);
    if (/^<link/i.test(tag)) {
      const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
      const href = attributes.get("href");
      if (!href) continue;
      if (rel.includes("modulepreload")) add(scripts, href);
      else if (rel.includes("stylesheet")) add(stylesheets, href);
      continue;
    }
    const type = (attributes.get("type") ?? "").toLowerCase();
    const src = attributes.get("src");
    if (type === "module") {
      if (src) add(scripts, src);
      else for (const specifier of staticImports(m[1] ?? "")) add(scripts, specifier);
    } else if ((type === "" || type.includes("javascript")) && src) add(scripts, src);
  }
  return { scripts, stylesheets };
}

/** A file's gzip size (level 9) and its static imports as absolute URLs, kept per URL across pages. */
export type AssetCache = Map<string, { bytes: number; imports: string[] }>;

/**
 * The first-visit JavaScript and CSS of a page: each script the HTML loads first
 * (`pageAssetUrls`), and the static imports of those, followed to the end on the page's origin,
 * gzipped (level 9) file by file and summed; likewise its stylesheets. `load` fetches a file.
 */
export async function firstVisitAssets(
  html: string,
  pageUrl: string,
  load: (url: string) => Promise<Buffer>,
  cache: AssetCache = new Map(),
): Promise<PageAssets> {
  const origin = new URL(pageUrl).origin;
  const entryOf = async (url: string, followImports: boolean) => {
    let entry = cache.get(url);
    if (!entry) {
      const body = await load(url);
      const imports = followImports ? staticImports(body.toString("utf8")).map((s) => new URL(s, url).href) : [];
      entry = { bytes: gzipSync(body, { level: 9 }).length, imports };
      cache.set(url, entry);
    }
    return entry;
  };
  const urls = pageAssetUrls(html, pageUrl);
  const seen = new Set<string>();
  const queue = [...urls.scripts];
  let js = 0;
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url) || new URL(url).origin !== origin) continue;
    seen.add(url);
    const entry = await entryOf(url, true);
    js += entry.bytes;
    queue.push(...entry.imports);
  }
  let css = 0;
  for (const url of urls.stylesheets) css += (await entryOf(url, false)).bytes;
  return { js, css, files: seen.size + urls.stylesheets.length };
}
