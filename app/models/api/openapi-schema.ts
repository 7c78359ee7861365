/**
 * The pieces the API's OpenAPI 3.1 document (./openapi.ts) is written with: the subset of the
 * OpenAPI and JSON Schema 2020-12 objects it uses, typed, and small builders so each field is one
 * line (its type, its words and an example). Every object schema is closed
 * (`additionalProperties: false`, every field required), so a field a serializer adds without
 * documenting it fails the contract test (tests/http/api-contract.test.ts), and `object<T>()`
 * takes the serializer's type so a missing or extra field is a compile error first.
 * Browser-safe: the /developers page renders the same document.
 */

export type JsonType = "string" | "integer" | "number" | "boolean" | "object" | "array" | "null";

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it): only the keywords this document uses. */
export type Schema = {
  $ref?: string;
  type?: JsonType | readonly JsonType[];
  title?: string;
  description?: string;
  format?: "date-time" | "date" | "uri";
  enum?: readonly (string | number | null)[];
  examples?: readonly unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: Schema;
  anyOf?: readonly Schema[];
};

export type Ref = { $ref: string };
export type Parameter = {
  name: string;
  in: "query" | "path" | "header";
  description: string;
  required?: boolean;
  schema: Schema;
};
export type Header = { description: string; schema: Schema };
export type MediaType = { schema: Schema; example?: unknown };
export type ResponseObject = {
  description: string;
  headers?: Readonly<Record<string, Header | Ref>>;
  content?: Readonly<Record<string, MediaType>>;
};
export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: readonly string[];
  parameters?: readonly (Parameter | Ref)[];
  responses: Readonly<Record<string, ResponseObject | Ref>>;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; summary: string; description: string };
  servers: readonly { url: string; description?: string }[];
  externalDocs: { description: string; url: string };
  tags: readonly { name: string; description: string }[];
  paths: Readonly<Record<string, { get: Operation }>>;
  components: {
    schemas: Readonly<Record<string, Schema>>;
    parameters: Readonly<Record<string, Parameter>>;
    headers: Readonly<Record<string, Header>>;
    responses: Readonly<Record<string, ResponseObject>>;
  };
};

// ---------------------------------------------------------------- builders

type Extra = Omit<Schema, "type" | "description" | "examples">;

export const string = (description: string, example: string, extra: Extra = {}): Schema => ({
  type: "string",
  description,
  examples: [example],
  ...extra,
});
export const integer = (description: string, example: number, extra: Extra = {}): Schema => ({
  type: "integer",
  description,
  examples: [example],
  ...extra,
});
export const boolean = (description: string, example: boolean): Schema => ({
  type: "boolean",
  description,
  examples: [example],
});
export const dateTime = (description: string, example = "2026-03-14T09:30:00.000Z"): Schema =>
  string(description, example, { format: "date-time" });
export const date = (description: string, example = "2026-03-14"): Schema =>
  string(description, example, { format: "date" });
export const uri = (description: string, example: string): Schema => string(description, example, { format: "uri" });
/** One of a vocabulary's values (a component schema referenced by name). */
export const vocabularySchema = (description: string, values: readonly string[]): Schema => ({
  type: "string",
  description,
  enum: values,
  examples: [values[0]],
});
/** A reference to `#/components/schemas/<name>`, with this use's own description. */
export const ref = (name: string, description?: string): Schema => ({
  $ref: `#/components/schemas/${name}`,
  ...(description ? { description } : {}),
});
export const arrayOf = (description: string, items: Schema): Schema => ({ type: "array", description, items });

/** The schema, or null. */
export function nullable(schema: Schema): Schema {
  if (schema.$ref || schema.enum) {
    const { description, ...rest } = schema;
    return { ...(description ? { description } : {}), anyOf: [rest, { type: "null" }] };
  }
  const type = schema.type;
  return { ...schema, type: [...(Array.isArray(type) ? type : [type]), "null"] as JsonType[] };
}

