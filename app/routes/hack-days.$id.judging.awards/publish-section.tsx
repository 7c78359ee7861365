import { Form, Link } from "@remix-run/react";
import { Button, ButtonLink } from "~/components/ui/button";
import { hackDayAwardsPath, hackDayJudgingPath, hackDayResultsPath } from "~/utils/paths";

type Props = {
  hackDay: { id: number; name: string; status: string; published: boolean };
  publish: {
    /** Why it cannot be published yet, or null. */
    refusal: string | null;
    /** Judges who have not scored every project they may score. */
    unfinished: { name: string; done: number; toScore: number }[];
    /** Whether the organiser asked to publish and is being asked to confirm. */
    confirming: boolean;
  };
};

/**
 * Publishing the results, in two steps (it cannot be undone): what is still missing and a link
 * to publish; then a confirmation that posts. Works without JavaScript.
 */
export function PublishSection({ hackDay, publish }: Props) {
  const here = hackDayAwardsPath(hackDay);
  return (
    <section aria-labelledby="publish" id="publish-section" className="mb-10 scroll-mt-4">
      <h2 id="publish" className="mb-3 text-2xl">
        Publish the results
      </h2>
      {hackDay.published ? (
        <p>
          The results are published. <Link to={hackDayResultsPath(hackDay)}>See the public results</Link>.
        </p>
      ) : publish.refusal ? (
        <p>{publish.refusal}</p>
      ) : (
        <>
          {publish.unfinished.length > 0 ? (
            <div className="mb-4 max-w-2xl rounded-md border-l-4 border-warning-700 bg-warning-50 p-4">
              <p className="font-semibold">
                {publish.unfinished.length === 1 ? "A judge has" : `${publish.unfinished.length} judges have`} not
                scored every project yet:
              </p>
              <ul className="mt-2 list-disc pl-5">
                {publish.unfinished.map((j) => (
                  <li key={j.name}>
                    {j.name}: {j.done} of {j.toScore} {j.toScore === 1 ? "project" : "projects"} scored
                  </li>
                ))}
              </ul>
              <p className="mt-2">
                Their missing scores will not count. <Link to={hackDayJudgingPath(hackDay)}>See judging</Link> to remind
                them.
              </p>
            </div>
          ) : (
            <p className="mb-3">Every judge has scored every project they may score.</p>
          )}
          {publish.confirming ? (
            <Form method="post" className="max-w-2xl rounded-lg border-4 border-danger-700 p-4">
              <input type="hidden" name="intent" value="publish" />
              <p className="mb-3 font-semibold">Publish the results of {hackDay.name} now? This cannot be undone.</p>
              <p className="mb-4">
                Everyone will see the ranking and awards; each team sees its own scores and comments (without
                judges&apos; names); every team member is told; scoring ends.
              </p>
              <div className="flex flex-wrap gap-3">
                <Button type="submit" variant="danger">
                  Yes, publish the results
                </Button>
                <ButtonLink to={`${here}#publish-section`} variant="secondary">
                  Not yet
                </ButtonLink>
              </div>
            </Form>
          ) : (
            <ButtonLink to={`${here}?publish=confirm#publish-section`}>Publish the results…</ButtonLink>
          )}
        </>
      )}
    </section>
  );
}
