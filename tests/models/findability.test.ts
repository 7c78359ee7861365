import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  countSitemapUrls,
  getStoryShare,
  listSitemapParts,
  sitemapEntries,
  wholeSitemap,
} from "../../app/models/findability.server";
import { SITEMAP_PAGES } from "../../app/domain/sitemap";
import { getWriterDb } from "../../app/utils/db.server";
import { problemPath } from "../../app/utils/paths";
import * as s from "../../db/schema";
import { createHackDay, createOutcome, createProblem, createProject } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

async function paths(parts: Parameters<typeof sitemapEntries>[0]) {
  const out: string[] = [];
  for await (const entry of sitemapEntries(parts)) out.push(entry.path);
  return out;
}

describe("sitemap parts", () => {
  it("splits each kind into id ranges of at most the part size, skipping ranges with nothing public", async () => {
    const problems: Awaited<ReturnType<typeof createProblem>>[] = [];
    for (let i = 0; i < 7; i++) problems.push(await createProblem({ title: `Problem ${i}` }));
    // Ids 3 and 4 (the second range of two) are hidden: that range has nothing to list.
    for (const p of problems.slice(2, 4))
      await getWriterDb().update(s.problems).set({ hiddenAt: new Date() }).where(eq(s.problems.id, p.id));
    await createHackDay({ status: "draft" });
    const parts = await listSitemapParts(2);
    expect(parts).toEqual([
      { kind: "pages", afterId: 0, uptoId: 0 },
      { kind: "problems", afterId: 0, uptoId: 2 },
      { kind: "problems", afterId: 4, uptoId: 6 },
      { kind: "problems", afterId: 6, uptoId: 8 },
    ]);
    expect(await paths([parts[0]!])).toEqual(SITEMAP_PAGES);
    expect(await paths(parts.slice(1))).toEqual([0, 1, 4, 5, 6].map((i) => problemPath(problems[i]!)));
    for (const part of parts.slice(1)) expect((await paths([part])).length).toBeLessThanOrEqual(2);
    expect(await countSitemapUrls()).toBe(SITEMAP_PAGES.length + 5);
  });

  it("reads a kind in batches without losing or repeating a row", async () => {
    const project = await createProject({ submittedAt: new Date() });
    const values = Array.from({ length: 1_100 }, (_, i) => ({
      projectId: project.id,
      metric: "m",
      baseline: "1",
      result: "2",
      source: "s",
      measuredOn: "2026-01-01",
      storyTitle: `Story ${i}`,
      storyBody: "b",
      publishedAt: new Date(),
    }));
    await getWriterDb().insert(s.outcomes).values(values);
    const stories = (await paths(wholeSitemap)).filter((p) => p.startsWith("/stories/"));
    expect(stories).toHaveLength(1_100);
    expect(new Set(stories).size).toBe(1_100);
  });
});

describe("story share cards", () => {
  it("gives the project's first screenshot and the story's last change, only for public stories", async () => {
    const project = await createProject({ submittedAt: new Date() });
    await getWriterDb()
      .insert(s.projectScreenshots)
      .values([
        { projectId: project.id, fileName: "second.png", contentType: "image/png", byteSize: 1, alt: "B", position: 1 },
        { projectId: project.id, fileName: "first.png", contentType: "image/png", byteSize: 1, alt: "A", position: 0 },
      ]);
    const updatedAt = new Date("2026-05-03T09:00:00Z");
    const story = await createOutcome({
      projectId: project.id,
      storyTitle: "T",
      storyBody: "B",
      publishedAt: new Date("2026-05-02T09:00:00Z"),
      updatedAt,
    });
    expect(await getStoryShare(story.id)).toEqual({ updatedAt, image: { path: "/screenshots/first.png", alt: "A" } });
    const unpublished = await createOutcome({ projectId: project.id, storyTitle: "T", storyBody: "B" });
    expect(await getStoryShare(unpublished.id)).toBeNull();
    const bare = await createProject({ submittedAt: new Date() });
    const plain = await createOutcome({ projectId: bare.id, storyTitle: "T", storyBody: "B", publishedAt: new Date() });
    expect((await getStoryShare(plain.id))?.image).toBeNull();
  });
});
