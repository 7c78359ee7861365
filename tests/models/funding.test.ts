import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  declineInterest,
  listProjectInterests,
  loadHasBackers,
  planPilotFromInterest,
  registerInterest,
  setFundingSettings,
  updateInterest,
} from "../../app/models/funding.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createFunder, createFundingInterest, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { allowInsertsInto, failInsertsInto, forcedFailure } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const interests = (projectId: number) =>
  db()
    .select({
      id: s.fundingInterests.id,
      funderId: s.fundingInterests.funderId,
      status: s.fundingInterests.status,
      kind: s.fundingInterests.kind,
      amount: s.fundingInterests.amount,
      note: s.fundingInterests.note,
      declineReason: s.fundingInterests.declineReason,
    })
    .from(s.fundingInterests)
    .where(eq(s.fundingInterests.projectId, projectId))
    .orderBy(s.fundingInterests.id);
const notices = (userId: number) =>
  db()
    .select({ kind: s.notifications.kind, title: s.notifications.title, body: s.notifications.body })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId))
    .orderBy(s.notifications.id);
const audits = () =>
  db()
    .select({ action: s.auditEvents.action, before: s.auditEvents.before, after: s.auditEvents.after })
    .from(s.auditEvents)
    .where(eq(s.auditEvents.objectType, "funding_interest"))
    .orderBy(s.auditEvents.id);
const pilotsOf = (projectId: number) =>
  db()
    .select({
      organisation: s.pilots.organisation,
      site: s.pilots.site,
      status: s.pilots.status,
      fundingInterestId: s.pilots.fundingInterestId,
    })
    .from(s.pilots)
    .where(eq(s.pilots.projectId, projectId));

const offer = { kind: "grant" as const, amount: 25_000, note: "Board meets in March" };

async function setup() {
  // Another project first, so this project's id and its rows' ids differ.
  await createProject({ name: "Offset the ids", submittedAt: new Date() });
  const lead = await createUser({ roles: ["developer"], name: "Lena Lead" });
  const member = await createUser({ roles: ["clinician"], name: "Cara Clinician" });
  const project = await createProject({
    name: "Ward Round",
    leadId: lead.id,
    members: [member.id],
    submittedAt: new Date(),
  });
  const funder = await createFunder({ kind: "charity" });
  await db().update(s.users).set({ name: "Fay Funder", organisation: "Ashby Trust" }).where(eq(s.users.id, funder.id));
  const organiser = await createUser({ roles: ["organiser"] });
  const stranger = await createUser({ roles: ["developer", "mentor"] });
  return { lead, member, project, funder, organiser, stranger };
}

