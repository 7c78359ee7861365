/**
 * Funding interest over real HTTP against the built server: real form posts as a funder, the team
 * lead, a team member, an organiser, a stranger, the project's mentor and a visitor. Who gets which
 * status, what a refused form keeps, the confirmations that work without JavaScript, and what the
 * project page says in public.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createFunder, createFundingInterest, createMentor, createProject, createUser } from "../factories";
import { firstRow } from "../rows";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

let server: TestServer;
let base = "";
let funding = "";
const who = ["funder", "otherFunder", "site", "lead", "member", "organiser", "stranger", "mentor"] as const;
const cookies = {} as Record<(typeof who)[number], string>;
let ids = {} as Record<(typeof who)[number], number>;
let projectId = 0;

const NOTE = "Board papers go in on the ninth: keep this quiet";

beforeAll(async () => {
  server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "1000000" } });
  const db = getWriterDb();
  const funder = await createFunder({ kind: "charity" });
  await db
    .update(s.users)
    .set({ name: "Fiona Fundwell", organisation: "Quillby Foundation" })
    .where(eq(s.users.id, funder.id));
  const otherFunder = await createFunder({ kind: "angel" });
  const site = await createFunder({ kind: "care_provider", offersPilotSite: true });
  await db.update(s.users).set({ organisation: "Larchmere Care Homes" }).where(eq(s.users.id, site.id));
  const lead = await createUser({ roles: ["developer"] });
  const member = await createUser({ roles: ["clinician"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const stranger = await createUser({ roles: ["developer"] });
  const mentor = await createMentor();
  const project = await createProject({
    name: "Night Checks",
    leadId: lead.id,
    members: [member.id],
    submittedAt: new Date(),
  });
  await db.insert(s.mentorships).values({ projectId: project.id, mentorId: mentor.id, status: "active" });
  projectId = project.id;
  base = `/projects/${idSlug(project.id, project.name)}`;
  funding = `${base}/funding`;
  ids = {
    funder: funder.id,
    otherFunder: otherFunder.id,
    site: site.id,
    lead: lead.id,
    member: member.id,
    organiser: organiser.id,
    stranger: stranger.id,
    mentor: mentor.id,
  };
  for (const key of who) cookies[key] = await sessionCookieFor(ids[key]);
});
afterAll(() => server?.stop());

const interestOf = (funderId: number) =>
  firstRow(getWriterDb().select().from(s.fundingInterests).where(eq(s.fundingInterests.funderId, funderId)));
const html = async (path: string, cookie?: string) => {
  const response = await getPage(server, path, { cookie });
  return { status: response.status, body: (await response.text()).replaceAll("<!-- -->", "") };
};

describe("the funding page over HTTP", () => {
  it("is there for the team, organisers and funders, a 404 to everyone else, and a log-in to visitors", async () => {
    const visitor = await getPage(server, funding);
    expect(visitor).toRedirectTo(`/login?redirectTo=${encodeURIComponent(funding)}`);
    for (const key of ["stranger", "mentor"] as const) {
      const page = await html(funding, cookies[key]);
      expect(page.status, key).toBe(404);
      expect(page.body, key).not.toContain("Register interest");
    }
    const forFunder = await html(funding, cookies.funder);
    expect(forFunder.status).toBe(200);
    expect(forFunder.body).toContain("Register interest");
    const forLead = await html(funding, cookies.lead);
    expect(forLead.status).toBe(200);
    expect(forLead.body).toContain("No funder has registered interest yet.");
    expect((await html(funding, cookies.organiser)).status).toBe(200);
    expect((await html(`${funding}.data`, cookies.stranger)).body).not.toContain("Register interest");
  });

  it("registers interest from a real form, reading £25,430 as 25430, and keeps a bad amount with its error", async () => {
    const bad = await postForm(
      server,
      funding,
      { intent: "register", kind: "grant", amount: "25k", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(bad).toHaveStatus(400);
    const body = await bad.text();
    expect(body).toContain("The amount must be a whole number of pounds, such as 25000 or £25,000");
    expect(body).toContain('value="25k"');
    expect(body).toContain(NOTE);
    expect(await interestOf(ids.funder)).toBeUndefined();

    const registered = await postForm(
      server,
      funding,
      { intent: "register", kind: "grant", amount: "£25,430", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(registered).toRedirectTo(`${funding}?notice=interest-registered`);
    expect(await interestOf(ids.funder)).toMatchObject({
      status: "interested",
      kind: "grant",
      amount: 25_430,
      note: NOTE,
    });
    const again = await postForm(server, funding, { intent: "register" }, { cookie: cookies.funder });
    expect(again).toHaveStatus(409);
    await again.text();
  });

  it("refuses to register for people who may not, with the status that belongs", async () => {
    for (const [key, status] of [
      ["stranger", 404],
      ["mentor", 404],
      ["organiser", 403],
      ["lead", 403],
    ] as const) {
      const response = await postForm(server, funding, { intent: "register", note: "x" }, { cookie: cookies[key] });
      expect(response, key).toHaveStatus(status);
      await response.text();
    }
    const visitor = await postForm(server, funding, { intent: "register" });
    expect(visitor).toHaveStatus(302);
    await visitor.text();
  });

  it("shows the team every interest's funder and sum, never the funder's note; other funders see nothing of it", async () => {
    for (const path of [funding, base, `${base}.data`, `${funding}.data`]) {
      const page = await html(path, cookies.lead);
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain("Fiona Fundwell");
      expect(page.body, path).toContain(path.includes(".data") ? "25430" : "£25,430");
      expect(page.body, path).not.toContain("Board papers go in");
    }
    expect((await html(funding, cookies.funder)).body).toContain(NOTE);
    for (const path of [funding, base, `${base}.data`, `${funding}.data`]) {
      const page = await html(path, cookies.otherFunder);
      expect(page.status, path).toBe(200);
      for (const secret of ["Fiona Fundwell", "Quillby", "25,430", "25430", "Board papers"])
        expect(page.body, `${path}: ${secret}`).not.toContain(secret);
    }
    const open = await html(base);
    for (const secret of ["Fiona Fundwell", "Quillby", "25,430", "Board papers", "Funding interest"])
      expect(open.body, secret).not.toContain(secret);
  });

  it("moves on only forward, and needs a kind to commit", async () => {
    const noKind = await postForm(
      server,
      funding,
      { intent: "update", status: "committed", kind: "", amount: "25000", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(noKind).toHaveStatus(400);
    expect(await noKind.text()).toContain("Choose what you are committing");
    const discussing = await postForm(
      server,
      funding,
      { intent: "update", status: "in_discussion", kind: "grant", amount: "25,000", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(discussing).toRedirectTo(`${funding}?notice=interest-updated`);
    const back = await postForm(
      server,
      funding,
      { intent: "update", status: "interested", kind: "grant", amount: "25000", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(back).toHaveStatus(409);
    expect(await back.text()).toContain("An interest that is in discussion cannot go back to interested.");
    expect((await interestOf(ids.funder))!.status).toBe("in_discussion");
  });

  it("lets a team member decline with a reason after a confirmation step, and nobody else", async () => {
    const interestId = (await interestOf(ids.funder))!.id;
    const link = await html(funding, cookies.member);
    expect(link.body).toContain(`?decline=${interestId}#interest-${interestId}`);
    expect(link.body).not.toContain("Decline the interest");
    const confirm = await html(`${funding}?decline=${interestId}`, cookies.member);
    expect(confirm.body).toContain("Decline the interest");
    expect(confirm.body).toContain("You cannot undo this");

    for (const [key, status] of [
      ["stranger", 404],
      ["otherFunder", 404],
      ["organiser", 403],
    ] as const) {
      const response = await postForm(
        server,
        funding,
        { intent: "decline", interestId: String(interestId), reason: "No thanks" },
        { cookie: cookies[key] },
      );
      expect(response, key).toHaveStatus(status);
      await response.text();
    }
    const empty = await postForm(
      server,
      `${funding}?decline=${interestId}`,
      { intent: "decline", interestId: String(interestId), reason: " " },
      { cookie: cookies.member },
    );
    expect(empty).toHaveStatus(400);
    expect(await empty.text()).toContain("Say why you are declining: the funder reads it");
    const declined = await postForm(
      server,
      `${funding}?decline=${interestId}`,
      { intent: "decline", interestId: String(interestId), reason: "We have the grant we need this year" },
      { cookie: cookies.member },
    );
    expect(declined).toRedirectTo(`${funding}?notice=interest-declined`);
    const seen = await html(funding, cookies.funder);
    expect(seen.body).toContain("We have the grant we need this year");
    expect(seen.body).toContain("Register interest again");
  });

  it("lets the funder register again, and withdraw after confirming", async () => {
    const again = await postForm(
      server,
      funding,
      { intent: "register", kind: "investment", amount: "40000", note: NOTE },
      { cookie: cookies.funder },
    );
    expect(again).toRedirectTo(`${funding}?notice=interest-registered`);
    expect(await interestOf(ids.funder)).toMatchObject({ status: "interested", kind: "investment", declineReason: "" });
    const page = await html(funding, cookies.funder);
    expect(page.body).toContain("?withdraw=confirm#withdraw");
    expect(page.body).not.toContain("Yes, withdraw it");
    expect((await html(`${funding}?withdraw=confirm`, cookies.funder)).body).toContain("Yes, withdraw it");
    const withdrawn = await postForm(server, funding, { intent: "withdraw" }, { cookie: cookies.funder });
    expect(withdrawn).toRedirectTo(`${funding}?notice=interest-withdrawn`);
    expect((await interestOf(ids.funder))!.status).toBe("withdrawn");
    const twice = await postForm(server, funding, { intent: "withdraw" }, { cookie: cookies.funder });
    expect(twice).toHaveStatus(409);
    await twice.text();
  });

  it("plans a pilot from a care provider's committed pilot-site offer in one step, once", async () => {
    const offer = await createFundingInterest({
      projectId,
      funderId: ids.site,
      status: "committed",
      kind: "pilot_site",
      note: "Three homes",
    });
    const team = await html(funding, cookies.lead);
    expect(team.body).toContain("Plan a pilot with Larchmere Care Homes");
    expect((await html(funding, cookies.organiser)).body).not.toContain("Plan a pilot with");
    const planned = await postForm(
      server,
      funding,
      { intent: "plan-pilot", interestId: String(offer.id) },
      { cookie: cookies.lead },
    );
    const pilots = await getWriterDb().select().from(s.pilots).where(eq(s.pilots.projectId, projectId));
    expect(pilots.map((p) => [p.organisation, p.status, p.fundingInterestId])).toEqual([
      ["Larchmere Care Homes", "planned", offer.id],
    ]);
    expect(planned).toRedirectTo(`${base}/pilots?notice=pilot-planned#pilot-${pilots[0]!.id}`);
    const twice = await postForm(
      server,
      funding,
      { intent: "plan-pilot", interestId: String(offer.id) },
      { cookie: cookies.lead },
    );
    expect(twice).toHaveStatus(409);
    expect(await twice.text()).toContain("A pilot has already been planned from this offer.");
    expect((await html(funding, cookies.lead)).body).toContain("A pilot is planned from this offer.");
  });

  it("says 'Has backers' in public only when the lead turns it on, and never how much", async () => {
    expect((await html(base)).body).not.toContain("Has backers");
    const member = await postForm(
      server,
      funding,
      { intent: "settings", showsBackers: "on" },
      { cookie: cookies.member },
    );
    expect(member).toHaveStatus(403);
    await member.text();
    const badAsk = await postForm(
      server,
      funding,
      { intent: "settings", showsBackers: "on", fundingAsk: "-5" },
      { cookie: cookies.lead },
    );
    expect(badAsk).toHaveStatus(400);
    expect(await badAsk.text()).toContain("The funding ask must be £0 or more");
    const saved = await postForm(
      server,
      funding,
      { intent: "settings", showsBackers: "on", fundingAsk: "£60,000" },
      { cookie: cookies.lead },
    );
    expect(saved).toRedirectTo(`${funding}?notice=funding-settings-saved`);
    for (const cookie of [undefined, cookies.stranger]) {
      const open = await html(base, cookie);
      expect(open.body).toContain("Has backers");
      // (The planned pilot at Larchmere is public, as every pilot is; the offer behind it is not.)
      for (const secret of ["£60,000", "60000", "Three homes", "Pilot site"])
        expect(open.body, secret).not.toContain(secret);
    }
    expect((await html(base, cookies.otherFunder)).body).toContain("The team is asking for £60,000.");
    // The one committed offer withdrawn: nothing to say any more.
    await getWriterDb()
      .update(s.fundingInterests)
      .set({ status: "withdrawn" })
      .where(eq(s.fundingInterests.funderId, ids.site));
    expect((await html(base)).body).not.toContain("Has backers");
  });
});
