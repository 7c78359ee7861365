import { z } from "zod";
import { recordId } from "./record-id";
import { stageKeys } from "~/domain/stages";
import { archiveReasons, gateItemStatuses } from "~/domain/taxonomy";
import { OVERSIZED_UPLOAD_TYPE } from "./submissions";

/** Largest evidence document: 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const reason = (what: string) =>
  z
    .string({ required_error: `Give the reason ${what}` })
    .trim()
    .min(10, `Give the reason ${what} in a sentence or two (10 characters or more)`)
    .max(2000, "Keep the reason to 2,000 characters or fewer");
const requestId = recordId("Choose a request");

/** The forms on a project's stage page, told apart by `intent`. */
export const stageActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("request"),
    note: z.string().trim().max(2000, "Keep the note to 2,000 characters or fewer").default(""),
  }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("override"), reason: reason("for moving on while items are unmet") }),
  z.object({
    intent: z.literal("move-back"),
    to: z.enum(stageKeys, { errorMap: () => ({ message: "Choose the stage to move back to" }) }),
    reason: reason("for moving back"),
  }),
  z.object({ intent: z.literal("pause"), reason: reason("for pausing") }),
  z.object({ intent: z.literal("resume") }),
  z.object({
    intent: z.literal("archive"),
    archiveReason: z.enum(archiveReasons.values, {
      errorMap: () => ({ message: "Choose why the project is archived" }),
    }),
    reason: reason("for archiving"),
  }),
]);
export type StageAction = z.infer<typeof stageActionSchema>;

/** The organiser's decision on a request in the review queue. */
export const reviewActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("approve"),
    requestId,
    reason: z.string().trim().max(2000, "Keep the note to 2,000 characters or fewer").default(""),
  }),
  z.object({ intent: z.literal("return"), requestId, reason: reason("for returning the request") }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

const evidenceText = z.string().trim().max(10_000, "Keep the evidence to 10,000 characters or fewer").default("");

/**
 * A gate item's status and evidence. What an item needs (a link, a choice, a reason when it does
 * not apply) depends on its definition: `gateEvidenceRefusal` in app/domain/pipeline.ts checks it.
 */
const saveGateItem = z.object({
  intent: z.literal("save"),
  status: z.enum(gateItemStatuses.values, { errorMap: () => ({ message: "Choose the item's status" }) }),
  evidence: evidenceText,
  choice: z.string().trim().max(40).optional(),
  notApplicableReason: z.string().trim().max(2000, "Keep the reason to 2,000 characters or fewer").default(""),
});
export type GateItemValues = Omit<z.infer<typeof saveGateItem>, "intent">;

const pdf = z
  .instanceof(File, { message: "Choose a PDF file" })
  .refine((file) => file.size > 0 || file.type === OVERSIZED_UPLOAD_TYPE, "Choose a PDF file")
  .refine((file) => file.type !== OVERSIZED_UPLOAD_TYPE, "The document must be 10 MB or smaller");

/** The other forms on a gate item's page. */
export const gateItemActionSchema = z.discriminatedUnion("intent", [
  saveGateItem,
  z.object({ intent: z.literal("verify") }),
  z.object({
    intent: z.literal("add-document"),
    document: pdf,
    title: z.string().trim().max(200, "Keep the title to 200 characters or fewer").optional(),
    visibility: z.enum(["public", "team"], {
      errorMap: () => ({ message: "Choose who can see the document" }),
    }),
  }),
  z.object({ intent: z.literal("remove-document"), documentId: recordId() }),
]);
export type GateItemAction = z.infer<typeof gateItemActionSchema>;
