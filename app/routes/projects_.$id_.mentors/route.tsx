import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { readNotesRefusal } from "~/domain/mentorship-notes";
import { offerMentorshipRefusal } from "~/domain/mentorships";
import { hasRole } from "~/domain/roles";
import type { NoticeCode } from "~/domain/notices";
import {
  answerMentorship,
  endMentorship,
  listProjectMentorships,
  loadMentorStanding,
  offerMentorship,
  requestMentor,
  withdrawMentorship,
} from "~/models/mentorships.server";
import { listEndedMentorshipsWithNotes } from "~/models/mentorship-notes.server";
import { loadProjectStanding } from "~/models/project-standing.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectPath } from "~/utils/paths";
import { mentorshipActionSchema, type MentorshipAction } from "~/validation/mentorships";
import { EndedMentorships, MentorshipList, OfferForm } from "./mentorship-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Mentors: ${data?.project.name ?? "project"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  const id = requireIdParam(params.id, "project");
  const found = await loadProjectStanding(id, viewer);
  if (!found) notFound("We could not find that project.");
  const { project, standing } = found;
  const all = await listProjectMentorships(id);
  // The team and organisers see every request and offer; a mentor sees their own.
  const seesAll = standing.isMember || standing.isOrganiser;
  const mine = all.find((m) => m.mentorId === viewer.id);
  const mentor = await loadMentorStanding(viewer.id);
  // Session notes: the mentor, the team and admins (not organisers, not other mentors).
  const readsNotes = (mentorId: number) =>
    !readNotesRefusal({
      isMentor: mentorId === viewer.id,
      isTeamMember: standing.isMember,
      isAdmin: hasRole(viewer, "admin"),
    });
  return {
    project,
    isLead: standing.isLead,
    viewerId: viewer.id,
    mentorships: (seesAll ? all : all.filter((m) => m.mentorId === viewer.id)).map((m) => ({
      ...m,
      waitingFor: m.status === "requested" ? ("mentor" as const) : m.status === "offered" ? ("team" as const) : null,
      readsNotes: m.status === "active" && readsNotes(m.mentorId),
    })),
    ended: await listEndedMentorshipsWithNotes(id, viewer),
    mayOffer: !offerMentorshipRefusal({
      mentor,
      projectActive: project.state === "active",
      projectPublic: project.submitted,
      current: mine?.status ?? null,
      isMemberOfProject: standing.isMember,
    }),
  };
}

const mentorshipNotices = {
  request: "mentor-requested",
  offer: "mentorship-offered",
  accept: "mentorship-accepted",
  decline: "mentorship-declined",
  withdraw: "mentorship-withdrawn",
  complete: "mentorship-completed",
  cancel: "mentorship-cancelled",
} satisfies Record<MentorshipAction["intent"], NoticeCode>;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const projectId = requireIdParam(params.id, "project");
  return runFormAction(
    request,
    mentorshipActionSchema,
    async (v) => {
      const result = await (v.intent === "request"
        ? requestMentor({ projectId, mentorId: v.mentorId, actor, message: v.message })
        : v.intent === "offer"
          ? offerMentorship({ projectId, actor, message: v.message })
          : v.intent === "accept" || v.intent === "decline"
            ? answerMentorship({
                projectId,
                mentorshipId: v.mentorshipId,
                actor,
                accept: v.intent === "accept",
                message: v.message,
              })
            : v.intent === "withdraw"
              ? withdrawMentorship({ projectId, mentorshipId: v.mentorshipId, actor })
              : endMentorship({
                  projectId,
                  mentorshipId: v.mentorshipId,
                  actor,
                  outcome: v.intent === "complete" ? "completed" : "cancelled",
                  reason: v.reason,
                }));
      return result.ok ? done(mentorshipNotices[v.intent]) : result;
    },
    { targetOf: (payload) => payload.mentorshipId },
  );
}

export type MentorsPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function MentorsPage() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl">
      <PageHeader title={`Mentors: ${page.project.name}`} />
      <Notice />
      <FormErrors result={useFormResult(["request", "withdraw"])} />
      <p className="mb-6">
        <Link to={`${projectPath(page.project)}#mentors`}>Back to the project</Link>
      </p>
      <MentorshipList page={page} />
      <EndedMentorships page={page} />
      {page.mayOffer ? <OfferForm /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that project." }} />;
}
