import { getFormProps, useForm } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ChoiceField, FieldError, TextField } from "~/components/ui/form";
import { useFormResult } from "~/components/ui/notice";
import { formatDate } from "~/domain/dates";
import { formatByteSize } from "~/domain/dossier";
import type { GatePageData } from "./route";

const visibilityOptions = [
  { value: "team", label: "The team, verifiers and organisers only" },
  { value: "public", label: "Anyone who can see the project" },
];

/** The item's PDF documents, and the team's upload form. */
export function DocumentsSection({ page }: { page: GatePageData }) {
  const [form, fields] = useForm<{ document: File; title: string; visibility: string }>({
    id: "add-document",
    lastResult: useFormResult("add-document"),
    defaultValue: { visibility: "team" },
  });
  return (
    <section aria-labelledby="documents-heading" className="mb-8">
      <h2 id="documents-heading" className="mb-2 text-xl">
        Documents
      </h2>
      {page.documents.length === 0 ? (
        <p className="mb-4">No documents {page.mayEdit ? "yet" : "that you can see"}.</p>
      ) : (
        <ul className="mb-4 divide-y divide-line border-y border-line">
          {page.documents.map((doc) => (
            <li key={doc.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <a href={doc.href} download>
                  {doc.title}
                </a>{" "}
                <span className="text-sm text-muted">
                  (PDF, {formatByteSize(doc.byteSize)}, added {formatDate(new Date(doc.createdAt))})
                </span>{" "}
                {doc.visibility === "team" ? <Badge>Team, verifiers and organisers</Badge> : <Badge>Public</Badge>}
              </span>
              {page.mayEdit ? (
                <Form method="post" encType="multipart/form-data">
                  <input type="hidden" name="intent" value="remove-document" />
                  <input type="hidden" name="documentId" value={doc.id} />
                  <Button type="submit" variant="quiet">
                    Remove<span className="sr-only"> {doc.title}</span>
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {page.mayEdit ? (
        <Form
          method="post"
          encType="multipart/form-data"
          {...getFormProps(form)}
          className="rounded-lg border border-line bg-surface p-4"
        >
          <input type="hidden" name="intent" value="add-document" />
          <div className="mb-5">
            <label htmlFor={fields.document.id} className="block font-semibold">
              PDF document
            </label>
            <p id={`${fields.document.id}-hint`} className="text-sm text-muted">
              A PDF of 10 MB or smaller: a hazard log, a DPIA, a certificate, a test report.
            </p>
            <FieldError meta={fields.document} />
            <input
              id={fields.document.id}
              name={fields.document.name}
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={`${fields.document.id}-hint`}
              aria-invalid={fields.document.errors?.length ? true : undefined}
              className="mt-2 block min-h-11"
            />
          </div>
          <TextField
            meta={fields.title}
            label="Title (optional)"
            hint="The file's name is used when you leave this empty."
          />
          <ChoiceField meta={fields.visibility} legend="Who can see it" options={visibilityOptions} type="radio" />
          <Button type="submit">Add the document</Button>
        </Form>
      ) : null}
    </section>
  );
}
