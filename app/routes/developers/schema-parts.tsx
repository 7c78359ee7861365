import type { ReactNode } from "react";
import { DataTable } from "~/components/charts/data-table";
import { fieldRows, refName, resolve, withoutNull, type Schema } from "~/models/api/openapi-schema";

/** The anchor of a component schema's section on this page. */
export const schemaAnchor = (name: string) => `schema-${name}`;

function baseLabel(schema: Schema): ReactNode {
  const name = refName(schema);
  if (name) return <a href={`#${schemaAnchor(name)}`}>{name}</a>;
  if (schema.enum) return `one of ${schema.enum.map(String).join(", ")}`;
  if (schema.type === "array" && schema.items) return <>array of {baseLabel(withoutNull(schema.items).schema)}</>;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  return schema.format ? `${type} (${schema.format})` : type;
}

/** What a schema's values are, in words: its type or the component it is, and "or null". */
export function TypeLabel({ schema }: { schema: Schema }) {
  const { schema: inner, nullable } = withoutNull(schema);
  const limits = [
    inner.minimum !== undefined ? `at least ${inner.minimum}` : null,
    inner.maximum !== undefined ? `at most ${inner.maximum}` : null,
    inner.maxLength !== undefined ? `up to ${inner.maxLength} characters` : null,
    inner.pattern ? `matching ${inner.pattern}` : null,
    inner.default !== undefined ? `default ${String(inner.default)}` : null,
  ].filter(Boolean);
  return (
    <>
      {baseLabel(inner)}
      {nullable ? " or null" : ""}
      {limits.length ? `; ${limits.join(", ")}` : ""}
    </>
  );
}

/** A dotted field path that may break after each dot or bracket on a narrow screen. */
function FieldPath({ path }: { path: string }) {
  const parts = path.split(/(?<=[.\]])/);
  return (
    <code>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </code>
  );
}

/** A resource (an object schema): its description and a table of every field, nested ones dotted. */
export function ResourceSection({
  name,
  schema,
  schemas,
}: {
  name: string;
  schema: Schema;
  schemas: Readonly<Record<string, Schema>>;
}) {
  return (
    <section aria-labelledby={`${schemaAnchor(name)}-heading`} id={schemaAnchor(name)} className="mb-8 scroll-mt-4">
      <h3 id={`${schemaAnchor(name)}-heading`} className="mb-2 text-xl">
        {name}
      </h3>
      {schema.description ? <p className="mb-3">{schema.description}</p> : null}
      <DataTable
        caption={`Fields of ${name}`}
        headers={["Field", "Type", "Meaning"]}
        numeric={[false, false, false]}
        rows={fieldRows(schema).map((row) => [
          <FieldPath key="path" path={row.path} />,
          <TypeLabel key="type" schema={row.schema} />,
          // A field that is another component says what it is there, unless it says more here.
          `${row.schema.description ?? resolve(withoutNull(row.schema).schema, schemas).description ?? ""}${row.required ? "" : " Optional."}`,
        ])}
      />
    </section>
  );
}

/** A vocabulary (an enum schema): what it is and its values. */
export function VocabularySection({ name, schema }: { name: string; schema: Schema }) {
  return (
    <section aria-labelledby={`${schemaAnchor(name)}-heading`} id={schemaAnchor(name)} className="mb-6 scroll-mt-4">
      <h3 id={`${schemaAnchor(name)}-heading`} className="mb-1 text-lg">
        {name}
      </h3>
      {schema.description ? <p className="mb-2">{schema.description}</p> : null}
      <ul className="flex flex-wrap gap-2" aria-label={`Values of ${name}`}>
        {(schema.enum ?? []).map((value) => (
          <li key={String(value)}>
            <code className="rounded bg-surface px-1.5 py-0.5">{String(value)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Code in a scrollable, keyboard-reachable box (a phone scrolls it sideways, not the page). */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-md bg-surface p-3">
      <pre className="text-sm">
        <code>{code}</code>
      </pre>
    </div>
  );
}