describe("registering interest", () => {
  it("registers an interest, tells the lead who and what, and keeps the note out of the audit log", async () => {
    const { lead, project, funder } = await setup();
    expect(await registerInterest({ projectId: project.id, actor: funder, input: offer })).toEqual({ ok: true });
    expect(await interests(project.id)).toEqual([
      {
        id: expect.any(Number),
        funderId: funder.id,
        status: "interested",
        kind: "grant",
        amount: 25_000,
        note: "Board meets in March",
        declineReason: "",
      },
    ]);
    expect(await notices(lead.id)).toEqual([
      {
        kind: "funding.registered",
        title: "Fay Funder (Ashby Trust) registered interest in Ward Round",
        body: "Grant, £25,000",
      },
    ]);
    expect(await audits()).toEqual([
      {
        action: "funding.registered",
        before: null,
        after: { projectId: project.id, status: "interested", kind: "grant", amount: 25_000 },
      },
    ]);
    expect(await registerInterest({ projectId: project.id, actor: funder, input: offer })).toEqual({
      ok: false,
      status: 409,
      message: "You have registered interest in this project already. Update it instead.",
    });
    expect(await interests(project.id)).toHaveLength(1);
  });

  it("refuses people who are not funders with a profile, the team, and projects not looking", async () => {
    const { lead, project, stranger } = await setup();
    const noProfile = await createUser({ roles: ["funder"] });
    const onTeam = await createFunder();
    await db().insert(s.projectMembers).values({ projectId: project.id, userId: onTeam.id, role: "member" });
    const register = (actor: typeof lead, projectId = project.id) =>
      registerInterest({ projectId, actor, input: offer });
    expect(await register(stranger)).toMatchObject({ status: 403 });
    expect(await register(noProfile)).toMatchObject({ status: 403 });
    expect(await register(onTeam)).toMatchObject({ status: 409, message: "You are on this project's team." });
    const draft = await createProject({ leadId: lead.id });
    expect(await register(await createFunder(), draft.id)).toMatchObject({ status: 404 });
    const paused = await createProject({ submittedAt: new Date(), state: "paused" });
    expect(await register(await createFunder(), paused.id)).toMatchObject({ status: 409 });
    expect(await interests(project.id)).toEqual([]);
    expect(await notices(lead.id)).toEqual([]);
  });

  it("reopens the same row when a funder registers again after withdrawing or being declined", async () => {
    const { lead, member, project, funder } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    const [first] = await interests(project.id);
    await declineInterest({ projectId: project.id, interestId: first!.id, actor: member, reason: "Not yet" });
    expect(
      await registerInterest({
        projectId: project.id,
        actor: funder,
        input: { kind: null, amount: undefined, note: "Try again in spring" },
      }),
    ).toEqual({ ok: true });
    expect(await interests(project.id)).toEqual([
      {
        id: first!.id,
        funderId: funder.id,
        status: "interested",
        kind: null,
        amount: null,
        note: "Try again in spring",
        declineReason: "",
      },
    ]);
    expect((await audits()).map((a) => [a.action, a.before])).toEqual([
      ["funding.registered", null],
      ["funding.declined", { status: "interested" }],
      ["funding.reopened", { status: "declined" }],
    ]);
    expect((await notices(lead.id)).map((n) => n.kind)).toEqual(["funding.registered", "funding.registered"]);
  });
});

describe("the funder moving their interest", () => {
  it("moves interested → in discussion → committed → withdrawn, telling the lead each time", async () => {
    const { lead, project, funder } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: { ...offer, kind: null } });
    const move = (status: "in_discussion" | "committed" | "withdrawn", details?: typeof offer) =>
      updateInterest({ projectId: project.id, actor: funder, status, details });
    expect(await move("in_discussion")).toEqual({ ok: true });
    expect(await move("committed")).toEqual({
      ok: false,
      status: 400,
      message: "Choose what you are committing: a grant, an investment, a pilot site or help in kind",
      field: "kind",
    });
    expect(await move("committed", { kind: "grant", amount: 30_000, note: "Board approved" })).toEqual({ ok: true });
    expect((await interests(project.id))[0]).toMatchObject({ status: "committed", kind: "grant", amount: 30_000 });
    expect(await move("withdrawn")).toEqual({ ok: true });
    expect((await interests(project.id))[0]).toMatchObject({
      status: "withdrawn",
      kind: "grant",
      amount: 30_000,
      note: "Board approved",
    });
    expect(await notices(lead.id)).toEqual([
      {
        kind: "funding.registered",
        title: "Fay Funder (Ashby Trust) registered interest in Ward Round",
        body: "£25,000",
      },
      {
        kind: "funding.moved",
        title: "Fay Funder (Ashby Trust) moved their interest in Ward Round to in discussion",
        body: "£25,000",
      },
      {
        kind: "funding.moved",
        title: "Fay Funder (Ashby Trust) moved their interest in Ward Round to committed",
        body: "Grant, £30,000",
      },
      {
        kind: "funding.withdrawn",
        title: "Fay Funder (Ashby Trust) withdrew their commitment to Ward Round",
        body: "",
      },
    ]);
    expect((await audits()).map((a) => [a.action, a.before, a.after])).toEqual([
      ["funding.registered", null, { projectId: project.id, status: "interested", kind: null, amount: 25_000 }],
      ["funding.updated", { status: "interested" }, { status: "in_discussion" }],
      [
        "funding.updated",
        { status: "in_discussion", kind: null, amount: 25_000 },
        { status: "committed", kind: "grant", amount: 30_000, noteEdited: true },
      ],
      ["funding.withdrawn", { status: "committed" }, { status: "withdrawn" }],
    ]);
    expect(JSON.stringify(await audits())).not.toContain("Board");
    // Withdrawn is closed: only registering again reopens it.
    expect(await move("in_discussion")).toMatchObject({ status: 409 });
  });

  it("never moves back, and edits only the note without telling the team", async () => {
    const { lead, project, funder } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    await updateInterest({ projectId: project.id, actor: funder, status: "in_discussion" });
    expect(await updateInterest({ projectId: project.id, actor: funder, status: "interested" })).toEqual({
      ok: false,
      status: 409,
      message: "An interest that is in discussion cannot go back to interested.",
      field: "status",
    });
    const before = (await notices(lead.id)).length;
    expect(
      await updateInterest({
        projectId: project.id,
        actor: funder,
        status: "in_discussion",
        details: { ...offer, note: "Second private thought" },
      }),
    ).toEqual({ ok: true });
    expect((await interests(project.id))[0]!.note).toBe("Second private thought");
    expect(await notices(lead.id)).toHaveLength(before);
    expect((await audits()).at(-1)).toEqual({ action: "funding.updated", before: {}, after: { noteEdited: true } });
    // Saving the same again writes nothing.
    const count = (await audits()).length;
    await updateInterest({
      projectId: project.id,
      actor: funder,
      status: "in_discussion",
      details: { ...offer, note: "Second private thought" },
    });
    expect(await audits()).toHaveLength(count);
  });

  it("lets only the funder change their interest", async () => {
    const { lead, project, funder } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    const other = await createFunder();
    expect(await updateInterest({ projectId: project.id, actor: other, status: "withdrawn" })).toEqual({
      ok: false,
      status: 404,
      message: "You have not registered interest in this project.",
    });
    expect(await updateInterest({ projectId: project.id, actor: lead, status: "withdrawn" })).toMatchObject({
      status: 404,
    });
    expect((await interests(project.id))[0]!.status).toBe("interested");
  });
});

