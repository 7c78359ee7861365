import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { requireRole } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayForm } from "~/components/hack-days/hack-day-form";
import { PageHeader } from "~/components/ui/page-header";
import { createHackDay } from "~/models/hack-days.server";
import { hackDayPath } from "~/utils/paths";
import { hackDaySchema } from "~/validation/hack-days";
import { done, runFormAction } from "~/utils/form-action.server";
import { useFormResult } from "~/components/ui/notice";

export const meta: MetaFunction = () => [{ title: "Create a hack day · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "organiser");
  return runFormAction(request, hackDaySchema, async (values) => {
    const { id } = await createHackDay({ organiserId: user.id, values });
    return done("hack-day-created", { to: hackDayPath({ id, name: values.name }) });
  });
}

export default function NewHackDay() {
  const lastResult = useFormResult();
  return (
    <>
      <PageHeader
        title="Create a hack day"
        lead="It starts as a draft that only organisers can see. Shortlist problems, then open registration."
      />
      <HackDayForm lastResult={lastResult} submitLabel="Save as a draft" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only organisers can create hack days. Ask an admin if you run hack days." }} />;
}
