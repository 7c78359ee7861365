/**
 * Messages to the people who run Hackpath, from the contact page. Anyone may send one, signed in
 * or not; only admins read them. Browser-safe.
 */
import { refuse, type Refusal } from "./refusal";
import { vocabulary, type Role } from "./taxonomy";

/** The longest message the contact form takes, in characters. */
export const FEEDBACK_MAX = 5000;

export const feedbackTopics = vocabulary({
  accessibility: "A problem using the site (accessibility)",
  privacy: "My data or privacy (a request under UK GDPR)",
  problem: "Something is wrong or broken",
  other: "Something else",
});
export type FeedbackTopic = (typeof feedbackTopics.values)[number];

/** Topics whose sender needs an answer: an address to reply to is required for them. */
export const topicNeedsReply = (topic: FeedbackTopic) => topic === "privacy";

/** Whether this person may read contact messages and mark them dealt with: admins only. */
export function handleFeedbackRefusal(viewer: { roles: readonly Role[] } | null): Refusal | undefined {
  if (!viewer || !viewer.roles.includes("admin")) return refuse(403, "Only admins read messages sent to the service.");
  return undefined;
}
