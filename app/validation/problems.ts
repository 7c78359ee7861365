import { z } from "zod";
import { MAX_ID } from "~/domain/ids";
import { problemSorts, type ProblemSort } from "~/domain/problem-list";
import { careSettings, problemStatuses, specialties } from "../domain/taxonomy";
import { parseIdSlug } from "../utils/slug";
import { parseTagList } from "../domain/problem-canvas";

/**
 * Schemas for everything people send about problems: the canvas (post and edit), the actions on
 * a problem's page, the moderation page, and the query string of /problems.
 */

// ---------------------------------------------------------------- the canvas

export const MAX_TAGS = 8;
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} '&+/-]{0,29}$/u;

function requiredText(what: string, min: number, max: number) {
  return z
    .string({ required_error: `Enter ${what}` })
    .trim()
    .min(min, `${capitalise(what)} must be at least ${min} characters`)
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`);
}

function optionalText(what: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .optional();
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The structured canvas of a problem (DESIGN.md): shared by the post and edit forms. */
export const canvasSchema = z.object({
  title: requiredText("a title", 10, 150),
  summary: requiredText("a summary", 30, 2000),
  whoAffected: requiredText("who is affected", 10, 1000),
  frequency: requiredText("how often it happens", 3, 500),
  currentWorkaround: optionalText("the current workaround", 2000),
  idealOutcome: requiredText("what good would look like", 10, 2000),
  careSetting: z.enum(careSettings.values, { errorMap: () => ({ message: "Choose the care setting" }) }),
  specialty: z.enum(specialties.values, { errorMap: () => ({ message: "Choose the specialty" }) }),
  dataAvailable: optionalText("the data that exists", 2000),
  dataConstraints: optionalText("the data constraints", 2000),
  tags: z
    .string()
    .max(400, "Tags must be 400 characters or fewer")
    .optional()
    .refine((v) => parseTagList(v).length <= MAX_TAGS, `Use ${MAX_TAGS} tags or fewer`)
    .refine(
      (v) => parseTagList(v).every((t) => TAG_PATTERN.test(t)),
      "Each tag is 1 to 30 letters, numbers or spaces, separated by commas",
    ),
  noPiiConfirmed: z
    .boolean({ required_error: "Confirm that the problem contains no patient-identifiable information" })
    .refine((v) => v, "Confirm that the problem contains no patient-identifiable information"),
});
export type CanvasInput = z.infer<typeof canvasSchema>;

/** The post and edit forms: the canvas plus which button was pressed (preview or save). */
export const problemFormSchema = canvasSchema.extend({
  intent: z.enum(["preview", "save"]).default("save"),
});

// ---------------------------------------------------------------- actions on a problem's page

const id = z.coerce
  .number({ invalid_type_error: "Something went wrong: refresh the page" })
  .int()
  .positive()
  .max(MAX_ID);

export const endorseSchema = z.object({
  intent: z.literal("endorse"),
  organisation: requiredText("your organisation", 2, 120),
  note: optionalText("the note", 500),
});

export const commentSchema = z.object({
  intent: z.literal("comment"),
  body: requiredText("a comment", 2, 5000),
});

export const editCommentSchema = z.object({
  intent: z.literal("editComment"),
  commentId: id,
  body: requiredText("a comment", 2, 5000),
});

export const reportSchema = z.object({
  intent: z.literal("report"),
  targetType: z.enum(["problem", "comment"]),
  targetId: id,
  reason: requiredText("why you are reporting this", 5, 500),
});

export const closeSchema = z.object({
  intent: z.literal("close"),
  reason: requiredText("why the problem is closed", 10, 500),
});

/** A problem given as a number, an id-slug, or a pasted /problems/... address. */
export const problemRef = z
  .string({ required_error: "Enter a problem number or address" })
  .trim()
  .max(500)
  .transform((value, ctx) => {
    const segment =
      value
        .replace(/[?#].*$/, "")
        .replace(/\/+$/, "")
        .split("/")
        .pop() ?? "";
    const parsed = parseIdSlug(segment.replace(/^#/, ""));
    if (parsed === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter a problem number like 12 or its address like /problems/12-title",
      });
      return z.NEVER;
    }
    return parsed;
  });

export const mergeSchema = z.object({
  intent: z.literal("merge"),
  targetRef: problemRef,
});

const simple = <T extends string>(intent: T) => z.object({ intent: z.literal(intent) });
const onComment = <T extends string>(intent: T) => z.object({ intent: z.literal(intent), commentId: id });

/** Every form on a problem's page, told apart by `intent`. */
export const problemActionSchema = z.discriminatedUnion("intent", [
  endorseSchema,
  simple("withdraw"),
  commentSchema,
  editCommentSchema,
  onComment("deleteComment"),
  onComment("hideComment"),
  onComment("restoreComment"),
  reportSchema,
  closeSchema,
  simple("reopen"),
  simple("hide"),
  simple("restore"),
  mergeSchema,
]);
export type ProblemAction = z.infer<typeof problemActionSchema>;

// ---------------------------------------------------------------- moderation

/** Merging one problem into another from /admin/moderation. */
export const moderationMergeSchema = z.object({
  intent: z.literal("merge"),
  sourceRef: problemRef,
  targetRef: problemRef,
});

/** The forms on /admin/moderation. */
export const moderationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("dismiss"), reportId: id }),
  z.object({ intent: z.literal("hideComment"), commentId: id }),
  z.object({ intent: z.literal("restoreComment"), commentId: id }),
  z.object({ intent: z.literal("hideProblem"), problemId: id }),
  z.object({ intent: z.literal("restoreProblem"), problemId: id }),
  moderationMergeSchema,
]);
export type ModerationAction = z.infer<typeof moderationActionSchema>;

// ---------------------------------------------------------------- the list's query string

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

/**
 * `?q=&careSetting=&specialty=&status=&tag=&hasProjects=1&sort=` on /problems. Anything that
 * does not parse is dropped, never refused, so an old or hand-edited link still shows a page.
 */
export const problemListSchema = z.object({
  q: optional(
    z
      .string()
      .transform((s) => s.slice(0, 200).trim())
      .transform((s) => s || undefined),
  ),
  careSetting: optional(z.enum(careSettings.values)),
  specialty: optional(z.enum(specialties.values)),
  status: optional(z.enum(problemStatuses.values)),
  tag: optional(
    z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z0-9-]+$/)
      .transform((s) => s || undefined),
  ),
  hasProjects: optional(z.enum(["1", "true", "on", "yes"]).transform(() => true as const)),
  sort: optional(z.enum(Object.keys(problemSorts) as [ProblemSort, ...ProblemSort[]])),
});
export type ProblemListQuery = z.infer<typeof problemListSchema>;

/** The list filters from a URL; never throws. */
export function parseProblemListQuery(url: URL): ProblemListQuery {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(problemListSchema.shape)) {
    const value = url.searchParams.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  const parsed = problemListSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
