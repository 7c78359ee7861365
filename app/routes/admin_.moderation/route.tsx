import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { hasRole } from "~/domain/roles";
import type { loader as rootLoader } from "~/root";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { getModerationPage } from "~/models/reports.server";
import { pageFromUrl } from "~/utils/pagination";
import { moderationActionSchema } from "~/validation/problems";
import { performModeration } from "./actions.server";
import { HiddenSection } from "./hidden-section";
import { MergeSection } from "./merge-section";
import { ReportsSection } from "./reports-section";
import { runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, resultFor, useFormReply } from "~/components/ui/notice";

export const meta: MetaFunction = () => [{ title: "Moderation · Admin · Hackpath" }];

// Organisers and admins moderate (admins hold every role). This page sits outside the /admin
// layout, which is for admins only, so that organisers can reach it.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "organiser" });
  const url = new URL(request.url);
  return getModerationPage({
    reportsPage: pageFromUrl(url, 10_000, "reports"),
    hiddenPage: pageFromUrl(url, 10_000, "hidden"),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, { role: "organiser" });
  return runFormAction(request, moderationActionSchema, (action) => performModeration({ actorId: user.id, action }));
}

export default function Moderation() {
  const { reports, hidden } = useLoaderData<typeof loader>();
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const reply = useFormReply();
  return (
    <>
      {/* The rest of /admin is for admins only: organisers get no link to a 403. */}
      {hasRole(rootData?.user, "admin") ? (
        <p className="mb-2 text-sm">
          <Link to="/admin">Admin</Link> / Moderation
        </p>
      ) : null}
      <PageHeader
        title="Moderation"
        lead="Reports from people using Hackpath, hidden content, and merging duplicate problems."
      />
      <FormErrors
        result={resultFor(reply, ["dismiss", "hideComment", "restoreComment", "hideProblem", "restoreProblem"])}
      />
      <Notice />

      <ReportsSection reports={reports} />

      <MergeSection lastResult={resultFor(reply, "merge")} />

      <HiddenSection hidden={hidden} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only organisers and admins can moderate." }} />;
}
