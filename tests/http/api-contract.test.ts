/**
 * The public API against its own OpenAPI 3.1 document, over real HTTP against the built server
 * with the demo data. The document served at /api/v1/openapi.json must validate with a maintained
 * parser (@apidevtools/swagger-parser); then every endpoint is called (lists with and without each
 * filter, one real record each, a 404, a 400 for every filter that can be wrong, 304s) and every
 * real answer is checked with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses it) against the schema
 * the document gives for that path and status. Every object schema is closed, so a field a
 * serializer adds without documenting it fails here. The caching (ETag, 304, Last-Modified) and
 * CORS (headers, the preflight) are checked through the whole server, its middleware included.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument, Operation, Parameter, Schema } from "../../app/models/api/openapi-schema";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createProblem } from "../factories";
import { startServerWithDb } from "./accounts";
import { send } from "./client";
import type { TestServer } from "./server";

type Resolved = Omit<Operation, "parameters" | "responses"> & {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Schema; example?: unknown }> }>;
};

let server: TestServer;
/** The document as served. */
let served: OpenApiDocument;
/** The same, every $ref resolved. */
let resolved: { paths: Record<string, { get: Resolved }> };
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validators = new Map<Schema, ValidateFunction>();
/** Which path template and status each checked answer was, to show every documented one was seen. */
const seen = new Set<string>();

beforeAll(async () => {
  server = await startServerWithDb({ demoData: true, env: { WRITE_RATE_LIMIT: "1000000" } });
  served = (await (await send(server, "/api/v1/openapi.json")).json()) as OpenApiDocument;
  resolved = (await SwaggerParser.dereference(structuredClone(served) as never)) as never;
}, 90_000);
afterAll(() => server?.stop());

/** The path template of the document a real path answers to. */
function templateOf(pathname: string): string {
  const template = Object.keys(resolved.paths).find((t) =>
    new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+").replace(/\./g, "\\.")}$`).test(pathname),
  );
  if (!template) throw new Error(`${pathname} is not in the OpenAPI document`);
  return template;
}

/** What ajv found, one line each, naming the field (an undocumented one by its name). */
function problems(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

/** The validator for the JSON body the document promises for this path and status. */
function validatorFor(pathname: string, status: number): ValidateFunction | null {
  const template = templateOf(pathname);
  const response = resolved.paths[template]!.get.responses[String(status)];
  if (!response) throw new Error(`The document has no ${status} answer for ${template}`);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return null;
  if (!validators.has(schema)) validators.set(schema, ajv.compile(schema));
  return validators.get(schema)!;
}

/**
 * GETs a path and checks its answer against the document: the status must be documented for the
 * path, and a JSON body must match that status's schema. Returns the answer and its parsed body.
 */
async function call(path: string, headers: Record<string, string> = {}) {
  const response = await send(server, path, { headers });
  const pathname = new URL(path, server.baseUrl).pathname;
  const validate = validatorFor(pathname, response.status);
  const text = await response.text();
  seen.add(`${templateOf(pathname)} ${response.status}`);
  if (!validate) {
    expect(text, `${path} → ${response.status} has no body`).toBe("");
    return { response, body: null };
  }
  const body: unknown = JSON.parse(text);
  expect(validate(body) ? [] : problems(validate), `${path} → ${response.status}`).toEqual([]);
  return { response, body: body as Record<string, unknown> & { data: unknown } };
}

/** A value the parameter's schema accepts (its example) and one it refuses, if there is one. */
function valuesFor(parameter: Parameter): { good: string; bad: string | null } {
  const schema = parameter.schema;
  const good = String(schema.examples?.[0] ?? schema.enum?.[0]);
  if (schema.enum) return { good, bad: "not-one-of-them" };
  if (schema.type === "integer") return { good, bad: "abc" };
  if (schema.pattern) return { good, bad: "Not in that form!" };
  if (schema.maxLength) return { good, bad: "x".repeat(schema.maxLength + 1) };
  return { good, bad: null };
}

const lists = () => Object.keys(resolved.paths).filter((t) => resolved.paths[t]!.get.responses["400"]);
const records = () => Object.keys(resolved.paths).filter((t) => t.includes("{id}"));

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (swagger-parser), with this server's own addresses", async () => {
    const api = await SwaggerParser.validate(structuredClone(served) as never);
    expect((api as { openapi: string }).openapi).toBe("3.1.0");
    expect(served.servers).toEqual([{ url: server.baseUrl, description: "This Hackpath." }]);
    expect(Object.keys(served.paths)).toEqual([
      "/api/v1",
      "/api/v1/openapi.json",
      "/api/v1/problems",
      "/api/v1/problems/{id}",
      "/api/v1/projects",
      "/api/v1/projects/{id}",
      "/api/v1/hack-days",
      "/api/v1/outcomes",
      "/api/v1/stories",
      "/api/v1/stories/{id}",
    ]);
  });

  it("closes every object schema, so an undocumented field fails, and its examples match its schemas", () => {
    const open: string[] = [];
    const walk = (schema: Schema, where: string) => {
      if (schema.properties) {
        if (schema.additionalProperties !== false) open.push(where);
        for (const [key, value] of Object.entries(schema.properties)) walk(value, `${where}.${key}`);
      }
      if (schema.items) walk(schema.items, `${where}[]`);
      for (const branch of schema.anyOf ?? []) walk(branch, where);
    };
    for (const [name, schema] of Object.entries(served.components.schemas)) walk(schema, name);
    expect(open).toEqual([]);
    let examples = 0;
    for (const [template, item] of Object.entries(resolved.paths))
      for (const [status, response] of Object.entries(item.get.responses)) {
        const media = response.content?.["application/json"];
        if (media?.example === undefined) continue;
        examples++;
        const validate = ajv.compile(media.schema);
        expect(validate(media.example) ? [] : problems(validate), `the example of ${template} ${status}`).toEqual([]);
      }
    expect(examples).toBeGreaterThan(12);
  });
});