describe("the team declining", () => {
  it("lets any team member decline an open interest with a reason the funder is told", async () => {
    const { lead, member, project, funder } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    await updateInterest({ projectId: project.id, actor: funder, status: "committed" });
    const [row] = await interests(project.id);
    expect(
      await declineInterest({ projectId: project.id, interestId: row!.id, actor: member, reason: "  Not a fit  " }),
    ).toEqual({ ok: true });
    expect((await interests(project.id))[0]).toMatchObject({ status: "declined", declineReason: "Not a fit" });
    expect(await notices(funder.id)).toEqual([
      { kind: "funding.declined", title: "The Ward Round team declined your interest", body: "Not a fit" },
    ]);
    expect((await audits()).at(-1)).toEqual({
      action: "funding.declined",
      before: { status: "committed" },
      after: { status: "declined", reason: "Not a fit" },
    });
    expect(await declineInterest({ projectId: project.id, interestId: row!.id, actor: lead, reason: "Again" })).toEqual(
      { ok: false, status: 409, message: "This interest is already closed." },
    );
  });

  it("refuses organisers (403), and is a 404 to anyone else and to another project's interest", async () => {
    const { lead, project, funder, organiser, stranger } = await setup();
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    const [row] = await interests(project.id);
    const decline = (actor: typeof lead, projectId = project.id) =>
      declineInterest({ projectId, interestId: row!.id, actor, reason: "No" });
    expect(await decline(organiser)).toMatchObject({ status: 403 });
    expect(await decline(stranger)).toEqual({
      ok: false,
      status: 404,
      message: "We could not find that funding interest.",
    });
    expect(await decline(funder)).toMatchObject({ status: 404 });
    const mine = await createProject({ leadId: lead.id, submittedAt: new Date() });
    expect(await decline(lead, mine.id)).toMatchObject({ status: 404 });
    expect((await interests(project.id))[0]!.status).toBe("interested");
  });
});

