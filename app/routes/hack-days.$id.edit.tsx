import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayForm } from "~/components/hack-days/hack-day-form";
import { PageHeader } from "~/components/ui/page-header";
import { toUkLocalInput } from "~/domain/hack-day-time";
import { updateHackDay } from "~/models/hack-days.server";
import { hackDayHref, refusalReply, requireManagedHackDay } from "~/utils/hack-day-route.server";
import { hackDaySchema } from "~/validation/hack-days";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.hackDay.name ?? "hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireManagedHackDay(params.id, user);
  return {
    hackDay: { id: hackDay.id, name: hackDay.name, href: hackDayHref(hackDay) },
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
  const submission = parseWithZod(await readForm(request), { schema: hackDaySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await updateHackDay({ id: hackDay.id, actorId: user.id, values: submission.value });
  if (!result.ok) return refusalReply(submission, result);
  throw redirect(`${hackDayHref({ id: hackDay.id, name: submission.value.name })}?notice=saved`);
}

export default function EditHackDay() {
  const { hackDay, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2">
        <Link to={hackDay.href}>Back to {hackDay.name}</Link>
      </p>
      <PageHeader title={`Edit ${hackDay.name}`} />
      <HackDayForm lastResult={lastResult} defaultValue={defaults} submitLabel="Save changes" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only this hack day's organiser can edit it." }} />;
}
