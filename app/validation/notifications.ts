import { z } from "zod";
import { coercedRecordId } from "./record-id";

/** The forms that post to /notifications: mark one read, or all; `redirectTo` comes back to another page. */
export const notificationsActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mark-read"), notificationId: coercedRecordId() }),
  z.object({ intent: z.literal("mark-all-read"), redirectTo: z.string().max(2000).optional() }),
]);
