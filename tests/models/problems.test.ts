import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START } from "../../app/domain/fts";
import type { Role } from "../../app/domain/taxonomy";
import { addComment, deleteComment, updateComment } from "../../app/models/comments.server";
import { endorseProblem, withdrawEndorsement } from "../../app/models/endorsements.server";
import { mergeProblems, setCommentHidden, setProblemHidden } from "../../app/models/problem-moderation.server";
import { getProblemPage } from "../../app/models/problem-page.server";
import { createProblem, updateProblem } from "../../app/models/problem-posting.server";
import { listProblems, listProblemsForFeed } from "../../app/models/problem-search.server";
import {
  closeProblem,
  notifyProblemAuthorOfProject,
  reopenProblem,
  syncProblemStatusForProject,
} from "../../app/models/problem-status.server";
import { rawRun } from "../../app/models/dialect.server";
import { createReport, dismissReport, listOpenReports } from "../../app/models/reports.server";
import { getWriterDb, inTransaction } from "../../app/utils/db.server";
import type { CanvasInput } from "../../app/validation/problems";
import * as s from "../../db/schema";
import {
  createComment,
  createEndorsement,
  createHackDay,
  createProblem as makeProblem,
  createProject,
  createUser,
} from "../factories";
import { firstRow, oneRow } from "../rows";
import { withFreshDatabase } from "../setup/fresh-database";
import { onPostgres } from "../setup/store";

withFreshDatabase();

const canvas = (overrides: Partial<CanvasInput> = {}): CanvasInput => ({
  title: "Discharge letters reach the GP a week late",
  summary:
    "Letters from the ward are printed and posted, so practices learn about medication changes after the patient has run out.",
  whoAffected: "Older people discharged on new medicines; practice pharmacists",
  frequency: "Daily",
  currentWorkaround: "Patients bring the letter in person",
  idealOutcome: "The practice sees medicine changes the day the patient leaves",
  careSetting: "acute",
  specialty: "pharmacy",
  dataAvailable: "",
  dataConstraints: "",
  tags: "discharge, medicines",
  noPiiConfirmed: true,
  ...overrides,
});

/** Posts through the model and fails the test if it refuses. */
async function postProblem(args: Parameters<typeof createProblem>[0]) {
  const result = await createProblem(args);
  if (!result.ok) throw new Error(`createProblem refused: ${result.message}`);
  return result;
}
const clinician = (organisation = "Leeds Teaching Hospitals") => createUser({ roles: ["clinician"], organisation });
const viewerOf = (user: { id: number; name: string; roles: Role[] }) => ({
  id: user.id,
  name: user.name,
  roles: user.roles,
});
const problemRow = (id: number) => oneRow(getWriterDb().select().from(s.problems).where(eq(s.problems.id, id)));
const notificationsOf = (userId: number) =>
  getWriterDb().select().from(s.notifications).where(eq(s.notifications.userId, userId));

describe("posting and editing", () => {
  it("saves the canvas with its tags and finds it by a word from the summary and by a tag", async () => {
    const author = await clinician();
    const { id } = await postProblem({
      authorId: author.id,
      input: canvas({
        summary: "Letters are printed and posted, so the practice hears about warfarin changes too late.",
      }),
    });
    const row = await problemRow(id);
    expect(row).toMatchObject({
      title: "Discharge letters reach the GP a week late",
      status: "open",
      careSetting: "acute",
      noPiiConfirmed: true,
    });

    const bySummary = await listProblems({ q: "warfarin" });
    expect(bySummary.items.map((p) => p.id)).toEqual([id]);
    const byTag = await listProblems({ q: "medicines" });
    expect(byTag.items.map((p) => p.id)).toEqual([id]);
    const item = bySummary.items[0]!;
    expect(item.tags.map((t) => t.name).sort()).toEqual(["discharge", "medicines"]);
    expect(item.snippet).toContain(`${HIGHLIGHT_START}warfarin`);
  });

  it("strips control characters and fake highlight markers from what people type", async () => {
    const author = await clinician();
    const { id } = await postProblem({
      authorId: author.id,
      input: canvas({ summary: `Bell\u0007 and \uE000marker\uE001 in the text of a long enough summary.` }),
    });
    expect((await problemRow(id)).summary).toBe("Bell and marker in the text of a long enough summary.");
  });

  it("lets the author and organisers edit, and nobody else", async () => {
    const author = await clinician();
    const other = await clinician();
    const organiser = await createUser({ roles: ["organiser"] });
    const { id } = await postProblem({ authorId: author.id, input: canvas() });
    expect(
      await updateProblem({ id, viewer: viewerOf(other), input: canvas({ title: "Hijacked title here" }) }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      await updateProblem({
        id,
        viewer: viewerOf(author),
        input: canvas({ title: "Discharge letters arrive late", tags: "letters" }),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await updateProblem({
        id,
        viewer: viewerOf(organiser),
        input: canvas({ title: "Discharge letters arrive too late" }),
      }),
    ).toMatchObject({ ok: true });
    expect((await problemRow(id)).title).toBe("Discharge letters arrive too late");
    // Search follows the edits, tags included.
    expect((await listProblems({ q: "hijacked" })).total).toBe(0);
    const audit = await getWriterDb()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, "problem.updated"), eq(s.auditEvents.objectId, id)));
    expect(audit).toHaveLength(2);
  });
});

