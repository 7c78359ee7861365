import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action as moderationAction, loader as moderationLoader } from "../../app/routes/admin_.moderation/route";
import { loader as listLoader } from "../../app/routes/problems._index/route";
import { action as problemAction, loader as problemLoader } from "../../app/routes/problems.$id/route";
import { action as editAction, loader as editLoader } from "../../app/routes/problems.$id_.edit/route";
import { action as newAction, loader as newLoader } from "../../app/routes/problems.new/route";
import { loader as feedLoader } from "../../app/routes/problems[.atom]";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createComment, createProblem, createUser } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { firstRow, oneRow } from "../rows";
import { outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

type Fields = Record<string, string>;
const validCanvas: Fields = {
  title: "Blood results are not seen over the weekend",
  summary: "Results that come back on Saturday sit unread in the inbox of a GP who is off until Monday.",
  whoAffected: "Patients with abnormal results; duty doctors",
  frequency: "Every weekend",
  idealOutcome: "An abnormal result is seen by a clinician within four hours",
  careSetting: "primary_care",
  specialty: "general_practice",
  tags: "results, weekends",
  noPiiConfirmed: "on",
};

type Handler = (args: LoaderFunctionArgs) => Promise<unknown>;
const get = async (
  loader: Handler,
  path: string,
  { userId, params = {} }: { userId?: number; params?: Record<string, string> } = {},
) => outcome(await run(async () => loader({ request: await makeRequest(path, { userId }), params, context: {} })));
const post = async (
  act: Handler,
  path: string,
  fields: Fields,
  { userId, params = {} }: { userId?: number; params?: Record<string, string> } = {},
) => outcome(await run(async () => act({ request: await formRequest(path, fields, { userId }), params, context: {} })));

const problemRow = (id: number) => oneRow(getWriterDb().select().from(s.problems).where(eq(s.problems.id, id)));
const pathOf = (p: { id: number; title: string }) => `/problems/${idSlug(p.id, p.title)}`;
const onPage = (problem: { id: number; title: string }, fields: Fields, userId?: number) =>
  post(problemAction, pathOf(problem), fields, { userId, params: { id: idSlug(problem.id, problem.title) } });
type Reply = { intent: string; result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } };

describe("posting a problem", () => {
  it("sends visitors to sign in and refuses people who are not clinicians", async () => {
    const anonymous = await get(newLoader, "/problems/new");
    expect(anonymous).toRedirectTo("/login?redirectTo=%2Fproblems%2Fnew");
    const developer = await createUser({ roles: ["developer"] });
    expect(await get(newLoader, "/problems/new", { userId: developer.id })).toHaveStatus(403);
    expect(await post(newAction, "/problems/new", validCanvas, { userId: developer.id })).toHaveStatus(403);
    const clinician = await createUser({ roles: ["clinician"] });
    expect(await get(newLoader, "/problems/new", { userId: clinician.id })).toHaveStatus(200);
  });

  it("answers bad input with 400, an error beside each field, and everything typed kept", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    const before = (await getWriterDb().select().from(s.problems)).length;
    const result = await post(
      newAction,
      "/problems/new",
      { title: "Short", summary: "<b>Too short</b>", careSetting: "on-the-moon", intent: "save" },
      { userId: clinician.id },
    );
    expect(result).toHaveStatus(400);
    const { result: reply } = result.data as Reply;
    expect(Object.keys(reply.error ?? {}).sort()).toEqual([
      "careSetting",
      "frequency",
      "idealOutcome",
      "noPiiConfirmed",
      "specialty",
      "summary",
      "title",
      "whoAffected",
    ]);
    expect(reply.error?.noPiiConfirmed?.[0]).toMatch(/no patient-identifiable information/);
    expect(reply.initialValue).toMatchObject({ title: "Short", summary: "<b>Too short</b>" });
    expect(await getWriterDb().select().from(s.problems)).toHaveLength(before);
  });

  it("previews without posting, then posts and redirects to the problem's address", async () => {
    const clinician = await createUser({ roles: ["clinician"] });
    const before = (await getWriterDb().select().from(s.problems)).length;
    const preview = await post(
      newAction,
      "/problems/new",
      { ...validCanvas, intent: "preview" },
      { userId: clinician.id },
    );
    expect(preview).toHaveStatus(200);
    expect((preview.data as { preview: { title: string } }).preview.title).toBe(validCanvas.title);
    expect(await getWriterDb().select().from(s.problems)).toHaveLength(before);

    const posted = await post(newAction, "/problems/new", { ...validCanvas, intent: "save" }, { userId: clinician.id });
    expect(posted).toRedirectTo(/^\/problems\/\d+-blood-results-are-not-seen-over-the-weekend\?notice=problem-posted$/);
    const id = Number(posted.headers.get("Location")!.split("/")[2]!.split("-")[0]);
    expect(await problemRow(id)).toMatchObject({ authorId: clinician.id, status: "open", noPiiConfirmed: true });
  });
});

