import { z } from "zod";
import { MAX_ID } from "~/domain/ids";

/** The forms that post to /notifications: mark one read, or all; `redirectTo` comes back to another page. */
export const notificationsActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mark-read"), notificationId: z.coerce.number().int().positive().max(MAX_ID) }),
  z.object({ intent: z.literal("mark-all-read"), redirectTo: z.string().max(2000).optional() }),
]);
