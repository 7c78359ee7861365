import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { RichText } from "~/components/rich-text";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import { stageLabel } from "~/domain/stages";
import { excerpt } from "~/domain/text";
import { serializeJsonLd } from "~/domain/hack-day-calendar";
import { getStoryShare } from "~/models/findability.server";
import { getStory } from "~/models/outcomes.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { projectPath, storyPath } from "~/utils/paths";
import { useNonce } from "~/utils/nonce";
import { pageMeta, storyJsonLd } from "~/utils/seo";
import { publicOrigin } from "~/utils/seo.server";
import { idSlug } from "~/utils/slug";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        origin: data.origin,
        path: storyPath(data),
        title: data.title,
        section: "Success stories",
        description: data.summary,
        type: "article",
        image: data.share.image,
      })
    : [{ title: "Story not found · Hackpath" }];

const withUnit = (value: string, unit: string) => (unit ? `${value} ${unit}` : value);

/**
 * A published success story, with its share card (the project's first screenshot) and its
 * schema.org Article; 404 for a withdrawn one or one of a project that is not public.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = requireIdParam(params.id, "story");
  const [story, share] = await Promise.all([getStory(id), getStoryShare(id)]);
  if (!story || !share) notFound("We could not find that success story. It may have been withdrawn.");
  if (params.id !== idSlug(story.id, story.title))
    throw redirect(`${storyPath(story)}${new URL(request.url).search}`, 301);
  const origin = publicOrigin(request);
  // What a shared link says: the measured result first, then the story's opening words.
  const summary = excerpt(
    `${story.metric}: from ${withUnit(story.baseline, story.unit)} to ${withUnit(story.result, story.unit)}. ${story.body}`,
    200,
  );
  const jsonLd = storyJsonLd(origin, storyPath(story), {
    title: story.title,
    description: summary,
    publishedAt: story.publishedAt,
    updatedAt: share.updatedAt,
    project: { name: story.project.name, path: projectPath(story.project) },
    image: share.image,
  });
  return { ...story, share, origin, summary, jsonLd: serializeJsonLd(jsonLd) };
}

export default function StoryPage() {
  const story = useLoaderData<typeof loader>();
  const nonce = useNonce();
  return (
    <article aria-labelledby="story-title" className="max-w-3xl">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: story.jsonLd }} />
      <p className="mb-2">
        <Badge tone="success">Success story</Badge>
      </p>
      <h1 id="story-title" className="text-3xl">
        {story.title}
      </h1>
      <p className="mt-2 text-muted">
        Published <Time value={story.publishedAt} /> · from{" "}
        <Link to={projectPath(story.project)}>{story.project.name}</Link>, now at the{" "}
        {stageLabel(story.project.stage).toLowerCase()} stage
      </p>
      <RichText text={story.body} className="mt-6 text-lg" />
      <section
        aria-labelledby="result-heading"
        className="mt-8 rounded-lg border-l-4 border-success-700 bg-success-50 p-4"
      >
        <h2 id="result-heading" className="text-xl">
          The measured result
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">Measure</dt>
          <dd>{story.metric}</dd>
          <dt className="font-semibold">Before</dt>
          <dd>{withUnit(story.baseline, story.unit)}</dd>
          <dt className="font-semibold">After</dt>
          <dd>{withUnit(story.result, story.unit)}</dd>
          <dt className="font-semibold">Source</dt>
          <dd>{story.source}</dd>
          <dt className="font-semibold">Measured</dt>
          <dd>
            <Time value={story.measuredOn} />
          </dd>
          {story.pilot ? (
            <>
              <dt className="font-semibold">Pilot</dt>
              <dd>
                {story.pilot.site ? `${story.pilot.organisation}, ${story.pilot.site}` : story.pilot.organisation}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <p className="mt-8">
        <Link to={projectPath(story.project)}>
          Read about {story.project.name}
          {story.project.tagline ? `: ${story.project.tagline}` : ""}
        </Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "We could not find that success story. It may have been withdrawn." }} />;
}
