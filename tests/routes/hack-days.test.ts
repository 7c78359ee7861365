import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { unfoldIcs } from "../../app/domain/ics";
import { loader as calendarLoader } from "../../app/routes/hack-days[.ics]";
import { loader as eventCalendarLoader } from "../../app/routes/hack-days.$id.calendar[.ics]";
import { action as editAction } from "../../app/routes/hack-days.$id.edit";
import { loader as feedbackLoader } from "../../app/routes/hack-days.$id.feedback";
import { action as startAction, loader as startLoader } from "../../app/routes/hack-days.$id.projects.new";
import { loader as resultsLoader } from "../../app/routes/hack-days.$id.results";
import { action as scoreAction, loader as scoreLoader } from "../../app/routes/hack-days.$id.judging.$projectId";
import { action as boardAction, loader as boardLoader } from "../../app/routes/hack-days.$id.judging._index/route";
import { action as awardsAction, loader as awardsLoader } from "../../app/routes/hack-days.$id.judging.awards/route";
import { action as setupAction, loader as setupLoader } from "../../app/routes/hack-days.$id.judging.setup/route";
import { action as eventAction, loader as eventLoader } from "../../app/routes/hack-days.$id._index/route";
import { loader as listLoader } from "../../app/routes/hack-days._index";
import { action as newAction, loader as newLoader } from "../../app/routes/hack-days.new";
import {
  action as submissionAction,
  loader as submissionLoader,
} from "../../app/routes/projects_.$id_.submission/route";
import { action as teamAction } from "../../app/routes/projects_.$id_.team/route";
import { loader as screenshotLoader } from "../../app/routes/screenshots.$file";
import { getWriterDb } from "../../app/utils/db.server";
import { uploadsDir } from "../../app/utils/env.server";
import * as s from "../../db/schema";
import { createHackDay, createJudgingCriterion, createProblem, createProject, createUser } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { errorsOf, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Fn = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

const get = async (fn: Fn, path: string, params: Record<string, string>, userId?: number) =>
  outcome(await run(async () => fn({ request: await makeRequest(path, { userId }), params, context: {} })));
const post = async (
  fn: Fn,
  path: string,
  params: Record<string, string>,
  fields: Record<string, string | string[]>,
  userId?: number,
) => outcome(await run(async () => fn({ request: await formRequest(path, fields, { userId }), params, context: {} })));
const hours = (n: number) => new Date(Date.now() + n * 3_600_000);
const db = () => getWriterDb();

async function liveHackDay(overrides: Partial<s.NewHackDay> = {}) {
  return createHackDay({
    status: "live",
    startsAt: hours(-3),
    endsAt: hours(5),
    submissionDeadline: hours(2),
    ...overrides,
  });
}

/** A hack day in judging with criteria, two judges and two submitted projects. */
async function judgingHackDay() {
  const hackDay = await createHackDay({
    status: "judging",
    startsAt: hours(-8),
    endsAt: hours(-1),
    submissionDeadline: hours(-2),
  });
  const c1 = await createJudgingCriterion({
    hackDayId: hackDay.id,
    name: "Problem and insight",
    weight: 2,
    position: 0,
  });
  const c2 = await createJudgingCriterion({ hackDayId: hackDay.id, name: "The demo", weight: 1, position: 1 });
  const [judgeA, judgeB, member] = await Promise.all([
    createUser({ roles: ["mentor"] }),
    createUser({ roles: ["mentor"] }),
    createUser({ roles: ["developer"] }),
  ]);
  await db()
    .insert(s.judges)
    .values([
      { hackDayId: hackDay.id, userId: judgeA!.id },
      { hackDayId: hackDay.id, userId: judgeB!.id },
    ]);
  const p1 = await createProject({
    hackDayId: hackDay.id,
    members: [member!.id],
    submittedAt: hours(-3),
    name: "Alpha",
  });
  const p2 = await createProject({ hackDayId: hackDay.id, submittedAt: hours(-2.5), name: "Beta" });
  return { hackDay, c1, c2, judgeA: judgeA!, judgeB: judgeB!, member: member!, p1, p2 };
}

const sheet = (c1: number, c2: number, s1: number, s2: number, comment = "Clear and careful") => ({
  "scores[0].criterionId": String(c1),
  "scores[0].score": String(s1),
  "scores[0].comment": comment,
  "scores[1].criterionId": String(c2),
  "scores[1].score": String(s2),
  "scores[1].comment": "",
});

describe("creating hack days", () => {
  it("lets only organisers in, and keeps the input with field errors on bad dates", async () => {
    const developer = await createUser({ roles: ["developer"] });
    const organiser = await createUser({ roles: ["organiser"] });
    expect(await get(newLoader as Fn, "/hack-days/new", {})).toHaveStatus(302);
    expect(await get(newLoader as Fn, "/hack-days/new", {}, developer.id)).toHaveStatus(403);
    const bad = await post(
      newAction as Fn,
      "/hack-days/new",
      {},
      {
        name: "Leeds hack",
        startsAt: "2026-13-40T09:00",
        endsAt: "2026-06-01T17:00",
        submissionDeadline: "2026-06-01T16:00",
        venue: "",
      },
      organiser.id,
    );
    expect(bad).toHaveStatus(400);
    const errors = errorsOf(bad.data);
    expect(errors.startsAt?.[0]).toMatch(/real date and time/);
    expect((bad.data as { result: { initialValue: Record<string, string> } }).result.initialValue.name).toBe(
      "Leeds hack",
    );
    const good = await post(
      newAction as Fn,
      "/hack-days/new",
      {},
      {
        name: "Leeds hack",
        startsAt: "2026-06-01T09:00",
        endsAt: "2026-06-01T17:00",
        submissionDeadline: "2026-06-01T16:00",
        venue: "Leeds",
        capacity: "40",
      },
      organiser.id,
    );
    const [row] = await db().select().from(s.hackDays).where(eq(s.hackDays.name, "Leeds hack"));
    expect(row).toMatchObject({ status: "draft", capacity: 40, organiserId: organiser.id });
    // 09:00 on 1 June is 08:00 UTC (British Summer Time).
    expect(row?.startsAt.toISOString()).toBe("2026-06-01T08:00:00.000Z");
    expect(good).toRedirectTo(`/hack-days/${row!.id}-leeds-hack?notice=hack-day-created`);
  });

  it("lets only the hack day's organiser (or an admin) edit it", async () => {
    const hackDay = await createHackDay();
    const otherOrganiser = await createUser({ roles: ["organiser"] });
    const fields = {
      name: "Renamed",
      startsAt: "2026-06-01T09:00",
      endsAt: "2026-06-01T17:00",
      submissionDeadline: "2026-06-01T16:00",
      venue: "Leeds",
    };
    expect(
      await post(
        editAction as Fn,
        `/hack-days/${hackDay.id}/edit`,
        { id: String(hackDay.id) },
        fields,
        otherOrganiser.id,
      ),
    ).toHaveStatus(403);
    expect(
      await post(
        editAction as Fn,
        `/hack-days/${hackDay.id}/edit`,
        { id: String(hackDay.id) },
        fields,
        hackDay.organiserId,
      ),
    ).toHaveStatus(302);
  });
});

describe("seeing hack days", () => {
  it("hides drafts from everyone but organisers, and 404s them for the public", async () => {
    const draft = await createHackDay({ status: "draft", name: "Draft day" });
    const open = await createHackDay({ status: "open", name: "Open day" });
    const organiser = await createUser({ roles: ["organiser"] });
    const developer = await createUser({ roles: ["developer"] });
    const params = { id: String(draft.id) };
    expect(
      await get(eventLoader as Fn, `/hack-days/${draft.id}-draft-day`, { id: `${draft.id}-draft-day` }),
    ).toHaveStatus(404);
    expect(
      await get(eventLoader as Fn, `/hack-days/${draft.id}-draft-day`, { id: `${draft.id}-draft-day` }, developer.id),
    ).toHaveStatus(404);
    expect(
      await get(eventLoader as Fn, `/hack-days/${draft.id}-draft-day`, { id: `${draft.id}-draft-day` }, organiser.id),
    ).toHaveStatus(200);
    expect(
      await get(eventCalendarLoader as Fn, `/hack-days/${draft.id}/calendar.ics`, params, organiser.id),
    ).toHaveStatus(404);
    const anonymousList = (await get(listLoader as Fn, "/hack-days?section=drafts", {})).data as { mode: string };
    expect(anonymousList.mode).toBe("overview");
    const organiserList = (await get(listLoader as Fn, "/hack-days?section=drafts", {}, organiser.id)).data as {
      page: { items: { id: number }[] };
    };
    expect(organiserList.page.items.map((h) => h.id)).toEqual([draft.id]);
    // A non-canonical address redirects to the canonical one.
    const moved = await get(eventLoader as Fn, `/hack-days/${open.id}`, { id: String(open.id) });
    expect(moved).toRedirectTo(`/hack-days/${open.id}-open-day`, 301);
    expect(await get(eventLoader as Fn, "/hack-days/nope", { id: "nope" })).toHaveStatus(404);
  });

  it("puts schema.org Event JSON-LD on the page with < escaped", async () => {
    const hackDay = await createHackDay({ status: "open", name: "Hack </script><script>alert(1)</script>" });
    const slug = `${hackDay.id}-hack-script-script-alert-1-script`;
    const page = await get(eventLoader as Fn, `/hack-days/${slug}`, { id: slug });
    expect(page).toHaveStatus(200);
    const jsonLd = (page.data as { jsonLd: string }).jsonLd;
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd)).toMatchObject({
      "@type": "Event",
      name: hackDay.name,
      startDate: hackDay.startsAt.toISOString(),
    });
  });
});

