import { z } from "zod";
import { recordId } from "./record-id";
import { MAX_ID } from "../domain/ids";
import { MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS } from "../domain/screenshots";
import { optionalHttpUrl } from "./hack-days";

/**
 * The type the server's upload handler gives a file part it stopped reading because it was over
 * the size limit (the bytes are dropped, the name kept), so the schema can say which file.
 */
export const OVERSIZED_UPLOAD_TYPE = "application/x-hackpath-oversized";

const name = z
  .string({ required_error: "Enter the project's name" })
  .trim()
  .min(2, "The name must be at least 2 characters")
  .max(120, "The name must be 120 characters or fewer");
const tagline = z.string().trim().max(200, "The tagline must be 200 characters or fewer");

/** Starting a project at a hack day, on one of its shortlisted problems. */
export const startProjectSchema = z.object({
  name,
  tagline: tagline.optional(),
  problemId: z
    .number({
      required_error: "Choose the problem your team will work on",
      invalid_type_error: "Choose the problem your team will work on",
    })
    .int()
    .positive()
    .max(MAX_ID),
});

/** Starting a project outside a hack day; the problem is optional, by number or link. */
export const startIndependentProjectSchema = z.object({
  name,
  tagline: tagline.optional(),
  problem: z.string().trim().max(300).optional(),
});

/** The forms on a project's team page, told apart by `intent`. */
export const teamActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("request"),
    message: z.string().trim().max(500, "Keep the message to 500 characters or fewer").optional(),
  }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("leave") }),
  z.object({ intent: z.literal("accept"), userId: recordId() }),
  z.object({ intent: z.literal("decline"), userId: recordId() }),
  z.object({ intent: z.literal("remove"), userId: recordId() }),
]);
export type TeamAction = z.infer<typeof teamActionSchema>;

const declaration = (message: string) => z.boolean({ required_error: message }).refine((v) => v, message);

/** A project's submission. Screenshot types are checked by content on the server. */
export const submissionSchema = z
  .object({
    name,
    tagline: z
      .string({ required_error: "Enter a tagline" })
      .trim()
      .min(1, "Enter a tagline")
      .max(200, "The tagline must be 200 characters or fewer"),
    description: z
      .string({ required_error: "Describe what you built" })
      .trim()
      .min(20, "Describe what you built in at least 20 characters")
      .max(10_000, "The description must be 10,000 characters or fewer"),
    repoUrl: optionalHttpUrl("repository link"),
    demoUrl: optionalHttpUrl("demo link"),
    videoUrl: optionalHttpUrl("video link"),
    tech: z.string().trim().max(500, "Keep the technology list to 500 characters or fewer").optional(),
    licence: z
      .string({ required_error: "Enter the licence, such as MIT or OGL" })
      .trim()
      .min(1, "Enter the licence, such as MIT or OGL")
      .max(100, "The licence must be 100 characters or fewer"),
    declaredNoPii: declaration("Confirm that no patient-identifiable data was used"),
    declaredMaySubmit: declaration("Confirm that the team may submit this work"),
    declaredIpPolicy: declaration("Confirm that the team considered their NHS employers' IP policies"),
    screenshots: z
      .array(
        z.object({
          id: recordId(),
          alt: z.string().trim().max(200, "Keep the description to 200 characters or fewer").optional(),
          remove: z.boolean().optional(),
        }),
      )
      .max(MAX_SCREENSHOTS)
      .optional(),
    uploads: z.array(z.instanceof(File)).max(MAX_SCREENSHOTS, `Add at most ${MAX_SCREENSHOTS} screenshots`).optional(),
  })
  .superRefine((v, ctx) => {
    // On the list, not on each file, so the error shows beside the one file input.
    for (const file of v.uploads ?? []) {
      if (file.type === OVERSIZED_UPLOAD_TYPE || file.size > MAX_SCREENSHOT_BYTES)
        ctx.addIssue({
          code: "custom",
          path: ["uploads"],
          message: `${file.name || "A screenshot"} is larger than 2 MB`,
        });
    }
    const kept = (v.screenshots ?? []).filter((s) => !s.remove).length;
    const added = v.uploads?.length ?? 0;
    if (kept + added > MAX_SCREENSHOTS)
      ctx.addIssue({
        code: "custom",
        path: ["uploads"],
        message: `A project can have at most ${MAX_SCREENSHOTS} screenshots: it has ${kept}, so add ${Math.max(0, MAX_SCREENSHOTS - kept)} or fewer, or remove some`,
      });
  });
export type SubmissionInput = z.infer<typeof submissionSchema>;