describe("listing, filtering and sorting", () => {
  it("leaves out hidden problems and merged duplicates unless asked for duplicates", async () => {
    const tag = "zebra";
    const visible = await makeProblem({ title: `Visible ${tag} problem` });
    const hidden = await makeProblem({ title: `Hidden ${tag} problem`, hiddenAt: new Date() });
    const duplicate = await makeProblem({
      title: `Duplicate ${tag} problem`,
      status: "duplicate",
      duplicateOfId: visible.id,
    });
    const ids = (await listProblems({ q: tag })).items.map((p) => p.id);
    expect(ids).toEqual([visible.id]);
    expect(ids).not.toContain(hidden.id);
    expect((await listProblems({ q: tag, status: "duplicate" })).items.map((p) => p.id)).toEqual([duplicate.id]);
  });

  it("filters by care setting, specialty, status, tag and having projects", async () => {
    const marker = "quokka";
    const author = await clinician();
    const a = await postProblem({
      authorId: author.id,
      input: canvas({
        title: `Ambulance ${marker} handover delays`,
        careSetting: "ambulance",
        specialty: "emergency_medicine",
        tags: "handover",
      }),
    });
    const b = await postProblem({
      authorId: author.id,
      input: canvas({
        title: `Community ${marker} wound care`,
        careSetting: "community",
        specialty: "nursing_general",
        tags: "wounds",
      }),
    });
    await createProject({ problemId: b.id });
    const ids = async (filters: Parameters<typeof listProblems>[0]) =>
      (await listProblems({ q: marker, ...filters })).items.map((p) => p.id);
    expect(await ids({ careSetting: "ambulance" })).toEqual([a.id]);
    expect(await ids({ specialty: "nursing_general" })).toEqual([b.id]);
    expect(await ids({ tag: "wounds" })).toEqual([b.id]);
    expect(await ids({ hasProjects: true })).toEqual([b.id]);
    expect(await ids({ status: "closed" })).toEqual([]);
    expect((await ids({})).sort()).toEqual([a.id, b.id].sort());
  });

  it("sorts by endorsements, organisations and activity with a stable tie-break by id", async () => {
    const marker = "wombat";
    const when = new Date("2025-03-01T09:00:00Z");
    const p1 = await makeProblem({ title: `${marker} one`, createdAt: when, lastActivityAt: when });
    const p2 = await makeProblem({ title: `${marker} two`, createdAt: when, lastActivityAt: when });
    const p3 = await makeProblem({ title: `${marker} three`, createdAt: when, lastActivityAt: when });
    await createEndorsement({ problemId: p2.id, organisation: "Org A" });
    await createEndorsement({ problemId: p2.id, organisation: "org a" });
    await createEndorsement({ problemId: p1.id, organisation: "Org B" });
    await createEndorsement({ problemId: p1.id, organisation: "Org C" });
    const order = async (sort: "endorsed" | "organisations" | "newest") =>
      (await listProblems({ q: marker, sort })).items.map((p) => p.id);
    // Equal endorsement counts: newer id first.
    expect(await order("endorsed")).toEqual([p2.id, p1.id, p3.id]);
    expect(await order("organisations")).toEqual([p1.id, p2.id, p3.id]);
    expect(await order("newest")).toEqual([p3.id, p2.id, p1.id]);
  });

  it("pages through results 20 at a time without repeats", async () => {
    const marker = "pangolin";
    const author = await clinician();
    for (let i = 0; i < 25; i++) await makeProblem({ authorId: author.id, title: `${marker} number ${i}` });
    const first = await listProblems({ q: marker, sort: "newest" });
    const second = await listProblems({ q: marker, sort: "newest", page: 2 });
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(25);
  });

  it("ranks a match in the title above a match in the canvas", async () => {
    const word = "capybara";
    const inCanvas = await makeProblem({
      title: "Something else entirely",
      summary: "Nothing here",
      whoAffected: `People who know ${word}`,
    });
    const inTitle = await makeProblem({ title: `The ${word} problem`, summary: "Nothing here either" });
    expect((await listProblems({ q: word })).items.map((p) => p.id)).toEqual([inTitle.id, inCanvas.id]);
  });

  it("answers hostile and malformed searches without an error", async () => {
    await makeProblem({ title: 'Quotes "and" NEAR operators', summary: "title:foot AND (ulcer OR NOT) * ^ -" });
    const hostile = [
      '"',
      '""',
      '"unclosed phrase',
      "NEAR(foot ulcer, 2)",
      "foot NEAR/3 ulcer",
      "title:foot",
      "{title summary}:foot",
      "^foot",
      "*",
      "foot*",
      "*foot",
      "AND OR NOT",
      "foot AND",
      "OR",
      "-",
      "--",
      "(foot",
      "foot)",
      "'; DROP TABLE problems; --",
      "\u0000\u0001",
      "😀🏥",
      "中文 العربية עברית",
      "x".repeat(10_000),
      "word ".repeat(5_000),
      `${HIGHLIGHT_START}x`,
    ];
    for (const q of hostile) await expect(listProblems({ q }), q).resolves.toBeDefined();
    // And a few hundred random strings built from FTS5's special characters.
    const alphabet = [
      '"',
      "'",
      "*",
      "^",
      ":",
      "(",
      ")",
      "-",
      "+",
      "{",
      "}",
      " ",
      "OR",
      "AND",
      "NOT",
      "NEAR",
      "foot",
      "é",
      "\\",
      "/",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i++) {
      const q = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join("");
      await expect(listProblems({ q }), q).resolves.toBeDefined();
    }
    // Search syntax is read as plain words: "title:foot" finds the one problem with both words.
    expect((await listProblems({ q: "title:foot" })).total).toBe(1);
  });
});