describe("the status chain", () => {
  it("moves one step at a time for the organiser and refuses skips with 409 and a message", async () => {
    const hackDay = await createHackDay({ status: "draft" });
    const params = { id: String(hackDay.id) };
    const path = `/hack-days/${hackDay.id}`;
    const stranger = await createUser({ roles: ["organiser"] });
    // Other organisers can see a draft but not run it; anyone else does not even learn it exists.
    expect(
      await post(eventAction as Fn, path, params, { intent: "move-status", to: "open" }, stranger.id),
    ).toHaveStatus(403);
    expect(
      await post(eventAction as Fn, path, params, { intent: "move-status", to: "open" }, (await createUser()).id),
    ).toHaveStatus(404);
    expect(
      await post(eventAction as Fn, path, params, { intent: "move-status", to: "live" }, hackDay.organiserId),
    ).toHaveStatus(409);
    const ok = await post(eventAction as Fn, path, params, { intent: "move-status", to: "open" }, hackDay.organiserId);
    expect(ok).toHaveStatus(302);
    expect(
      await post(eventAction as Fn, path, params, { intent: "move-status", to: "open" }, stranger.id),
    ).toHaveStatus(403);
    const skip = await post(
      eventAction as Fn,
      path,
      params,
      { intent: "move-status", to: "results_published" },
      hackDay.organiserId,
    );
    expect(skip).toHaveStatus(409);
    expect(errorsOf(skip.data)[""]?.[0]).toMatch(/can only move to “Live”/);
    const back = await post(
      eventAction as Fn,
      path,
      params,
      { intent: "move-status", to: "draft" },
      hackDay.organiserId,
    );
    expect(back).toHaveStatus(409);
    const bogus = await post(
      eventAction as Fn,
      path,
      params,
      { intent: "move-status", to: "finished" },
      hackDay.organiserId,
    );
    expect(bogus).toHaveStatus(400);
    const [row] = await db()
      .select({ status: s.hackDays.status })
      .from(s.hackDays)
      .where(eq(s.hackDays.id, hackDay.id));
    expect(row?.status).toBe("open");
  });
});

