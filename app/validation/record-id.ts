import { z } from "zod";
import { MAX_ID } from "~/domain/ids";

/** A record's id in a form: a whole number from 1 to MAX_ID (larger names no record on either store). */
export const recordId = (required_error?: string) =>
  z
    .number(required_error ? { required_error } : undefined)
    .int()
    .positive()
    .max(MAX_ID);

/** The same, read from text (a query string or a form field that is not a number input). */
export const coercedRecordId = () => z.coerce.number().int().positive().max(MAX_ID);
