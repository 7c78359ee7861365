/**
 * What the HTTP sweeps that send hostile input share (robustness.test.ts, hostile-input.test.ts):
 * the demo records each route pattern is filled with, and the zod schema of every action of the
 * build with the forms it accepts. A new action needs its schema named in `actionSchemas`
 * (robustness.test.ts fails until it is).
 */
import { and, eq, exists, isNotNull, ne, notInArray } from "drizzle-orm";
import type { z } from "zod";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import { firstRow, oneRow } from "../rows";
import { adminUserActionSchema } from "../../app/validation/admin";
import { loginSchema, signupSchema } from "../../app/validation/auth";
import { hackDayActionSchema, hackDaySchema } from "../../app/validation/hack-days";
import { awardsSchema, conflictSchema, judgingSetupSchema, scoreSheetSchema } from "../../app/validation/judging";
import { moderationActionSchema, problemActionSchema, problemFormSchema } from "../../app/validation/problems";
import { gateItemActionSchema, reviewActionSchema, stageActionSchema } from "../../app/validation/pipeline";
import { fundingActionSchema } from "../../app/validation/funding";
import { mentorshipNoteActionSchema } from "../../app/validation/mentorship-notes";
import { followSchema } from "../../app/validation/follows";
import { mentorProfileRequestSchema, mentorshipActionSchema } from "../../app/validation/mentorships";
import { notificationsActionSchema } from "../../app/validation/notifications";
import { dataUseActionSchema, pilotsActionSchema } from "../../app/validation/project-records";
import {
  changeEmailSchema,
  confirmLinkSchema,
  forgotPasswordSchema,
  resendLinkSchema,
  resetPasswordSchema,
} from "../../app/validation/recovery";
import { adminCloseAccountSchema, closeOwnAccountSchema } from "../../app/validation/account-closing";
import { feedbackHandledSchema, feedbackSchema } from "../../app/validation/feedback";
import { notificationSettingsSchema } from "../../app/validation/notification-settings";
import { settingsSchemas } from "../../app/validation/settings";
import { twoStepLoginSchema, twoStepSettingsSchema } from "../../app/validation/two-step";
import {
  startIndependentProjectSchema,
  startProjectSchema,
  submissionSchema,
  teamActionSchema,
} from "../../app/validation/submissions";
import * as s from "../../db/schema";
import type { Answer } from "./client";
import { demoAccount, demoRoles } from "./demo";

export type Fixtures = {
  problem: string;
  problemId: number;
  project: string;
  projectId: number;
  hackDay: string;
  judgedProjectId: number;
  mentor: string;
  funder: string;
  userId: number;
  screenshot: string;
  ownProjectId: number;
  story: string;
  mentorshipId: number;
};

/** The demo records the sweeps fill route patterns with (read from the server's database). */
export async function loadFixtures(): Promise<Fixtures> {
  const db = getWriterDb();
  const demoIds = (await Promise.all(demoRoles.map((role) => demoAccount(role)))).map((account) => account.id);
  const problem = await oneRow(
    db
      .select({ id: s.problems.id, title: s.problems.title })
      .from(s.problems)
      .where(eq(s.problems.status, "open"))
      .orderBy(s.problems.id),
  );
  const project = await oneRow(
    db
      .select({ id: s.projects.id, name: s.projects.name })
      .from(s.projects)
      .where(isNotNull(s.projects.submittedAt))
      .orderBy(s.projects.id),
  );
  const hackDay = await oneRow(
    db
      .select({ id: s.hackDays.id, name: s.hackDays.name })
      .from(s.hackDays)
      .where(eq(s.hackDays.status, "results_published")),
  );
  const judged = await oneRow(
    db
      .select({ id: s.projects.id })
      .from(s.projects)
      .where(and(eq(s.projects.hackDayId, hackDay.id), isNotNull(s.projects.submittedAt))),
  );
  const mentor = await oneRow(
    db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.email, "mentor@demo.test")),
  );
  const funder = await oneRow(
    db.select({ id: s.users.id, name: s.users.name }).from(s.users).where(eq(s.users.email, "funder@demo.test")),
  );
  const other = await oneRow(db.select({ id: s.users.id }).from(s.users).where(notInArray(s.users.id, demoIds)));
  const screenshot = await firstRow(
    db.select({ fileName: s.projectScreenshots.fileName }).from(s.projectScreenshots).limit(1),
  );
  const developerId = (await demoAccount("developer")).id;
  const own = await firstRow(
    db
      .select({ id: s.projectMembers.projectId })
      .from(s.projectMembers)
      .where(and(eq(s.projectMembers.userId, developerId), ne(s.projectMembers.status, "requested")))
      .limit(1),
  );
  const story = await oneRow(
    db
      .select({ id: s.outcomes.id, title: s.outcomes.storyTitle })
      .from(s.outcomes)
      .where(isNotNull(s.outcomes.publishedAt))
      .orderBy(s.outcomes.id),
  );
  // The demo mentor's own active mentorship with notes: seen by them and the admin, a 404 to the rest.
  const mentorship = await oneRow(
    db
      .select({ id: s.mentorships.id })
      .from(s.mentorships)
      .where(
        and(
          eq(s.mentorships.mentorId, mentor.id),
          eq(s.mentorships.status, "active"),
          exists(db.select().from(s.mentorshipNotes).where(eq(s.mentorshipNotes.mentorshipId, s.mentorships.id))),
        ),
      )
      .orderBy(s.mentorships.id),
  );
  return {
    mentorshipId: mentorship.id,
    story: idSlug(story.id, story.title!),
    problem: idSlug(problem.id, problem.title),
    problemId: problem.id,
    project: idSlug(project.id, project.name),
    projectId: project.id,
    hackDay: idSlug(hackDay.id, hackDay.name),
    judgedProjectId: judged.id,
    mentor: idSlug(mentor.id, mentor.name),
    funder: idSlug(funder.id, funder.name),
    userId: other.id,
    screenshot: screenshot?.fileName ?? "not-a-real-file.png",
    ownProjectId: own?.id ?? project.id,
  };
}