describe("a problem's page", () => {
  it("redirects a bare number or an old slug to the canonical address and 404s what is missing", async () => {
    const problem = await createProblem({ title: "Night staff cannot find the crash trolley keys" });
    const canonical = idSlug(problem.id, problem.title);
    const bare = await get(problemLoader, `/problems/${problem.id}?comments=2`, { params: { id: String(problem.id) } });
    expect(bare).toRedirectTo(`/problems/${canonical}?comments=2`, 301);
    expect(
      await get(problemLoader, `/problems/${problem.id}-old-words`, { params: { id: `${problem.id}-old-words` } }),
    ).toHaveStatus(301);
    expect(await get(problemLoader, `/problems/${canonical}`, { params: { id: canonical } })).toHaveStatus(200);
    expect(await get(problemLoader, "/problems/999999", { params: { id: "999999" } })).toHaveStatus(404);
    expect(await get(problemLoader, "/problems/abc", { params: { id: "abc" } })).toHaveStatus(404);
    expect(await get(problemLoader, "/problems/1'OR'1", { params: { id: "1'OR'1" } })).toHaveStatus(404);
  });

  it("shows endorsers' names and organisations but never an email", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ authorId: author.id });
    const endorser = await createUser({ roles: ["clinician"], name: "Nurse Endorser" });
    await onPage(problem, { intent: "endorse", organisation: "Wakefield Hospice" }, endorser.id);
    const page = await get(problemLoader, pathOf(problem), { params: { id: idSlug(problem.id, problem.title) } });
    const json = JSON.stringify(page.data);
    expect(json).toContain("Nurse Endorser");
    expect(json).toContain("Wakefield Hospice");
    expect(json).not.toMatch(/@example\.test/);
  });
});

describe("editing", () => {
  it("lets the author and organisers edit and refuses everyone else", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const other = await createUser({ roles: ["clinician"] });
    const developer = await createUser({ roles: ["developer"] });
    const organiser = await createUser({ roles: ["organiser"] });
    const problem = await createProblem({ authorId: author.id });
    const path = `/problems/${problem.id}/edit`;
    const params = { id: String(problem.id) };
    expect(await get(editLoader, path, { userId: author.id, params })).toHaveStatus(200);
    expect(await get(editLoader, path, { userId: organiser.id, params })).toHaveStatus(200);
    expect(await get(editLoader, path, { userId: other.id, params })).toHaveStatus(403);
    expect(await get(editLoader, path, { userId: developer.id, params })).toHaveStatus(403);
    expect(await post(editAction, path, { ...validCanvas, intent: "save" }, { userId: other.id, params })).toHaveStatus(
      403,
    );
    expect((await problemRow(problem.id)).title).toBe(problem.title);

    const saved = await post(
      editAction,
      path,
      { ...validCanvas, title: "Weekend blood results go unread", intent: "save" },
      { userId: organiser.id, params },
    );
    expect(saved).toRedirectTo(`/problems/${problem.id}-weekend-blood-results-go-unread?notice=problem-saved`);
    expect((await problemRow(problem.id)).title).toBe("Weekend blood results go unread");

    const invalid = await post(
      editAction,
      path,
      { ...validCanvas, noPiiConfirmed: "", intent: "save" },
      { userId: author.id, params },
    );
    expect(invalid).toHaveStatus(400);
    expect((invalid.data as Reply).result.error?.noPiiConfirmed).toBeDefined();
  });
});

