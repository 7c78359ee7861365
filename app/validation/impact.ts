import { z } from "zod";
import { coercedRecordId } from "./record-id";
import { periodPresetValues, type MonthKey } from "../domain/impact";
import { careSettings, specialties } from "../domain/taxonomy";

/**
 * `?careSetting=&specialty=&hackDay=&period=&from=&to=` on /impact. Like the other browse pages'
 * filters (./browse.ts), a value that does not parse is dropped rather than refused, so an old or
 * hand-edited link still shows the page, without that filter; the sentence above the figures says
 * what is shown. `from` and `to` are months (`YYYY-MM`, as `<input type="month">` sends them).
 * The result is the ImpactFilters of app/domain/impact.ts.
 */

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);
const month = optional(
  z
    .string()
    .trim()
    .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/)
    .transform((s) => s as MonthKey),
);

export const impactFiltersSchema = z.object({
  careSetting: optional(z.enum(careSettings.values)),
  specialty: optional(z.enum(specialties.values)),
  hackDay: optional(coercedRecordId()),
  period: optional(z.enum(periodPresetValues)),
  from: month,
  to: month,
});
