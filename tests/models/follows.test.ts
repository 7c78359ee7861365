import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isFollowing, listFollowing, setFollowing } from "../../app/models/follows.server";
import { publishStory } from "../../app/models/outcomes.server";
import { addPilot } from "../../app/models/pilots.server";
import { notifyProblemAuthorOfProject } from "../../app/models/problem-status.server";
import { moveStageBack, overrideStageMove } from "../../app/models/stage-lifecycle.server";
import { getWriterDb, inTransaction } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createProblem, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { allowInsertsInto, failInsertsInto, pipelineProject } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const received = async (userId: number) =>
  db()
    .select({ kind: s.notifications.kind, title: s.notifications.title, link: s.notifications.link })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId))
    .orderBy(s.notifications.id);

describe("following", () => {
  it("follows a public problem or project once, and stops", async () => {
    const fan = await createUser({ name: "Fay Follower" });
    const problem = await createProblem({ title: "Lost referrals" });
    const project = await createProject({ name: "Referral Tracker", submittedAt: new Date() });
    for (let i = 0; i < 2; i++) {
      expect(await setFollowing({ userId: fan.id, objectType: "problem", objectId: problem.id, follow: true })).toEqual(
        {
          ok: true,
        },
      );
    }
    expect(await setFollowing({ userId: fan.id, objectType: "project", objectId: project.id, follow: true })).toEqual({
      ok: true,
    });
    expect(await isFollowing(fan.id, "problem", problem.id)).toBe(true);
    expect(await isFollowing(undefined, "problem", problem.id)).toBe(false);
    expect((await listFollowing(fan.id)).map((f) => [f.objectType, f.name]).sort()).toEqual([
      ["problem", "Lost referrals"],
      ["project", "Referral Tracker"],
    ]);
    await setFollowing({ userId: fan.id, objectType: "problem", objectId: problem.id, follow: false });
    expect(await isFollowing(fan.id, "problem", problem.id)).toBe(false);
    expect(await listFollowing(fan.id)).toEqual([
      {
        objectType: "project",
        objectId: project.id,
        name: "Referral Tracker",
        href: expect.stringMatching(/^\/projects\//),
      },
    ]);
  });

  it("refuses to follow what the public cannot see, with a 404", async () => {
    const fan = await createUser();
    const draft = await createProject({ name: "Draft", submittedAt: null });
    const hidden = await createProblem({ hiddenAt: new Date() });
    expect(
      await setFollowing({ userId: fan.id, objectType: "project", objectId: draft.id, follow: true }),
    ).toMatchObject({
      status: 404,
    });
    expect(
      await setFollowing({ userId: fan.id, objectType: "problem", objectId: hidden.id, follow: true }),
    ).toMatchObject({
      status: 404,
    });
    expect(
      await setFollowing({ userId: fan.id, objectType: "project", objectId: 999_999, follow: true }),
    ).toMatchObject({
      status: 404,
    });
    const [row] = await db()
      .select({ n: sql<number>`count(*)` })
      .from(s.follows);
    expect(row!.n).toBe(0);
  });
});

describe("what followers hear", () => {
  it("a stage move reaches followers, but not the team (told directly) nor the organiser who moved it", async () => {
    const { project, organiser, lead, clinician } = await pipelineProject({ ready: true });
    const fan = await createUser({ name: "Fay Follower" });
    for (const userId of [fan.id, lead.id, clinician.id, organiser.id])
      await setFollowing({ userId, objectType: "project", objectId: project.id, follow: true });
    expect(
      await overrideStageMove({ projectId: project.id, actor: organiser, reason: "Evidence seen at the demo day" }),
    ).toEqual({
      ok: true,
    });
    expect(await received(fan.id)).toEqual([
      {
        kind: "follow.stage_moved",
        title: "Foot Check moved on to Validation",
        link: `/projects/${project.id}-foot-check`,
      },
    ]);
    expect((await received(organiser.id)).filter((n) => n.kind.startsWith("follow."))).toEqual([]);
    expect((await received(lead.id)).filter((n) => n.kind.startsWith("follow."))).toEqual([]);
    expect((await received(clinician.id)).filter((n) => n.kind.startsWith("follow."))).toEqual([]);
    expect(
      await moveStageBack({ projectId: project.id, actor: organiser, to: "prototype", reason: "The demo broke" }),
    ).toEqual({
      ok: true,
    });
    expect((await received(fan.id)).map((n) => n.title)).toEqual([
      "Foot Check moved on to Validation",
      "Foot Check moved back to Prototype",
    ]);
  });

  it("a new project on a followed problem reaches followers but not the problem's author or the project's starter", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ title: "Lost referrals", authorId: author.id });
    const starter = await createUser({ roles: ["developer"] });
    const fan = await createUser();
    for (const userId of [fan.id, author.id, starter.id])
      await setFollowing({ userId, objectType: "problem", objectId: problem.id, follow: true });
    const project = await createProject({ name: "Referral Tracker", leadId: starter.id, problemId: problem.id });
    await inTransaction(() => notifyProblemAuthorOfProject({ problemId: problem.id, project, actorId: starter.id }));
    const title = "A project is working on “Lost referrals”: Referral Tracker";
    expect(await received(fan.id)).toEqual([
      { kind: "follow.project_started", title, link: `/problems/${problem.id}-lost-referrals#projects-heading` },
    ]);
    expect(await received(author.id)).toEqual([
      { kind: "problem.project", title, link: `/problems/${problem.id}-lost-referrals#projects-heading` },
    ]);
    expect(await received(starter.id)).toEqual([]);
  });

  it("a story published for the first time reaches followers, in the same transaction as the publication", async () => {
    const { project, organiser } = await pipelineProject();
    const fan = await createUser();
    await setFollowing({ userId: fan.id, objectType: "project", objectId: project.id, follow: true });
    const [outcome] = await db()
      .insert(s.outcomes)
      .values({
        projectId: project.id,
        metric: "Foot checks done",
        baseline: "40%",
        result: "85%",
        source: "Audit",
        measuredOn: "2026-05-01",
      })
      .returning({ id: s.outcomes.id });
    const story = { storyTitle: "More foot checks", storyBody: "Checks went from 40% to 85% in three months." };
    await failInsertsInto("notifications");
    await expect(
      publishStory({ projectId: project.id, outcomeId: outcome!.id, actor: organiser, story }),
    ).rejects.toThrow();
    const [still] = await db().select({ publishedAt: s.outcomes.publishedAt }).from(s.outcomes);
    expect(still!.publishedAt).toBeNull();
    await allowInsertsInto("notifications");
    expect(await publishStory({ projectId: project.id, outcomeId: outcome!.id, actor: organiser, story })).toEqual({
      ok: true,
      firstPublication: true,
    });
    expect(await received(fan.id)).toEqual([
      {
        kind: "follow.outcome",
        title: "Foot Check published an outcome: “More foot checks”",
        link: `/stories/${outcome!.id}-more-foot-checks`,
      },
    ]);
  });

  it("a pilot the team adds reaches followers", async () => {
    const { project, lead } = await pipelineProject();
    const fan = await createUser();
    await setFollowing({ userId: fan.id, objectType: "project", objectId: project.id, follow: true });
    const input = {
      organisation: "Leeds Teaching Hospitals",
      site: "Ward 12",
      startsOn: "2026-09-01",
      endsOn: "2026-12-01",
      successMeasures: "Foot checks done",
      status: "planned" as const,
    };
    expect(await addPilot({ projectId: project.id, actor: lead, input })).toMatchObject({ ok: true });
    expect(await received(fan.id)).toEqual([
      {
        kind: "follow.pilot",
        title: "Foot Check plans a pilot with Leeds Teaching Hospitals",
        link: `/projects/${project.id}-foot-check`,
      },
    ]);
  });
});