/**
 * A closed object: exactly the fields given, all required (a field that may be empty is
 * `nullable`). With a type argument, the fields must be exactly that type's keys.
 */
export function object<T = Record<string, unknown>>(
  description: string,
  properties: { readonly [K in keyof T]-?: Schema },
): Schema {
  return {
    type: "object",
    description,
    properties: properties as Record<string, Schema>,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

// ---------------------------------------------------------------- reading the document

/** The component schema a `$ref` names, or the schema itself. */
export function resolve(schema: Schema, schemas: Readonly<Record<string, Schema>>): Schema {
  if (!schema.$ref) return schema;
  const target = schemas[schema.$ref.replace("#/components/schemas/", "")];
  if (!target) throw new Error(`No component schema ${schema.$ref}`);
  return { ...resolve(target, schemas), ...(schema.description ? { description: schema.description } : {}) };
}

/** An example value built from the schema's own examples: arrays hold one item, nullables their value. */
export function exampleOf(schema: Schema, schemas: Readonly<Record<string, Schema>>): unknown {
  const s = resolve(schema, schemas);
  if (s.examples?.length) return s.examples[0];
  if (s.anyOf) return exampleOf(s.anyOf.find((branch) => branch.type !== "null") ?? s.anyOf[0]!, schemas);
  if (s.enum) return s.enum[0];
  if (s.properties)
    return Object.fromEntries(Object.entries(s.properties).map(([key, value]) => [key, exampleOf(value, schemas)]));
  if (s.items) return [exampleOf(s.items, schemas)];
  return null;
}

/** The name of the component a schema (or its non-null branch) refers to, if any. */
export function refName(schema: Schema): string | null {
  const target = schema.$ref ?? schema.anyOf?.find((branch) => branch.$ref)?.$ref;
  return target ? target.replace("#/components/schemas/", "") : null;
}

/** A parameter, its `$ref` resolved against the document's components. */
export function resolveParameter(parameter: Parameter | Ref, doc: OpenApiDocument): Parameter {
  if (!("$ref" in parameter)) return parameter;
  const found = doc.components.parameters[parameter.$ref.replace("#/components/parameters/", "")];
  if (!found) throw new Error(`No component parameter ${parameter.$ref}`);
  return found;
}

/** A response, its `$ref` resolved against the document's components. */
export function resolveResponse(response: ResponseObject | Ref, doc: OpenApiDocument): ResponseObject {
  if (!("$ref" in response)) return response;
  const found = doc.components.responses[response.$ref.replace("#/components/responses/", "")];
  if (!found) throw new Error(`No component response ${response.$ref}`);
  return found;
}

/** The schema without its `or null` (and whether it had one). */
export function withoutNull(schema: Schema): { schema: Schema; nullable: boolean } {
  if (schema.anyOf) {
    const rest = schema.anyOf.filter((branch) => branch.type !== "null");
    if (rest.length === 1 && rest.length < schema.anyOf.length)
      return {
        schema: { ...rest[0]!, ...(schema.description ? { description: schema.description } : {}) },
        nullable: true,
      };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0]! : types }, nullable: true };
  }
  return { schema, nullable: false };
}

/** One row of a resource's field table: its dotted path (`team[].name`) and its schema. */
export type FieldRow = { path: string; schema: Schema; required: boolean };

/**
 * The fields of an object schema, nested objects (and arrays of them) written inline flattened
 * into dotted paths; fields that refer to another component stay one row (the page links to it).
 */
export function fieldRows(schema: Schema, prefix = ""): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ path, schema: field, required: schema.required?.includes(name) ?? false });
    const inner = withoutNull(field).schema;
    if (inner.properties) rows.push(...fieldRows(inner, `${path}.`));
    const items = inner.items ? withoutNull(inner.items).schema : null;
    if (items?.properties) rows.push(...fieldRows(items, `${path}[].`));
  }
  return rows;
}
