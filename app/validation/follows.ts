import { z } from "zod";
import { MAX_ID } from "~/domain/ids";
import { followTargets } from "~/domain/follows";

/** The follow button on a problem or project page. `redirectTo` brings the person back. */
export const followSchema = z.object({
  intent: z.enum(["follow", "unfollow"]),
  objectType: z.enum(followTargets),
  objectId: z.coerce.number().int().positive().max(MAX_ID),
  redirectTo: z.string().max(2000).optional(),
});
