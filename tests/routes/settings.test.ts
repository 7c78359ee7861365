import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { action, loader } from "../../app/routes/settings/route";
import { action as loginAction } from "../../app/routes/login";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser, TEST_PASSWORD } from "../factories";
import { cookieFrom, formRequest, makeRequest, run } from "../request";
import { cookieSignsIn, errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const post = async (userId: number, fields: Record<string, string | string[]>, cookie?: string) => {
  const request = await formRequest("/settings", fields, cookie ? {} : { userId });
  if (cookie) request.headers.set("Cookie", cookie);
  return outcome(await run(() => action({ request, params: {}, context: freshContext() })));
};
const load = async (userId?: number) =>
  outcome(
    await run(async () => loader({ request: await makeRequest("/settings", { userId }), params: {}, context: {} })),
  );
const result = (data: unknown) => (data as { result: unknown }).result;

describe("/settings", () => {
  it("sends anonymous people to sign in and back", async () => {
    const page = await load();
    expect(page).toRedirectTo("/login?redirectTo=%2Fsettings");
  });

  it("shows a person their own account and profiles, never the password hash", async () => {
    const user = await createUser({ roles: ["mentor"], bio: "Safety officer" });
    const page = await load(user.id);
    expect(page).toHaveStatus(200);
    const { settings } = page.data as { settings: { user: { email: string; bio: string }; roles: string[] } };
    expect(settings.user).toMatchObject({ email: user.email, bio: "Safety officer" });
    expect(settings.roles).toEqual(["mentor"]);
    expect(JSON.stringify(page.data)).not.toContain("argon2");
  });

  it("saves name, organisation, bio and self-chosen roles, leaving admin-granted roles alone", async () => {
    const user = await createUser({ roles: ["clinician", "organiser"] });
    const saved = await post(user.id, {
      intent: "account",
      name: "Mary Seacole",
      organisation: "Whittington Health",
      bio: "Ward sister",
      roles: ["developer", "mentor"],
    });
    expect(saved).toRedirectTo("/settings?notice=account-saved#account");
    const [row] = await getWriterDb().select().from(s.users).where(eq(s.users.id, user.id));
    expect(row).toMatchObject({ name: "Mary Seacole", organisation: "Whittington Health", bio: "Ward sister" });
    const roles = (
      await getWriterDb().select({ role: s.userRoles.role }).from(s.userRoles).where(eq(s.userRoles.userId, user.id))
    ).map((r) => r.role);
    expect(roles.sort()).toEqual(["developer", "mentor", "organiser"]);
    const [audit] = await getWriterDb().select().from(s.auditEvents).where(eq(s.auditEvents.action, "roles.changed"));
    expect(audit).toMatchObject({
      actorId: user.id,
      objectId: user.id,
      before: { roles: ["clinician"] },
      after: { roles: ["developer", "mentor"] },
    });
  });

  it("refuses to grant organiser or admin through the account form", async () => {
    const user = await createUser({ roles: ["developer"] });
    const saved = await post(user.id, { intent: "account", name: "Sneaky", roles: ["developer", "admin"] });
    expect(saved).toHaveStatus(400);
    expect(await getWriterDb().select().from(s.userRoles).where(eq(s.userRoles.userId, user.id))).toHaveLength(1);
  });

  it("answers 400 with the error beside the field and keeps what was typed", async () => {
    const user = await createUser();
    const saved = await post(user.id, { intent: "account", name: "", organisation: "Kept trust" });
    expect(saved).toHaveStatus(400);
    expect((saved.data as { intent: string }).intent).toBe("account");
    expect(errorsOf(result(saved.data)).name?.[0]).toMatch(/Enter your full name/);
    expect((result(saved.data) as { initialValue: Record<string, unknown> }).initialValue).toMatchObject({
      organisation: "Kept trust",
    });
  });

  it("saves a clinician profile, and refuses it to someone without the role", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    expect(
      await post(clinician.id, {
        intent: "clinician",
        profession: "District nurse",
        specialty: "podiatry",
        organisation: "Leeds Community",
      }),
    ).toHaveStatus(302);
    const [profile] = await getWriterDb()
      .select()
      .from(s.clinicianProfiles)
      .where(eq(s.clinicianProfiles.userId, clinician.id));
    expect(profile).toMatchObject({
      profession: "District nurse",
      specialty: "podiatry",
      organisation: "Leeds Community",
    });
    const developer = await createUser({ roles: ["developer"] });
    expect(await post(developer.id, { intent: "clinician", profession: "Surgeon" })).toHaveStatus(403);
    expect(await post(clinician.id, { intent: "clinician", specialty: "astrology" })).toHaveStatus(400);
  });

  it("saves a developer's skills, lower-cased and without repeats", async () => {
    const user = await createUser({ roles: ["developer"] });
    expect(
      await post(user.id, {
        intent: "developer",
        headline: "Full-stack",
        skills: "React, python,  FHIR ,react\nAccessibility",
      }),
    ).toHaveStatus(302);
    const skills = (
      await getWriterDb()
        .select({ skill: s.developerSkills.skill })
        .from(s.developerSkills)
        .where(eq(s.developerSkills.userId, user.id))
    ).map((r) => r.skill);
    expect(skills.sort()).toEqual(["accessibility", "fhir", "python", "react"]);
    // Saving again replaces the list.
    await post(user.id, { intent: "developer", headline: "Full-stack", skills: "rust" });
    expect(
      await getWriterDb().select().from(s.developerSkills).where(eq(s.developerSkills.userId, user.id)),
    ).toHaveLength(1);
  });

  it("saves a mentor's expertise, capacity and availability", async () => {
    const user = await createUser({ roles: ["mentor"] });
    const missing = await post(user.id, { intent: "mentor", capacity: "2" });
    expect(missing).toHaveStatus(400);
    expect(errorsOf(result(missing.data)).areas?.[0]).toMatch(/at least one area/);
    const saved = await post(user.id, {
      intent: "mentor",
      headline: "CSO",
      areas: ["clinical_safety", "regulation"],
      capacity: "3",
      availability: "Fortnightly",
      acceptingRequests: "on",
    });
    expect(saved).toHaveStatus(302);
    const [profile] = await getWriterDb().select().from(s.mentorProfiles).where(eq(s.mentorProfiles.userId, user.id));
    expect(profile).toMatchObject({
      headline: "CSO",
      capacity: 3,
      availability: "Fortnightly",
      acceptingRequests: true,
    });
    const areas = (
      await getWriterDb()
        .select({ area: s.mentorExpertise.area })
        .from(s.mentorExpertise)
        .where(eq(s.mentorExpertise.userId, user.id))
    ).map((r) => r.area);
    expect(areas.sort()).toEqual(["clinical_safety", "regulation"]);
    await post(user.id, { intent: "mentor", areas: ["regulation"], capacity: "1" });
    const [after] = await getWriterDb().select().from(s.mentorProfiles).where(eq(s.mentorProfiles.userId, user.id));
    expect(after!.acceptingRequests).toBe(false);
  });

  it("saves a funder's thesis and refuses a ticket range that runs backwards", async () => {
    const user = await createUser({ roles: ["funder"] });
    const backwards = await post(user.id, { intent: "funder", kind: "charity", ticketMin: "50000", ticketMax: "1000" });
    expect(backwards).toHaveStatus(400);
    expect(errorsOf(result(backwards.data)).ticketMax?.[0]).toMatch(/same as or more than/);
    const saved = await post(user.id, {
      intent: "funder",
      kind: "nhs_trust_fund",
      thesis: "Community care",
      stages: ["validation", "pilot_ready"],
      careSettings: ["community"],
      specialties: ["podiatry", "diabetes_endocrinology"],
      ticketMin: "10000",
      ticketMax: "50000",
      offersPilotSite: "on",
    });
    expect(saved).toHaveStatus(302);
    const [profile] = await getWriterDb().select().from(s.funderProfiles).where(eq(s.funderProfiles.userId, user.id));
    expect(profile).toMatchObject({
      kind: "nhs_trust_fund",
      thesis: "Community care",
      ticketMin: 10000,
      ticketMax: 50000,
      offersPilotSite: true,
    });
    const focus = await getWriterDb()
      .select({ facet: s.funderFocus.facet, value: s.funderFocus.value })
      .from(s.funderFocus)
      .where(eq(s.funderFocus.userId, user.id));
    expect(focus).toHaveLength(5);
    const page = await load(user.id);
    expect((page.data as { settings: { funder: { stages: string[] } } }).settings.funder.stages.sort()).toEqual([
      "pilot_ready",
      "validation",
    ]);
  });

  it("refuses an unknown form", async () => {
    const user = await createUser();
    expect(await post(user.id, { intent: "delete-everything" })).toHaveStatus(400);
  });
});