/** A concrete path for a route pattern, each `:param` (or `*`) filled from the fixtures unless overridden. */
export function fillPattern(fixtures: Fixtures, pattern: string, override?: { param: string; value: string }): string {
  return pattern.replace(/:([a-zA-Z]+)|\*/g, (_whole, name: string | undefined) => {
    const key = name ?? "*";
    return override?.param === key ? override.value : fixtureFor(fixtures, pattern, key);
  });
}

function fixtureFor(fixtures: Fixtures, pattern: string, key: string): string {
  if (key === "*") return "no-such-page";
  if (key === "file") return fixtures.screenshot;
  if (key === "section") return "notifications";
  if (key === "projectId") return String(fixtures.judgedProjectId);
  if (key === "key") return "dtac_c1_clinical_safety";
  if (key === "documentId") return "1";
  // An emailed link's token: one that does not work (its page says so, with a 404).
  if (key === "token") return "not-a-real-token";
  if (pattern === "/projects/:id/submission") return String(fixtures.ownProjectId);
  if (pattern.startsWith("/api/v1/problems")) return String(fixtures.problemId);
  if (pattern.startsWith("/api/v1/projects")) return String(fixtures.projectId);
  if (pattern.startsWith("/api/v1/stories")) return fixtures.story.split("-")[0]!;
  if (pattern.startsWith("/exports/hack-days")) return fixtures.hackDay.split("-")[0]!;
  if (key === "part") return "1.xml";
  if (pattern.startsWith("/stories")) return fixtures.story;
  if (pattern.startsWith("/mentorships")) return String(fixtures.mentorshipId);
  if (pattern.startsWith("/problems")) return fixtures.problem;
  if (pattern.startsWith("/projects")) return fixtures.project;
  if (pattern.startsWith("/hack-days")) return fixtures.hackDay;
  if (pattern.startsWith("/mentors")) return fixtures.mentor;
  if (pattern.startsWith("/funders")) return fixtures.funder;
  if (pattern.startsWith("/admin/users")) return String(fixtures.userId);
  throw new Error(`No fixture for ${key} in ${pattern}: teach fixtureFor about it.`);
}

export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(/:([a-zA-Z]+)|\*/g)].map((m) => m[1] ?? "*");
}

export function describeFailure(what: string, result: Pick<Answer, "status" | "body">) {
  return `${what} → ${result.status}${result.status >= 500 || result.status === 0 ? `: ${result.body.replace(/\s+/g, " ").slice(0, 200)}` : ""}`;
}

// ---------------------------------------------------------------- actions

