import { DataTable } from "~/components/charts/data-table";
import {
  refName,
  resolveParameter,
  resolveResponse,
  type OpenApiDocument,
  type Operation,
} from "~/models/api/openapi-schema";
import { CodeBlock, schemaAnchor, TypeLabel } from "./schema-parts";

/** The anchor of an endpoint's section on this page. */
export const operationAnchor = (operation: Operation) => `endpoint-${operation.operationId}`;

/** One endpoint: what it answers, its parameters, its responses and an example of its answer. */
export function OperationSection({
  path,
  operation,
  doc,
}: {
  path: string;
  operation: Operation;
  doc: OpenApiDocument;
}) {
  const anchor = operationAnchor(operation);
  const parameters = (operation.parameters ?? []).map((p) => resolveParameter(p, doc));
  const responses = Object.entries(operation.responses).map(
    ([status, r]) => [status, resolveResponse(r, doc)] as const,
  );
  const ok = responses.find(([status]) => status === "200")?.[1].content?.["application/json"];
  return (
    <section aria-labelledby={`${anchor}-heading`} id={anchor} className="mb-10 scroll-mt-4">
      <h3 id={`${anchor}-heading`} className="mb-1 text-xl">
        <code className="break-all">GET {path}</code>
      </h3>
      <p className="mb-2 font-semibold">{operation.summary}</p>
      <p className="mb-4">{operation.description}</p>
      {parameters.length ? (
        <div className="mb-4">
          <DataTable
            caption={`Parameters of GET ${path}`}
            headers={["Name", "In", "Values", "Meaning"]}
            numeric={[false, false, false, false]}
            rows={parameters.map((p) => [
              <code key="name">{p.name}</code>,
              p.in === "header" ? "header" : p.in === "path" ? "path" : "query",
              <TypeLabel key="type" schema={p.schema} />,
              `${p.description}${p.required ? " Required." : ""}`,
            ])}
          />
        </div>
      ) : null}
      <h4 className="mb-1 font-semibold">Responses</h4>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {responses.map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          const name = schema ? refName(schema) : null;
          return (
            <div key={status} className="contents">
              <dt className="font-mono font-semibold">{status}</dt>
              <dd>
                {response.description}
                {name ? (
                  <>
                    {" "}
                    (<a href={`#${schemaAnchor(name)}`}>{name}</a>)
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {ok?.example !== undefined ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2">Example response</summary>
          <CodeBlock label={`Example response of GET ${path}`} code={JSON.stringify(ok.example, null, 2)} />
        </details>
      ) : null}
    </section>
  );
}
