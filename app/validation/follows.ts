import { z } from "zod";
import { followTargets } from "~/domain/follows";

/** The follow button on a problem or project page. `redirectTo` brings the person back. */
export const followSchema = z.object({
  intent: z.enum(["follow", "unfollow"]),
  objectType: z.enum(followTargets),
  objectId: z.coerce.number().int().positive(),
  redirectTo: z.string().max(2000).optional(),
});
