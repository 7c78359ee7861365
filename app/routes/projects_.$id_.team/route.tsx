import { getFormProps, useForm } from "@conform-to/react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/form";
import { PageHeader } from "~/components/ui/page-header";
import { allowsTeamChanges } from "~/domain/hack-day-status";
import { getViewerStanding } from "~/models/hack-days.server";
import { decideJoinRequest, getTeam, leaveTeam, removeMember, requestToJoin } from "~/models/teams.server";
import { siteUrls } from "~/utils/api.server";
import { requireIdParam } from "~/utils/http.server";
import { hackDayPath, problemPath, projectPath, projectSubmissionPath, projectTeamPath } from "~/utils/paths";
import { teamActionSchema, type TeamAction } from "~/validation/submissions";
import { InviteSection } from "./invite-section";
import { JoinRequests } from "./join-requests";
import type { NoticeCode } from "~/domain/notices";
import { done, runFormAction } from "~/utils/form-action.server";
import { FormErrors, Notice, useFormResult } from "~/components/ui/notice";
import { joinTeamRefusal, MAX_TEAM_SIZE } from "~/domain/teams";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Team: ${data?.project.name ?? "project"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireIdParam(params.id, "project");
  const viewer = await getOptionalUser(request);
  const team = await getTeam(id);
  if (!team) throw new Response("We could not find that project.", { status: 404 });
  // A team still forming is shown to signed-in people (so they can ask to join); the public sees submitted projects.
  if (!team.project.submittedAt && !viewer) await requireUser(request);
  const { project } = team;
  const me = viewer ? team.members.find((m) => m.userId === viewer.id) : undefined;
  const isLead = viewer?.id === project.leadId;
  const open = project.hackDayStatus === null || allowsTeamChanges(project.hackDayStatus);
  const standing =
    viewer && project.hackDayId ? await getViewerStanding({ hackDayId: project.hackDayId, userId: viewer.id }) : null;
  const active = team.members.filter((m) => m.status === "active");
  // Messages in join requests are for the lead; a requester sees only their own.
  const requests = team.members.filter((m) => m.status === "requested" && (isLead || m.userId === viewer?.id));
  const joinRefusal = viewer
    ? joinTeamRefusal({
        hackDayStatus: project.hackDayStatus,
        membership: me?.status ?? null,
        standing: standing && {
          registered: standing.registration?.status === "registered",
          teamAtHackDay: standing.team && { name: standing.team.name, status: standing.team.memberStatus },
        },
        activeMembers: active.length,
      })
    : undefined;
  const mayAsk = Boolean(viewer && !joinRefusal);
  return {
    project,
    members: active.map(({ userId, name, role }) => ({ userId, name, role })),
    requests: requests.map(({ userId, name, message }) => ({ userId, name, message })),
    me: me ? { status: me.status, role: me.role } : null,
    isLead,
    open,
    mayAsk,
    // Why a signed-in person who is not on the team cannot ask (closed teams say so elsewhere).
    askBlocker: viewer && !me && open ? (joinRefusal?.message ?? null) : null,
    // The team's own link to share, while it can still take people.
    invite:
      me?.status === "active" && open && active.length < MAX_TEAM_SIZE
        ? { url: siteUrls(request)(projectTeamPath(project.id)), places: MAX_TEAM_SIZE - active.length }
        : null,
  };
}

const teamNotices = {
  request: "join-requested",
  withdraw: "join-withdrawn",
  leave: "team-left",
  remove: "member-removed",
  accept: "member-accepted",
  decline: "member-declined",
} satisfies Record<TeamAction["intent"], NoticeCode>;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const projectId = requireIdParam(params.id, "project");
  return runFormAction(
    request,
    teamActionSchema,
    async (v) => {
      const result = await (v.intent === "request"
        ? requestToJoin({ projectId, userId: user.id, message: v.message })
        : v.intent === "withdraw" || v.intent === "leave"
          ? leaveTeam({ projectId, userId: user.id, kind: v.intent })
          : v.intent === "remove"
            ? removeMember({ projectId, leadId: user.id, userId: v.userId })
            : decideJoinRequest({ projectId, leadId: user.id, userId: v.userId, decision: v.intent }));
      return result.ok ? done(teamNotices[v.intent]) : result;
    },
    { page: projectTeamPath(projectId) },
  );
}

export default function TeamPage() {
  const page = useLoaderData<typeof loader>();
  const lastResult = useFormResult();
  const { project } = page;
  const [form, fields] = useForm<{ intent: string; message: string }>({
    id: "join",
    lastResult: useFormResult("request"),
  });
  return (
    <div className="max-w-3xl">
      <PageHeader title={`Team: ${project.name}`} lead={project.tagline || undefined} />
      <Notice />
      <FormErrors result={lastResult} />
      <ul className="mb-6 space-y-1">
        {project.hackDayId && project.hackDayName ? (
          <li>
            Hack day:{" "}
            <Link to={hackDayPath({ id: project.hackDayId, name: project.hackDayName })}>{project.hackDayName}</Link>
          </li>
        ) : null}
        {project.problemId && project.problemTitle ? (
          <li>
            Problem:{" "}
            <Link to={problemPath({ id: project.problemId, title: project.problemTitle })}>{project.problemTitle}</Link>
          </li>
        ) : null}
        {project.submittedAt ? (
          <li>
            <Link to={projectPath(project)}>The project&apos;s page</Link>
          </li>
        ) : null}
      </ul>
      {page.me?.status === "active" ? (
        <p className="mb-6">
          <ButtonLink to={projectSubmissionPath(project.id)}>
            {project.submittedAt ? "Edit the submission" : "Write the submission"}
          </ButtonLink>
        </p>
      ) : null}
      <h2 className="mb-3 text-2xl">
        Members ({page.members.length} of {MAX_TEAM_SIZE})
      </h2>
      <ul className="mb-8 divide-y divide-line border-y border-line">
        {page.members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span>
              {m.name} {m.role === "lead" ? <Badge tone="brand">Lead</Badge> : null}
            </span>
            {page.isLead && m.role !== "lead" && page.open ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="userId" value={m.userId} />
                <Button type="submit" variant="quiet">
                  Remove<span className="sr-only"> {m.name} from the team</span>
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {page.invite ? <InviteSection invite={page.invite} project={project} /> : null}
      {page.requests.length ? <JoinRequests requests={page.requests} isLead={page.isLead} /> : null}
      {page.mayAsk ? (
        <Form method="post" {...getFormProps(form)} className="rounded-lg border border-line bg-surface p-4">
          <input type="hidden" name="intent" value="request" />
          <TextAreaField
            meta={fields.message}
            label="Message for the team lead (optional)"
            hint="Say what you can bring (skills, clinical experience, time)."
            rows={3}
          />
          <Button type="submit">Ask to join</Button>
        </Form>
      ) : page.askBlocker ? (
        <p className="rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">{page.askBlocker}</p>
      ) : null}
      {page.me?.status === "active" && page.me.role !== "lead" && page.open ? (
        <Form method="post" className="mt-6">
          <input type="hidden" name="intent" value="leave" />
          <Button type="submit" variant="secondary">
            Leave this team
          </Button>
        </Form>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
