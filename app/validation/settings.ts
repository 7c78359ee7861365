import { z } from "zod";
import { stageKeys } from "../domain/stages";
import { careSettings, expertiseAreas, funderKinds, selfServiceRoles, specialties } from "../domain/taxonomy";
import { nameField, newPasswordField, organisationField } from "./auth";

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be ${max} characters or fewer`).default("");
const money = z
  .number({ invalid_type_error: "Enter a whole number of pounds, like 25000" })
  .int("Enter a whole number of pounds, like 25000")
  .min(0, "Enter an amount of 0 or more")
  .max(1_000_000_000, "Enter an amount under £1 billion")
  .optional();

export const accountSchema = z.object({
  intent: z.literal("account"),
  name: nameField,
  organisation: organisationField,
  bio: text(2000, "About you"),
  roles: z.array(z.enum(selfServiceRoles)).default([]),
});

export const clinicianSchema = z.object({
  intent: z.literal("clinician"),
  profession: text(100, "Profession"),
  specialty: z.enum(specialties.values, { invalid_type_error: "Choose a specialty from the list" }).optional(),
  organisation: text(200, "Organisation"),
});

export const MAX_SKILLS = 30;
export const developerSchema = z.object({
  intent: z.literal("developer"),
  headline: text(120, "Headline"),
  skills: z
    .string()
    .max(1000, "Skills must be 1000 characters or fewer")
    .default("")
    .transform((s) => [
      ...new Set(
        s
          .split(/[,\n]/)
          .map((skill) => skill.trim().replace(/\s+/g, " ").toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((skills) => skills.length <= MAX_SKILLS, `List at most ${MAX_SKILLS} skills`)
    .refine((skills) => skills.every((skill) => skill.length <= 40), "Each skill must be 40 characters or fewer"),
});

export const mentorSchema = z.object({
  intent: z.literal("mentor"),
  headline: text(120, "Headline"),
  areas: z
    .array(z.enum(expertiseAreas.values), { required_error: "Choose at least one area of expertise" })
    .min(1, "Choose at least one area of expertise"),
  capacity: z
    .number({
      required_error: "Enter how many projects you can mentor at once",
      invalid_type_error: "Enter a whole number, like 2",
    })
    .int("Enter a whole number, like 2")
    .min(0, "Enter 0 or more")
    .max(20, "Enter 20 or fewer"),
  availability: text(300, "Availability"),
  acceptingRequests: z.boolean().default(false),
});

export const funderSchema = z
  .object({
    intent: z.literal("funder"),
    kind: z.enum(funderKinds.values, {
      required_error: "Choose what kind of funder you are",
      invalid_type_error: "Choose what kind of funder you are",
    }),
    thesis: text(2000, "Thesis"),
    stages: z.array(z.enum(stageKeys)).default([]),
    careSettings: z.array(z.enum(careSettings.values)).default([]),
    specialties: z.array(z.enum(specialties.values)).default([]),
    ticketMin: money,
    ticketMax: money,
    offersPilotSite: z.boolean().default(false),
  })
  .refine((v) => v.ticketMin === undefined || v.ticketMax === undefined || v.ticketMin <= v.ticketMax, {
    path: ["ticketMax"],
    message: "The largest amount must be the same as or more than the smallest",
  });

export const passwordSchema = z
  .object({
    intent: z.literal("password"),
    currentPassword: z.string({ required_error: "Enter your current password" }).max(1000),
    newPassword: newPasswordField,
    confirmPassword: z.string({ required_error: "Enter your new password again" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

/** Every form on /settings by its `intent` (a map rather than a union: two forms have cross-field rules). */
export const settingsSchemas = {
  account: accountSchema,
  clinician: clinicianSchema,
  developer: developerSchema,
  mentor: mentorSchema,
  funder: funderSchema,
  password: passwordSchema,
} as const;
export type SettingsIntent = keyof typeof settingsSchemas;

/** The intent of a posted settings form, or null if it names none we know. */
export function settingsIntent(value: FormDataEntryValue | null): SettingsIntent | null {
  return typeof value === "string" && Object.hasOwn(settingsSchemas, value) ? (value as SettingsIntent) : null;
}