describe("changing password", () => {
  it("needs the current password", async () => {
    const user = await createUser();
    const wrong = await post(user.id, {
      intent: "password",
      currentPassword: "not my password",
      newPassword: "lantern orbit meadow",
      confirmPassword: "lantern orbit meadow",
    });
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(result(wrong.data)).currentPassword?.[0]).toMatch(/not right/);
    expect(
      (result(wrong.data) as { initialValue: Record<string, unknown> }).initialValue.currentPassword,
    ).toBeUndefined();
  });

  it("refuses a weak new password with the reason beside the field", async () => {
    const user = await createUser();
    const weak = await post(user.id, {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "qwertyuiop",
      confirmPassword: "qwertyuiop",
    });
    expect(weak).toHaveStatus(400);
    expect(errorsOf(result(weak.data)).newPassword?.[0]).toMatch(/most common passwords/);
    const mismatch = await post(user.id, {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "lantern orbit meadow",
      confirmPassword: "lantern orbit meadows",
    });
    expect(errorsOf(result(mismatch.data)).confirmPassword?.[0]).toMatch(/do not match/);
  });

  it("changes the password and ends every other session, keeping this one", async () => {
    const user = await createUser();
    const here = cookieFrom(await createUserSession(user.id));
    const phone = cookieFrom(await createUserSession(user.id));
    const laptop = cookieFrom(await createUserSession(user.id));
    const changed = await post(
      user.id,
      {
        intent: "password",
        currentPassword: TEST_PASSWORD,
        newPassword: "lantern orbit meadow",
        confirmPassword: "lantern orbit meadow",
      },
      here,
    );
    expect(changed).toRedirectTo("/settings?notice=password-changed#password");
    expect(await cookieSignsIn(here)).toBe(user.id);
    expect(await cookieSignsIn(phone)).toBeNull();
    expect(await cookieSignsIn(laptop)).toBeNull();
    const [audit] = await getWriterDb()
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "password.changed"));
    expect(audit).toMatchObject({ actorId: user.id, after: { endedSessions: 2 } });
    // The new password signs in; the old one does not.
    const logIn = async (password: string) =>
      outcome(
        await run(async () =>
          loginAction({
            request: await formRequest("/login", { email: user.email, password }),
            params: {},
            context: freshContext(),
          }),
        ),
      );
    expect(await logIn("lantern orbit meadow")).toHaveStatus(302);
    expect(await logIn(TEST_PASSWORD)).toHaveStatus(400);
  });
});
