import { z } from "zod";
import { recordId } from "./record-id";

const message = z.string().trim().max(1000, "Keep the message to 1,000 characters or fewer").default("");
const mentorshipId = recordId("Choose a mentorship");
const reason = z
  .string({ required_error: "Give a reason" })
  .trim()
  .min(5, "Give a reason in a few words")
  .max(1000, "Keep the reason to 1,000 characters or fewer");

/** The forms on a project's mentors page, told apart by `intent`. */
export const mentorshipActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("request"), mentorId: recordId(), message }),
  z.object({ intent: z.literal("offer"), message }),
  z.object({ intent: z.literal("accept"), mentorshipId, message }),
  z.object({ intent: z.literal("decline"), mentorshipId, message }),
  z.object({ intent: z.literal("withdraw"), mentorshipId }),
  z.object({ intent: z.literal("complete"), mentorshipId, reason }),
  z.object({ intent: z.literal("cancel"), mentorshipId, reason }),
]);
export type MentorshipAction = z.infer<typeof mentorshipActionSchema>;

/** The "ask to mentor" form on a mentor's profile: which of the lead's projects, and a message. */
export const mentorProfileRequestSchema = z.object({
  intent: z.literal("request"),
  projectId: recordId("Choose the project"),
  message,
});
