import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import type { FollowTarget } from "~/domain/follows";

/**
 * Follow or stop following a problem or project: a real form posting to /follows that comes back
 * here. Visitors get a link to sign in and come back.
 */
export function FollowButton({
  objectType,
  objectId,
  following,
  signedIn,
  here,
  id = "follow",
}: {
  objectType: FollowTarget;
  objectId: number;
  following: boolean;
  signedIn: boolean;
  /** The page's own address, to come back to. */
  here: string;
  /** The element id the page comes back to; null where the button repeats in a list. */
  id?: string | null;
}) {
  const noun = objectType === "problem" ? "problem" : "project";
  if (!signedIn)
    return (
      <Link id={id ?? undefined} to={`/login?redirectTo=${encodeURIComponent(here)}`}>
        Sign in to follow this {noun}
      </Link>
    );
  return (
    <Form method="post" action="/follows" id={id ?? undefined}>
      <input type="hidden" name="intent" value={following ? "unfollow" : "follow"} />
      <input type="hidden" name="objectType" value={objectType} />
      <input type="hidden" name="objectId" value={objectId} />
      <input type="hidden" name="redirectTo" value={here} />
      <Button type="submit" variant="secondary">
        {following ? `Stop following this ${noun}` : `Follow this ${noun}`}
      </Button>
    </Form>
  );
}
