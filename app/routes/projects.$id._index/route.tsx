import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { isFollowing } from "~/models/follows.server";
import { getProjectPage } from "~/models/projects.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectPath } from "~/utils/paths";
import { pageMeta } from "~/utils/seo";
import { publicOrigin } from "~/utils/seo.server";
import { idSlug } from "~/utils/slug";
import { AboutSection } from "./about-section";
import { DataUseSection } from "./data-use-section";
import { BackersLine, FundingSection } from "./funding-section";
import { GatesSection } from "./gates-section";
import { MentorsSection } from "./mentors-section";
import { OutcomesSection } from "./outcomes-section";
import { PilotsSection } from "./pilots-section";
import { ActionsBox } from "./actions-box";
import { ProjectHeader } from "./project-header";
import { showFunding } from "./section";
import { TeamSection } from "./team-section";
import { TimelineSection } from "./timeline-section";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        origin: data.origin,
        path: projectPath(data.project),
        title: data.project.name,
        section: "Projects",
        description: data.project.tagline || data.project.description || data.project.name,
        type: "website",
        image: data.screenshots[0] ? { path: data.screenshots[0].src, alt: data.screenshots[0].alt } : null,
        indexable: data.project.submittedAt !== null,
      })
    : [{ title: "Project not found · Hackpath" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireIdParam(params.id, "project");
  const viewer = await getOptionalUser(request);
  const page = await getProjectPage({ id, viewer });
  if (!page) notFound("We could not find that project. It may not have been submitted yet.");
  if (params.id !== idSlug(page.project.id, page.project.name))
    throw redirect(`${projectPath(page.project)}${new URL(request.url).search}`, 301);
  return {
    ...page,
    signedIn: viewer !== null,
    following: await isFollowing(viewer?.id, "project", id),
    origin: publicOrigin(request),
  };
}

const contents = [
  ["about", "About"],
  ["team", "Team"],
  ["stage", "Stage and gates"],
  ["mentors", "Mentors"],
  ["pilots", "Pilots"],
  ["outcomes", "Outcomes"],
  ["data-use", "How this product uses data"],
  ["timeline", "Timeline"],
] as const;

export default function ProjectPage() {
  const page = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="project-title">
      <ProjectHeader page={page} />
      <BackersLine page={page} />
      <Notice />
      <ActionsBox page={page} />
      <nav aria-label="On this page" className="mb-8 rounded-lg bg-surface p-4">
        <h2 className="text-base">On this page</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
          {showFunding(page) ? (
            <li>
              <a href="#funding">Funding interest</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="space-y-10">
        <AboutSection page={page} />
        <TeamSection page={page} />
        <GatesSection page={page} />
        <MentorsSection page={page} />
        {showFunding(page) ? <FundingSection page={page} /> : null}
        <PilotsSection page={page} />
        <OutcomesSection page={page} />
        <DataUseSection page={page} />
        <TimelineSection page={page} />
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage messages={{ 404: "We could not find that project. It may have been removed, or not submitted yet." }} />
  );
}