describe("planning a pilot from a pilot-site offer", () => {
  async function offerSite(kind: "care_provider" | "corporate" = "care_provider") {
    const people = await setup();
    const site = await createFunder({ kind, offersPilotSite: true });
    await db().update(s.users).set({ organisation: "Oakleigh Care Group" }).where(eq(s.users.id, site.id));
    const interest = await createFundingInterest({
      projectId: people.project.id,
      funderId: site.id,
      status: "committed",
      kind: "pilot_site",
      note: "Two homes",
    });
    return { ...people, site, interest };
  }

  it("creates exactly one planned pilot linked to the interest, and refuses a second time", async () => {
    const { member, project, site, interest } = await offerSite();
    const result = await planPilotFromInterest({ projectId: project.id, interestId: interest.id, actor: member });
    expect(result).toEqual({ ok: true, pilotId: expect.any(Number) });
    expect(await pilotsOf(project.id)).toEqual([
      { organisation: "Oakleigh Care Group", site: "", status: "planned", fundingInterestId: interest.id },
    ]);
    expect(await notices(site.id)).toEqual([
      {
        kind: "funding.pilot_planned",
        title: "Ward Round planned a pilot with Oakleigh Care Group",
        body: "From your committed pilot-site offer. The team will add the site, dates and success measures.",
      },
    ]);
    expect(await planPilotFromInterest({ projectId: project.id, interestId: interest.id, actor: member })).toEqual({
      ok: false,
      status: 409,
      message: "A pilot has already been planned from this offer.",
    });
    expect(await pilotsOf(project.id)).toHaveLength(1);
    const pilotAudit = await db()
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.objectType, "pilot"));
    expect(pilotAudit).toEqual([{ action: "pilot.added" }]);
  });

  it("refuses offers that are not a trust's or care provider's committed pilot site, and people off the team", async () => {
    const corporate = await offerSite("corporate");
    expect(
      await planPilotFromInterest({
        projectId: corporate.project.id,
        interestId: corporate.interest.id,
        actor: corporate.lead,
      }),
    ).toMatchObject({ status: 409 });
    const { lead, project, organiser, stranger, funder } = corporate;
    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    await updateInterest({ projectId: project.id, actor: funder, status: "committed" });
    const grant = (await interests(project.id)).find((i) => i.funderId === funder.id)!;
    expect(await planPilotFromInterest({ projectId: project.id, interestId: grant.id, actor: lead })).toEqual({
      ok: false,
      status: 409,
      message: "Only a committed pilot-site offer can become a planned pilot.",
    });
    expect(
      await planPilotFromInterest({ projectId: project.id, interestId: corporate.interest.id, actor: organiser }),
    ).toMatchObject({ status: 403 });
    expect(
      await planPilotFromInterest({ projectId: project.id, interestId: corporate.interest.id, actor: stranger }),
    ).toMatchObject({ status: 404 });
    expect(await pilotsOf(project.id)).toEqual([]);
  });

  it("writes no pilot when the transaction fails after it", async () => {
    const { member, project, site, interest } = await offerSite();
    await failInsertsInto("notifications");
    await expect(
      planPilotFromInterest({ projectId: project.id, interestId: interest.id, actor: member }),
    ).rejects.toThrow(forcedFailure);
    expect(await pilotsOf(project.id)).toEqual([]);
    expect(await notices(site.id)).toEqual([]);
  });
});

describe("all or nothing", () => {
  it("leaves no interest, move or decline behind when the audit or notification fails", async () => {
    const { lead, member, project, funder } = await setup();
    await failInsertsInto("audit_events");
    await expect(registerInterest({ projectId: project.id, actor: funder, input: offer })).rejects.toThrow(
      forcedFailure,
    );
    expect(await interests(project.id)).toEqual([]);
    expect(await notices(lead.id)).toEqual([]);
    await allowInsertsInto("audit_events");

    await registerInterest({ projectId: project.id, actor: funder, input: offer });
    await failInsertsInto("notifications");
    await expect(updateInterest({ projectId: project.id, actor: funder, status: "withdrawn" })).rejects.toThrow(
      forcedFailure,
    );
    const [row] = await interests(project.id);
    expect(row!.status).toBe("interested");
    await expect(
      declineInterest({ projectId: project.id, interestId: row!.id, actor: member, reason: "No" }),
    ).rejects.toThrow(forcedFailure);
    expect((await interests(project.id))[0]).toMatchObject({ status: "interested", declineReason: "" });
    expect((await audits()).map((a) => a.action)).toEqual(["funding.registered"]);
  });
});

