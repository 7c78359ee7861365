import { describe, expect, it } from "vitest";
import { loader } from "../../app/routes/impact/route";
import { createHackDay, createOutcome, createProject, createStageMove, createUser } from "../factories";
import { makeRequest } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const open = async (path: string) => loader({ request: await makeRequest(path), params: {}, context: {} });
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

async function twoProjects() {
  const hackDay = await createHackDay({ name: "Leeds Hack", status: "results_published" });
  const acute = await createProject({
    careSetting: "acute",
    specialty: "cardiology",
    hackDayId: hackDay.id,
    submittedAt: at("2025-03-01"),
    stage: "validation",
  });
  await createStageMove({ projectId: acute.id, kind: "submitted", toStage: "prototype", createdAt: at("2025-03-01") });
  await createStageMove({
    projectId: acute.id,
    kind: "approved",
    fromStage: "prototype",
    toStage: "validation",
    createdAt: at("2025-03-15"),
  });
  await createProject({ careSetting: "community", specialty: "podiatry", submittedAt: at("2025-07-01") });
  await createOutcome({
    projectId: acute.id,
    storyTitle: "Faster ECGs",
    storyBody: "…",
    publishedAt: at("2025-04-01"),
  });
  return { hackDay };
}

describe("/impact", () => {
  it("reads every filter from the URL and applies it to the figures", async () => {
    const { hackDay } = await twoProjects();
    const data = await open(
      `/impact?careSetting=acute&specialty=cardiology&hackDay=${hackDay.id}&from=2025-01&to=2025-06`,
    );
    expect(data.filters).toEqual({
      careSetting: "acute",
      specialty: "cardiology",
      hackDay: hackDay.id,
      period: undefined,
      from: "2025-01",
      to: "2025-06",
    });
    expect([data.hackDayName, data.period.from, data.period.to]).toEqual(["Leeds Hack", "2025-01", "2025-06"]);
    expect(data.funnel.map((s) => s.reached)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(data.timeInStage[0]).toMatchObject({ stage: "prototype", medianDays: 14, stays: 1 });
    expect(data.months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(data.hackDays.items.map((h) => [h.name, h.prototypes, h.validation])).toEqual([["Leeds Hack", 1, 1]]);
    expect(data.stories.items.map((s) => s.title)).toEqual(["Faster ECGs"]);
    expect((await open("/impact?careSetting=community")).funnel[0]!.reached).toBe(1);
  });

  it("drops values that do not parse, and shows the whole programme rather than refusing", async () => {
    await twoProjects();
    const data = await open(
      "/impact?careSetting=moon&specialty=&hackDay=abc&period=forever&from=2025-13&to=yesterday&page=x",
    );
    expect(data.filters).toEqual({
      careSetting: undefined,
      specialty: undefined,
      hackDay: undefined,
      period: undefined,
      from: undefined,
      to: undefined,
    });
    expect(data.funnel[0]!.reached).toBe(2);
    expect(data.stories.page).toBe(1);
    // A hack day that does not exist is dropped too.
    expect((await open("/impact?hackDay=999999")).filters.hackDay).toBeUndefined();
  });

  it("lets a preset replace the months, and swaps a range given the wrong way round", async () => {
    await twoProjects();
    const preset = await open("/impact?period=12m&from=2020-01&to=2020-02");
    expect([preset.filters.from, preset.filters.to, preset.period.preset, preset.months.length]).toEqual([
      undefined,
      undefined,
      "12m",
      12,
    ]);
    const swapped = await open("/impact?from=2025-06&to=2025-01");
    expect([swapped.period.from, swapped.period.to]).toEqual(["2025-01", "2025-06"]);
  });

  it("sends no email addresses", async () => {
    const person = await createUser({ email: "never-shown@example.test" });
    await createProject({ leadId: person.id, submittedAt: at("2025-03-01") });
    expect(JSON.stringify(await open("/impact"))).not.toContain("@example.test");
  });
});
