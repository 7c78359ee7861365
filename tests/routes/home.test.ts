import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "../../app/routes/_index";
import { createHackDay, createOutcome, createProblem, createProject } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

describe("/", () => {
  it("shows live figures, the newest problems, the next hack days and published stories", async () => {
    const problem = await createProblem({ title: "Insulin doses lost at discharge" });
    const project = await createProject({ submittedAt: new Date(), stage: "adopted", name: "Dose Bridge" });
    await createOutcome({
      projectId: project.id,
      storyTitle: "Fewer missed doses",
      storyBody: "It worked.",
      publishedAt: new Date(),
    });
    await createOutcome({ projectId: project.id, storyTitle: "Not published", storyBody: "Draft" });
    const hackDay = await createHackDay({ status: "open", name: "Leeds Health Hack" });
    await createHackDay({ status: "draft", name: "Draft hack" });

    const data = await homeLoader();
    expect(data.figures).toMatchObject({ problems: 1, adopted: 1 });
    expect(data.newestProblems.map((p) => p.id)).toEqual([problem.id]);
    // Not the draft.
    expect(data.nextHackDays.map((h) => h.id)).toEqual([hackDay.id]);
    expect(data.stories.map((s) => s.title)).toEqual(["Fewer missed doses"]);
    expect(JSON.stringify(data)).not.toContain("@example.test");
  });

  it("leaves out of the next hack days one in judging or with its results out, even before it ends", async () => {
    const startsAt = new Date(Date.now() - 5 * 3_600_000);
    const endsAt = new Date(Date.now() + 3 * 3_600_000);
    const dates = { startsAt, endsAt, submissionDeadline: endsAt };
    const live = await createHackDay({ status: "live", name: "Live now", ...dates });
    await createHackDay({ status: "judging", name: "Judging", ...dates });
    await createHackDay({ status: "results_published", name: "Results out", ...dates });
    const data = await homeLoader();
    expect(data.nextHackDays.map((h) => h.name)).toEqual(["Live now"]);
    expect(data.nextHackDays.map((h) => h.id)).toEqual([live.id]);
  });

  it("lists the six newest problems", async () => {
    const problems = [];
    for (let i = 0; i < 7; i++) problems.push(await createProblem());
    const data = await homeLoader();
    expect(data.newestProblems.map((p) => p.id)).toEqual(
      problems
        .slice(1)
        .map((p) => p.id)
        .reverse(),
    );
  });
});
