/**
 * Robustness sweep over real HTTP against the built server with the demo data: every GET route and
 * every action of the build, as an anonymous visitor and as each demo account, with hostile input.
 * Nothing may answer 5xx; a record id that cannot exist is a 404 wherever the real record is shown;
 * a broken form is refused with a 4xx (or a redirect to log in), never a crash.
 *
 * The routes come from the build's manifest, so a new route is swept without editing this file; a
 * new action needs its zod schema named in `actionSchemas` in ./hostile.ts (a test fails until it
 * is; hostile-input.test.ts sweeps the same forms with generated values). Requests go out a few at
 * a time; the whole sweep stays well under a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { SESSION_COOKIE } from "../../app/auth/lucia.server";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm, read, send } from "./client";
import { builtRoutes, demoAccount, demoRoles, inPool, personas, type BuiltRoute, type Persona } from "./demo";
import {
  actionSchemas,
  describeFailure,
  fillPattern,
  formsOf,
  loadFixtures,
  paramsOf,
  type Fixtures,
  type Form,
  type Leaf,
} from "./hostile";
import type { TestServer } from "./server";

const CONCURRENCY = 6;

/** Ids and path segments that name nothing (or are not ids at all). */
const hostileIds = ["0", "-1", "99999999", "abc", "1e3", "%00", "1.5", "x".repeat(3000), "9".repeat(400)];

const LONG = "x".repeat(5000);
/** Query strings a hand-edited link, a crawler or an attacker might send. */
const hostileQueries = [
  "page=-1",
  "page=abc",
  "page=999999",
  "page=1e3",
  "page=99999999999999999999",
  `q=${encodeURIComponent('"')}`,
  `q=${encodeURIComponent('"unterminated phrase')}`,
  `q=${encodeURIComponent("NEAR(")}`,
  `q=${encodeURIComponent("NEAR(foot ulcer, 2")}`,
  `q=${encodeURIComponent("*")}`,
  `q=${encodeURIComponent("foot*")}`,
  `q=${encodeURIComponent("AND OR NOT ( ) ^ - + : {title}: tags:x \\ %_'")}`,
  `q=${encodeURIComponent("'; DROP TABLE users; --")}`,
  `q=${encodeURIComponent("糖尿病 🩺 ‮evil‬ é ß \u0301\u0000")}`,
  `q=${encodeURIComponent(LONG.slice(0, 5000))}`,
  `q=${encodeURIComponent("a ".repeat(2500))}`,
  "q=",
  "q=%FF%FE",
  // Unknown values for every filter any list reads.
  [
    "stage=zzz",
    "state=zzz",
    "careSetting=zzz",
    "specialty=zzz",
    "status=zzz",
    "tag=%21%21",
    "sort=zzz",
    "hasProjects=maybe",
    "hackDay=-1",
    "problem=abc",
    "area=zzz",
    "kind=zzz",
    "accepting=2",
    "capacity=abc",
    "stalled=x",
    "pilotSite=x",
    "action=DROP",
    "user=abc",
    "section=zzz",
    "notice=%3Cscript%3E",
    "done=zzz",
    "saved=zzz",
    "redirectTo=%2F%2Fevil.example",
    "edit=abc",
    "delete=99999999999999999999",
    "welcome",
  ].join("&"),
  "hackDay=99999999999999999999&problem=1e3&user=99999999999999999999",
  // Repeated parameters.
  "page=1&page=2&page=abc&q=foot&q=NEAR(&stage=prototype&stage=zzz&status=open&status=zzz&tag=a&tag=b",
  "%=%&&&=&page&q",
];

let server: TestServer;
let fixtures: Fixtures;
const cookies: Partial<Record<Persona, string>> = {};
let routes: BuiltRoute[];

/** A concrete path for a route pattern, each `:param` (or `*`) filled from the fixtures unless overridden. */
function pathFor(pattern: string, override?: { param: string; value: string }): string {
  return fillPattern(fixtures, pattern, override);
}

