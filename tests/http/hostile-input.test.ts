/**
 * Hostile input over real HTTP against the built server (issue 8): generated bad values for every
 * field of every action's form and every parameter of the API never answer 5xx, chunked and
 * trickled bodies do not hold the server, and stored payloads render inert wherever they are shown
 * (HTML and its .data twin, the Atom feed, CSV exports, API JSON, calendars).
 *
 * It builds on robustness.test.ts: the forms come from the same zod schemas (./hostile.ts), here
 * filled with valid values except the field types under attack, so a request gets past the fields
 * it does not attack. Most writes go to the action's `.data` address (what the app's own
 * JavaScript posts: the same action without rendering the page); the HTML path gets the payloads
 * a page echoes back, and checks that they come back escaped.
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { careSettings, expertiseAreas, funderKinds, specialties } from "../../app/domain/taxonomy";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createUser } from "../factories";
import { oneRow } from "../rows";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, read, send, type Answer } from "./client";
import { builtRoutes, demoAccount, demoRoles, inPool, type BuiltRoute, type Persona } from "./demo";
import {
  actionSchemas,
  describeFailure,
  fillPattern,
  formsOf,
  loadFixtures,
  type FieldShape,
  type Fixtures,
  type Form,
} from "./hostile";
import type { TestServer } from "./server";

const CONCURRENCY = 6;

// ---------------------------------------------------------------- values

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
/** Every C0 control, DEL, a few C1s, the bidi overrides and isolates, zero-width and line separators. */
const CONTROL =
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("") +
  "\u007f\u0080\u0085\u009f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f\u2028\u2029\ufeff";
/** Bytes that are not UTF-8, percent-encoded as a raw body carries them: a stray byte, a BOM the wrong way round, a lone surrogate, an overlong slash, past U+10FFFF, a cut-off sequence. */
const INVALID_UTF8 = "%FF%FE%ED%A0%80%C0%AF%F4%90%80%80%E0%A4";
const SQL = `x'); DROP TABLE users; -- " OR "1"="1`;
const FTS = 'NEAR(a, 2) "b title:c* ^d {e f}: AND (';
/** SQL, FTS5 syntax and markup in one value short enough for most fields to keep. */
const INJECTION = `${SQL} ${FTS} ${SCRIPT}${IMG}`;
/** About a megabyte of text: a whole urlencoded form must stay under the 1 MiB body limit. */
const MEGABYTE = "lorem ipsum ".repeat(83_000);
const HUGE_NUMBERS = ["1e308", "9".repeat(400), "-0", "NaN", "Infinity", "9007199254740993"];
/** Dates (as `<input type="date">` sends them) and UK times (`datetime-local`) that do not exist, sent pairwise. */
const IMPOSSIBLE_DATES: [date: string, dateTime: string][] = [
  ["2026-02-30", "2026-02-30T09:00"],
  ["0000-00-00", "0000-00-00T00:00"],
  ["99999-01-01", "99999-01-01T09:00"],
  ["2026-13-01", "2026-13-01T09:00"],
  ["+275761-01-01", "2026-01-01T25:61"],
  ["2026-1-1", "2026-01-01T09:00+25:00"],
  // The hour the clocks skip in spring and the one they repeat in autumn, UK time.
  ["2026-01-01T25:61", "2026-03-29T01:30"],
  ["-001000-01-01", "2026-10-25T01:30"],
];

type Kind =
  "text" | "email" | "url" | "password" | "path" | "date" | "datetime" | "number" | "enum" | "boolean" | "file";

/** What a field holds, from its zod type and (for strings) its name. */
function kindOf(field: FieldShape): Kind {
  const name = field.name.split(".").pop()!;
  if (field.leaf === "number") return "number";
  if (field.leaf === "enum") return "enum";
  if (field.leaf === "boolean") return "boolean";
  if (field.leaf === "other") return "file";
  if (/email/i.test(name)) return "email";
  if (/Url$|^website$/.test(name)) return "url";
  if (/password/i.test(name)) return "password";
  if (name === "redirectTo" || name === "page") return "path";
  if (/At$|Deadline$/.test(name)) return "datetime";
  if (/On$/.test(name)) return "date";
  return "text";
}

const isText = (kind: Kind) => kind === "text" || kind === "email" || kind === "url" || kind === "password";
const isDate = (kind: Kind) => kind === "date" || kind === "datetime";

/** A value the field accepts, so a request reaches the fields it attacks. */
function validValue(field: FieldShape): string {
  const name = field.name.split(".").pop()!;
  switch (kindOf(field)) {
    case "number":
      return "1";
    case "enum":
      return field.options?.[0] ?? "x";
    case "boolean":
      return "on";
    case "file":
      return "x";
    case "email":
      return "hostile-input@example.test";
    case "url":
      return "https://example.test/page";
    case "password":
      return "an unusual passphrase of some length 7";
    case "path":
      return "/dashboard";
    case "datetime":
      return { startsAt: "2030-06-01T09:00", submissionDeadline: "2030-06-01T16:00" }[name] ?? "2030-06-01T17:00";
    case "date":
      return { startsOn: "2025-01-01", endsOn: "2025-12-31" }[name] ?? "2025-01-15";
    case "text":
      if (name === "tags") return "alpha, beta";
      if (name === "code") return "123456";
      return "A plausible answer of some length, 42";
  }
}

/** A form body as name/value pairs; `raw` values are put in the body as given (already percent-encoded). */
type Pair = { name: string; value: string; raw?: boolean };
type Case = { label: string; pairs: Pair[]; html?: boolean };

const encode = (text: string) => new URLSearchParams([["", text]]).toString().slice(1);
function bodyOf(pairs: Pair[]): string {
  return pairs.map(({ name, value, raw }) => `${raw ? name : encode(name)}=${raw ? value : encode(value)}`).join("&");
}

/**
 * The form with each field given `attack(field)` (pairs, or one value) where it answers, and a
 * valid value where it answers undefined.
 */
function filled(form: Form, attack: (field: FieldShape, kind: Kind) => Pair[] | string | undefined): Pair[] {
  const pairs: Pair[] = form.intent ? [{ name: "intent", value: form.intent }] : [];
  for (const field of form.fields) {
    const given = attack(field, kindOf(field));
    if (given === undefined) pairs.push({ name: field.name, value: validValue(field) });
    else if (typeof given === "string") pairs.push({ name: field.name, value: given });
    else pairs.push(...given);
  }
  return pairs;
}