describe("endorsing", () => {
  it("lets a clinician endorse once, withdraw, and counts distinct organisations", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ authorId: author.id });
    const a = await createUser({ roles: ["clinician"] });
    const b = await createUser({ roles: ["clinician"] });
    const developer = await createUser({ roles: ["developer"] });

    const first = await onPage(
      problem,
      { intent: "endorse", organisation: "Calderdale and Huddersfield NHS FT", note: "Weekends are worst" },
      a.id,
    );
    expect(first).toRedirectTo(`${pathOf(problem)}?notice=endorsed#endorsements`);
    expect(
      await onPage(problem, { intent: "endorse", organisation: "calderdale and huddersfield nhs ft" }, b.id),
    ).toHaveStatus(302);
    expect(await problemRow(problem.id)).toMatchObject({ endorsementCount: 2, organisationCount: 1 });

    const again = await onPage(problem, { intent: "endorse", organisation: "Another place" }, a.id);
    expect(again).toHaveStatus(409);
    expect((again.data as Reply).result.error?.[""]).toEqual(["You have already endorsed this problem."]);
    expect(await onPage(problem, { intent: "endorse", organisation: "My own trust" }, author.id)).toHaveStatus(409);
    expect(await onPage(problem, { intent: "endorse", organisation: "Dev Co" }, developer.id)).toHaveStatus(403);
    const missingOrg = await onPage(problem, { intent: "endorse", organisation: "" }, b.id);
    expect(missingOrg).toHaveStatus(400);
    expect((missingOrg.data as Reply).result.error?.organisation).toBeDefined();

    expect(await onPage(problem, { intent: "withdraw" }, b.id)).toHaveStatus(302);
    expect(await problemRow(problem.id)).toMatchObject({ endorsementCount: 1, organisationCount: 1 });
    expect(await onPage(problem, { intent: "withdraw" }, b.id)).toHaveStatus(409);
  });
});

