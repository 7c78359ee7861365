import { z } from "zod";
import { coercedRecordId } from "./record-id";
import { FEEDBACK_MAX, feedbackTopics, topicNeedsReply } from "~/domain/feedback";

/** The contact form. An email address is optional, except for a data or privacy request. */
export const feedbackSchema = z
  .object({
    topic: z.enum(feedbackTopics.values, { errorMap: () => ({ message: "Choose what your message is about" }) }),
    name: z.string().trim().max(200, "Keep your name to 200 characters or fewer").default(""),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "Enter an email address of 254 characters or fewer")
      .email("Enter an email address in the right format, like name@example.nhs.uk")
      .optional(),
    message: z
      .string({ required_error: "Write your message" })
      .trim()
      .min(1, "Write your message")
      .max(FEEDBACK_MAX, `Keep your message to ${FEEDBACK_MAX.toLocaleString("en-GB")} characters or fewer`),
    /** The page the person came from, when the form was opened from a link on it. */
    page: z.string().max(500).optional(),
  })
  .superRefine((value, ctx) => {
    if (topicNeedsReply(value.topic) && !value.email)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["email"],
        message: "Enter your email address so we can answer your request",
      });
  });
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** Marking a message as dealt with, on /admin/feedback. */
export const feedbackHandledSchema = z.object({
  intent: z.literal("handled"),
  messageId: coercedRecordId(),
});
