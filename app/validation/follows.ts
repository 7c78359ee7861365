import { z } from "zod";
import { coercedRecordId } from "./record-id";
import { followTargets } from "~/domain/follows";

/** The follow button on a problem or project page. `redirectTo` brings the person back. */
export const followSchema = z.object({
  intent: z.enum(["follow", "unfollow"]),
  objectType: z.enum(followTargets),
  objectId: coercedRecordId(),
  redirectTo: z.string().max(2000).optional(),
});