describe("comments", () => {
  it("asks visitors to sign in, lets anyone signed in comment, and only the writer edit or delete", async () => {
    const problem = await createProblem();
    const anonymous = await onPage(problem, { intent: "comment", body: "Hello" });
    expect(anonymous).toRedirectTo(/^\/login\?redirectTo=/);

    const developer = await createUser({ roles: ["developer"] });
    const posted = await onPage(
      problem,
      { intent: "comment", body: "Could we pull results from the lab feed?" },
      developer.id,
    );
    expect(posted).toRedirectTo(/#comment-\d+$/);
    const commentId = Number(/#comment-(\d+)$/.exec(posted.headers.get("Location")!)![1]);

    const stranger = await createUser();
    expect(
      await onPage(
        problem,
        { intent: "editComment", commentId: String(commentId), body: "Changed by someone else" },
        stranger.id,
      ),
    ).toHaveStatus(403);
    expect((await onPage(problem, { intent: "deleteComment", commentId: String(commentId) }, stranger.id)).status).toBe(
      403,
    );
    expect(
      await onPage(
        problem,
        { intent: "editComment", commentId: String(commentId), body: "Could we read the lab feed?" },
        developer.id,
      ),
    ).toHaveStatus(302);
    expect((await oneRow(getWriterDb().select().from(s.comments).where(eq(s.comments.id, commentId)))).body).toBe(
      "Could we read the lab feed?",
    );

    const empty = await onPage(problem, { intent: "comment", body: " " }, developer.id);
    expect(empty).toHaveStatus(400);
    expect((empty.data as Reply).result.error?.body).toBeDefined();
    expect(await onPage(problem, { intent: "deleteComment", commentId: String(commentId) }, developer.id)).toHaveStatus(
      302,
    );
    expect(await firstRow(getWriterDb().select().from(s.comments).where(eq(s.comments.id, commentId)))).toBeUndefined();
  });

  it("lets organisers hide a comment, and nobody else", async () => {
    const problem = await createProblem();
    const comment = await createComment({ problemId: problem.id, body: "Mentions a patient by name" });
    const clinician = await createUser({ roles: ["clinician"] });
    expect((await onPage(problem, { intent: "hideComment", commentId: String(comment.id) }, clinician.id)).status).toBe(
      403,
    );
    const organiser = await createUser({ roles: ["organiser"] });
    expect((await onPage(problem, { intent: "hideComment", commentId: String(comment.id) }, organiser.id)).status).toBe(
      302,
    );
    const page = await get(problemLoader, pathOf(problem), { params: { id: idSlug(problem.id, problem.title) } });
    expect(JSON.stringify(page.data)).not.toContain("Mentions a patient");
  });
});

describe("reports and moderation", () => {
  it("puts a report on the moderation list, where organisers hide the comment or dismiss the report", async () => {
    const problem = await createProblem();
    const comment = await createComment({ problemId: problem.id, body: "Buy cheap pills here" });
    const reporter = await createUser({ roles: ["developer"] });
    const reported = await onPage(
      problem,
      { intent: "report", targetType: "comment", targetId: String(comment.id), reason: "This is spam" },
      reporter.id,
    );
    expect(reported).toRedirectTo(expect.stringContaining("notice=reported"));
    expect(
      await onPage(
        problem,
        { intent: "report", targetType: "problem", targetId: String(problem.id), reason: "Duplicate of another" },
        reporter.id,
      ),
    ).toHaveStatus(302);
    expect(
      await onPage(
        problem,
        { intent: "report", targetType: "problem", targetId: String(problem.id), reason: "" },
        reporter.id,
      ),
    ).toHaveStatus(400);

    const clinician = await createUser({ roles: ["clinician"] });
    const organiser = await createUser({ roles: ["organiser"] });
    expect(await get(moderationLoader, "/admin/moderation")).toHaveStatus(302);
    expect(await get(moderationLoader, "/admin/moderation", { userId: clinician.id })).toHaveStatus(403);
    const list = await get(moderationLoader, "/admin/moderation", { userId: organiser.id });
    expect(list).toHaveStatus(200);
    const reports = (list.data as { reports: { items: { id: number; reason: string; targetType: string }[] } }).reports
      .items;
    expect(reports.map((r) => r.reason).sort()).toEqual(["Duplicate of another", "This is spam"]);

    expect(
      await post(
        moderationAction,
        "/admin/moderation",
        { intent: "hideComment", commentId: String(comment.id) },
        { userId: clinician.id },
      ),
    ).toHaveStatus(403);
    expect(
      await post(
        moderationAction,
        "/admin/moderation",
        { intent: "hideComment", commentId: String(comment.id) },
        { userId: organiser.id },
      ),
    ).toHaveStatus(302);
    const problemReport = reports.find((r) => r.targetType === "problem")!;
    expect(
      await post(
        moderationAction,
        "/admin/moderation",
        { intent: "dismiss", reportId: String(problemReport.id) },
        { userId: organiser.id },
      ),
    ).toHaveStatus(302);
    const after = await get(moderationLoader, "/admin/moderation", { userId: organiser.id });
    const remaining = (after.data as { reports: { items: { reason: string }[] } }).reports.items.map((r) => r.reason);
    expect(remaining).not.toContain("This is spam");
    expect(remaining).not.toContain("Duplicate of another");
    expect(
      (await oneRow(getWriterDb().select().from(s.comments).where(eq(s.comments.id, comment.id)))).hiddenAt,
    ).not.toBeNull();
  });

  it("merges duplicates from the moderation page and the old address redirects", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const target = await createProblem({ title: "Keep this one" });
    const source = await createProblem({ title: "Merge this one" });
    const bad = await post(
      moderationAction,
      "/admin/moderation",
      { intent: "merge", sourceRef: String(source.id), targetRef: "not a problem" },
      { userId: organiser.id },
    );
    expect(bad).toHaveStatus(400);
    expect((bad.data as Reply).result.error?.targetRef).toBeDefined();
    const merged = await post(
      moderationAction,
      "/admin/moderation",
      { intent: "merge", sourceRef: `/problems/${source.id}-merge-this-one`, targetRef: `${target.id}` },
      { userId: organiser.id },
    );
    expect(merged).toRedirectTo(`/problems/${target.id}-keep-this-one?notice=merged`);
    const old = await get(problemLoader, `/problems/${source.id}`, { params: { id: String(source.id) } });
    expect(old).toRedirectTo(`/problems/${target.id}-keep-this-one`, 301);
    const twice = await post(
      moderationAction,
      "/admin/moderation",
      { intent: "merge", sourceRef: String(source.id), targetRef: String(target.id) },
      { userId: organiser.id },
    );
    expect(twice).toHaveStatus(409);
  });
});

describe("status changes from the page", () => {
  it("lets the author close with a reason and reopen; others get 403; organisers merge", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ authorId: author.id });
    const other = await createUser({ roles: ["clinician"] });
    expect(await onPage(problem, { intent: "close", reason: "No longer a problem here" }, other.id)).toHaveStatus(403);
    const noReason = await onPage(problem, { intent: "close", reason: "" }, author.id);
    expect(noReason).toHaveStatus(400);
    expect(await onPage(problem, { intent: "close", reason: "Solved by the new EPR rollout" }, author.id)).toHaveStatus(
      302,
    );
    expect(await problemRow(problem.id)).toMatchObject({
      status: "closed",
      closedReason: "Solved by the new EPR rollout",
    });
    expect(await onPage(problem, { intent: "reopen" }, author.id)).toHaveStatus(302);
    expect((await problemRow(problem.id)).status).toBe("open");

    const target = await createProblem({ title: "The original problem" });
    expect(await onPage(problem, { intent: "merge", targetRef: String(target.id) }, author.id)).toHaveStatus(403);
    const organiser = await createUser({ roles: ["organiser"] });
    const merged = await onPage(problem, { intent: "merge", targetRef: `/problems/${target.id}` }, organiser.id);
    expect(merged).toRedirectTo(`/problems/${target.id}-the-original-problem?notice=merged`);
    expect(await problemRow(problem.id)).toMatchObject({ status: "duplicate", duplicateOfId: target.id });
  });
});