describe("every endpoint's real answers match the document", () => {
  it("lists, without filters and with each documented filter, and refuse a bad value of each with a 400 naming it", async () => {
    const checked: string[] = [];
    for (const template of lists()) {
      const { body } = await call(template);
      expect((body!.data as unknown[]).length, `${template} has demo data`).toBeGreaterThan(0);
      for (const parameter of resolved.paths[template]!.get.parameters.filter((p) => p.in === "query")) {
        const { good, bad } = valuesFor(parameter);
        const withFilter = await call(`${template}?${parameter.name}=${encodeURIComponent(good)}`);
        expect(withFilter.response.status, `${template}?${parameter.name}=${good}`).toBe(200);
        if (bad === null) continue;
        const refused = await call(`${template}?${parameter.name}=${encodeURIComponent(bad)}`);
        expect(refused.response.status, `${template}?${parameter.name}=${bad}`).toBe(400);
        expect((refused.body as unknown as { error: { parameter: string } }).error.parameter).toBe(parameter.name);
        checked.push(`${template} ${parameter.name}`);
      }
    }
    // Every list has filters that can be wrong (page at least).
    for (const template of lists()) expect(checked, template).toContain(`${template} page`);
    expect(checked.length).toBeGreaterThan(30);
  }, 60_000);

  it("records: every one the lists name, a 404 for an unknown id, and a merged problem's 301", async () => {
    const listFor: Record<string, string> = {
      "/api/v1/problems/{id}": "/api/v1/problems",
      "/api/v1/projects/{id}": "/api/v1/projects",
      "/api/v1/stories/{id}": "/api/v1/stories",
    };
    expect(records().sort()).toEqual(Object.keys(listFor).sort());
    for (const template of records()) {
      const { body } = await call(listFor[template]!);
      const ids = (body!.data as { id: number }[]).map((item) => item.id);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const one = await call(template.replace("{id}", String(id)));
        expect(one.response.status, `${template} ${id}`).toBe(200);
        expect((one.body!.data as { id: number }).id).toBe(id);
      }
      const path = template.replace("{id}", String(ids[0]));
      const etag = (await send(server, path)).headers.get("ETag")!;
      expect((await call(path, { "If-None-Match": etag })).response.status, path).toBe(304);
      expect((await call(template.replace("{id}", "999999"))).response.status).toBe(404);
    }
    const { body } = await call("/api/v1/problems?status=duplicate");
    const merged = (body!.data as { id: number }[])[0]!;
    const redirect = await call(`/api/v1/problems/${merged.id}`);
    expect(redirect.response.status).toBe(301);
    expect(redirect.response.headers.get("Location")).toMatch(/\/api\/v1\/problems\/\d+$/);
    expect(redirect.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  }, 60_000);

  it("the index and the document itself, and an unknown path's JSON 404", async () => {
    const index = await call("/api/v1");
    expect(index.body).toMatchObject({
      documentation: `${server.baseUrl}/developers`,
      openapi: `${server.baseUrl}/api/v1/openapi.json`,
    });
    expect((await call("/api/v1/openapi.json")).response.status).toBe(200);
    const unknown = await send(server, "/api/v1/nothing-here");
    expect(unknown).toHaveStatus(404);
    expect(await unknown.json()).toEqual({
      error: {
        status: 404,
        message: "There is no such API endpoint. See /api/v1 for the list, and /api/v1/openapi.json.",
      },
    });
  });
});