describe("endorsements", () => {
  it("counts people and distinct organisations, once per person, and tells the author", async () => {
    const author = await clinician("Bradford Teaching Hospitals");
    const problem = await makeProblem({ authorId: author.id });
    const one = await clinician();
    const two = await clinician();
    const three = await clinician();
    expect(
      await endorseProblem({
        problemId: problem.id,
        viewer: viewerOf(one),
        organisation: "Leeds Teaching Hospitals",
        note: "Same here",
      }),
    ).toEqual({ ok: true });
    expect(
      await endorseProblem({
        problemId: problem.id,
        viewer: viewerOf(two),
        organisation: "  leeds teaching hospitals ",
      }),
    ).toEqual({ ok: true });
    expect(
      await endorseProblem({ problemId: problem.id, viewer: viewerOf(three), organisation: "Airedale NHS FT" }),
    ).toEqual({ ok: true });
    expect(
      await endorseProblem({ problemId: problem.id, viewer: viewerOf(one), organisation: "Somewhere else" }),
    ).toMatchObject({ ok: false, status: 409 });
    expect(await problemRow(problem.id)).toMatchObject({ endorsementCount: 3, organisationCount: 2 });
    expect((await notificationsOf(author.id)).filter((n) => n.kind === "problem.endorsed")).toHaveLength(3);

    expect(await withdrawEndorsement({ problemId: problem.id, userId: three.id })).toBe(true);
    expect(await withdrawEndorsement({ problemId: problem.id, userId: three.id })).toBe(false);
    expect(await problemRow(problem.id)).toMatchObject({ endorsementCount: 2, organisationCount: 1 });
  });

  it("refuses the author, people who are not clinicians, and closed problems", async () => {
    const author = await clinician();
    const problem = await makeProblem({ authorId: author.id });
    const developer = await createUser({ roles: ["developer"] });
    expect(
      await endorseProblem({ problemId: problem.id, viewer: viewerOf(author), organisation: "Mine" }),
    ).toMatchObject({ ok: false, status: 409 });
    expect(
      await endorseProblem({ problemId: problem.id, viewer: viewerOf(developer), organisation: "Dev Co" }),
    ).toMatchObject({ ok: false, status: 403 });
    const closed = await makeProblem({ status: "closed", closedReason: "Fixed" });
    expect(
      await endorseProblem({ problemId: closed.id, viewer: viewerOf(await clinician()), organisation: "Org" }),
    ).toMatchObject({ ok: false, status: 409 });
    expect((await problemRow(problem.id)).endorsementCount).toBe(0);
  });
});