beforeAll(async () => {
  server = await startServerWithDb({
    demoData: true,
    env: { AUTH_RATE_LIMIT: "1000000", WRITE_RATE_LIMIT: "1000000" },
  });
  for (const role of demoRoles) cookies[role] = (await demoAccount(role)).cookie;
  fixtures = await loadFixtures();
  routes = await builtRoutes();
}, 90_000);
afterAll(() => server?.stop());

describe("GET routes with hostile input", () => {
  it("never answer 5xx to a hostile id, and answer 404 wherever the real record is shown", async () => {
    const failures: string[] = [];
    const cases: { pattern: string; param: string; value: string; persona: Persona; baseline: number }[] = [];
    const withParams = routes.filter((r) => r.hasLoader && paramsOf(r.pattern).length > 0);
    // What each visitor gets for the real record decides what a bad id must give.
    const baselines = new Map<string, number>();
    await inPool(
      withParams.flatMap((route) => personas.map((persona) => ({ route, persona }))),
      CONCURRENCY,
      async ({ route, persona }) => {
        const result = await read(getPage(server, pathFor(route.pattern), { cookie: cookies[persona] }));
        if (result.status >= 500) failures.push(describeFailure(`GET ${pathFor(route.pattern)} as ${persona}`, result));
        baselines.set(`${route.pattern} ${persona}`, result.status);
      },
    );
    for (const route of withParams)
      for (const param of paramsOf(route.pattern))
        for (const value of hostileIds)
          for (const persona of personas)
            cases.push({
              pattern: route.pattern,
              param,
              value,
              persona,
              baseline: baselines.get(`${route.pattern} ${persona}`)!,
            });
    await inPool(cases, CONCURRENCY, async ({ pattern, param, value, persona, baseline }) => {
      const target = pathFor(pattern, { param, value });
      const result = await read(getPage(server, target, { cookie: cookies[persona] }));
      const label = `GET ${target.length > 120 ? `${target.slice(0, 117)}...` : target} as ${persona} (real record: ${baseline})`;
      // Seen by this visitor when real: a bad id is simply not there. Otherwise the same refusal
      // (log in, forbidden) or a 404 are both right.
      const allowed = baseline === 200 || baseline === 404 ? [404] : [baseline, 302, 403, 404];
      if (!allowed.includes(result.status)) failures.push(describeFailure(label, result));
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it("never answer 5xx to hostile query strings (pages, their .data twins and the API)", async () => {
    const failures: string[] = [];
    const cases: { path: string; persona: Persona }[] = [];
    const signedIn = personas.filter((p) => p !== "anonymous");
    routes
      .filter((r) => r.hasLoader && r.pattern !== "/logout")
      .forEach((route, i) => {
        const base = pathFor(route.pattern);
        hostileQueries.forEach((query, j) => {
          // Anonymous every time, and one signed-in role in turn (the admin, who sees everything, among them).
          for (const persona of ["anonymous", signedIn[(i + j) % signedIn.length]!] as const)
            cases.push({ path: `${base}?${query}`, persona });
        });
        // Single Fetch's data requests run the same loaders.
        if (
          !route.pattern.startsWith("/api/") &&
          !/\.(ics|atom)$/.test(route.pattern) &&
          route.pattern !== "/healthz" &&
          route.pattern !== "/screenshots/:file"
        ) {
          const data = base === "/" ? "/_root.data" : `${base}.data`;
          for (const query of hostileQueries.slice(0, 18))
            cases.push({ path: `${data}?${query}`, persona: signedIn[i % signedIn.length]! });
        }
      });
    await inPool(cases, CONCURRENCY, async ({ path, persona }) => {
      const result = await read(getPage(server, path, { cookie: cookies[persona] }));
      if (result.status >= 500) failures.push(describeFailure(`GET ${path.slice(0, 160)} as ${persona}`, result));
    });
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("hostile cookies", () => {
  it("are no session, never a 5xx; a foreign malformed cookie does not sign anyone out", async () => {
    const failures: string[] = [];
    const hostileCookies = [
      `${SESSION_COOKIE}=garbage`,
      `${SESSION_COOKIE}=`,
      `${SESSION_COOKIE}=%00%ff`,
      `${SESSION_COOKIE}=${"a".repeat(6000)}`,
      `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`,
      "tracking=%E0%A4%A; other=%",
      "=;;;==",
    ];
    const targets = routes.filter((r) => r.hasLoader).map((r) => pathFor(r.pattern));
    const jobs = hostileCookies.flatMap((cookie) => [
      ...targets.map((path) => ({ path, cookie, method: "GET" })),
      ...["/notifications", "/settings", "/logout"].map((path) => ({ path, cookie, method: "POST" })),
    ]);
    await inPool(jobs, CONCURRENCY, async ({ path, cookie, method }) => {
      const result = await read(
        method === "POST"
          ? postForm(server, path, { intent: "mark-all-read" }, { cookie })
          : getPage(server, path, { cookie }),
      );
      if (result.status >= 500)
        failures.push(describeFailure(`${method} ${path} with Cookie ${cookie.slice(0, 40)}`, result));
    });
    const mixed = await getPage(server, "/dashboard", { cookie: `tracking=%E0%A4%A; ${cookies.developer}` });
    expect(mixed, "a real session beside a malformed foreign cookie").toHaveStatus(200);
    expect(failures).toEqual([]);
  }, 30_000);
});

describe("hostile Host headers", () => {
  /** A raw GET with exactly these headers (fetch would not send a Host of our choosing). */
  const rawGet = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(server.baseUrl);
      const req = http.request({ host: url.hostname, port: url.port, path, headers, method: "GET" }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end();
    });

  it("are a 400, never a 500", async () => {
    const host = new URL(server.baseUrl).host;
    const cases: [string, Record<string, string>, number[]][] = [
      ["a port past 65535", { Host: "evil.example:99999" }, [400]],
      ["an unclosed IPv6 literal", { Host: "[::" }, [400]],
      ["a forwarded host with a bad port", { Host: host, "X-Forwarded-Host": "evil:99999" }, [400]],
      ["a forwarded host with spaces", { Host: host, "X-Forwarded-Host": "a b" }, [200, 400]],
    ];
    for (const [what, headers, allowed] of cases)
      for (const path of ["/", "/problems", "/api/v1/problems", "/problems.atom"])
        expect(allowed, `GET ${path} with ${what}`).toContain(await rawGet(path, headers));
  });
});

// ---------------------------------------------------------------- actions

/** Hostile fillings: wrong types, negatives, huge values, odd characters and odd array indexes. */
const variants: { label: string; value: (leaf: Leaf) => string | string[]; index?: string }[] = [
  {
    label: "wrong types",
    value: (leaf) =>
      ({ string: "", number: "abc", enum: "zzz", boolean: "maybe", date: "2024-13-45T99:99", other: "abc" })[leaf],
  },
  { label: "negative", value: () => "-1" },
  {
    label: "huge",
    value: (leaf) =>
      leaf === "string" || leaf === "other"
        ? "🩺".repeat(2500) + LONG
        : leaf === "number"
          ? "99999999999999999999999"
          : "9".repeat(400),
  },
  {
    label: "odd",
    value: (leaf) => (leaf === "number" ? ["1e3", "NaN", "Infinity"] : ["\u0000<script>alert(1)</script>'\"", "%00"]),
    index: "99999999",
  },
];

function hostileForm(form: Form, variant: (typeof variants)[number]): URLSearchParams {
  const body = new URLSearchParams();
  if (form.intent) body.append("intent", form.intent);
  for (const field of form.fields) {
    const name = variant.index ? field.name.replace(/\[0\]/g, `[${variant.index}]`) : field.name;
    const value = variant.value(field.leaf);
    for (const v of [value].flat()) {
      body.append(name, v);
      if (field.array) body.append(name, v);
    }
  }
  return body;
}

describe("actions with hostile forms", () => {
  it("has the schema of every action the app builds", () => {
    const missing = routes.filter((r) => r.hasAction && !(r.pattern in actionSchemas)).map((r) => r.pattern);
    expect(missing, "name the action's zod schema in actionSchemas (tests/http/hostile.ts)").toEqual([]);
  });

  it("refuse bodies that say they are multipart but are not, hostile uploads and other methods, with a 4xx", async () => {
    const failures: string[] = [];
    const refusals = [302, 303, 400, 403, 404, 405, 409, 413, 429];
    // Same-origin, but bodies and methods no form of ours sends; a connection the server drops is status 0.
    const sendAs = (path: string, persona: Persona, body: string | FormData, type?: string, method = "POST") =>
      read(
        send(server, path, {
          method,
          body,
          cookie: cookies[persona],
          headers: { Origin: server.origin, ...(type ? { "Content-Type": type } : {}) },
        }),
      ).catch((error: Error) => ({ status: 0, body: String(error.cause) }));
    type Job = {
      path: string;
      persona: Persona;
      what: string;
      body: string | FormData;
      type?: string;
      method?: string;
    };
    const jobs: Job[] = [];
    // (Not /logout: it would sign the admin out for the rest of the sweep.)
    for (const route of routes.filter((r) => r.hasAction && r.pattern !== "/logout")) {
      for (const persona of ["admin", "developer"] as const) {
        const path = pathFor(route.pattern);
        jobs.push({
          path,
          persona,
          what: "a broken multipart body",
          body: "not multipart at all",
          type: "multipart/form-data; boundary=xyz",
        });
        jobs.push({
          path,
          persona,
          what: "multipart without a boundary",
          body: "--x\r\n",
          type: "multipart/form-data",
        });
        jobs.push({
          path,
          persona,
          what: "bad percent-encoding",
          body: "intent=%zz&%=%%&name=%E0%A4%A",
          type: "application/x-www-form-urlencoded",
        });
        for (const method of ["PUT", "PATCH", "DELETE"])
          jobs.push({
            path,
            persona,
            what: method,
            body: "intent=x",
            type: "application/x-www-form-urlencoded",
            method,
          });
      }
    }
    // The team's own submission form takes uploads: fake images, absurd indexes, too many parts.
    const own = `/projects/${fixtures.ownProjectId}/submission`;
    const fake = new FormData();
    fake.append("name", "x");
    fake.append("uploads", new Blob(["<?php echo 1; ?>"], { type: "image/png" }), "shell.png");
    fake.append("screenshots[99999999].alt", "x");
    jobs.push({ path: own, persona: "developer", what: "a fake image and a huge index", body: fake });
    const many = new FormData();
    for (let k = 0; k < 400; k++) many.append(`f${k}`, "x");
    jobs.push({ path: own, persona: "developer", what: "400 parts", body: many });
    const huge = new FormData();
    huge.append("uploads", new Blob([new Uint8Array(3 * 1024 * 1024)], { type: "image/png" }), "big.png");
    jobs.push({ path: own, persona: "developer", what: "a 3 MB upload", body: huge });
    // And the evidence documents on a gate item: a fake PDF, and one over 10 MB.
    const gate = `/projects/${fixtures.ownProjectId}/gates/dtac_c1_clinical_safety`;
    const fakePdf = new FormData();
    fakePdf.append("intent", "add-document");
    fakePdf.append("visibility", "team");
    fakePdf.append("document", new Blob(["<html><script>alert(1)</script>"], { type: "application/pdf" }), "x.pdf");
    jobs.push({ path: gate, persona: "developer", what: "a fake PDF", body: fakePdf });
    const hugePdf = new FormData();
    hugePdf.append("intent", "add-document");
    hugePdf.append("visibility", "team");
    hugePdf.append("document", new Blob([new Uint8Array(11 * 1024 * 1024)], { type: "application/pdf" }), "big.pdf");
    jobs.push({ path: gate, persona: "developer", what: "an 11 MB document", body: hugePdf });
    await inPool(jobs, CONCURRENCY, async ({ path, persona, what, body, type, method }) => {
      const result = await sendAs(path, persona, body, type, method);
      if (!refusals.includes(result.status))
        failures.push(describeFailure(`${method ?? "POST"} ${path} as ${persona}: ${what}`, result));
    });
    expect(failures).toEqual([]);
  }, 30_000);

  it("never answer 5xx: empty forms, unknown intents, wrong types and huge values are refused", async () => {
    const failures: string[] = [];
    // What a refused write may answer: a redirect (to log in, or back after a no-op), bad input,
    // forbidden, not found, no action here, conflict, too large, too many.
    const refusals = [302, 303, 400, 403, 404, 405, 409, 413, 429];
    const cases: { path: string; persona: Persona; body: URLSearchParams; what: string; allowed: number[] }[] = [];
    const actionRoutes = routes.filter((r) => r.hasAction && r.pattern !== "/logout");
    for (const route of actionRoutes) {
      const target = pathFor(route.pattern);
      const forms = actionSchemas[route.pattern]!.flatMap(formsOf);
      for (const persona of personas) {
        cases.push({ path: target, persona, body: new URLSearchParams(), what: "an empty form", allowed: refusals });
        cases.push({
          path: target,
          persona,
          body: new URLSearchParams({ intent: "no-such-intent" }),
          what: "an unknown intent",
          allowed: refusals,
        });
        for (const form of forms)
          for (const variant of variants)
            cases.push({
              path: target,
              persona,
              body: hostileForm(form, variant),
              what: `${form.intent ?? "the form"} with ${variant.label} values`,
              allowed: refusals,
            });
      }
      // Field names no form of ours has: a list index of a hundred million, paths thousands deep,
      // prototype keys, more fields than any form.
      const oddNames: [string, URLSearchParams][] = [
        [
          "a huge list index",
          new URLSearchParams([
            ["intent", forms[0]?.intent ?? ""],
            ["tags[99999999]", "x"],
            ["scores[99999999].score", "1"],
          ]),
        ],
        [
          "a path 3,000 deep",
          new URLSearchParams([
            ["intent", forms[0]?.intent ?? ""],
            [`a${".a".repeat(3000)}`, "x"],
            [`b${"[0]".repeat(3000)}`, "x"],
          ]),
        ],
        [
          "prototype keys",
          new URLSearchParams([
            ["intent", forms[0]?.intent ?? ""],
            ["__proto__.admin", "1"],
            ["constructor.prototype.admin", "1"],
            ["__proto__[roles][0]", "admin"],
          ]),
        ],
        [
          "5,000 fields",
          new URLSearchParams([
            ["intent", forms[0]?.intent ?? ""],
            ...Array.from({ length: 5000 }, (_, k): [string, string] => [`f${k}`, "x"]),
          ]),
        ],
      ];
      for (const persona of personas)
        for (const [what, body] of oddNames) cases.push({ path: target, persona, body, what, allowed: refusals });
      // A write to a record that cannot exist (refused as bad input, forbidden or not found).
      for (const param of paramsOf(route.pattern))
        for (const value of ["0", "abc", "99999999", "%00"])
          for (const persona of ["anonymous", "admin"] as const)
            cases.push({
              path: pathFor(route.pattern, { param, value }),
              persona,
              body: new URLSearchParams({ intent: forms[0]?.intent ?? "x" }),
              what: `bad ${param}`,
              allowed: persona === "admin" ? [400, 403, 404, 405] : [302, 400, 403, 404, 405],
            });
    }
    await inPool(cases, CONCURRENCY, async ({ path, persona, body, what, allowed }) => {
      const result = await read(postForm(server, path, body, { cookie: cookies[persona] })).catch((error: Error) => ({
        status: 0,
        body: `${error.message}: ${String(error.cause)}`,
      }));
      if (!allowed.includes(result.status))
        failures.push(describeFailure(`POST ${path.slice(0, 100)} as ${persona}: ${what}`, result));
    });
    // Every demo account is still signed in: a refusal above was not a log-in redirect in disguise.
    for (const persona of demoRoles) {
      const result = await read(getPage(server, "/dashboard", { cookie: cookies[persona] }));
      if (result.status !== 200) failures.push(`GET /dashboard as ${persona} after the sweep → ${result.status}`);
    }
    // Sign-out last, each with a session of its own: it ends the session it is sent with.
    for (const persona of personas) {
      const cookie = persona === "anonymous" ? undefined : await sessionCookieFor((await demoAccount(persona)).id);
      const result = await read(postForm(server, "/logout", { intent: "no-such-intent", junk: LONG }, { cookie }));
      if (result.status !== 302) failures.push(describeFailure(`POST /logout as ${persona}`, result));
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
