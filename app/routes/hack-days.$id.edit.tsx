import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayForm } from "~/components/hack-days/hack-day-form";
import { PageHeader } from "~/components/ui/page-header";
import { toUkLocalInput } from "~/domain/hack-day-time";
import { updateHackDay } from "~/models/hack-days.server";
import { requireManagedHackDay } from "~/utils/hack-day-route.server";
import { hackDayPath } from "~/utils/paths";
import { hackDaySchema } from "~/validation/hack-days";
import { done, runFormAction } from "~/utils/form-action.server";
import { useFormResult } from "~/components/ui/notice";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.hackDay.name ?? "hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  return {
    hackDay: { id: hackDay.id, name: hackDay.name },
    defaults: {
      name: hackDay.name,
      description: hackDay.description,
      themes: hackDay.themes,
      startsAt: toUkLocalInput(hackDay.startsAt),
      endsAt: toUkLocalInput(hackDay.endsAt),
      submissionDeadline: toUkLocalInput(hackDay.submissionDeadline),
      venue: hackDay.venue,
      onlineUrl: hackDay.onlineUrl ?? "",
      capacity: hackDay.capacity ? String(hackDay.capacity) : "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  return runFormAction(request, hackDaySchema, async (values) => {
    const result = await updateHackDay({ id: hackDay.id, actorId: user.id, values });
    return result.ok ? done("hack-day-saved", { to: hackDayPath({ id: hackDay.id, name: values.name }) }) : result;
  });
}

export default function EditHackDay() {
  const { hackDay, defaults } = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
        ]}
      />
      <PageHeader title={`Edit ${hackDay.name}`} />
      <HackDayForm lastResult={lastResult} defaultValue={defaults} submitLabel="Save changes" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only this hack day's organiser can edit it." }} />;
}