describe("comments", () => {
  it("lets signed-in people comment, tells the author, and lets only the writer edit or delete", async () => {
    const author = await clinician();
    const problem = await makeProblem({ authorId: author.id });
    const developer = await createUser({ roles: ["developer"] });
    const stranger = await createUser();
    const added = await addComment({
      problemId: problem.id,
      viewer: viewerOf(developer),
      body: "Could the letters be sent electronically?",
    });
    expect(added.ok).toBe(true);
    const commentId = added.ok ? added.id : 0;
    expect((await notificationsOf(author.id)).map((n) => n.kind)).toContain("problem.commented");
    expect((await problemRow(problem.id)).commentCount).toBe(1);

    expect(await updateComment({ commentId, problemId: problem.id, authorId: stranger.id, body: "Vandalised" })).toBe(
      false,
    );
    expect(await deleteComment({ commentId, problemId: problem.id, authorId: stranger.id })).toBe(false);
    expect(
      await updateComment({
        commentId,
        problemId: problem.id,
        authorId: developer.id,
        body: "Could letters go by email?",
      }),
    ).toBe(true);
    expect((await oneRow(getWriterDb().select().from(s.comments).where(eq(s.comments.id, commentId)))).body).toBe(
      "Could letters go by email?",
    );
    expect(await deleteComment({ commentId, problemId: problem.id, authorId: developer.id })).toBe(true);
    expect((await problemRow(problem.id)).commentCount).toBe(0);
  });

  it("shows a hidden comment's words to organisers only", async () => {
    const problem = await makeProblem();
    const organiser = await createUser({ roles: ["organiser"] });
    const comment = await createComment({ problemId: problem.id, body: "Something that identifies a patient" });
    expect(await setCommentHidden({ commentId: comment.id, actorId: organiser.id, hidden: true })).toBe(true);
    const asVisitor = await getProblemPage({ id: problem.id, viewer: null });
    const asOrganiser = await getProblemPage({ id: problem.id, viewer: viewerOf(organiser) });
    if (asVisitor.kind !== "found" || asOrganiser.kind !== "found") throw new Error("expected the page");
    expect(asVisitor.comments.items[0]).toMatchObject({ hidden: true, body: null });
    expect(JSON.stringify(asVisitor)).not.toContain("identifies a patient");
    expect(asOrganiser.comments.items[0]).toMatchObject({ hidden: true, body: "Something that identifies a patient" });
    expect((await problemRow(problem.id)).commentCount).toBe(0);
  });

  it("never puts an email address on the problem's page", async () => {
    const author = await clinician();
    const problem = await makeProblem({ authorId: author.id });
    const endorser = await clinician();
    await createEndorsement({ problemId: problem.id, userId: endorser.id });
    await createComment({ problemId: problem.id, authorId: endorser.id });
    const page = await getProblemPage({ id: problem.id, viewer: null });
    const json = JSON.stringify(page);
    expect(json).not.toContain(author.email);
    expect(json).not.toContain(endorser.email);
    expect(json).not.toContain("passwordHash");
  });
});