describe("registration and teams through the pages", () => {
  it("enforces capacity with a waiting list and promotes the next person when someone cancels", async () => {
    const hackDay = await createHackDay({ status: "open", capacity: 1 });
    const params = { id: String(hackDay.id) };
    const path = `/hack-days/${hackDay.id}`;
    const [first, second] = await Promise.all([createUser(), createUser()]);
    expect(await post(eventAction as Fn, path, params, { intent: "register" }, first!.id)).toRedirectTo(
      /notice=registered/,
    );
    expect(await post(eventAction as Fn, path, params, { intent: "register" }, second!.id)).toRedirectTo(
      /notice=waitlisted/,
    );
    expect((await post(eventAction as Fn, path, params, { intent: "cancel-registration" }, first!.id)).status).toBe(
      302,
    );
    const [promoted] = await db()
      .select({ status: s.hackDayParticipants.status })
      .from(s.hackDayParticipants)
      .where(and(eq(s.hackDayParticipants.hackDayId, hackDay.id), eq(s.hackDayParticipants.userId, second!.id)));
    expect(promoted?.status).toBe("registered");
    expect(await post(eventAction as Fn, path, params, { intent: "register" })).toHaveStatus(302); // anonymous → sign in
  });

  it("keeps a person to one team per hack day and teams to eight", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const problem = await createProblem();
    await db().insert(s.hackDayProblems).values({ hackDayId: hackDay.id, problemId: problem.id, status: "accepted" });
    const params = { id: String(hackDay.id) };
    const people = await Promise.all(Array.from({ length: 10 }, () => createUser({ roles: ["developer"] })));
    for (const p of people)
      await post(eventAction as Fn, `/hack-days/${hackDay.id}`, params, { intent: "register" }, p.id);
    const [lead, ...others] = people;

    const page = (await get(startLoader as Fn, `/hack-days/${hackDay.id}/projects/new`, params, lead!.id)).data as {
      blocker: string | null;
    };
    expect(page.blocker).toBeNull();
    const started = await post(
      startAction as Fn,
      `/hack-days/${hackDay.id}/projects/new`,
      params,
      { name: "Foot check", problemId: String(problem.id) },
      lead!.id,
    );
    expect(started).toRedirectTo(/^\/projects\/\d+\/team/);
    const projectId = Number(/\/projects\/(\d+)\/team/.exec(started.headers.get("Location")!)![1]);
    const again = await post(
      startAction as Fn,
      `/hack-days/${hackDay.id}/projects/new`,
      params,
      { name: "Second", problemId: String(problem.id) },
      lead!.id,
    );
    expect(again).toHaveStatus(409);
    expect(errorsOf(again.data)[""]?.[0]).toMatch(/one team per hack day/);
    expect(
      await post(
        startAction as Fn,
        `/hack-days/${hackDay.id}/projects/new`,
        params,
        { name: "", problemId: "" },
        others[0]!.id,
      ),
    ).toHaveStatus(400);

    const teamPath = `/projects/${projectId}/team`;
    const teamParams = { id: String(projectId) };
    for (const person of others.slice(0, 7)) {
      expect(
        await post(teamAction as Fn, teamPath, teamParams, { intent: "request", message: "Hi" }, person.id),
      ).toHaveStatus(302);
      expect(
        await post(teamAction as Fn, teamPath, teamParams, { intent: "accept", userId: String(person.id) }, lead!.id),
      ).toHaveStatus(302);
    }
    const ninth = await post(teamAction as Fn, teamPath, teamParams, { intent: "request" }, others[7]!.id);
    expect(ninth).toHaveStatus(409);
    expect(errorsOf(ninth.data)[""]?.[0]).toMatch(/at most 8/);
    // Someone on this team cannot start another project at the same hack day.
    expect(
      await post(
        startAction as Fn,
        `/hack-days/${hackDay.id}/projects/new`,
        params,
        { name: "Mine", problemId: String(problem.id) },
        others[0]!.id,
      ),
    ).toHaveStatus(409);
    // Only the lead answers requests.
    expect(
      await post(
        teamAction as Fn,
        teamPath,
        teamParams,
        { intent: "accept", userId: String(others[7]!.id) },
        others[0]!.id,
      ),
    ).toHaveStatus(403);
  });
});

