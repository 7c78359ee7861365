import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/ui/page-header";
import { openApiDocument as doc } from "~/models/api/openapi";
import { siteUrls } from "~/utils/api.server";
import { apiIndexPath, apiOpenApiPath } from "~/utils/paths";
import { operationAnchor, OperationSection } from "./operation-section";
import { CodeBlock, ResourceSection, VocabularySection } from "./schema-parts";

export const meta: MetaFunction = () => [
  { title: "API for developers · Hackpath" },
  { name: "description", content: doc.info.summary },
];

/** The addresses shown in the examples: this site's own. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = siteUrls(request);
  return { problems: url("/api/v1/problems"), openapi: url(apiOpenApiPath()) };
}

const schemas = Object.entries(doc.components.schemas);
const resources = schemas.filter(([, schema]) => schema.properties);
const vocabularies = schemas.filter(([, schema]) => schema.enum);
const endpoints = Object.entries(doc.paths).map(([path, item]) => ({ path, operation: item.get }));

/**
 * The OpenAPI document (app/models/api/openapi.ts) for people: the same object the API serves,
 * server-rendered, with no script needed (examples fold away in <details>).
 */
export default function Developers() {
  const { problems, openapi } = useLoaderData<typeof loader>();
  return (
    <article className="max-w-4xl" aria-labelledby="developers-title">
      <PageHeader title={<span id="developers-title">{doc.info.title}</span>} lead={doc.info.summary} />
      <p className="mb-6">
        For machines: the <a href={apiOpenApiPath()}>OpenAPI {doc.openapi} document</a> and the{" "}
        <a href={apiIndexPath()}>API index</a>.
      </p>
      <nav aria-labelledby="contents-heading" className="mb-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="contents-heading" className="mb-2 text-lg">
          On this page
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="#overview">How it works</a>
          </li>
          <li>
            <a href="#endpoints">Endpoints</a>
            <ul className="list-[circle] pl-5">
              {endpoints.map(({ path, operation }) => (
                <li key={path}>
                  <a href={`#${operationAnchor(operation)}`}>{path}</a>
                </li>
              ))}
            </ul>
          </li>
          <li>
            <a href="#resources">Resources</a>
          </li>
          <li>
            <a href="#vocabularies">Vocabularies</a>
          </li>
        </ul>
      </nav>

      <section id="overview" aria-labelledby="overview-heading" className="mb-10 scroll-mt-4 space-y-3">
        <h2 id="overview-heading" className="text-2xl">
          How it works
        </h2>
        {doc.info.description.split("\n\n").map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
        <p>Ask again only for what changed:</p>
        <CodeBlock
          label="Example requests"
          code={`curl -i ${problems}\n# … ETag: "…"\ncurl -i -H 'If-None-Match: "…"' ${problems}\n# HTTP/1.1 304 Not Modified\ncurl ${openapi}`}
        />
      </section>

      <section id="endpoints" aria-labelledby="endpoints-heading" className="mb-10 scroll-mt-4">
        <h2 id="endpoints-heading" className="mb-4 text-2xl">
          Endpoints
        </h2>
        {endpoints.map(({ path, operation }) => (
          <OperationSection key={path} path={path} operation={operation} doc={doc} />
        ))}
      </section>

      <section id="resources" aria-labelledby="resources-heading" className="mb-10 scroll-mt-4">
        <h2 id="resources-heading" className="mb-4 text-2xl">
          Resources
        </h2>
        {resources.map(([name, schema]) => (
          <ResourceSection key={name} name={name} schema={schema} schemas={doc.components.schemas} />
        ))}
      </section>

      <section id="vocabularies" aria-labelledby="vocabularies-heading" className="mb-10 scroll-mt-4">
        <h2 id="vocabularies-heading" className="mb-4 text-2xl">
          Vocabularies
        </h2>
        {vocabularies.map(([name, schema]) => (
          <VocabularySection key={name} name={name} schema={schema} />
        ))}
      </section>
    </article>
  );
}
