/**
 * Following: anyone signed in may follow a problem or a project that the public can see, and hears
 * of its updates (a new project on the problem; a stage move, a pilot or a published outcome of
 * the project). The people an update already concerns (a problem's author, a project's team) are
 * told directly, so a follower notification never doubles one of those. Browser-safe.
 */
import { refuse, type Refusal } from "./refusal";

export const followTargets = ["problem", "project"] as const;
export type FollowTarget = (typeof followTargets)[number];

/**
 * Whether a signed-in person may start following a problem or project: only one the public can
 * see (a listed problem, a submitted project). Anyone may stop following what they follow.
 */
export function followRefusal({ visible }: { visible: boolean }): Refusal | undefined {
  return visible ? undefined : refuse(404, "We could not find that.");
}
