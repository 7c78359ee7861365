import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayStatusBadge } from "~/components/hack-days/hack-day-status-badge";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { canManageHackDay } from "~/domain/hack-day-access";
import { hackDayJsonLd, serializeJsonLd } from "~/domain/hack-day-calendar";
import {
  acceptsNominations,
  allowsShortlistChanges,
  isPublicHackDay,
  resultsArePublished,
} from "~/domain/hack-day-status";
import { formatDateRange } from "~/domain/dates";
import { hasRole } from "~/domain/roles";
import {
  countParticipants,
  findShortlistCandidates,
  getViewerStanding,
  listNominatableProblems,
  listShortlist,
} from "~/models/hack-days.server";
import { getPublishedResults } from "~/models/judging.server";
import { listHackDayProjects } from "~/models/teams.server";
import { redirectToCanonical, requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { useNonce } from "~/utils/nonce";
import { runFormAction } from "~/utils/form-action.server";
import { pageFromUrl } from "~/utils/pagination";
import { hackDayPath } from "~/utils/paths";
import { pageMeta } from "~/utils/seo";
import { publicOrigin } from "~/utils/seo.server";
import { hackDayActionSchema } from "~/validation/hack-days";
import { performHackDayAction } from "./actions.server";
import { AboutSection } from "./about-section";
import { ResultsSection } from "./results-section";
import { ShortlistSection } from "./shortlist-section";
import { TeamsSection } from "./teams-section";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        origin: data.origin,
        path: data.href,
        title: data.hackDay.name,
        section: "Hack days",
        description:
          data.hackDay.description ||
          `A Hackpath hack day, ${formatDateRange(new Date(data.hackDay.startsAt), new Date(data.hackDay.endsAt))}.`,
        type: "website",
        indexable: isPublicHackDay(data.hackDay.status),
      })
    : [{ title: "Hack day · Hackpath" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const hackDay = await requireVisibleHackDay(params.id, viewer);
  redirectToCanonical(request, params.id, hackDay);
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  const canManage = canManageHackDay(viewer, hackDay);
  const mayNominate = Boolean(viewer && hasRole(viewer, "clinician") && acceptsNominations(hackDay.status));
  // The organiser's search for problems to shortlist (?find=words, a number or a link).
  const find = canManage && allowsShortlistChanges(hackDay.status) ? (url.searchParams.get("find") ?? "").trim() : "";
  const [counts, standing, shortlist, nominatable, projects, results, candidates] = await Promise.all([
    countParticipants(hackDay.id),
    viewer ? getViewerStanding({ hackDayId: hackDay.id, userId: viewer.id }) : null,
    listShortlist({ hackDayId: hackDay.id, includeAll: canManage }),
    mayNominate && viewer ? listNominatableProblems({ hackDayId: hackDay.id, userId: viewer.id }) : [],
    listHackDayProjects({ hackDayId: hackDay.id, page: pageFromUrl(url) }),
    resultsArePublished(hackDay.status) ? getPublishedResults(hackDay.id) : null,
    find ? findShortlistCandidates({ hackDayId: hackDay.id, query: find.slice(0, 200) }) : null,
  ]);
  const { organiserId: _organiserId, ...publicHackDay } = hackDay;
  return {
    hackDay: publicHackDay,
    href: hackDayPath(hackDay),
    signedIn: Boolean(viewer),
    canManage,
    mayNominate,
    counts,
    standing,
    shortlist,
    shortlistSearch: candidates ? { query: find, candidates } : null,
    nominatable,
    projects,
    results: results
      ? { top: results.results.filter((r) => r.rank !== null).slice(0, 5), awards: results.awards }
      : null,
    origin,
    jsonLd: serializeJsonLd(hackDayJsonLd(origin, hackDay)),
  };
}
export type EventPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  return runFormAction(request, hackDayActionSchema, (action) => performHackDayAction({ user, hackDay, action }), {
    page: hackDayPath(hackDay),
  });
}

export default function HackDayPage() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const nonce = useNonce();
  const { hackDay } = page;
  return (
    <>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: page.jsonLd }} />
      <PageHeader
        title={hackDay.name}
        lead={formatDateRange(new Date(hackDay.startsAt), new Date(hackDay.endsAt))}
        actions={<HackDayStatusBadge status={hackDay.status} />}
      />
      <Notice />
      <FormErrors result={lastResult} />
      <AboutSection page={page} />
      <ShortlistSection page={page} />
      <TeamsSection page={page} />
      <ResultsSection page={page} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that hack day. It may not be published yet." }} />;
}