describe("submission", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const fields = {
    name: "Foot check",
    tagline: "Diabetic foot checks that never get lost",
    description: "A checklist and reminder service for practice nurses doing annual reviews.",
    repoUrl: "https://github.com/example/foot-check",
    licence: "MIT",
    declaredNoPii: "on",
    declaredMaySubmit: "on",
    declaredIpPolicy: "on",
  };

  async function multipart(
    path: string,
    values: Record<string, string>,
    files: { bytes: Uint8Array; name: string; type: string }[],
    userId: number,
  ) {
    const body = new FormData();
    for (const [k, v] of Object.entries(values)) body.append(k, v);
    for (const f of files) body.append("uploads", new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return makeRequest(path, { method: "POST", body, userId });
  }
  const submit = async (
    projectId: number,
    values: Record<string, string>,
    files: { bytes: Uint8Array; name: string; type: string }[],
    userId: number,
  ) =>
    outcome(
      await run(async () =>
        submissionAction({
          request: await multipart(`/projects/${projectId}/submission`, values, files, userId),
          params: { id: String(projectId) },
          context: {},
        }),
      ),
    );

  it("submits before the deadline with a screenshot checked by content, and puts the project in the pipeline", async () => {
    const hackDay = await liveHackDay();
    const member = await createUser();
    const project = await createProject({ hackDayId: hackDay.id, members: [member.id] });
    const done = await submit(
      project.id,
      fields,
      [{ bytes: PNG, name: "home.png", type: "application/octet-stream" }],
      member.id,
    );
    expect(done).toRedirectTo(`/projects/${project.id}/submission?notice=submitted`);
    const [row] = await db().select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row).toMatchObject({ name: "Foot check", licence: "MIT", declaredNoPii: true, stage: "prototype" });
    expect(row?.submittedAt).not.toBeNull();
    const moves = await db().select().from(s.stageMoves).where(eq(s.stageMoves.projectId, project.id));
    expect(moves.map((m) => m.kind)).toEqual(["submitted"]);
    const [shot] = await db().select().from(s.projectScreenshots).where(eq(s.projectScreenshots.projectId, project.id));
    expect(shot?.contentType).toBe("image/png");
    expect(shot?.fileName).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(new Uint8Array(fs.readFileSync(path.join(uploadsDir(), "screenshots", shot!.fileName)))).toEqual(PNG);

    const served = await get(screenshotLoader as Fn, `/screenshots/${shot!.fileName}`, { file: shot!.fileName });
    expect(served).toHaveStatus(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(served.headers.get("Content-Disposition")).toBe(`inline; filename="${shot!.fileName}"`);
    expect(served.headers.get("Cache-Control")).toMatch(/max-age/);
    expect(
      await get(screenshotLoader as Fn, "/screenshots/..%2f..%2fetc%2fpasswd", { file: "../../etc/passwd" }),
    ).toHaveStatus(404);
  });

  it("refuses a file that is not really an image, keeping the typed fields", async () => {
    const hackDay = await liveHackDay();
    const project = await createProject({ hackDayId: hackDay.id });
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    const refused = await submit(
      project.id,
      fields,
      [{ bytes: svg, name: "evil.png", type: "image/png" }],
      project.leadId,
    );
    expect(refused).toHaveStatus(400);
    expect(errorsOf(refused.data).uploads?.[0]).toMatch(/evil.png is not a PNG, JPEG or WebP image/);
    expect((refused.data as { result: { initialValue: Record<string, string> } }).result.initialValue).toMatchObject({
      name: "Foot check",
      licence: "MIT",
    });
    expect(
      await db().select().from(s.projectScreenshots).where(eq(s.projectScreenshots.projectId, project.id)),
    ).toEqual([]);
    const big = await submit(
      project.id,
      fields,
      [{ bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(1), name: "huge.png", type: "image/png" }],
      project.leadId,
    );
    expect(big).toHaveStatus(400);
    expect(errorsOf(big.data).uploads?.[0]).toMatch(/huge.png is larger than 2 MB/);
  });

  it("refuses after the deadline with a clear message and keeps what was typed", async () => {
    const hackDay = await liveHackDay({ submissionDeadline: hours(-0.5) });
    const project = await createProject({ hackDayId: hackDay.id });
    const late = await submit(
      project.id,
      { ...fields, description: "Typed just after the deadline, and it must not be lost." },
      [],
      project.leadId,
    );
    expect(late).toHaveStatus(409);
    expect(errorsOf(late.data)[""]?.[0]).toMatch(/deadline has passed/);
    expect((late.data as { result: { initialValue: Record<string, string> } }).result.initialValue.description).toBe(
      "Typed just after the deadline, and it must not be lost.",
    );
    const [row] = await db().select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(row?.submittedAt).toBeNull();
    const page = (
      await get(
        submissionLoader as Fn,
        `/projects/${project.id}/submission`,
        { id: String(project.id) },
        project.leadId,
      )
    ).data as { closed: string | null };
    expect(page.closed).toMatch(/deadline has passed/);
  });

  it("needs all three declarations and http(s) links, and only the team may submit", async () => {
    const hackDay = await liveHackDay();
    const project = await createProject({ hackDayId: hackDay.id });
    const missing = await submit(
      project.id,
      { ...fields, declaredIpPolicy: "", repoUrl: "javascript:alert(1)" },
      [],
      project.leadId,
    );
    expect(missing).toHaveStatus(400);
    expect(Object.keys(errorsOf(missing.data))).toEqual(expect.arrayContaining(["declaredIpPolicy", "repoUrl"]));
    const garbage = await run(async () =>
      submissionAction({
        request: await makeRequest(`/projects/${project.id}/submission`, {
          method: "POST",
          body: "{not a form",
          userId: project.leadId,
          headers: { "Content-Type": "application/json" },
        }),
        params: { id: String(project.id) },
        context: {},
      }),
    );
    expect(await outcome(garbage)).toHaveStatus(400);
    const outsider = await createUser();
    expect(await submit(project.id, fields, [], outsider.id)).toHaveStatus(403);
    expect(
      await get(submissionLoader as Fn, `/projects/${project.id}/submission`, { id: String(project.id) }, outsider.id),
    ).toHaveStatus(403);
  });
});