describe("status", () => {
  it("moves to in progress when a project takes the problem up, solved at pilot, open when none is left", async () => {
    const author = await clinician();
    const problem = await makeProblem({ authorId: author.id });
    const project = await createProject({ problemId: problem.id });
    expect(await syncProblemStatusForProject(problem.id)).toBe("in_progress");
    await getWriterDb().update(s.projects).set({ stage: "pilot" }).where(eq(s.projects.id, project.id));
    expect(await syncProblemStatusForProject(problem.id)).toBe("solved");
    expect((await notificationsOf(author.id)).map((n) => n.kind)).toContain("problem.solved");
    await getWriterDb()
      .update(s.projects)
      .set({ state: "archived", archiveReason: "not_pursuing" })
      .where(eq(s.projects.id, project.id));
    expect(await syncProblemStatusForProject(problem.id)).toBe("open");
    expect(await syncProblemStatusForProject(null)).toBeNull();
    const audit = await getWriterDb()
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, "problem.status_changed"), eq(s.auditEvents.objectId, problem.id)));
    expect(audit).toHaveLength(3);
  });

  it("works inside the caller's transaction and tells the author about a new project", async () => {
    const author = await clinician();
    const problem = await makeProblem({ authorId: author.id });
    const lead = await createUser({ roles: ["developer"] });
    await inTransaction(async (tx) => {
      const [project] = await tx
        .insert(s.projects)
        .values({ name: "Letter bot", leadId: lead.id, problemId: problem.id })
        .returning();
      await notifyProblemAuthorOfProject({ problemId: problem.id, project: project!, actorId: lead.id });
      expect(await syncProblemStatusForProject(problem.id)).toBe("in_progress");
    });
    expect(await problemRow(problem.id)).toMatchObject({ status: "in_progress", projectCount: 1 });
    // Not submitted yet, so not public: the link goes to the problem, where the team is counted.
    expect((await notificationsOf(author.id)).find((n) => n.kind === "problem.project")?.link).toMatch(
      /^\/problems\/\d+-.*#projects-heading$/,
    );
    const page = await getProblemPage({ id: problem.id, viewer: null });
    if (page.kind !== "found") throw new Error("expected the page");
    expect(page.projects).toEqual([]);
    expect(page.unsubmittedProjects).toBe(1);

    const submitted = await createProject({ problemId: problem.id, name: "Public bot", submittedAt: new Date() });
    await notifyProblemAuthorOfProject({ problemId: problem.id, project: submitted, actorId: lead.id });
    expect((await notificationsOf(author.id)).filter((n) => n.kind === "problem.project").map((n) => n.link)).toContain(
      `/projects/${submitted.id}-public-bot`,
    );
    const after = await getProblemPage({ id: problem.id, viewer: null });
    if (after.kind !== "found") throw new Error("expected the page");
    expect(after.projects.map((p) => p.name)).toEqual(["Public bot"]);
  });

  it("closes with a reason (author or organiser), keeps closed through project changes, and reopens to what projects say", async () => {
    const author = await clinician();
    const other = await clinician();
    const organiser = await createUser({ roles: ["organiser"] });
    const problem = await makeProblem({ authorId: author.id });
    expect(
      await closeProblem({ problemId: problem.id, viewer: viewerOf(other), reason: "Not a real problem at all" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      await closeProblem({
        problemId: problem.id,
        viewer: viewerOf(author),
        reason: "Fixed by the new national system",
      }),
    ).toEqual({ ok: true });
    expect(await problemRow(problem.id)).toMatchObject({
      status: "closed",
      closedReason: "Fixed by the new national system",
    });
    await createProject({ problemId: problem.id, stage: "pilot" });
    expect(await syncProblemStatusForProject(problem.id)).toBe("closed");
    expect(
      await closeProblem({ problemId: problem.id, viewer: viewerOf(organiser), reason: "Closing it twice over" }),
    ).toMatchObject({ ok: false, status: 409 });
    expect(await reopenProblem({ problemId: problem.id, viewer: viewerOf(organiser) })).toEqual({
      ok: true,
      status: "solved",
    });
    expect(await problemRow(problem.id)).toMatchObject({ status: "solved", closedReason: null });
  });

  it("hides a problem from everyone but its author and organisers", async () => {
    const author = await clinician();
    const organiser = await createUser({ roles: ["organiser"] });
    const problem = await makeProblem({ authorId: author.id });
    await setProblemHidden({ problemId: problem.id, actorId: organiser.id, hidden: true });
    expect((await getProblemPage({ id: problem.id, viewer: null })).kind).toBe("missing");
    expect((await getProblemPage({ id: problem.id, viewer: viewerOf(await clinician()) })).kind).toBe("missing");
    expect((await getProblemPage({ id: problem.id, viewer: viewerOf(author) })).kind).toBe("found");
    expect((await getProblemPage({ id: problem.id, viewer: viewerOf(organiser) })).kind).toBe("found");
    expect(await listProblemsForFeed()).toEqual([]);
  });
});