/** The zod schema each action parses its form with (several when the intent picks the schema). */
export const actionSchemas: Record<string, z.ZodTypeAny[]> = {
  "/admin/moderation": [moderationActionSchema],
  "/admin/users/:id": [adminUserActionSchema],
  "/follows": [followSchema],
  "/hack-days/:id": [hackDayActionSchema],
  "/hack-days/:id/edit": [hackDaySchema],
  "/hack-days/:id/judging": [conflictSchema],
  "/hack-days/:id/judging/:projectId": [scoreSheetSchema],
  "/hack-days/:id/judging/awards": [awardsSchema],
  "/hack-days/:id/judging/setup": [judgingSetupSchema],
  "/hack-days/:id/projects/new": [startProjectSchema],
  "/hack-days/new": [hackDaySchema],
  "/login": [loginSchema],
  "/logout": [],
  "/mentors/:id": [mentorProfileRequestSchema],
  "/mentorships/:id": [mentorshipNoteActionSchema],
  "/problems/:id": [problemActionSchema],
  "/problems/:id/edit": [problemFormSchema],
  "/problems/new": [problemFormSchema],
  "/pipeline/reviews": [reviewActionSchema],
  "/projects/:id/data-use": [dataUseActionSchema],
  "/projects/:id/gates/:key": [gateItemActionSchema],
  "/projects/:id/funding": [fundingActionSchema],
  "/projects/:id/mentors": [mentorshipActionSchema],
  "/projects/:id/pilots": [pilotsActionSchema],
  "/projects/:id/stage": [stageActionSchema],
  "/projects/:id/submission": [submissionSchema],
  "/projects/:id/team": [teamActionSchema],
  "/projects/new": [startIndependentProjectSchema],
  "/notifications": [notificationsActionSchema],
  "/settings": Object.values(settingsSchemas),
  "/settings/email": [changeEmailSchema],
  "/forgot-password": [forgotPasswordSchema],
  "/reset-password/:token": [resetPasswordSchema],
  "/confirm-email": [resendLinkSchema],
  "/confirm-email/:token": [confirmLinkSchema],
  "/signup": [signupSchema],
  "/login/two-step": [twoStepLoginSchema],
  "/settings/two-step": [...twoStepSettingsSchema.options],
  "/settings/notifications": [notificationSettingsSchema],
  "/settings/data/close": [closeOwnAccountSchema],
  "/admin/users/:id/close": [adminCloseAccountSchema],
  "/admin/feedback": [feedbackHandledSchema],
  "/contact": [feedbackSchema],
  "/unsubscribe/:token": [],
};

export type Leaf = "string" | "number" | "enum" | "boolean" | "date" | "other";
export type FieldShape = {
  name: string;
  leaf: Leaf;
  array: boolean;
  /** An enum's values, for a form that must get past a field to reach the next one. */
  options?: string[];
};
export type Form = { intent?: string; fields: FieldShape[] };

/** Unwraps optional/default/catch/effects/pipeline layers to the schema underneath. */
export function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema as z.ZodTypeAny & { _def: Record<string, unknown> };
  for (;;) {
    const def = current._def;
    const next = (def.innerType ?? def.schema ?? (def.typeName === "ZodPipeline" ? def.in : undefined)) as
      typeof current | undefined;
    if (!next) return current;
    current = next;
  }
}

/** The forms a schema accepts: one per intent of a union, with each field's name and kind. */
export function formsOf(schema: z.ZodTypeAny): Form[] {
  const inner = unwrap(schema) as z.ZodTypeAny & { _def: { typeName: string; options?: z.ZodTypeAny[] } };
  if (inner._def.typeName === "ZodDiscriminatedUnion" || inner._def.typeName === "ZodUnion") {
    const options = (inner as unknown as { options: z.ZodTypeAny[] }).options;
    return options.flatMap((option) => formsOf(option));
  }
  if (inner._def.typeName !== "ZodObject") return [{ fields: [] }];
  const shape = (inner as unknown as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
  let intent: string | undefined;
  const fields: FieldShape[] = [];
  const walk = (name: string, field: z.ZodTypeAny, array: boolean) => {
    const node = unwrap(field) as z.ZodTypeAny & {
      _def: { typeName: string; type?: z.ZodTypeAny; value?: unknown; values?: unknown };
    };
    switch (node._def.typeName) {
      case "ZodLiteral":
        if (name === "intent") intent = String(node._def.value);
        else fields.push({ name, leaf: "string", array });
        return;
      case "ZodArray":
        return walk(name, node._def.type!, true);
      case "ZodObject":
        for (const [key, sub] of Object.entries(
          (node as unknown as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>,
        ))
          walk(array ? `${name}[0].${key}` : `${name}.${key}`, sub, false);
        return;
      case "ZodString":
        return void fields.push({ name, leaf: "string", array });
      case "ZodNumber":
      case "ZodBigInt":
        return void fields.push({ name, leaf: "number", array });
      case "ZodEnum":
      case "ZodNativeEnum":
        return void fields.push({
          name,
          leaf: "enum",
          array,
          options: Object.values(node._def.values as Record<string, string> | string[]).map(String),
        });
      case "ZodBoolean":
        return void fields.push({ name, leaf: "boolean", array });
      case "ZodDate":
        return void fields.push({ name, leaf: "date", array });
      default:
        return void fields.push({ name, leaf: "other", array });
    }
  };
  for (const [key, field] of Object.entries(shape)) walk(key, field, false);
  return [{ intent, fields }];
}