describe("what each person sees", () => {
  it("gives the team every interest without notes, a funder their own with its note, others nothing", async () => {
    const { lead, project, funder, organiser, stranger } = await setup();
    const other = await createFunder();
    await createFundingInterest({ projectId: project.id, funderId: funder.id, amount: 10, note: "Mine alone" });
    await createFundingInterest({ projectId: project.id, funderId: other.id, amount: 20, note: "Theirs alone" });
    const seen = async (viewer: typeof lead | null, isMember = false) => {
      const { access, interests: rows } = await listProjectInterests({ projectId: project.id, viewer, isMember });
      return { access, rows: rows.map((r) => [r.funderId, r.amount, r.note]) };
    };
    expect(await seen(lead, true)).toEqual({
      access: "team",
      rows: [
        [funder.id, 10, ""],
        [other.id, 20, ""],
      ],
    });
    expect(await seen(organiser)).toEqual({
      access: "team",
      rows: [
        [funder.id, 10, ""],
        [other.id, 20, ""],
      ],
    });
    expect(await seen(funder)).toEqual({ access: "funder", rows: [[funder.id, 10, "Mine alone"]] });
    expect(await seen(await createFunder())).toEqual({ access: "funder", rows: [] });
    expect(await seen(stranger)).toEqual({ access: null, rows: [] });
    expect(await seen(null)).toEqual({ access: null, rows: [] });
    // A funder who joins the team sees everyone's interest, and only their own note.
    expect(await seen(funder, true)).toEqual({
      access: "team",
      rows: [
        [funder.id, 10, "Mine alone"],
        [other.id, 20, ""],
      ],
    });
  });

  it("says 'Has backers' when the lead turns it on and someone has committed, and lets only the lead choose", async () => {
    const { lead, member, project, funder } = await setup();
    expect(
      await setFundingSettings({ projectId: project.id, actor: member, showsBackers: true, fundingAsk: 5 }),
    ).toEqual({
      ok: false,
      status: 403,
      message: "Only the team lead can change how the project shows its funding.",
    });
    expect(
      await setFundingSettings({ projectId: project.id, actor: lead, showsBackers: true, fundingAsk: 80_000 }),
    ).toEqual({ ok: true });
    const [saved] = await db()
      .select({ showsBackers: s.projects.showsBackers, fundingAsk: s.projects.fundingAsk })
      .from(s.projects)
      .where(eq(s.projects.id, project.id));
    expect(saved).toEqual({ showsBackers: true, fundingAsk: 80_000 });
    expect(await loadHasBackers(project.id)).toBe(false);
    await createFundingInterest({ projectId: project.id, funderId: funder.id, status: "in_discussion" });
    expect(await loadHasBackers(project.id)).toBe(false);
    await db().update(s.fundingInterests).set({ status: "committed", kind: "grant" });
    expect(await loadHasBackers(project.id)).toBe(true);
    await setFundingSettings({ projectId: project.id, actor: lead, showsBackers: false, fundingAsk: null });
    expect(await loadHasBackers(project.id)).toBe(false);
    const settings = await db()
      .select({ action: s.auditEvents.action, before: s.auditEvents.before, after: s.auditEvents.after })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.objectType, "project"));
    expect(settings).toEqual([
      {
        action: "funding.settings_saved",
        before: { showsBackers: false, fundingAsk: null },
        after: { showsBackers: true, fundingAsk: 80_000 },
      },
      {
        action: "funding.settings_saved",
        before: { showsBackers: true, fundingAsk: 80_000 },
        after: { showsBackers: false, fundingAsk: null },
      },
    ]);
  });
});