describe("merging duplicates", () => {
  it("moves endorsements without double counting, comments, projects and shortlists, in one go", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const targetAuthor = await clinician("Target Trust");
    const sourceAuthor = await clinician("Source Trust");
    const target = await makeProblem({ authorId: targetAuthor.id, title: "Referrals lost between services" });
    const source = await makeProblem({ authorId: sourceAuthor.id, title: "Referrals go missing" });
    const both = await clinician();
    const onlySource = await clinician();
    await createEndorsement({ problemId: target.id, userId: both.id, organisation: "Org Both" });
    await createEndorsement({ problemId: source.id, userId: both.id, organisation: "Org Both" });
    await createEndorsement({ problemId: source.id, userId: onlySource.id, organisation: "Org Only Source" });
    // The target's author endorsed the duplicate: they cannot endorse their own problem.
    await createEndorsement({ problemId: source.id, userId: targetAuthor.id, organisation: "Target Trust" });
    const comment = await createComment({ problemId: source.id });
    const project = await createProject({ problemId: source.id });
    const hackDay = await createHackDay();
    await getWriterDb()
      .insert(s.hackDayProblems)
      .values({ hackDayId: hackDay.id, problemId: source.id, status: "accepted" });
    const earlier = await makeProblem({ status: "duplicate", duplicateOfId: source.id });

    const result = await mergeProblems({ sourceId: source.id, targetId: target.id, actorId: organiser.id });
    expect(result).toMatchObject({ ok: true, target: { id: target.id } });

    const endorsers = (
      await getWriterDb()
        .select({ userId: s.endorsements.userId })
        .from(s.endorsements)
        .where(eq(s.endorsements.problemId, target.id))
    )
      .map((e) => e.userId)
      .sort();
    expect(endorsers).toEqual([both.id, onlySource.id, sourceAuthor.id].sort());
    expect(await problemRow(target.id)).toMatchObject({
      endorsementCount: 3,
      organisationCount: 3,
      commentCount: 1,
      projectCount: 1,
      status: "in_progress",
    });
    expect(await problemRow(source.id)).toMatchObject({
      status: "duplicate",
      duplicateOfId: target.id,
      endorsementCount: 0,
      commentCount: 0,
      projectCount: 0,
    });
    expect((await oneRow(getWriterDb().select().from(s.comments).where(eq(s.comments.id, comment.id)))).problemId).toBe(
      target.id,
    );
    expect((await oneRow(getWriterDb().select().from(s.projects).where(eq(s.projects.id, project.id)))).problemId).toBe(
      target.id,
    );
    expect(
      (await getWriterDb().select().from(s.hackDayProblems).where(eq(s.hackDayProblems.hackDayId, hackDay.id))).map(
        (r) => r.problemId,
      ),
    ).toEqual([target.id]);
    expect((await problemRow(earlier.id)).duplicateOfId).toBe(target.id);

    // The old address leads to the target; the merge is audited and both authors are told.
    expect(await getProblemPage({ id: source.id, viewer: null })).toEqual({
      kind: "merged",
      target: { id: target.id, title: target.title },
    });
    const audit = await firstRow(
      getWriterDb()
        .select()
        .from(s.auditEvents)
        .where(and(eq(s.auditEvents.action, "problem.merged"), eq(s.auditEvents.objectId, source.id))),
    );
    expect(audit?.actorId).toBe(organiser.id);
    expect((await notificationsOf(sourceAuthor.id)).map((n) => n.kind)).toContain("problem.merged");
    expect((await notificationsOf(targetAuthor.id)).map((n) => n.kind)).toContain("problem.merged");
  });

  it("refuses merging into itself, into a duplicate, or twice", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const a = await makeProblem();
    const b = await makeProblem();
    const c = await makeProblem();
    expect(await mergeProblems({ sourceId: a.id, targetId: a.id, actorId: organiser.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await mergeProblems({ sourceId: a.id, targetId: b.id, actorId: organiser.id })).toMatchObject({ ok: true });
    expect(await mergeProblems({ sourceId: a.id, targetId: c.id, actorId: organiser.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await mergeProblems({ sourceId: c.id, targetId: a.id, actorId: organiser.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await mergeProblems({ sourceId: c.id, targetId: 999_999, actorId: organiser.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await problemRow(c.id)).status).toBe("open");
  });

  it("leaves everything as it was when a step fails", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const target = await makeProblem();
    const source = await makeProblem();
    await createEndorsement({ problemId: source.id });
    // A trigger that fails the last step proves the steps before it roll back. SQLite's error says
    // "boom"; on PostgreSQL drizzle's DrizzleQueryError ("Failed query: …") wraps the trigger's
    // exception, which says it, as its cause.
    const db = getWriterDb();
    if (onPostgres) {
      await rawRun(
        db,
        sql.raw(
          `CREATE FUNCTION fail_merge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`,
        ),
      );
      await rawRun(
        db,
        sql.raw(
          `CREATE TRIGGER fail_merge BEFORE UPDATE OF status ON problems FOR EACH ROW WHEN (new.status = 'duplicate') EXECUTE FUNCTION fail_merge()`,
        ),
      );
    } else {
      await rawRun(
        db,
        sql.raw(
          `CREATE TEMP TRIGGER fail_merge BEFORE UPDATE OF status ON problems WHEN new.status = 'duplicate' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
        ),
      );
    }
    const boom: string = onPostgres
      ? expect.objectContaining({ cause: expect.objectContaining({ message: "boom" }) })
      : "boom";
    try {
      await expect(mergeProblems({ sourceId: source.id, targetId: target.id, actorId: organiser.id })).rejects.toThrow(
        boom,
      );
    } finally {
      if (onPostgres) {
        await rawRun(db, sql.raw("DROP TRIGGER fail_merge ON problems"));
        await rawRun(db, sql.raw("DROP FUNCTION fail_merge()"));
      } else {
        await rawRun(db, sql.raw("DROP TRIGGER fail_merge"));
      }
    }
    expect(await problemRow(source.id)).toMatchObject({ status: "open", endorsementCount: 1 });
    expect((await problemRow(target.id)).endorsementCount).toBe(0);
  });
});

describe("reports", () => {
  it("collects one open report per person per thing, lists them for moderators, and settles them", async () => {
    const reporter = await createUser();
    const organiser = await createUser({ roles: ["organiser"] });
    const problem = await makeProblem({ title: "Reported problem" });
    const comment = await createComment({ problemId: problem.id, body: "Rude words" });
    expect(
      await createReport({
        reporterId: reporter.id,
        targetType: "comment",
        targetId: comment.id,
        reason: "It is rude",
      }),
    ).toBe("created");
    expect(
      await createReport({
        reporterId: reporter.id,
        targetType: "comment",
        targetId: comment.id,
        reason: "Really rude",
      }),
    ).toBe("already");
    expect(
      await createReport({ reporterId: reporter.id, targetType: "problem", targetId: problem.id, reason: "Spam here" }),
    ).toBe("created");
    expect(
      await createReport({ reporterId: reporter.id, targetType: "problem", targetId: 999_999, reason: "Missing" }),
    ).toBe("missing");

    const { items: open } = await listOpenReports();
    expect(open).toHaveLength(2);
    expect(open.every((r) => r.reporterName === reporter.name)).toBe(true);
    expect(open.find((r) => r.targetType === "comment")?.target).toMatchObject({
      excerpt: "Rude words",
      problemId: problem.id,
      hidden: false,
    });

    await setCommentHidden({ commentId: comment.id, actorId: organiser.id, hidden: true });
    const problemReport = open.find((r) => r.targetType === "problem")!;
    expect(await dismissReport({ reportId: problemReport.id, actorId: organiser.id })).toBe(true);
    expect(await dismissReport({ reportId: problemReport.id, actorId: organiser.id })).toBe(false);
    expect((await listOpenReports()).items).toEqual([]);
    const statuses = (
      await getWriterDb()
        .select({ status: s.reports.status })
        .from(s.reports)
        .where(eq(s.reports.reporterId, reporter.id))
    )
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual(["actioned", "dismissed"]);
  });
});

describe("feed", () => {
  it("gives at most 50 of the newest visible problems", async () => {
    for (let i = 0; i < 52; i++) await makeProblem();
    const feed = await listProblemsForFeed();
    expect(feed).toHaveLength(50);
    const times = feed.map((p) => p.createdAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