describe("caching over HTTP", () => {
  it("gives the same ETag twice, 304 with an empty body for it (also from HEAD), and a new one when the data changes", async () => {
    const first = await call("/api/v1/problems");
    const etag = first.response.headers.get("ETag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect((await call("/api/v1/problems")).response.headers.get("ETag")).toBe(etag);
    const notModified = await call("/api/v1/problems", { "If-None-Match": `"stale", W/${etag}` });
    expect(notModified.response).toHaveStatus(304);
    expect(notModified.response.headers.get("ETag")).toBe(etag);
    expect(notModified.response.headers.get("Cache-Control")).toBe("public, max-age=60");
    const head = await send(server, "/api/v1/problems", { method: "HEAD", headers: { "If-None-Match": etag } });
    expect(head).toHaveStatus(304);
    const plainHead = await send(server, "/api/v1/problems", { method: "HEAD" });
    expect(plainHead).toHaveStatus(200);
    expect(plainHead.headers.get("ETag")).toBe(etag);
    expect(await plainHead.text()).toBe("");

    await createProblem({ title: "A problem posted while a client polls" });
    const changed = await call("/api/v1/problems", { "If-None-Match": etag });
    expect(changed.response).toHaveStatus(200);
    expect(changed.response.headers.get("ETag")).not.toBe(etag);
    expect((changed.body!.data as { title: string }[])[0]!.title).toBe("A problem posted while a client polls");
  });

  it("gives every endpoint an ETag and every story a Last-Modified that a change moves on", async () => {
    for (const template of Object.keys(resolved.paths).filter((t) => !t.includes("{id}"))) {
      const { response } = await call(template);
      const etag = response.headers.get("ETag");
      expect(etag, template).toMatch(/^"/);
      expect((await call(template, { "If-None-Match": etag! })).response.status, template).toBe(304);
    }
    const { body } = await call("/api/v1/stories");
    const story = (body!.data as { id: number; project: { id: number } }[])[0]!;
    const path = `/api/v1/stories/${story.id}`;
    const first = await call(path);
    const modified = first.response.headers.get("Last-Modified")!;
    expect(new Date(modified).toUTCString()).toBe(modified);
    expect((await call(path, { "If-Modified-Since": modified })).response.status).toBe(304);
    await getWriterDb()
      .update(s.projects)
      .set({ tagline: "Retold for the contract test", updatedAt: new Date(Date.parse(modified) + 60_000) })
      .where(eq(s.projects.id, story.project.id));
    const changed = await call(path, { "If-Modified-Since": modified });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("Last-Modified")).toBe(new Date(Date.parse(modified) + 60_000).toUTCString());
    expect(changed.response.headers.get("ETag")).not.toBe(first.response.headers.get("ETag"));
  });

  it("never caches an error or gives it an ETag", async () => {
    for (const path of ["/api/v1/projects/999999", "/api/v1/projects?stage=nope", "/api/v1/nothing-here"]) {
      const response = await send(server, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("Cache-Control"), path).toBe("no-store");
      expect(response.headers.get("ETag"), path).toBeNull();
    }
  });
});

describe("CORS over HTTP", () => {
  it("lets any origin read an answer and its validators", async () => {
    const response = await send(server, "/api/v1/stories", { headers: { Origin: "https://elsewhere.example" } });
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toBe("ETag, Last-Modified");
  });

  it("answers the preflight an If-None-Match from another origin triggers, on every API path", async () => {
    for (const path of [...Object.keys(served.paths).map((t) => t.replace("{id}", "1")), "/api/v1/nothing-here"]) {
      const response = await send(server, path, {
        method: "OPTIONS",
        headers: {
          Origin: "https://elsewhere.example",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match, if-modified-since",
        },
      });
      expect(response, path).toHaveStatus(204);
      expect(response.headers.get("Access-Control-Allow-Origin"), path).toBe("*");
      expect(response.headers.get("Access-Control-Allow-Methods"), path).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("Access-Control-Allow-Headers"), path).toBe("If-None-Match, If-Modified-Since");
      expect(response.headers.get("Access-Control-Max-Age"), path).toBe("86400");
      expect(await response.text(), path).toBe("");
    }
  });

  it("still refuses a cross-origin write", async () => {
    const response = await send(server, "/api/v1/problems", {
      method: "POST",
      headers: { Origin: "https://elsewhere.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=1",
    });
    expect(response).toHaveStatus(403);
  });
});

describe("coverage", () => {
  it("saw every documented answer except 412 (the unit and route tests cover If-Match)", () => {
    const documented = Object.entries(resolved.paths).flatMap(([template, item]) =>
      Object.keys(item.get.responses)
        .filter((status) => status !== "412")
        .map((status) => `${template} ${status}`),
    );
    expect(documented.filter((answer) => !seen.has(answer))).toEqual([]);
  });
});
