import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayStatusBadge } from "~/components/hack-days/hack-day-status-badge";
import { ActionErrors, Notice } from "~/components/hack-days/notices";
import { PageHeader } from "~/components/ui/page-header";
import { canManageHackDay } from "~/domain/hack-day-access";
import { hackDayJsonLd, serializeJsonLd } from "~/domain/hack-day-calendar";
import { acceptsNominations, resultsArePublished } from "~/domain/hack-day-status";
import { formatUkRange } from "~/domain/hack-day-time";
import { hasRole } from "~/domain/roles";
import {
  countParticipants,
  getViewerStanding,
  listNominatableProblems,
  listShortlist,
} from "~/models/hack-days.server";
import { getPublishedResults } from "~/models/judging.server";
import { listHackDayProjects } from "~/models/submissions.server";
import { env } from "~/utils/env.server";
import { hackDayHref, redirectToCanonical, requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { useNonce } from "~/utils/nonce";
import { pageFromUrl } from "~/utils/pagination";
import { hackDayActionSchema } from "~/validation/hack-days";
import { performHackDayAction } from "./actions.server";
import { AboutSection } from "./about-section";
import { ResultsSection } from "./results-section";
import { ShortlistSection } from "./shortlist-section";
import { TeamsSection } from "./teams-section";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.hackDay.name} · Hack days · Hackpath` },
        {
          name: "description",
          content: data.hackDay.description.slice(0, 160) || `A Hackpath hack day: ${data.hackDay.name}`,
        },
      ]
    : [{ title: "Hack day · Hackpath" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const hackDay = await requireVisibleHackDay(params.id, viewer);
  redirectToCanonical(request, params.id, hackDay);
  const url = new URL(request.url);
  const canManage = canManageHackDay(viewer, hackDay);
  const mayNominate = Boolean(viewer && hasRole(viewer, "clinician") && acceptsNominations(hackDay.status));
  const [counts, standing, shortlist, nominatable, projects, results] = await Promise.all([
    countParticipants(hackDay.id),
    viewer ? getViewerStanding({ hackDayId: hackDay.id, userId: viewer.id }) : null,
    listShortlist({ hackDayId: hackDay.id, includeAll: canManage }),
    mayNominate && viewer ? listNominatableProblems({ hackDayId: hackDay.id, userId: viewer.id }) : [],
    listHackDayProjects({ hackDayId: hackDay.id, page: pageFromUrl(url) }),
    resultsArePublished(hackDay.status) ? getPublishedResults(hackDay.id) : null,
  ]);
  const { organiserId: _organiserId, ...publicHackDay } = hackDay;
  return {
    hackDay: publicHackDay,
    href: hackDayHref(hackDay),
    signedIn: Boolean(viewer),
    canManage,
    mayNominate,
    counts,
    standing,
    shortlist,
    nominatable,
    projects,
    results: results
      ? { top: results.results.filter((r) => r.rank !== null).slice(0, 5), awards: results.awards }
      : null,
    jsonLd: serializeJsonLd(hackDayJsonLd(env.APP_ORIGIN ?? url.origin, hackDay)),
  };
}
export type EventPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const submission = parseWithZod(await readForm(request), { schema: hackDayActionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await performHackDayAction({ user, hackDay, action: submission.value });
  if (!outcome.ok) {
    const reply = outcome.field
      ? submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } })
      : submission.reply({ formErrors: [outcome.message] });
    return data(reply, { status: outcome.status });
  }
  throw redirect(`${hackDayHref(hackDay)}?notice=${outcome.notice}${outcome.anchor ? `#${outcome.anchor}` : ""}`);
}

export default function HackDayPage() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const nonce = useNonce();
  const { hackDay } = page;
  return (
    <>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: page.jsonLd }} />
      <PageHeader
        title={hackDay.name}
        lead={formatUkRange(new Date(hackDay.startsAt), new Date(hackDay.endsAt))}
        actions={<HackDayStatusBadge status={hackDay.status} />}
      />
      <Notice code={searchParams.get("notice")} />
      <ActionErrors result={lastResult} />
      <AboutSection page={page} />
      <ShortlistSection page={page} lastResult={lastResult} />
      <TeamsSection page={page} />
      <ResultsSection page={page} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that hack day. It may not be published yet." }} />;
}
