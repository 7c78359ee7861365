import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { guidanceFor } from "~/domain/gate-guidance";
import type { NoticeCode } from "~/domain/notices";
import { stageLabel } from "~/domain/stages";
import {
  addGateDocument,
  getGateItemPage,
  removeGateDocument,
  saveGateItem,
  verifyGateItem,
} from "~/models/gate-items.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readDocumentForm } from "~/utils/multipart.server";
import { projectPath } from "~/utils/paths";
import { gateItemActionSchema, type GateItemAction } from "~/validation/pipeline";
import { DocumentsSection } from "./documents-section";
import { EvidenceForm } from "./evidence-form";
import { GuidanceSection } from "./guidance-section";
import { HistorySection, StatusSummary } from "./status-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.item.label} · ${data.project.name} · Hackpath` : "Gate item not found · Hackpath" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const projectId = requireIdParam(params.id, "project");
  const viewer = await getOptionalUser(request);
  const page = await getGateItemPage({ projectId, itemKey: params.key ?? "", viewer });
  if (!page) notFound("We could not find that gate item.");
  return { ...page, guidance: guidanceFor(page.item.key) ?? null };
}

const gateNotices = {
  save: "gate-saved",
  verify: "gate-verified",
  "add-document": "document-added",
  "remove-document": "document-removed",
} satisfies Record<GateItemAction["intent"], NoticeCode>;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const projectId = requireIdParam(params.id, "project");
  const itemKey = params.key ?? "";
  const target = { projectId, itemKey, actor };
  return runFormAction(
    request,
    gateItemActionSchema,
    async (v) => {
      const result = await (v.intent === "save"
        ? saveGateItem({ ...target, input: v })
        : v.intent === "verify"
          ? verifyGateItem(target)
          : v.intent === "add-document"
            ? addGateDocument({ ...target, file: v.document, title: v.title, visibility: v.visibility })
            : removeGateDocument({ ...target, documentId: v.documentId }));
      return result.ok ? done(gateNotices[v.intent]) : result;
    },
    { read: readDocumentForm, hideFields: ["document"] },
  );
}

export type GatePageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function GateItemPage() {
  const page = useLoaderData<typeof loader>();
  const { item, project } = page;
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm text-muted">
        <Link to={`${projectPath(project)}#gate-${item.stage}`}>{project.name}</Link> · To enter{" "}
        {stageLabel(item.stage).toLowerCase()}
      </p>
      <PageHeader title={item.label} lead={item.guidance} />
      <Notice />
      <FormErrors result={useFormResult(["verify", "remove-document"])} />
      <StatusSummary page={page} />
      <GuidanceSection page={page} />
      {page.mayEdit ? <EvidenceForm page={page} /> : null}
      {item.documents ? <DocumentsSection page={page} /> : null}
      <HistorySection page={page} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that gate item." }} />;
}