/** Every hostile filling of one form. `covered` keeps a route's number and date fields already attacked with a value. */
function casesFor(form: Form, covered: Set<string>): Case[] {
  const kinds = form.fields.map(kindOf);
  const hasText = kinds.some(isText);
  const cases: Case[] = [
    { label: "every field empty", pairs: filled(form, () => "") },
    {
      label: "SQL, FTS5 syntax, script and HTML",
      pairs: filled(form, (field, kind) =>
        kind === "url" || kind === "path"
          ? "javascript:alert(1)"
          : isText(kind)
            ? `Text ${INJECTION}`
            : kind === "number"
              ? "1 OR 1=1"
              : kind === "enum"
                ? "x' OR '1'='1"
                : undefined,
      ),
    },
    {
      label: "duplicated fields, arrays and objects where scalars are expected",
      pairs: [
        ...filled(form, (field) => [
          { name: field.name, value: validValue(field) },
          { name: field.name, value: "zzz" },
          { name: `${field.name}[0]`, value: validValue(field) },
          { name: `${field.name}[1]`, value: validValue(field) },
          { name: `${field.name}.key`, value: validValue(field) },
          { name: `${field.name}[key]`, value: validValue(field) },
        ]),
        { name: "intent", value: "no-such-intent" },
      ],
    },
  ];
  if (hasText) {
    // Control characters and bytes that are not UTF-8 in every text field (and a field name).
    const odd = (field: FieldShape, kind: Kind, payload = ""): Pair[] | undefined =>
      isText(kind)
        ? [
            {
              name: encode(field.name),
              value: encode(`${validValue(field)} ${payload}${CONTROL}`) + INVALID_UTF8,
              raw: true,
            },
          ]
        : undefined;
    cases.push({
      label: "control characters and invalid UTF-8",
      pairs: [...filled(form, (f, k) => odd(f, k)), { name: "%FF%FE", value: INVALID_UTF8, raw: true }],
    });
    // The page that echoes a refused form back, with the payloads that must come back escaped.
    cases.push({
      label: "script, HTML, control characters and invalid UTF-8 (the page)",
      html: true,
      pairs: filled(form, (f, k) => odd(f, k, `${SCRIPT}${IMG}`)),
    });
  }
  // A megabyte in the form's first text field.
  const text = form.fields.find((field) => isText(kindOf(field)));
  if (text)
    cases.push({ label: `1 MB in ${text.name}`, pairs: filled(form, (f) => (f === text ? MEGABYTE : undefined)) });
  // Each number and date field of a route once with each value (forms of a route share their id fields).
  const fresh = (kind: (k: Kind) => boolean, value: string) => {
    const names = form.fields.filter((f) => kind(kindOf(f))).map((f) => `${f.name}=${value}`);
    const isFresh = names.some((name) => !covered.has(name));
    for (const name of names) covered.add(name);
    return isFresh;
  };
  for (const value of HUGE_NUMBERS)
    if (fresh((k) => k === "number", value))
      cases.push({
        label: `number ${value.slice(0, 12)}`,
        pairs: filled(form, (_field, kind) => (kind === "number" ? value : undefined)),
      });
  for (const [date, dateTime] of IMPOSSIBLE_DATES)
    if (fresh(isDate, date))
      cases.push({
        label: `dates ${date} and ${dateTime}`,
        pairs: filled(form, (_field, kind) => (kind === "date" ? date : kind === "datetime" ? dateTime : undefined)),
      });
  return cases;
}

// ---------------------------------------------------------------- the server and its routes

let server: TestServer;
let fixtures: Fixtures;
let routes: BuiltRoute[];
/** Route patterns of index routes, whose .data action address needs `?index`. */
let indexPatterns: Set<string>;
const cookies: Partial<Record<Persona, string>> = {};

const pathFor = (pattern: string) => fillPattern(fixtures, pattern);

/** The address the app's own JavaScript posts a form to: the page's .data twin. */
function dataPath(pattern: string): string {
  const page = pathFor(pattern);
  return `${page === "/" ? "/_root" : page}.data${indexPatterns.has(pattern) ? "?index" : ""}`;
}

/** The build's index routes, by their full pattern (as demo.ts builtRoutes joins them). */
async function loadIndexPatterns(): Promise<Set<string>> {
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, { parentId?: string; path?: string; index?: boolean }>;
  };
  const full = (id: string): string => {
    const route = build.routes[id]!;
    if (!route.parentId) return "";
    const parent = full(route.parentId);
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent;
  };
  return new Set(
    Object.keys(build.routes)
      .filter((id) => build.routes[id]!.index)
      .map((id) => full(id) || "/"),
  );
}

/** A same-origin urlencoded POST of exactly this body; a dropped connection is status 0. */
function post(target: string, body: string, persona: Persona): Promise<Answer> {
  return read(
    send(server, target, {
      method: "POST",
      body,
      cookie: cookies[persona],
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.origin },
    }),
  ).catch((error: Error) => ({ status: 0, headers: new Headers(), body: `${error.message}: ${String(error.cause)}` }));
}

beforeAll(async () => {
  server = await startServerWithDb({
    demoData: true,
    env: { AUTH_RATE_LIMIT: "1000000", WRITE_RATE_LIMIT: "1000000" },
  });
  for (const role of demoRoles) cookies[role] = (await demoAccount(role)).cookie;
  fixtures = await loadFixtures();
  routes = await builtRoutes();
  indexPatterns = await loadIndexPatterns();
}, 90_000);
afterAll(() => server?.stop());

/**
 * What a refused (or accepted) write may answer; .data answers a redirect with 202. A 301: the
 * sweep renamed the record, and the page re-rendered after a refusal moved to its new address.
 */
const WRITE_ANSWERS = [200, 202, 204, 301, 302, 303, 400, 403, 404, 405, 409, 413, 429];