describe("judging", () => {
  it("refuses a judge on a project they declared a conflict with, or belong to", async () => {
    const { hackDay, c1, c2, judgeA, member, p1, p2 } = await judgingHackDay();
    const base = `/hack-days/${hackDay.id}/judging`;
    const declared = await post(
      boardAction as Fn,
      base,
      { id: String(hackDay.id) },
      { intent: "declare-conflict", projectId: String(p2.id), reason: "I mentor this team" },
      judgeA.id,
    );
    expect(declared).toHaveStatus(302);
    const refused = await post(
      scoreAction as Fn,
      `${base}/${p2.id}`,
      { id: String(hackDay.id), projectId: String(p2.id) },
      sheet(c1.id, c2.id, 5, 5),
      judgeA.id,
    );
    expect(refused).toHaveStatus(403);
    expect(errorsOf(refused.data)[""]?.[0]).toMatch(/declared a conflict/);
    const page = (
      await get(scoreLoader as Fn, `${base}/${p2.id}`, { id: String(hackDay.id), projectId: String(p2.id) }, judgeA.id)
    ).data as { refusal: string | null };
    expect(page.refusal).toMatch(/declared a conflict/);

    // A team member appointed as judge cannot score their own project.
    await db().insert(s.judges).values({ hackDayId: hackDay.id, userId: member.id });
    const own = await post(
      scoreAction as Fn,
      `${base}/${p1.id}`,
      { id: String(hackDay.id), projectId: String(p1.id) },
      sheet(c1.id, c2.id, 5, 5),
      member.id,
    );
    expect(own).toHaveStatus(403);
    expect(errorsOf(own.data)[""]?.[0]).toMatch(/on this project's team/);
    // Someone who is not a judge is refused outright.
    const outsider = await createUser();
    expect(
      await get(
        scoreLoader as Fn,
        `${base}/${p1.id}`,
        { id: String(hackDay.id), projectId: String(p1.id) },
        outsider.id,
      ),
    ).toHaveStatus(403);
    expect(await get(boardLoader as Fn, base, { id: String(hackDay.id) }, outsider.id)).toHaveStatus(403);
    expect(await db().select().from(s.scores).where(eq(s.scores.hackDayId, hackDay.id))).toEqual([]);
  });

  it("needs every criterion scored 1 to 5, and lets a judge revise", async () => {
    const { hackDay, c1, c2, judgeA, p1 } = await judgingHackDay();
    const params = { id: String(hackDay.id), projectId: String(p1.id) };
    const path = `/hack-days/${hackDay.id}/judging/${p1.id}`;
    const bad = await post(
      scoreAction as Fn,
      path,
      params,
      { ...sheet(c1.id, c2.id, 5, 5), "scores[1].score": "9" },
      judgeA.id,
    );
    expect(bad).toHaveStatus(400);
    expect(errorsOf(bad.data)["scores[1].score"]?.[0]).toMatch(/1 to 5/);
    const partial = await post(
      scoreAction as Fn,
      path,
      params,
      { "scores[0].criterionId": String(c1.id), "scores[0].score": "4" },
      judgeA.id,
    );
    expect(partial).toHaveStatus(400);
    expect(await post(scoreAction as Fn, path, params, sheet(c1.id, c2.id, 2, 3), judgeA.id)).toHaveStatus(302);
    expect(
      await post(scoreAction as Fn, path, params, sheet(c1.id, c2.id, 4, 5, "Better on reflection"), judgeA.id),
    ).toHaveStatus(302);
    const rows = await db()
      .select()
      .from(s.scores)
      .where(and(eq(s.scores.projectId, p1.id), eq(s.scores.judgeId, judgeA.id)));
    expect(rows.map((r) => r.score).sort()).toEqual([4, 5]);
    const board = (
      await get(boardLoader as Fn, `/hack-days/${hackDay.id}/judging`, { id: String(hackDay.id) }, judgeA.id)
    ).data as { board: { progress: { done: number; toScore: number } } };
    expect(board.board.progress).toEqual({ done: 1, toScore: 2, conflicts: 0 });
  });

  it("keeps scores private from other judges, teams, visitors and the public pages until published", async () => {
    const { hackDay, c1, c2, judgeA, judgeB, member, p1 } = await judgingHackDay();
    const id = String(hackDay.id);
    const secret = "Secret comment from judge A";
    expect(
      await post(
        scoreAction as Fn,
        `/hack-days/${id}/judging/${p1.id}`,
        { id, projectId: String(p1.id) },
        sheet(c1.id, c2.id, 5, 4, secret),
        judgeA.id,
      ),
    ).toHaveStatus(302);

    const leaks = (value: unknown) => JSON.stringify(value).includes(secret);
    // Another judge sees an empty sheet of their own.
    const other = await get(
      scoreLoader as Fn,
      `/hack-days/${id}/judging/${p1.id}`,
      { id, projectId: String(p1.id) },
      judgeB.id,
    );
    expect(other).toHaveStatus(200);
    expect(leaks(other.data)).toBe(false);
    expect((other.data as { defaults: { scores: { score: string }[] } }).defaults.scores.map((r) => r.score)).toEqual([
      "",
      "",
    ]);
    expect(leaks((await get(boardLoader as Fn, `/hack-days/${id}/judging`, { id }, judgeB.id)).data)).toBe(false);
    // The team, a visitor and the public pages see nothing yet.
    expect((await get(feedbackLoader as Fn, `/hack-days/${id}/feedback`, { id }, member.id)).data).toMatchObject({
      feedback: null,
    });
    expect((await get(resultsLoader as Fn, `/hack-days/${id}/results`, { id })).data).toMatchObject({
      published: null,
    });
    expect((await get(resultsLoader as Fn, `/hack-days/${id}/results`, { id }, judgeB.id)).data).toMatchObject({
      published: null,
    });
    const slug = `${id}-${hackDay.name.toLowerCase().replace(/\s+/g, "-")}`;
    const event = await get(eventLoader as Fn, `/hack-days/${slug}`, { id: slug }, member.id);
    expect(event).toHaveStatus(200);
    expect((event.data as { results: unknown }).results).toBeNull();
    expect(leaks(event.data)).toBe(false);
    // The provisional ranking is the organiser's alone, and even they never see a comment.
    expect(await get(awardsLoader as Fn, `/hack-days/${id}/judging/awards`, { id }, judgeB.id)).toHaveStatus(403);
    expect(await get(awardsLoader as Fn, `/hack-days/${id}/judging/awards`, { id }, member.id)).toHaveStatus(403);
    const organiserView = await get(awardsLoader as Fn, `/hack-days/${id}/judging/awards`, { id }, hackDay.organiserId);
    expect(organiserView).toHaveStatus(200);
    expect(leaks(organiserView.data)).toBe(false);
    const setup = await get(setupLoader as Fn, `/hack-days/${id}/judging/setup`, { id }, hackDay.organiserId);
    expect(leaks(setup.data)).toBe(false);
    expect(JSON.stringify(setup.data)).not.toMatch(/"score"/);
  });

  it("publishes: ranking and awards for all, notifications and own anonymous feedback for each team", async () => {
    const { hackDay, c1, c2, judgeA, judgeB, member, p1, p2 } = await judgingHackDay();
    const id = String(hackDay.id);
    const score = (judge: number, project: number, a: number, b: number, comment: string) =>
      post(
        scoreAction as Fn,
        `/hack-days/${id}/judging/${project}`,
        { id, projectId: String(project) },
        sheet(c1.id, c2.id, a, b, comment),
        judge,
      );
    await score(judgeA.id, p1.id, 5, 4, "Superb insight");
    await score(judgeB.id, p1.id, 4, 4, "Strong demo");
    await score(judgeA.id, p2.id, 3, 5, "Nice demo, thin insight");
    await score(judgeB.id, p2.id, 3, 3, "OK");

    const awardsPath = `/hack-days/${id}/judging/awards`;
    expect(
      await post(
        awardsAction as Fn,
        awardsPath,
        { id },
        { intent: "add-award", name: "Winner", projectId: String(p1.id) },
        judgeA.id,
      ),
    ).toHaveStatus(403);
    expect(
      await post(
        awardsAction as Fn,
        awardsPath,
        { id },
        { intent: "add-award", name: "Winner", projectId: String(p1.id) },
        hackDay.organiserId,
      ),
    ).toHaveStatus(302);
    expect(await post(awardsAction as Fn, awardsPath, { id }, { intent: "publish" }, hackDay.organiserId)).toHaveStatus(
      302,
    );

    const results = (await get(resultsLoader as Fn, `/hack-days/${id}/results`, { id })).data as {
      published: {
        ranking: { items: { projectId: number; rank: number; weightedMean: number }[] };
        awards: { name: string; projectId: number }[];
      };
    };
    // Alpha: criterion means 4.5 (weight 2) and 4 (weight 1) → 13/3; Beta: 3 and 4 → 10/3.
    expect(results.published.ranking.items.map((r) => [r.projectId, r.rank])).toEqual([
      [p1.id, 1],
      [p2.id, 2],
    ]);
    expect(results.published.ranking.items[0]!.weightedMean).toBeCloseTo(13 / 3, 10);
    expect(results.published.awards).toMatchObject([{ name: "Winner", projectId: p1.id }]);
    expect(JSON.stringify(results)).not.toContain("Superb insight");

    const notes = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, member.id), eq(s.notifications.kind, "hack_day.results")));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.link).toMatch(/\/feedback$/);
    const leadNotes = await db()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, p2.leadId), eq(s.notifications.kind, "hack_day.results")));
    expect(leadNotes).toHaveLength(1);

    const feedback = (await get(feedbackLoader as Fn, `/hack-days/${id}/feedback`, { id }, member.id)).data as {
      feedback: {
        project: { id: number };
        result: { rank: number };
        criteria: { name: string; entries: { judge: number; score: number; comment: string }[] }[];
      };
    };
    expect(feedback.feedback.project.id).toBe(p1.id);
    expect(feedback.feedback.result.rank).toBe(1);
    const comments = feedback.feedback.criteria.flatMap((c) => c.entries.map((e) => e.comment));
    expect(comments).toEqual(expect.arrayContaining(["Superb insight", "Strong demo"]));
    expect(comments).not.toContain("Nice demo, thin insight");
    const text = JSON.stringify(feedback);
    for (const judge of [judgeA, judgeB]) {
      expect(text).not.toContain(judge.name);
      expect(text).not.toContain(`"judgeId"`);
    }
    // Someone not on a team gets no feedback page.
    const outsider = await createUser();
    expect(await get(feedbackLoader as Fn, `/hack-days/${id}/feedback`, { id }, outsider.id)).toHaveStatus(403);
    // Scores are now final.
    expect(await score(judgeA.id, p2.id, 5, 5, "Changed my mind")).toHaveStatus(409);
  });

  it("lets the organiser appoint judges by email and keep at least one criterion", async () => {
    const hackDay = await createHackDay({ status: "open" });
    const c = await createJudgingCriterion({ hackDayId: hackDay.id });
    const judge = await createUser({ email: `judge-${Date.now()}@example.test` });
    const id = String(hackDay.id);
    const path = `/hack-days/${id}/judging/setup`;
    const unknown = await post(
      setupAction as Fn,
      path,
      { id },
      { intent: "appoint-judge", email: "nobody@example.test" },
      hackDay.organiserId,
    );
    expect(unknown).toHaveStatus(400);
    expect(errorsOf(unknown.data).email?.[0]).toMatch(/No active Hackpath account/);
    expect(
      await post(
        setupAction as Fn,
        path,
        { id },
        { intent: "appoint-judge", email: judge.email.toUpperCase() },
        hackDay.organiserId,
      ),
    ).toHaveStatus(302);
    expect(
      await post(setupAction as Fn, path, { id }, { intent: "appoint-judge", email: judge.email }, judge.id),
    ).toHaveStatus(403);
    expect(
      await post(
        setupAction as Fn,
        path,
        { id },
        { intent: "remove-criterion", criterionId: String(c.id) },
        hackDay.organiserId,
      ),
    ).toHaveStatus(409);
    expect(
      await post(
        setupAction as Fn,
        path,
        { id },
        { intent: "add-criterion", name: "Accessibility", weight: "30" },
        hackDay.organiserId,
      ),
    ).toHaveStatus(302);
    const bad = await post(
      setupAction as Fn,
      path,
      { id },
      {
        intent: "save-criteria",
        "criteria[0].id": String(c.id),
        "criteria[0].name": "Insight",
        "criteria[0].weight": "0",
      },
      hackDay.organiserId,
    );
    expect(bad).toHaveStatus(400);
    const [row] = await db()
      .select()
      .from(s.judges)
      .where(and(eq(s.judges.hackDayId, hackDay.id), eq(s.judges.userId, judge.id)));
    expect(row).toBeDefined();
  });
});

