import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loader as funderLoader } from "../../app/routes/funders.$id";
import { loader as fundersLoader } from "../../app/routes/funders._index";
import { loader as mentorLoader } from "../../app/routes/mentors.$id";
import { loader as mentorsLoader } from "../../app/routes/mentors._index";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createMentor,
  createMentorship,
  createProject,
  createUser,
} from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const submitted = { submittedAt: new Date("2026-03-01T10:00:00Z") };
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function callList<T>(loader: (args: LoaderFunctionArgs) => Promise<T>, path: string) {
  return loader({ request: await makeRequest(path), params: {}, context: {} });
}

describe("/mentors", () => {
  it("filters by expertise, accepting requests and room left, without emails", async () => {
    const safety = await createMentor({ areas: ["clinical_safety", "regulation"], capacity: 2 });
    const full = await createMentor({ areas: ["clinical_safety"], capacity: 1 });
    await createMentorship({ projectId: (await createProject(submitted)).id, mentorId: full.id });
    const closed = await createMentor({ areas: ["clinical_safety"] });
    await getWriterDb()
      .update(s.mentorProfiles)
      .set({ acceptingRequests: false })
      .where(eq(s.mentorProfiles.userId, closed.id));
    const suspended = await createMentor({ areas: ["clinical_safety"] });
    await getWriterDb().update(s.users).set({ suspendedAt: new Date() }).where(eq(s.users.id, suspended.id));
    const other = await createMentor({ areas: ["procurement"] });

    const ids = async (query: string) =>
      sorted((await callList(mentorsLoader, `/mentors${query}`)).mentors.items.map((m) => m.id));
    // Not the procurement mentor, nor the suspended one.
    expect(await ids("?area=clinical_safety")).toEqual(sorted([safety.id, full.id, closed.id]));
    expect(await ids("?area=clinical_safety&accepting=1")).toEqual(sorted([safety.id, full.id]));
    // Room left is about capacity only: the mentor not accepting requests still has room.
    expect(await ids("?area=clinical_safety&capacity=1")).toEqual(sorted([safety.id, closed.id]));
    expect(await ids("?area=procurement")).toEqual([other.id]);
    const text = JSON.stringify(await callList(mentorsLoader, "/mentors"));
    expect(text).not.toContain("@example.test");
  });

  it("shows a profile by canonical address, redirects other slugs, and 404s for non-mentors", async () => {
    const mentor = await createMentor({ areas: ["health_economics"] });
    const project = await createProject({ ...submitted, name: "Mentored thing" });
    const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
    await getWriterDb()
      .insert(s.mentorshipNotes)
      .values({ mentorshipId: mentorship.id, authorId: mentor.id, sessionOn: "2026-04-02", body: "NOTE-NEVER-SHOWN" });
    const slug = `${mentor.id}-test-person-${mentor.name.split(" ").pop()}`;
    const open = async (param: string) =>
      run(async () =>
        mentorLoader({ request: await makeRequest(`/mentors/${param}`), params: { id: param }, context: {} }),
      );

    const redirect = (await open(String(mentor.id))) as Response;
    expect(redirect).toRedirectTo(`/mentors/${slug}`, 301);
    const data = await open(slug);
    expect(data).not.toBeInstanceOf(Response);
    const text = JSON.stringify(data);
    expect(text).toContain("Mentored thing");
    expect(text).not.toContain("NOTE-NEVER-SHOWN");
    expect(text).not.toContain("@example.test");

    const notMentor = await createUser({ roles: ["developer"] });
    for (const param of [String(notMentor.id), "999999", "nope"])
      expect((await open(param)) as Response).toHaveStatus(404);
  });
});

describe("/funders", () => {
  it("filters by kind, thesis facets (naming nothing means any) and pilot sites", async () => {
    const trust = await createFunder({ kind: "care_provider", offersPilotSite: true });
    await getWriterDb()
      .insert(s.funderFocus)
      .values([
        { userId: trust.id, facet: "stage", value: "pilot_ready" },
        { userId: trust.id, facet: "care_setting", value: "acute" },
      ]);
    const open = await createFunder({ kind: "charity" });
    const prototypesOnly = await createFunder({ kind: "charity" });
    await getWriterDb().insert(s.funderFocus).values({ userId: prototypesOnly.id, facet: "stage", value: "prototype" });

    const ids = async (query: string) =>
      sorted((await callList(fundersLoader, `/funders${query}`)).funders.items.map((f) => f.id));
    // The funder who names no stage counts as any stage.
    expect(await ids("?stage=pilot_ready")).toEqual(sorted([trust.id, open.id]));
    expect(await ids("?pilotSite=1")).toEqual([trust.id]);
    expect(await ids("?kind=charity")).toEqual(sorted([open.id, prototypesOnly.id]));
  });

  it("never shows funding interests on a profile, and shows thesis matches only to the funder themself", async () => {
    const funder = await createFunder({ kind: "grant_body" });
    await getWriterDb().insert(s.funderFocus).values({ userId: funder.id, facet: "stage", value: "validation" });
    const fit = await createProject({ ...submitted, name: "Fits the thesis", stage: "validation" });
    await createProject({ ...submitted, name: "Wrong stage", stage: "adopted" });
    await createFundingInterest({ projectId: fit.id, funderId: funder.id, amount: 31_337, note: "INTEREST-NOTE" });
    const param = `${funder.id}-${funder.name.toLowerCase().replaceAll(" ", "-")}`;
    const open = async (userId?: number) =>
      funderLoader({ request: await makeRequest(`/funders/${param}`, { userId }), params: { id: param }, context: {} });

    const stranger = await createUser({ roles: ["funder"] });
    for (const userId of [undefined, stranger.id]) {
      const data = await open(userId);
      expect(data.fits).toBeNull();
      const text = JSON.stringify(data);
      expect(text).not.toContain("INTEREST-NOTE");
      expect(text).not.toContain("31337");
    }
    const own = await open(funder.id);
    // Not the project at the wrong stage.
    expect(own.fits!.items.map((p) => p.name)).toEqual(["Fits the thesis"]);
    expect(JSON.stringify(own)).not.toContain("INTEREST-NOTE");
  });

  it("404s for someone who is not a funder", async () => {
    const user = await createUser({ roles: ["clinician"] });
    const response = (await run(async () =>
      funderLoader({ request: await makeRequest(`/funders/${user.id}`), params: { id: String(user.id) }, context: {} }),
    )) as Response;
    expect(response).toHaveStatus(404);
  });
});