// (Before the sweep below, which moves the demo projects on and may archive them.)
describe("multipart uploads with hostile parts", () => {
  it("refuses multipart parts with hostile names and filenames, and a file's name becomes a safe download name", async () => {
    const boundary = "hostile-parts";
    const part = (disposition: string, content: string | Buffer, type?: string) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n`, "latin1"),
        Buffer.from(type ? `Content-Type: ${type}\r\n\r\n` : "\r\n", "latin1"),
        typeof content === "string" ? Buffer.from(content) : content,
        Buffer.from("\r\n"),
      ]);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    // Each part with the answer it gets: kept (302), or refused (400) as unreadable or not a PDF.
    const hostileFiles: [disposition: string, content: Buffer, status: number][] = [
      ['name="document"; filename="../../../etc/passwd.pdf"', pdf, 302],
      // (The part of a name before its last slash is dropped, as a folder.)
      ['name="document"; filename="<img src onerror><script>alert(1).pdf"', pdf, 302],
      [Buffer.from('name="document"; filename="a\u0000b\u202ecod.pdf"').toString("latin1"), pdf, 302],
      [`name="document"; filename="${"x".repeat(5000)}.pdf"`, pdf, 302],
      ['name="document"; filename="a\'b\\"c.pdf"', pdf, 302],
      // What a browser sends for a name with accents or in another script: its UTF-8 bytes.
      [Buffer.from('name="document"; filename="café 報告.pdf"').toString("latin1"), pdf, 302],
      // Only RFC 5987's form of the name (which browsers do not send): no file at all.
      ["name=\"document\"; filename*=UTF-8''%ED%A0%80%FF.pdf", pdf, 400],
      // Bytes that are not UTF-8, in the file's name or the field's.
      ['name="document"; filename="\xff\xfe.pdf"', pdf, 400],
      ['name="\xff\xfe"; filename="x.pdf"', pdf, 400],
      [
        'name="document"; filename="image.svg"',
        Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        400,
      ],
    ];
    const gate = `/projects/${fixtures.ownProjectId}/gates/dtac_c1_clinical_safety`;
    const db = getWriterDb();
    const before = (await db.select({ id: s.projectDocuments.id }).from(s.projectDocuments)).length;
    const answers: string[] = [];
    for (const [disposition, content] of hostileFiles) {
      const body = Buffer.concat([
        part('name="intent"', "add-document"),
        part('name="visibility"', "team"),
        part(disposition, content, disposition.includes(".svg") ? "image/svg+xml" : "application/pdf"),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
      const result = await read(
        send(server, gate, {
          method: "POST",
          body,
          cookie: cookies.developer,
          headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, Origin: server.origin },
        }),
      );
      answers.push(`${disposition.slice(0, 60)} → ${result.status}`);
    }
    expect(answers).toEqual(hostileFiles.map(([disposition, , status]) => `${disposition.slice(0, 60)} → ${status}`));
    // A kept file's name is its title (the folders dropped), shown escaped, and it downloads
    // under a plain ASCII name with the real one percent-encoded beside it.
    const documents = (
      await db
        .select({ id: s.projectDocuments.id, title: s.projectDocuments.title })
        .from(s.projectDocuments)
        .orderBy(s.projectDocuments.id)
    ).slice(before);
    expect(documents.map((d) => d.title)).toEqual([
      "passwd",
      "<img src onerror><script>alert(1)",
      // (A file's name loses its NUL characters as the form is read: PostgreSQL cannot store one.)
      "ab\u202ecod",
      "x".repeat(200),
      "a'b\"c",
      "café 報告",
    ]);
    for (const { id } of documents) {
      const download = await getPage(server, `/projects/${fixtures.ownProjectId}/documents/${id}`, {
        cookie: cookies.developer,
      });
      expect(download).toHaveStatus(200);
      expect(download.headers.get("Content-Disposition")).toMatch(
        /^attachment; filename="[A-Za-z0-9 ._-]+"; filename\*=UTF-8''[\w%.~!*'()-]+$/,
      );
      await download.arrayBuffer();
    }
    const page = await read(getPage(server, gate, { cookie: cookies.developer }));
    expect(page).toHaveStatus(200);
    expect(page.body.replace(/<!-- -->/g, "")).toContain("&lt;img src onerror&gt;&lt;script&gt;alert(1)");
    expect(htmlDangers(page.body)).toEqual([]);
  });
});

describe("every form field with generated hostile values", () => {
  it("never answers 5xx, and a page that echoes a refused form back escapes it", async () => {
    const failures: string[] = [];
    // (Not /logout, which would end the session.)
    const actionRoutes = routes.filter((r) => r.hasAction && r.pattern !== "/logout");
    // Who gets past the route's own checks to its form: the first visitor whose empty form is refused as bad input.
    const order: Persona[] = ["admin", "organiser", "developer", "clinician", "mentor", "funder", "anonymous"];
    // The cases are made before any request: on a busy machine making them takes seconds, long
    // enough for the server's keep-alive timeout (5 s) to close the idle connections under the
    // first requests sent after it ("other side closed").
    const jobs: { target: string; pattern: string; label: string; body: string; html: boolean }[] = [];
    for (const route of actionRoutes) {
      const covered = new Set<string>();
      const sent = new Set<string>();
      for (const form of actionSchemas[route.pattern]!.flatMap(formsOf))
        for (const { label, pairs, html } of casesFor(form, covered)) {
          // A form with no fields gives several cases the same body: send it once.
          const key = `${String(html)} ${bodyOf(pairs)}`;
          if (sent.has(key)) continue;
          sent.add(key);
          jobs.push({
            target: html
              ? pathFor(route.pattern) + (indexPatterns.has(route.pattern) ? "?index" : "")
              : dataPath(route.pattern),
            pattern: route.pattern,
            label: `${form.intent ?? "the form"} with ${label}`,
            body: bodyOf(pairs),
            html: Boolean(html),
          });
        }
    }
    const actingAs = new Map<string, Persona>();
    await inPool(actionRoutes, CONCURRENCY, async (route) => {
      const form = actionSchemas[route.pattern]!.flatMap(formsOf).find((f) => f.fields.length > 0);
      const body = form ? bodyOf(filled(form, () => "")) : "";
      const answers: number[] = [];
      for (const persona of order) {
        answers.push((await post(dataPath(route.pattern), body, persona)).status);
        if (answers.at(-1) === 400) return void actingAs.set(route.pattern, persona);
      }
      actingAs.set(route.pattern, "admin");
      if (answers.every((status) => status === 405))
        failures.push(`POST ${dataPath(route.pattern)} → 405 for everyone`);
    });
    await inPool(jobs, CONCURRENCY, async ({ target, pattern, label, body, html }) => {
      const persona = actingAs.get(pattern)!;
      const result = await post(target, body, persona);
      const what = `POST ${target} as ${persona}: ${label}`;
      if (!WRITE_ANSWERS.includes(result.status)) failures.push(describeFailure(what, result));
      if (html) for (const danger of htmlDangers(result.body)) failures.push(`${what} → ${danger}`);
    });
    // What the sweep stored (control characters, SQL, markup) shows on the pages, feeds and
    // exports without a 5xx, and inert.
    const shown = [
      "/",
      "/problems",
      "/problems/:id",
      "/projects",
      "/projects/:id",
      "/hack-days",
      "/hack-days/:id",
      "/mentors",
      "/mentors/:id",
      "/funders/:id",
      "/stories/:id",
      "/impact",
      "/pipeline",
      "/dashboard",
      "/notifications",
      "/admin/moderation",
      "/problems.atom",
      "/hack-days.ics",
      "/hack-days/:id/calendar.ics",
      "/exports/problems.csv",
      "/exports/projects.csv",
      "/api/v1/problems",
      "/api/v1/projects",
      "/api/v1/hack-days",
    ];
    await inPool(shown, CONCURRENCY, async (pattern) => {
      // (A record renamed by the sweep is at a new address: follow it there.)
      const result = await read(getPage(server, pathFor(pattern), { cookie: cookies.admin, redirect: "follow" }));
      if (result.status !== 200) failures.push(describeFailure(`GET ${pattern} as admin after the sweep`, result));
      if (/html/.test(result.headers.get("Content-Type") ?? ""))
        for (const danger of htmlDangers(result.body)) failures.push(`GET ${pattern} after the sweep has ${danger}`);
      if (/xml/.test(result.headers.get("Content-Type") ?? "") && /<script|<img/i.test(result.body))
        failures.push(`GET ${pattern} after the sweep has markup from a form in it`);
    });
    // Every demo account is still signed in, so the refusals above were not log-in redirects.
    for (const persona of demoRoles) {
      const result = await read(getPage(server, "/dashboard", { cookie: cookies[persona] }));
      if (result.status !== 200) failures.push(`GET /dashboard as ${persona} after the sweep → ${result.status}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------- the API

type ApiParameter = { name: string; in: "query" | "path" | "header"; schema: ApiSchema };
type ApiSchema = {
  $ref?: string;
  type?: string;
  enum?: string[];
  maximum?: number;
  pattern?: string;
  examples?: unknown[];
};
type ApiDocument = {
  paths: Record<string, { get: { parameters: ({ $ref: string } | ApiParameter)[] } }>;
  components: { parameters: Record<string, ApiParameter>; schemas: Record<string, ApiSchema> };
};

/** A JSON pointer of the document (`#/components/...`) resolved. */
function resolveRef<T>(document: ApiDocument, ref: string): T {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as T;
}

/** A value the parameter accepts, from its schema. */
function validParameterValue(schema: ApiSchema): string {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === "integer") return "1";
  return String(schema.examples?.[0] ?? "x");
}

/** Hostile values for one query parameter: raw query-string text (already encoded). */
function hostileParameterValues(schema: ApiSchema): string[] {
  const values = [
    "",
    encode(CONTROL),
    INVALID_UTF8,
    "x".repeat(8000),
    encode(INJECTION),
    "1e308",
    "9".repeat(400),
    "-0",
    "NaN",
    "2026-02-30",
    "99999-01",
  ];
  if (schema.enum) values.push(encode(String(schema.enum[0]).toUpperCase()), encode(`${String(schema.enum[0])} `));
  if (schema.type === "integer") values.push(String((schema.maximum ?? 2 ** 53) + 1), "0", "1.5", "0x10");
  if (schema.pattern) values.push("2026-13", "2026-1");
  return values;
}

describe("every API parameter with generated hostile values", () => {
  it("answers 200, 304, 400 or 404 with JSON, and a 400 names the parameter", async () => {
    const document = (await (await send(server, "/api/v1/openapi.json")).json()) as ApiDocument;
    const jobs: {
      target: string;
      headers?: Record<string, string>;
      what: string;
      parameter?: string;
      exact?: number;
      notJson?: boolean;
    }[] = [
      // A query string past Node's 16 KB limit on a request's head.
      { target: `/api/v1/problems?q=${"x".repeat(1_000_000)}`, what: "a 1 MB query string", exact: 431, notJson: true },
    ];
    for (const [template, item] of Object.entries(document.paths)) {
      const parameters = item.get.parameters.map((p) => ("$ref" in p ? resolveRef<ApiParameter>(document, p.$ref) : p));
      const withIds = (id: string) => template.replace("{id}", id);
      const base = withIds(
        template.includes("/problems/")
          ? String(fixtures.problemId)
          : template.includes("/projects/")
            ? String(fixtures.projectId)
            : fixtures.story.split("-")[0]!,
      );
      for (const parameter of parameters) {
        const schema = parameter.schema.$ref
          ? resolveRef<ApiSchema>(document, parameter.schema.$ref)
          : parameter.schema;
        if (parameter.in === "query") {
          for (const value of hostileParameterValues(schema))
            jobs.push({
              target: `${base}?${parameter.name}=${value}`,
              what: `${parameter.name}=${value.slice(0, 40)}`,
              parameter: parameter.name,
            });
          // Given twice, even with a value it accepts: a 400 naming it. Given as a list or an object: another name, ignored.
          const valid = encode(validParameterValue(schema));
          jobs.push({
            target: `${base}?${parameter.name}=${valid}&${parameter.name}=${valid}`,
            what: `${parameter.name} twice`,
            parameter: parameter.name,
            exact: 400,
          });
          jobs.push({
            target: `${base}?${parameter.name}[]=${valid}&${parameter.name}[key]=${valid}`,
            what: `${parameter.name}[]`,
            exact: 200,
          });
        } else if (parameter.in === "path") {
          for (const id of [
            "0",
            "-1",
            "abc",
            "1e3",
            "%00",
            "1.5",
            "9".repeat(400),
            "99999999",
            encode(SCRIPT),
            "1%2F2",
            "%20",
          ])
            jobs.push({ target: withIds(id), what: `{${parameter.name}} = ${id.slice(0, 40)}`, exact: 404 });
          // (An id that does not decode as UTF-8: the next test.)
        } else if (!template.includes("{") || template.includes("stories")) {
          const values =
            parameter.name === "If-None-Match"
              ? [
                  "*",
                  '"x"',
                  'W/"x"',
                  '"unterminated',
                  ", , ,",
                  "W/",
                  `"${"a".repeat(8000)}"`,
                  '"a", W/"b", junk',
                  "\u00ff\u00fe",
                ]
              : [
                  "Mon, 30 Feb 2026 00:00:00 GMT",
                  "Thu, 01 Jan 1970 00:00:00 GMT",
                  "Fri, 31 Dec 99999 23:59:59 GMT",
                  "garbage",
                  "Sunday, 06-Nov-94 08:49:37 GMT",
                  "Sun Nov  6 08:49:37 1994",
                  "Tue, 01 Jan 2030 25:61:61 GMT",
                  "9".repeat(400),
                  "x".repeat(8000),
                ];
          for (const value of values)
            jobs.push({
              target: base,
              headers: { [parameter.name]: value },
              what: `${parameter.name}: ${value.slice(0, 40)}`,
            });
        }
      }
    }
    const failures: string[] = [];
    await inPool(jobs, CONCURRENCY, async ({ target, headers, what, parameter, exact, notJson }) => {
      const result = await read(send(server, target, { headers })).catch((error: Error) => ({
        status: 0,
        headers: new Headers(),
        body: String(error.cause ?? error),
      }));
      const label = `GET ${target.slice(0, 80)} (${what})`;
      if (exact !== undefined ? result.status !== exact : ![200, 304, 400, 404].includes(result.status))
        return void failures.push(describeFailure(label, result));
      if (result.status === 304 || notJson) return;
      if (result.headers.get("Content-Type") !== "application/json; charset=utf-8")
        return void failures.push(`${label} → ${result.status} as ${result.headers.get("Content-Type")}`);
      const body = JSON.parse(result.body) as { error?: { status: number; parameter?: string } };
      if (result.status >= 400 && body.error?.status !== result.status)
        failures.push(`${label} → ${result.status} with ${result.body.slice(0, 200)}`);
      if (result.status === 400 && body.error?.parameter !== parameter)
        failures.push(`${label} → 400 naming ${body.error?.parameter ?? "no parameter"}`);
    });
    expect(failures).toEqual([]);
  }, 60_000);

  it("answers a path that does not decode as UTF-8 with 400, on pages and their .data twins too", async () => {
    const answers: string[] = [];
    for (const target of [
      `/problems/${INVALID_UTF8}`,
      "/%E0%A4%A",
      `/projects/%ED%A0%80/team`,
      `/hack-days/%C0%AF.data`,
      `/api/v1/problems/%FF`,
    ]) {
      const result = await read(getPage(server, target));
      answers.push(`${target} → ${result.status} ${result.headers.get("Content-Type")}`);
    }
    expect(answers).toEqual([
      `/problems/${INVALID_UTF8} → 400 text/plain; charset=utf-8`,
      "/%E0%A4%A → 400 text/plain; charset=utf-8",
      "/projects/%ED%A0%80/team → 400 text/plain; charset=utf-8",
      "/hack-days/%C0%AF.data → 400 text/plain; charset=utf-8",
      "/api/v1/problems/%FF → 400 text/plain; charset=utf-8",
    ]);
  });
});

// ---------------------------------------------------------------- chunked and slow bodies

type Trickle = {
  /** The answer, whenever the server gives it. */
  answer: Promise<{ status: number; body: string; at: "trickling" | "ended" }>;
  /** Sends the rest and ends the body. */
  end: (rest?: string) => void;
  /** Drops the connection. */
  destroy: () => void;
};

/** A chunked POST whose body arrives a few bytes at a time, every `everyMs`, until ended. */
function trickle(
  target: string,
  { type, cookie, head }: { type: string; cookie?: string; head: string },
  everyMs = 100,
): Trickle {
  const url = new URL(target, server.baseUrl);
  let ended = false;
  const request = http.request({
    host: url.hostname,
    port: url.port,
    path: `${url.pathname}${url.search}`,
    method: "POST",
    headers: {
      "Content-Type": type,
      Origin: server.origin,
      "Transfer-Encoding": "chunked",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
  const answer = new Promise<{ status: number; body: string; at: "trickling" | "ended" }>((resolve, reject) => {
    request.on("response", (response) => {
      const at = ended ? "ended" : "trickling";
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body, at }));
    });
    request.on("error", reject);
  });
  answer.catch(() => undefined);
  request.flushHeaders();
  let sent = 0;
  const timer = setInterval(() => {
    if (sent < head.length) request.write(head.slice(sent, (sent += 3)));
    else request.write("x");
  }, everyMs);
  return {
    answer,
    end: (rest = "") => {
      clearInterval(timer);
      ended = true;
      request.end(head.slice(sent) + rest);
    },
    destroy: () => {
      clearInterval(timer);
      request.destroy();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("chunked bodies that trickle in", () => {
  it("do not hold the server: other requests are answered meanwhile, and each slow form is answered", async () => {
    const form = "application/x-www-form-urlencoded";
    const boundary = "hostileboundary";
    const multipart = [
      `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nSlow upload\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="uploads"; filename="slow.png"\r\nContent-Type: image/png\r\n\r\n`,
    ].join("");
    const slow = {
      login: trickle("/login", { type: form, head: "email=slow%40example.test&password=not-the-password&padding=" }),
      problem: trickle("/problems/new", { type: form, cookie: cookies.clinician, head: "title=Slow+title&summary=" }),
      upload: trickle(`/projects/${fixtures.ownProjectId}/submission`, {
        type: `multipart/form-data; boundary=${boundary}`,
        cookie: cookies.developer,
        head: multipart,
      }),
      // Needs a log-in: refused before the body is read.
      anonymous: trickle("/settings", { type: form, head: "intent=account&name=" }),
    };
    // A few more that only ever send their headers and a byte now and then.
    const idle = Array.from({ length: 10 }, () => trickle("/contact", { type: form, head: "message=" }, 500));
    try {
      const meanwhile: number[] = [];
      for (let round = 0; round < 3; round++) {
        await sleep(400);
        meanwhile.push((await read(getPage(server, "/healthz"))).status);
        meanwhile.push((await read(getPage(server, "/problems"))).status);
        meanwhile.push((await read(getPage(server, "/api/v1/projects"))).status);
        const write = await read(
          send(server, "/notifications", {
            method: "POST",
            body: "intent=mark-all-read",
            cookie: cookies.funder,
            headers: { "Content-Type": form, Origin: server.origin },
          }),
        );
        meanwhile.push(write.status);
      }
      expect(meanwhile).toEqual([200, 200, 200, 302, 200, 200, 200, 302, 200, 200, 200, 302]);
      const anonymous = await slow.anonymous.answer;
      expect(anonymous).toEqual({ status: 302, body: "", at: "trickling" });
      slow.login.end();
      slow.problem.end();
      slow.upload.end(`\x89PNG not really\r\n--${boundary}--\r\n`);
      slow.anonymous.end();
      expect([
        (await slow.login.answer).status,
        (await slow.problem.answer).status,
        (await slow.upload.answer).status,
      ]).toEqual([400, 400, 400]);
      for (const connection of idle) connection.destroy();
      expect((await read(getPage(server, "/healthz"))).status).toBe(200);
    } finally {
      for (const connection of [...Object.values(slow), ...idle]) connection.destroy();
    }
  }, 30_000);
});

// ---------------------------------------------------------------- stored payloads

/** What a person might type to attack the pages that show it. */
const PAYLOAD = `${SCRIPT}${IMG}`;
/** The same, as React writes it in text and attributes. */
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
/** The payload in a link field, which refuses spaces: encoded as a browser would send them. */
const URL_PAYLOAD = PAYLOAD.replaceAll(" ", "%20");
const URL_ESCAPED = ESCAPED.replaceAll(" ", "%20");
/** Links a text field turns into anchors, and one it must not. */
const LINKS = 'see https://example.test/"onmouseover="alert(1) and javascript:alert(1) too';

/** The opening tags of a document with their attributes (script bodies skipped: they are not markup). */
function tagsOf(html: string): { name: string; attributes: [string, string][] }[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, "$1$2");
  return [
    ...markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g),
  ].map((tag) => ({
    name: tag[1]!.toLowerCase(),
    attributes: [...tag[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(
      (a): [string, string] => [a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? "").replace(/&#x?0*(?:58|3a);/gi, ":")],
    ),
  }));
}

/** Why an HTML page is not inert: the payload's markup, an event handler, a javascript: (or data:) link. */
function htmlDangers(html: string): string[] {
  const dangers: string[] = [];
  // Anywhere, the hydration data included.
  if (/<script>alert\(1\)/i.test(html)) dangers.push("a raw <script>alert(1)");
  for (const { name, attributes } of tagsOf(html)) {
    if (name === "img" && attributes.some(([key, value]) => key === "src" && value === "x"))
      dangers.push("the payload's <img>");
    for (const [key, value] of attributes) {
      if (key.startsWith("on")) dangers.push(`<${name} ${key}=…>`);
      if (
        ["href", "src", "action", "formaction", "xlink:href"].includes(key) &&
        /^\s*(?:javascript|data|vbscript):/i.test(value)
      )
        dangers.push(`<${name} ${key}="${value.slice(0, 40)}">`);
    }
  }
  return dangers;
}

describe("stored payloads", () => {
  it("(the HTML check finds each danger, and passes the escaped payload)", () => {
    expect(
      htmlDangers(`<p>${ESCAPED}</p><meta content="${ESCAPED}"><script nonce="n">"\\u003cimg onerror"</script>`),
    ).toEqual([]);
    expect(htmlDangers(`<p>${PAYLOAD}</p>`)).toEqual([
      "a raw <script>alert(1)",
      "the payload's <img>",
      "<img onerror=…>",
    ]);
    expect(htmlDangers(`<a href=" javascript:alert(1)">x</a><a class=x href='data:text/html,1'>`)).toEqual([
      '<a href=" javascript:alert(1)">',
      '<a href="data:text/html,1">',
    ]);
    expect(htmlDangers('<div title="a" onmouseover="alert(1)">')).toEqual(["<div onmouseover=…>"]);
  });

  let fresh: TestServer;
  const as: Record<"clinician" | "developer" | "mentor" | "funder" | "organiser", string> = {} as never;
  const at: Record<string, string> = {};

  /** A same-origin urlencoded POST to the fresh server. */
  const postTo = (target: string, fields: Record<string, string | string[]>, cookie: string) =>
    read(
      send(fresh, target, {
        method: "POST",
        body: bodyOf(Object.entries(fields).flatMap(([name, v]) => [v].flat().map((value) => ({ name, value })))),
        cookie,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: fresh.origin },
      }),
    );

  beforeAll(async () => {
    fresh = await startServerWithDb({ env: { AUTH_RATE_LIMIT: "1000000", WRITE_RATE_LIMIT: "1000000" } });
    const [clinician, developer, mentor, funder, organiser] = await Promise.all([
      createUser({ roles: ["clinician"] }),
      createUser({ roles: ["developer"] }),
      createUser({ roles: ["clinician", "mentor"] }),
      createUser({ roles: ["funder"] }),
      createUser({ roles: ["organiser"] }),
    ]);
    as.clinician = await sessionCookieFor(clinician!.id);
    as.developer = await sessionCookieFor(developer!.id);
    as.mentor = await sessionCookieFor(mentor!.id);
    as.funder = await sessionCookieFor(funder!.id);
    as.organiser = await sessionCookieFor(organiser!.id);
    const expectRedirect = (answer: Answer, what: string) => {
      expect(answer.status, `${what}: ${answer.body.replace(/<!-- -->/g, "").slice(0, 300)}`).toBe(302);
      return answer.headers.get("Location")!;
    };
    // A problem, with a formula at the start of its title for the CSV export.
    const problem = await postTo(
      "/problems/new",
      {
        intent: "save",
        title: `=HYPERLINK("https://evil.example") ${PAYLOAD}`,
        summary: `Summary ${PAYLOAD} ${LINKS}`,
        whoAffected: `Who ${PAYLOAD}`,
        frequency: `Often ${PAYLOAD}`,
        currentWorkaround: `Workaround ${PAYLOAD}`,
        idealOutcome: `Outcome ${PAYLOAD}`,
        careSetting: careSettings.values[0],
        specialty: specialties.values[0],
        dataAvailable: `Data ${PAYLOAD}`,
        dataConstraints: `Constraints ${PAYLOAD}`,
        tags: "rock & roll, o'brien",
        noPiiConfirmed: "on",
      },
      as.clinician,
    );
    at.problem = new URL(expectRedirect(problem, "the problem"), fresh.origin).pathname;
    at.problemId = at.problem.split("/")[2]!.split("-")[0]!;
    expectRedirect(
      await postTo(at.problem, { intent: "comment", body: `Comment ${PAYLOAD} ${LINKS}` }, as.developer),
      "the comment",
    );
    expectRedirect(
      await postTo(
        at.problem,
        { intent: "endorse", organisation: `Org ${PAYLOAD}`, note: `Note ${PAYLOAD}` },
        as.mentor,
      ),
      "the endorsement",
    );
    // Profiles.
    const account = (roles: string[], cookie: string, who: string) =>
      postTo(
        "/settings",
        {
          intent: "account",
          name: `${who} ${PAYLOAD}`,
          organisation: `Org ${PAYLOAD}`,
          bio: `Bio ${PAYLOAD} ${LINKS}`,
          roles,
        },
        cookie,
      );
    expectRedirect(await account(["developer"], as.developer, "Dev"), "the developer's account");
    expectRedirect(await account(["clinician", "mentor"], as.mentor, "Mentor"), "the mentor's account");
    expectRedirect(await account(["funder"], as.funder, "Funder"), "the funder's account");
    expectRedirect(
      await postTo(
        "/settings",
        {
          intent: "mentor",
          headline: `Headline ${PAYLOAD}`,
          areas: expertiseAreas.values[0],
          capacity: "2",
          availability: `Availability ${PAYLOAD}`,
          acceptingRequests: "on",
        },
        as.mentor,
      ),
      "the mentor profile",
    );
    expectRedirect(
      await postTo(
        "/settings",
        { intent: "funder", kind: funderKinds.values[0], thesis: `Thesis ${PAYLOAD} ${LINKS}` },
        as.funder,
      ),
      "the funder profile",
    );
    // A project on the problem, submitted; a javascript: or data: link is refused.
    const started = await postTo(
      "/projects/new",
      { name: `Project ${PAYLOAD}`, tagline: `Tagline ${PAYLOAD}`, problem: at.problemId },
      as.developer,
    );
    const submission = new URL(expectRedirect(started, "the project"), fresh.origin).pathname;
    at.projectId = submission.split("/")[2]!;
    const submit = (repoUrl: string) =>
      postTo(
        submission,
        {
          name: `Project ${PAYLOAD}`,
          tagline: `Tagline ${PAYLOAD}`,
          description: `Description ${PAYLOAD} ${LINKS}`,
          repoUrl,
          demoUrl: `https://example.test/${URL_PAYLOAD}`,
          videoUrl: 'https://example.test/"%20onmouseover="alert(1)',
          tech: `Tech ${PAYLOAD}`,
          licence: `MIT ${PAYLOAD}`,
          declaredNoPii: "on",
          declaredMaySubmit: "on",
          declaredIpPolicy: "on",
        },
        as.developer,
      );
    for (const link of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      'https://example.test/" onmouseover="alert(1)',
      "https://example.test/\u0000repo",
    ])
      expect((await submit(link)).status, link).toBe(400);
    expectRedirect(await submit("https://example.test/repo"), "the submission");
    // A pilot, its outcome and a published success story.
    const pilots = `/projects/${at.projectId}/pilots`;
    expectRedirect(
      await postTo(
        pilots,
        {
          intent: "add-pilot",
          organisation: `Trust ${PAYLOAD}`,
          site: `Site ${PAYLOAD}`,
          startsOn: "2025-01-01",
          endsOn: "2025-06-30",
          successMeasures: `Measures ${PAYLOAD}`,
          status: "completed",
        },
        as.developer,
      ),
      "the pilot",
    );
    const db = getWriterDb();
    const pilot = await oneRow(db.select({ id: s.pilots.id }).from(s.pilots));
    expectRedirect(
      await postTo(
        pilots,
        {
          intent: "add-outcome",
          pilotId: String(pilot.id),
          metric: `Metric ${PAYLOAD}`,
          baseline: "10",
          result: "20",
          unit: "%",
          source: `Source ${PAYLOAD}`,
          measuredOn: "2025-06-30",
        },
        as.developer,
      ),
      "the outcome",
    );
    const outcome = await oneRow(db.select({ id: s.outcomes.id }).from(s.outcomes));
    expectRedirect(
      await postTo(
        pilots,
        {
          intent: "publish-story",
          outcomeId: String(outcome.id),
          storyTitle: `Story ${PAYLOAD}`,
          storyBody: `Body ${PAYLOAD} ${LINKS}`,
        },
        as.organiser,
      ),
      "the story",
    );
    // A hack day, open for registration, with a line break that tries to add a calendar property.
    const hackDay = (onlineUrl: string) =>
      postTo(
        "/hack-days/new",
        {
          name: `Hack ${PAYLOAD}`,
          description: `Description ${PAYLOAD} ${LINKS}\r\nX-INJECT:1\r\nDTSTART:19700101`,
          themes: `Theme ${PAYLOAD}`,
          startsAt: "2030-06-01T09:00",
          endsAt: "2030-06-01T17:00",
          submissionDeadline: "2030-06-01T16:00",
          venue: `Venue ${PAYLOAD}; with, commas`,
          onlineUrl,
          capacity: "50",
        },
        as.organiser,
      );
    expect((await hackDay("javascript:alert(1)")).status).toBe(400);
    at.hackDay = new URL(
      expectRedirect(await hackDay(`https://example.test/${URL_PAYLOAD}`), "the hack day"),
      fresh.origin,
    ).pathname;
    expectRedirect(
      await postTo(at.hackDay, { intent: "move-status", to: "open" }, as.organiser),
      "opening the hack day",
    );
    const ids = {
      mentor: await oneRow(
        db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.id, mentor!.id)),
      ),
      funder: await oneRow(
        db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.id, funder!.id)),
      ),
      project: await oneRow(db.select({ id: s.projects.id, name: s.projects.name }).from(s.projects)),
      story: await oneRow(db.select({ id: s.outcomes.id, title: s.outcomes.storyTitle }).from(s.outcomes)),
    };
    at.mentor = `/mentors/${idSlug(ids.mentor.id, ids.mentor.name)}`;
    at.funder = `/funders/${idSlug(ids.funder.id, ids.funder.name)}`;
    at.project = `/projects/${idSlug(ids.project.id, ids.project.name)}`;
    at.story = `/stories/${idSlug(ids.story.id, ids.story.title!)}`;
    at.storyId = String(ids.story.id);
  }, 60_000);
  afterAll(() => fresh?.stop());

  it("show escaped on every page, with no javascript: link", async () => {
    const pages: [string, string | undefined][] = [
      ["/", undefined],
      ["/problems", undefined],
      [at.problem!, undefined],
      ["/projects", undefined],
      [at.project!, undefined],
      [`${at.project!}/dossier`, as.developer],
      ["/mentors", undefined],
      [at.mentor!, undefined],
      ["/funders", undefined],
      [at.funder!, undefined],
      ["/hack-days", undefined],
      [at.hackDay!, undefined],
      [at.story!, undefined],
      ["/impact", undefined],
      ["/dashboard", as.developer],
      ["/pipeline", as.organiser],
    ];
    const failures: string[] = [];
    for (const [page, cookie] of pages) {
      const answer = await read(getPage(fresh, page, { cookie }));
      const html = answer.body.replace(/<!-- -->/g, "");
      if (answer.status !== 200) failures.push(`GET ${page} → ${answer.status}`);
      else if (!html.includes(ESCAPED)) failures.push(`GET ${page} does not show the payload`);
      for (const danger of htmlDangers(html)) failures.push(`GET ${page} has ${danger}`);
      // The link fields, as links whose address is one attribute value.
      const links =
        page === at.project
          ? [
              `https://example.test/${URL_ESCAPED}`,
              "https://example.test/&quot;%20onmouseover=&quot;alert(1)",
              "https://example.test/repo",
            ]
          : page === at.hackDay
            ? [`https://example.test/${URL_ESCAPED}`]
            : [];
      for (const href of links)
        if (!html.includes(`<a href="${href}" rel="nofollow noopener noreferrer"`))
          failures.push(`GET ${page} has no link to ${href}`);
    }
    expect(failures).toEqual([]);
  });

  it("are data, not markup, in the .data twins", async () => {
    for (const page of [at.problem!, at.project!, at.mentor!, at.funder!, at.hackDay!, at.story!]) {
      const answer = await read(getPage(fresh, `${page}.data`));
      expect(answer, page).toHaveStatus(200);
      expect(answer.headers.get("Content-Type")).toBe("text/x-script; charset=utf-8");
      expect(answer.headers.get("X-Content-Type-Options")).toBe("nosniff");
      // The exact text, as a JSON string.
      expect(answer.body, page).toContain(JSON.stringify(PAYLOAD).slice(1, -1));
    }
  });

  it("are escaped in the Atom feed, exact in the API's JSON and neutralised in the CSV exports", async () => {
    const feed = await read(getPage(fresh, "/problems.atom"));
    expect(feed.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain(
      `<title type="text">=HYPERLINK(&quot;https://evil.example&quot;) &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>`,
    );
    expect(feed.body).not.toMatch(/<script|<img/i);
    const exact = JSON.stringify(PAYLOAD).slice(1, -1);
    for (const endpoint of [
      "/api/v1/problems",
      `/api/v1/problems/${at.problemId!}`,
      "/api/v1/projects",
      `/api/v1/projects/${at.projectId!}`,
      "/api/v1/hack-days",
      "/api/v1/outcomes",
      "/api/v1/stories",
      `/api/v1/stories/${at.storyId!}`,
    ]) {
      const answer = await read(getPage(fresh, endpoint));
      expect(answer, endpoint).toHaveStatus(200);
      expect(answer.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(answer.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(answer.body, endpoint).toContain(exact);
      // (As text it is only text; no address field holds it.)
      expect(answer.body, endpoint).not.toMatch(/"\w*(?:url|Url|href)":"\s*javascript:/);
    }
    const problems = await read(getPage(fresh, "/exports/problems.csv", { cookie: as.organiser }));
    expect(problems).toHaveStatus(200);
    expect(problems.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(problems.body).toContain(
      `"'=HYPERLINK(""https://evil.example"") <script>alert(1)</script>""><img src=x onerror=alert(1)>"`,
    );
    const projects = await read(getPage(fresh, "/exports/projects.csv", { cookie: as.organiser }));
    expect(projects).toHaveStatus(200);
    expect(projects.body).toContain(`"Project <script>alert(1)</script>""><img src=x onerror=alert(1)>"`);
  });

  it("cannot add a property to the calendars: text is escaped and line breaks are \\n", async () => {
    for (const calendar of ["/hack-days.ics", `${at.hackDay!}/calendar.ics`]) {
      const answer = await read(getPage(fresh, calendar));
      expect(answer, calendar).toHaveStatus(200);
      expect(answer.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
      const lines = answer.body.replace(/\r\n[ \t]/g, "").split("\r\n");
      expect(lines.filter((line) => /^(X-INJECT|DTSTART:1970)/.test(line))).toEqual([]);
      expect(lines.find((line) => line.startsWith("LOCATION:"))).toBe(
        `LOCATION:Venue ${PAYLOAD}\\; with\\, commas · Online: https://example.test/${URL_PAYLOAD}`,
      );
      expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toContain("\\nX-INJECT:1\\nDTSTART:19700101");
    }
  });
});