describe("calendar files", () => {
  it("serves every public hack day as valid iCalendar: CRLF, folding, required fields, no drafts", async () => {
    await createHackDay({ status: "draft", name: "Hidden draft hack" });
    const hackDay = await createHackDay({
      status: "open",
      name: "A very long hack day name, with commas; semicolons and a backslash \\ that must be escaped properly in SUMMARY",
      venue: "Café Ünïcode, 1 Long Street, Leeds",
      description: "Line one\nLine two",
    });
    const response = await calendarLoader({ request: await makeRequest("/hack-days.ics"), params: {}, context: {} });
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).not.toContain("Hidden draft hack");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfoldIcs(text);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    const start = lines.indexOf("BEGIN:VEVENT");
    const event = lines.slice(start, lines.indexOf("END:VEVENT", start) + 1);
    const uidLine = lines.find((l) => l === `UID:hack-day-${hackDay.id}@localhost`);
    expect(uidLine).toBeDefined();
    for (const prop of ["UID:", "DTSTAMP:", "DTSTART:", "DTEND:", "SUMMARY:", "URL:"])
      expect(event.some((l) => l.startsWith(prop))).toBe(true);
    expect(lines).toContain(
      `DTSTART:${hackDay.startsAt
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "")}`,
    );
    expect(lines).toContain(
      "SUMMARY:A very long hack day name\\, with commas\\; semicolons and a backslash \\\\ that must be escaped properly in SUMMARY",
    );
    expect(lines).toContain("LOCATION:Café Ünïcode\\, 1 Long Street\\, Leeds");
    expect(lines.find((l) => l.startsWith(`URL:`) && l.includes(`/hack-days/${hackDay.id}-`))).toMatch(
      /^URL:http:\/\/localhost:3000\/hack-days\//,
    );

    const single = await eventCalendarLoader({
      request: await makeRequest(`/hack-days/${hackDay.id}/calendar.ics`),
      params: { id: String(hackDay.id) },
      context: {},
    });
    expect(single.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const singleLines = unfoldIcs(await single.text());
    expect(singleLines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
