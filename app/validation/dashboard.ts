import { z } from "zod";

/** The forms on /dashboard. `redirectTo` brings the person back to the page they were on. */
export const dashboardActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("mark-all-read"), redirectTo: z.string().max(2000).optional() }),
]);
