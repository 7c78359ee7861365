/**
 * The benchmark's pure parts (bench/lib.ts): options, figures, issue 15's budget checks, the
 * printed tables, and which JavaScript and CSS a page loads first. No server and no timing.
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  assetsTable,
  budgets,
  checkBudgets,
  failuresText,
  figuresOf,
  firstVisitAssets,
  formatTable,
  pageAssetUrls,
  parseOptions,
  routesTable,
  scaleDemoOf,
  staticImports,
  type Figures,
  type RouteResult,
  type Sample,
} from "../../bench/lib";

const sample = (requests: number, seconds: number, extra: Partial<Sample> = {}): Sample => ({
  requests,
  seconds,
  p50: 10,
  p99: 40,
  non2xx: 0,
  errors: 0,
  ...extra,
});

const figures = (extra: Partial<Figures> = {}): Figures => ({
  rps: 200,
  p50: 10,
  p99: 40,
  ratio: 0.4,
  healthz: 500,
  failures: 0,
  ...extra,
});

const route = (name: string, extra: Partial<RouteResult> = {}): RouteResult => ({
  path: name,
  name,
  kind: "page",
  signedIn: false,
  ...figures(),
  ...extra,
});

describe("options", () => {
  it("defaults to the full run: 6 s a route, 20,000 problems, building when needed, the demo run too", () => {
    expect(parseOptions([])).toEqual({
      quick: false,
      check: false,
      build: true,
      keep: false,
      demo: true,
      postgres: false,
      scale: 20_000,
      seconds: 6,
      healthzSeconds: 6,
      only: [],
    });
  });

  it("reads --quick (2 s runs), --check, --no-build, --keep, --no-demo, --postgres, --scale, --seconds and --only", () => {
    expect(parseOptions(["--quick"]).seconds).toBe(2);
    expect(
      parseOptions([
        "--quick",
        "--check",
        "--no-build",
        "--keep",
        "--no-demo",
        "--postgres",
        "--scale",
        "500",
        "--seconds=3",
        "--only=/,/impact",
      ]),
    ).toEqual({
      quick: true,
      check: true,
      build: false,
      keep: true,
      demo: false,
      postgres: true,
      scale: 500,
      seconds: 3,
      healthzSeconds: 3,
      only: ["/", "/impact"],
    });
  });

  it("refuses unknown options, stray words and bad numbers", () => {
    expect(() => parseOptions(["--fast"])).toThrow("Unknown option --fast");
    expect(() => parseOptions(["quick"])).toThrow("Unknown argument quick");
    expect(() => parseOptions(["--scale", "0"])).toThrow("--scale needs a whole number above 0 (got 0)");
    expect(() => parseOptions(["--scale"])).toThrow("--scale needs a value");
    expect(() => parseOptions(["--seconds", "0.5"])).toThrow("--seconds needs a number from 1 to 120 (got 0.5)");
    expect(() => parseOptions(["--quick=yes"])).toThrow("Unknown option --quick=yes");
  });
});

describe("figures", () => {
  it("takes the ratio over the mean of the /healthz runs before and after", () => {
    // 150 req/s between /healthz runs of 500 and 600 req/s.
    expect(figuresOf(sample(300, 2, { p50: 12, p99: 80 }), sample(1000, 2), sample(1200, 2))).toEqual({
      rps: 150,
      p50: 12,
      p99: 80,
      ratio: 0.273,
      healthz: 550,
      failures: 0,
    });
  });

  it("counts error answers and connection errors as failures", () => {
    expect(figuresOf(sample(100, 1, { non2xx: 3, errors: 2 }), sample(500, 1), sample(500, 1)).failures).toBe(5);
  });

  it("gives scale/demo as the demo ratio over the scale ratio, infinite when the scale run served nothing", () => {
    expect(scaleDemoOf(figures({ ratio: 0.32 }), figures({ ratio: 0.4 }))).toBe(1.25);
    expect(scaleDemoOf(figures({ ratio: 0.5 }), figures({ ratio: 0.4 }))).toBe(0.8);
    expect(scaleDemoOf(figures({ ratio: 0 }), figures({ ratio: 0.4 }))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("budgets", () => {
  it("are issue 15's", () => {
    expect(budgets).toEqual({
      pageRatio: 0.3,
      apiRatio: 0.5,
      p99Ms: 150,
      scaleDemo: 1.3,
      searchSlowdown: 2,
      firstVisitJsBytes: 97_280,
    });
  });

  it("check every route and page type, failing exactly past each limit", () => {
    const routes: RouteResult[] = [
      route("/", { ratio: 0.3, p99: 149, scaleDemo: 1.3 }),
      route("/problems", { ratio: 0.29, p99: 150, scaleDemo: 1.31 }),
      route("/problems?q=patients", { ratio: 0.15, searchOf: "/problems" }),
      route("/problems?q=zebra", { ratio: 0.14, searchOf: "/problems" }),
      route("/api/v1/problems", { kind: "api", ratio: 0.5 }),
      route("/api/v1/problems?q=patients", { kind: "api", ratio: 0.49, searchOf: "/api/v1/problems" }),
      route("/dashboard (signed in)", { signedIn: true, failures: 1, demo: figures({ failures: 2 }) }),
    ];
    const checks = checkBudgets(routes, {
      home: { js: 97_280, css: 6_000, files: 19 },
      problems: { js: 97_281, css: 6_000, files: 24 },
    });
    // In route order, each route's checks in the order answers, ratio, p99, scale/demo, search; then pages.
    expect(checks.filter((c) => !c.pass).map((c) => `${c.subject}: ${c.budget} ${c.value}`)).toEqual([
      "/problems: ratio 0.29",
      "/problems: p99 150",
      "/problems: scale/demo 1.31",
      "/problems?q=patients: ratio 0.15",
      "/problems?q=zebra: ratio 0.14",
      "/problems?q=zebra: search 2.07",
      "/api/v1/problems?q=patients: ratio 0.49",
      "/dashboard (signed in): answers 3",
      "js: problems: first-visit JS 97281",
    ]);
    // Each route: answers, ratio, p99; scale/demo when measured on both; search for searches. Then each page type.
    expect(checks.length).toBe(7 * 3 + 2 + 3 + 2);
    expect(checks.find((c) => c.subject === "/problems?q=patients" && c.budget === "search")).toEqual({
      subject: "/problems?q=patients",
      budget: "search",
      value: 1.93,
      limit: "≤ 2× /problems",
      pass: true,
    });
  });
});

describe("tables", () => {
  it("pads columns and right-aligns numeric ones", () => {
    expect(
      formatTable(
        ["route", "req/s", "budgets"],
        [
          ["/", "1324", "PASS"],
          ["/problems?q=patients", "32.5", "FAIL ratio"],
        ],
      ),
    ).toBe(
      [
        "route                 req/s  budgets",
        "--------------------  -----  ----------",
        "/                      1324  PASS",
        "/problems?q=patients   32.5  FAIL ratio",
      ].join("\n"),
    );
  });

  it("prints each route's figures on both databases and the budgets it fails", () => {
    const routes = [
      route("/", {
        rps: 1324.4,
        p50: 5,
        p99: 22,
        ratio: 0.41,
        demo: figures({ rps: 1400, ratio: 0.44 }),
        scaleDemo: 1.07,
      }),
      route("/impact", { rps: 71.26, p50: 90, p99: 170, ratio: 0.08 }),
    ];
    const table = routesTable(routes, checkBudgets(routes, {}));
    expect(table.split("\n")).toEqual([
      "route    req/s  p50  p99  ratio  demo req/s  p50  p99  ratio  scale/demo  budgets",
      "-------  -----  ---  ---  -----  ----------  ---  ---  -----  ----------  ---------------",
      "/         1324    5   22   0.41        1400   10   40   0.44        1.07  PASS",
      "/impact   71.3   90  170   0.08                                           FAIL ratio, p99",
    ]);
  });

  it("prints first-visit JavaScript and CSS in KiB", () => {
    expect(
      assetsTable({ home: { js: 97_280, css: 6_758, files: 19 }, problems: { js: 116_838, css: 6_758, files: 24 } }),
    ).toBe(
      [
        "page      JS KiB gzip  CSS KiB gzip  files  budget",
        "--------  -----------  ------------  -----  ------",
        "home             95.0           6.6     19  PASS",
        "problems        114.1           6.6     24  FAIL",
      ].join("\n"),
    );
  });

  it("lists the failed checks, or says they all pass", () => {
    const routes = [route("/", { ratio: 0.2 })];
    expect(failuresText(checkBudgets(routes, {}))).toBe(
      "1 of 3 budget checks fail:\n  FAIL /: ratio 0.2 (needs ≥ 0.30)",
    );
    expect(failuresText(checkBudgets([route("/")], {}))).toBe("All 3 budget checks pass.");
    expect(failuresText(checkBudgets([], { problems: { js: 116_838, css: 6_758, files: 24 } }))).toBe(
      "1 of 1 budget checks fail:\n  FAIL js: problems: first-visit JS 114.1 KiB (needs ≤ 95 KiB gzip)",
    );
  });
});

describe("what a page loads first", () => {
  // The shape Remix 2 (Vite) renders: modulepreload links, the stylesheet, and an inline module
  // script that imports the entry's route modules and sets the manifest.
  const html = `<!DOCTYPE html><html><head>
    <link rel="canonical" href="http://127.0.0.1:3000/problems/1-title"/>
    <link rel="stylesheet" href="/assets/app-B1.css"/>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
    <link rel="modulepreload" href="/assets/entry.client-D1.js"/>
    <link href="/assets/components-C2.js" rel="modulepreload"/>
    <link rel='modulepreload' href='/assets/root-R3.js?v=1&amp;x=2'>
    <link rel="preload" as="image" href="/hero.png"/>
    </head><body>
    <script nonce="abc">window.__remixContext = {"imports": "/assets/not-a-script.js"};</script>
    <script nonce="abc" type="module" async="">;
import * as route0 from "/assets/root-R3.js?v=1&x=2";
import * as route1 from "./assets/route-P4.js";
window.__remixManifest = {"entry": {"module": "/assets/entry.client-D1.js", "imports": ["/assets/components-C2.js"]}};
import("/assets/entry.client-D1.js");</script>
    <script src="/legacy.js"></script>
    <script type="application/ld+json">{"@type": "WebSite"}</script>
    </body></html>`;

  it("finds module preloads, module scripts' static imports, classic scripts and stylesheets, once each", () => {
    expect(pageAssetUrls(html, "http://127.0.0.1:3000/problems/1-title")).toEqual({
      scripts: [
        "http://127.0.0.1:3000/assets/entry.client-D1.js",
        "http://127.0.0.1:3000/assets/components-C2.js",
        "http://127.0.0.1:3000/assets/root-R3.js?v=1&x=2",
        "http://127.0.0.1:3000/problems/assets/route-P4.js",
        "http://127.0.0.1:3000/legacy.js",
      ],
      stylesheets: ["http://127.0.0.1:3000/assets/app-B1.css"],
    });
  });

  it("reads static imports and re-exports of minified modules, not dynamic imports or strings", () => {
    const code =
      'import{j as e}from"./components-C2.js";import"./side.js";export*from"./all.js";export{a as b}from"./named.js";' +
      'import * as ns from "./ns.js";const lazy=()=>import("./lazy.js");const s="imports";x.import("./no.js")';
    expect(staticImports(code)).toEqual(["./components-C2.js", "./side.js", "./all.js", "./named.js", "./ns.js"]);
  });

  it("sums each file's gzip size over the scripts, their imports followed to the end, and the stylesheets", async () => {
    const files: Record<string, string> = {
      "http://h/assets/entry.js": 'import{a}from"./shared.js";console.log(a)',
      "http://h/assets/route.js": 'import"./shared.js";import"./deep.js";export const r=1',
      "http://h/assets/shared.js": "export const a=" + "1+".repeat(500) + "1",
      "http://h/assets/deep.js": 'import"https://cdn.example/elsewhere.js";export const d=2',
      "http://h/assets/app.css": "body{margin:0}".repeat(50),
    };
    const loaded: string[] = [];
    const load = async (url: string) => {
      loaded.push(url);
      const text = files[url];
      if (text === undefined) throw new Error(`not found: ${url}`);
      return Buffer.from(text);
    };
    const page = `<link rel="stylesheet" href="/assets/app.css"><link rel="modulepreload" href="/assets/entry.js">
      <script type="module">import "/assets/route.js";</script>`;
    const gz = (url: string) => gzipSync(Buffer.from(files[url] as string), { level: 9 }).length;
    const cache = new Map();
    expect(await firstVisitAssets(page, "http://h/problems", load, cache)).toEqual({
      js:
        gz("http://h/assets/entry.js") +
        gz("http://h/assets/route.js") +
        gz("http://h/assets/shared.js") +
        gz("http://h/assets/deep.js"),
      css: gz("http://h/assets/app.css"),
      files: 5,
    });
    // Another origin is not followed; a second page reuses what the first fetched.
    await firstVisitAssets(page, "http://h/projects", load, cache);
    expect(loaded.sort()).toEqual(Object.keys(files).sort());
  });
});
