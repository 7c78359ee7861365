import { Link } from "@remix-run/react";
import { Card } from "~/components/ui/card";
import { formatDate } from "~/domain/dates";
import { excerpt } from "~/domain/text";
import type { SuccessStory } from "~/models/impact.server";
import { projectPath, storyPath } from "~/utils/paths";

/** What a story card shows of a success story; its time may arrive serialized. */
export type StoryData = Omit<SuccessStory, "measuredOn" | "publishedAt" | "projectStage"> & {
  publishedAt: Date | string;
};

/** A published success story: the measured change, a short account, and the project behind it. */
export function SuccessStoryCard({ story, headingLevel = 3 }: { story: StoryData; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Card as="li">
      <article aria-labelledby={`story-${story.id}`}>
        <Heading id={`story-${story.id}`} className="text-lg">
          <Link to={storyPath(story)}>{story.title}</Link>
        </Heading>
        <p className="mt-2 text-sm">
          <span className="font-semibold">{story.metric}:</span> {story.baseline} → <strong>{story.result}</strong>
          {story.unit ? ` ${story.unit}` : ""}
        </p>
        <p className="mt-2">{excerpt(story.body, 240)}</p>
        <p className="mt-2 text-sm text-muted">
          Source: {story.source} · Published {formatDate(new Date(story.publishedAt))}
        </p>
        <p className="mt-2 text-sm">
          <Link to={projectPath({ id: story.projectId, name: story.projectName })}>
            {story.projectName}
            <span className="sr-only">: the project behind “{story.title}”</span>
          </Link>
        </p>
      </article>
    </Card>
  );
}
