import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayForm } from "~/components/hack-days/hack-day-form";
import { PageHeader } from "~/components/ui/page-header";
import { createHackDay } from "~/models/hack-days.server";
import { hackDayHref } from "~/utils/hack-day-route.server";
import { hackDaySchema } from "~/validation/hack-days";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = () => [{ title: "Create a hack day · Hackpath" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "organiser");
  const submission = parseWithZod(await readForm(request), { schema: hackDaySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { id } = await createHackDay({ organiserId: user.id, values: submission.value });
  throw redirect(`${hackDayHref({ id, name: submission.value.name })}?notice=created`);
}

export default function NewHackDay() {
  const lastResult = useActionData<typeof action>();
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
