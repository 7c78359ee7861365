import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { mentorAvailability } from "~/components/people/mentor-card";
import { RequestMentorForm } from "~/components/people/request-mentor-form";
import { StageBadge } from "~/components/projects/badges";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { PageHeader } from "~/components/ui/page-header";
import { expertiseAreas } from "~/domain/taxonomy";
import { getMentorProfile } from "~/models/mentors.server";
import { listProjectsToRequestFor, requestMentor } from "~/models/mentorships.server";
import { done, runFormAction } from "~/utils/form-action.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { mentorPath, projectMentorsPath, projectPath } from "~/utils/paths";
import { mentorProfileRequestSchema } from "~/validation/mentorships";
import { idSlug } from "~/utils/slug";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.mentor.name} · Mentors · Hackpath` : "Mentor not found · Hackpath" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireIdParam(params.id, "mentor");
  const mentor = await getMentorProfile(id);
  if (!mentor) notFound("We could not find that mentor.");
  if (params.id !== idSlug(mentor.id, mentor.name))
    throw redirect(`${mentorPath(mentor)}${new URL(request.url).search}`, 301);
  const viewer = await getOptionalUser(request);
  // A team lead can ask this mentor from here, for each project they lead that the rule allows.
  const requestable = viewer ? await listProjectsToRequestFor({ mentorId: id, leadId: viewer.id }) : [];
  return { mentor, requestable };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const mentorId = requireIdParam(params.id, "mentor");
  return runFormAction(request, mentorProfileRequestSchema, async (v) => {
    const result = await requestMentor({ projectId: v.projectId, mentorId, actor, message: v.message });
    return result.ok ? done("mentor-requested", { to: projectMentorsPath(v.projectId) }) : result;
  });
}

export default function MentorProfile() {
  const { mentor, requestable } = useLoaderData<typeof loader>();
  const availability = mentorAvailability(mentor);
  return (
    <>
      <PageHeader title={mentor.name} lead={[mentor.headline, mentor.organisation].filter(Boolean).join(" · ")} />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {mentor.bio ? (
            <section aria-labelledby="about">
              <h2 id="about" className="mb-2 text-2xl">
                About
              </h2>
              <RichText text={mentor.bio} />
            </section>
          ) : null}
          <section aria-labelledby="projects">
            <h2 id="projects" className="mb-2 text-2xl">
              Mentoring now
            </h2>
            {mentor.projects.length > 0 ? (
              <ul className="space-y-2">
                {mentor.projects.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center gap-2">
                    <Link to={projectPath(p)} className="font-semibold">
                      {p.name}
                    </Link>
                    <StageBadge stage={p.stage} />
                    {p.tagline ? <span className="w-full text-sm text-muted">{p.tagline}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Not mentoring a project at the moment.</p>
            )}
            {mentor.completedCount > 0 ? (
              <p className="mt-3 text-sm text-muted">
                Has completed {mentor.completedCount} {mentor.completedCount === 1 ? "mentorship" : "mentorships"}.
              </p>
            ) : null}
          </section>
        </div>
        <aside aria-labelledby="expertise" className="rounded-lg border border-line bg-surface p-4">
          <h2 id="expertise" className="text-xl">
            Expertise
          </h2>
          {mentor.areas.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {mentor.areas.map((area) => (
                <li key={area}>
                  <Badge>{expertiseAreas.label(area)}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-muted">No areas listed.</p>
          )}
          <h2 className="mt-5 text-xl">Availability</h2>
          <p className={`mt-1 font-semibold ${availability.open ? "text-success-700" : "text-muted"}`}>
            {availability.text}
          </p>
          {mentor.availability ? <p className="mt-1">{mentor.availability}</p> : null}
          {requestable.length > 0 ? <RequestMentorForm mentorName={mentor.name} projects={requestable} /> : null}
        </aside>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that mentor." }} />;
}