describe("/problems", () => {
  it("finds a problem by a word from its summary, with the state in the URL", async () => {
    const problem = await createProblem({
      title: "Oxygen cylinders run out on transfers",
      summary: "Porters find the cylinder gauge on empty halfway between wards.",
      careSetting: "acute",
    });
    const found = await get(listLoader, "/problems?q=gauge&careSetting=acute&sort=newest");
    expect(found).toHaveStatus(200);
    const data = found.data as {
      problems: { items: { id: number; snippet: string | null }[]; sort: string };
      query: { q: string };
    };
    expect(data.problems.items.map((p) => p.id)).toEqual([problem.id]);
    expect(data.problems.sort).toBe("newest");
    expect(data.query.q).toBe("gauge");
  });

  it("answers hostile or malformed query strings with a page, never an error", async () => {
    const paths = [
      "/problems?q=%22",
      "/problems?q=NEAR(a%20b)",
      "/problems?q=title%3Afoot*",
      `/problems?q=${"%22".repeat(5000)}`,
      "/problems?q=%E0%A4%A",
      "/problems?careSetting=moon&specialty=%00&status=deleted&tag=%3Cscript%3E&sort=random&hasProjects=maybe&page=-4",
      "/problems?page=99999999999",
      "/problems?q=&q=a&q=b",
    ];
    for (const path of paths) {
      const result = await get(listLoader, path);
      expect(result, path).toHaveStatus(200);
    }
  });
});

describe("/problems.atom", () => {
  it("is well-formed Atom with at most 50 entries, absolute links and escaped text", async () => {
    for (let i = 0; i < 51; i++) await createProblem();
    const problem = await createProblem({
      title: "Fish & chips <script>alert(1)</script>",
      summary: "Text with ]]> and \u0001 control",
    });
    const response = (await feedLoader({
      request: await makeRequest("/problems.atom"),
      params: {},
      context: {},
    })) as Response;
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.match(/<entry>/g)).toHaveLength(50);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
    expect(xml).toMatch(
      /<link rel="self" type="application\/atom\+xml" href="http:\/\/localhost:3000\/problems.atom"\/>/,
    );
    expect(xml).toContain('<title type="text">Fish &amp; chips &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain(`href="http://localhost:3000/problems/${idSlug(problem.id, problem.title)}"`);
    expectWellFormed(xml);
  });
});

/** A small XML well-formedness check: balanced tags and only the five predefined entities. */
function expectWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  const stack: string[] = [];
  for (const match of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}
