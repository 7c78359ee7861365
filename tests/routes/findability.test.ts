/**
 * What search engines and shared links see, called as loaders: the sitemap lists exactly the
 * public records, robots.txt keeps private pages out, record pages carry share cards and a
 * canonical link, a story its Article, and both calendars the revision and refresh fields.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { unfoldIcs } from "../../app/domain/ics";
import { updateHackDay } from "../../app/models/hack-days.server";
import { loader as calendarLoader } from "../../app/routes/hack-days[.ics]";
import { loader as eventCalendarLoader } from "../../app/routes/hack-days.$id.calendar[.ics]";
import { loader as hackDayLoader, meta as hackDayMeta } from "../../app/routes/hack-days.$id._index/route";
import { loader as problemLoader, meta as problemMeta } from "../../app/routes/problems.$id/route";
import { loader as projectLoader, meta as projectMeta } from "../../app/routes/projects.$id._index/route";
import { loader as robotsLoader } from "../../app/routes/robots[.txt]";
import { loader as sitemapLoader } from "../../app/routes/sitemap[.xml]";
import { loader as sitemapPartLoader } from "../../app/routes/sitemaps.$part";
import { loader as storyLoader, meta as storyMeta } from "../../app/routes/stories.$id";
import { getWriterDb } from "../../app/utils/db.server";
import { hackDayPath, problemPath, projectPath, storyPath } from "../../app/utils/paths";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createHackDay, createOutcome, createProblem, createProject, createUser } from "../factories";
import { makeRequest, run } from "../request";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const ORIGIN = "http://localhost:3000";
type Loader = (args: LoaderFunctionArgs) => unknown;

async function load(loader: Loader, path: string, params: Record<string, string> = {}, userId?: number) {
  return run(async () => loader({ request: await makeRequest(path, { userId }), params, context: {} }));
}
async function response(loader: Loader, path: string, params: Record<string, string> = {}) {
  const result = await load(loader, path, params);
  if (!(result instanceof Response)) throw new Error(`${path} should answer with a Response`);
  return result;
}
/** What a page's meta function makes of its loader's data. */
function metaOf(meta: (args: never) => unknown, data: unknown) {
  return meta({ data } as never) as Record<string, string>[];
}
const property = (tags: Record<string, string>[], name: string) =>
  tags.find((t) => t.property === name || t.name === name)?.content;

const at = (iso: string) => new Date(iso);

describe("/sitemap.xml", () => {
  it("lists the site's pages and exactly the public records, each with its last change", async () => {
    const hackDay = await createHackDay({
      name: "Winter Hack Day",
      status: "open",
      updatedAt: at("2026-02-01T10:00:00Z"),
    });
    await createHackDay({ name: "Secret draft", status: "draft" });
    const problem = await createProblem({
      title: "Falls at night & more",
      updatedAt: at("2026-03-01T10:00:00Z"),
      lastActivityAt: at("2026-03-05T10:00:00Z"),
    });
    await createProblem({ title: "Hidden problem", hiddenAt: at("2026-03-02T10:00:00Z") });
    await createProblem({ title: "Merged duplicate", status: "duplicate", duplicateOfId: problem.id });
    const project = await createProject({
      name: "Night Owl",
      submittedAt: at("2026-03-10T10:00:00Z"),
      updatedAt: at("2026-03-11T10:00:00Z"),
      lastActivityAt: at("2026-03-10T12:00:00Z"),
    });
    const draft = await createProject({ name: "Unsubmitted project" });
    const story = await createOutcome({
      projectId: project.id,
      storyTitle: "Fewer falls",
      storyBody: "Body",
      publishedAt: at("2026-04-01T10:00:00Z"),
      updatedAt: at("2026-04-02T10:00:00Z"),
    });
    await createOutcome({ projectId: project.id, storyTitle: "Not yet", storyBody: "Body" });
    await createOutcome({ projectId: draft.id, storyTitle: "Of a draft", storyBody: "B", publishedAt: new Date() });

    const answer = await response(sitemapLoader, "/sitemap.xml");
    expect(answer).toHaveStatus(200);
    expect(answer.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const url = (path: string, lastmod?: string) =>
      `<url><loc>${ORIGIN}${path.replace(/&/g, "&amp;")}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>\n`;
    expect(await answer.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        ["/", "/problems", "/projects", "/hack-days", "/pipeline", "/impact", "/mentors", "/funders"]
          .map((p) => url(p))
          .join("") +
        url(hackDayPath(hackDay), "2026-02-01T10:00:00Z") +
        url(problemPath(problem), "2026-03-05T10:00:00Z") +
        url(projectPath(project), "2026-03-11T10:00:00Z") +
        url(storyPath({ id: story.id, title: "Fewer falls" }), "2026-04-02T10:00:00Z") +
        "</urlset>\n",
    );
  });

  it("serves numbered parts, and 404 for a part that is not there", async () => {
    const problem = await createProblem({ title: "Only problem" });
    const first = await response(sitemapPartLoader, "/sitemaps/1.xml", { part: "1.xml" });
    expect(first).toHaveStatus(200);
    expect(await first.text()).toContain(`<loc>${ORIGIN}/</loc>`);
    const second = await response(sitemapPartLoader, "/sitemaps/2.xml", { part: "2.xml" });
    expect(await second.text()).toContain(`<loc>${ORIGIN}${problemPath(problem)}</loc>`);
    for (const part of ["3.xml", "0.xml", "x"])
      expect(await response(sitemapPartLoader, `/sitemaps/${part}`, { part }), part).toHaveStatus(404);
  });
});

describe("/robots.txt", () => {
  it("allows public pages, disallows private and account pages, and names the sitemap", async () => {
    const answer = await response(robotsLoader, "/robots.txt");
    expect(answer.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await answer.text()).toBe(
      [
        "# Hackpath: problems, projects, hack days and success stories are public; accounts are not.",
        "User-agent: *",
        "Allow: /",
        "Disallow: /login",
        "Disallow: /signup",
        "Disallow: /logout",
        "Disallow: /forgot-password",
        "Disallow: /reset-password/",
        "Disallow: /confirm-email",
        "Disallow: /unsubscribe/",
        "Disallow: /account-closed",
        "Disallow: /settings",
        "Disallow: /dashboard",
        "Disallow: /notifications",
        "Disallow: /follows",
        "Disallow: /admin",
        "Disallow: /exports/",
        "Disallow: /mentorships/",
        "Disallow: /pipeline/reviews",
        "Disallow: /problems/new",
        "Disallow: /problems/*/edit",
        "Disallow: /projects/new",
        "Disallow: /projects/*/funding",
        "Disallow: /projects/*/mentors",
        "Disallow: /projects/*/pilots",
        "Disallow: /projects/*/stage",
        "Disallow: /projects/*/submission",
        "Disallow: /projects/*/data-use",
        "Disallow: /hack-days/new",
        "Disallow: /hack-days/*/edit",
        "Disallow: /hack-days/*/judging",
        "Disallow: /hack-days/*/feedback",
        "Disallow: /hack-days/*/projects/new",
        "Disallow: /*?*redirectTo=",
        "Disallow: /*.data$",
        "",
        `Sitemap: ${ORIGIN}/sitemap.xml`,
        "",
      ].join("\n"),
    );
  });
});

describe("share cards", () => {
  it("gives a shared story link its title, summary, picture, canonical link and Article", async () => {
    const project = await createProject({ name: "FootPath", submittedAt: at("2026-03-10T10:00:00Z") });
    await getWriterDb().insert(s.projectScreenshots).values({
      projectId: project.id,
      fileName: "shot-a1b2c3.png",
      contentType: "image/png",
      byteSize: 100,
      alt: "The FootPath checklist on a phone",
    });
    const story = await createOutcome({
      projectId: project.id,
      metric: "Missed foot checks",
      baseline: "31",
      result: "9",
      unit: "%",
      storyTitle: "Fewer missed foot checks",
      storyBody: "The practice team now sees every patient with diabetes.",
      publishedAt: at("2026-05-02T09:00:00Z"),
      updatedAt: at("2026-05-03T09:00:00Z"),
    });
    const canonical = idSlug(story.id, "Fewer missed foot checks");
    const data = await load(storyLoader, `/stories/${canonical}`, { id: canonical });
    const tags = metaOf(storyMeta, data);
    const url = `${ORIGIN}/stories/${canonical}`;
    const summary = "Missed foot checks: from 31 % to 9 %. The practice team now sees every patient with diabetes.";
    expect(tags).toEqual([
      { title: "Fewer missed foot checks · Success stories · Hackpath" },
      { name: "description", content: summary },
      { tagName: "link", rel: "canonical", href: url },
      { property: "og:site_name", content: "Hackpath" },
      { property: "og:type", content: "article" },
      { property: "og:title", content: "Fewer missed foot checks" },
      { property: "og:description", content: summary },
      { property: "og:url", content: url },
      { property: "og:locale", content: "en_GB" },
      { property: "og:image", content: `${ORIGIN}/screenshots/shot-a1b2c3.png` },
      { property: "og:image:alt", content: "The FootPath checklist on a phone" },
      { name: "twitter:card", content: "summary_large_image" },
      { name: "twitter:title", content: "Fewer missed foot checks" },
      { name: "twitter:description", content: summary },
      { name: "twitter:image", content: `${ORIGIN}/screenshots/shot-a1b2c3.png` },
      { name: "twitter:image:alt", content: "The FootPath checklist on a phone" },
    ]);
    expect(JSON.parse((data as { jsonLd: string }).jsonLd)).toEqual({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "Fewer missed foot checks",
      description: summary,
      datePublished: "2026-05-02T09:00:00.000Z",
      dateModified: "2026-05-03T09:00:00.000Z",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      author: { "@type": "Organization", name: "FootPath", url: `${ORIGIN}${projectPath(project)}` },
      publisher: { "@type": "Organization", name: "Hackpath", url: `${ORIGIN}/` },
      image: [`${ORIGIN}/screenshots/shot-a1b2c3.png`],
    });
  });

  it("describes problems, projects and hack days with a canonical link, and keeps private views out of search", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const problem = await createProblem({ title: "Falls at night", summary: "Patients fall at night." });
    const problemPage = await load(problemLoader, problemPath(problem), { id: idSlug(problem.id, problem.title) });
    const problemTags = metaOf(problemMeta, problemPage);
    expect(problemTags).toContainEqual({ tagName: "link", rel: "canonical", href: `${ORIGIN}${problemPath(problem)}` });
    expect(property(problemTags, "og:type")).toBe("article");
    expect(property(problemTags, "og:description")).toBe("Patients fall at night.");
    expect(property(problemTags, "og:image")).toBe(`${ORIGIN}/share-card.png`);
    expect(property(problemTags, "twitter:card")).toBe("summary_large_image");
    expect(property(problemTags, "robots")).toBeUndefined();

    const hidden = await createProblem({ title: "Hidden one", hiddenAt: new Date() });
    const hiddenPage = await load(
      problemLoader,
      problemPath(hidden),
      { id: idSlug(hidden.id, hidden.title) },
      organiser.id,
    );
    expect(property(metaOf(problemMeta, hiddenPage), "robots")).toBe("noindex");

    const project = await createProject({
      name: "Night Owl",
      tagline: "Calls for help at night",
      submittedAt: new Date(),
    });
    const projectTags = metaOf(
      projectMeta,
      await load(projectLoader, projectPath(project), { id: idSlug(project.id, project.name) }),
    );
    expect(property(projectTags, "og:url")).toBe(`${ORIGIN}${projectPath(project)}`);
    expect(property(projectTags, "og:description")).toBe("Calls for help at night");
    expect(property(projectTags, "robots")).toBeUndefined();
    const draft = await createProject({ name: "Draft", leadId: organiser.id });
    const draftTags = metaOf(
      projectMeta,
      await load(projectLoader, projectPath(draft), { id: idSlug(draft.id, draft.name) }, organiser.id),
    );
    expect(property(draftTags, "robots")).toBe("noindex");

    const hackDay = await createHackDay({ name: "Winter Hack Day", description: "A day of building." });
    const hackDayTags = metaOf(
      hackDayMeta,
      await load(hackDayLoader, hackDayPath(hackDay), { id: idSlug(hackDay.id, hackDay.name) }),
    );
    expect(hackDayTags[0]).toEqual({ title: "Winter Hack Day · Hack days · Hackpath" });
    expect(property(hackDayTags, "og:title")).toBe("Winter Hack Day");
    expect(property(hackDayTags, "og:url")).toBe(`${ORIGIN}${hackDayPath(hackDay)}`);
  });
});

describe("calendar revisions", () => {
  it("raises SEQUENCE and LAST-MODIFIED when the organiser edits a hack day, on both feeds, with refresh hints", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const startsAt = at("2027-03-14T09:00:00Z");
    const hackDay = await createHackDay({
      organiserId: organiser.id,
      name: "Spring Hack Day",
      startsAt,
      endsAt: at("2027-03-14T17:00:00Z"),
      submissionDeadline: at("2027-03-14T16:00:00Z"),
      createdAt: at("2026-11-01T08:00:00Z"),
      updatedAt: at("2026-11-02T08:00:00Z"),
    });
    const params = { id: idSlug(hackDay.id, hackDay.name) };
    const feed = async () => unfoldIcs(await (await response(calendarLoader, "/hack-days.ics")).text());
    const single = async () =>
      unfoldIcs(await (await response(eventCalendarLoader, `${hackDayPath(hackDay)}/calendar.ics`, params)).text());

    for (const lines of [await feed(), await single()]) {
      expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
      expect(lines).toContain("X-PUBLISHED-TTL:PT1H");
      expect(lines).toContain("SEQUENCE:0");
      expect(lines).toContain("CREATED:20261101T080000Z");
      expect(lines).toContain("LAST-MODIFIED:20261102T080000Z");
      expect(lines).toContain("DTSTAMP:20261102T080000Z");
    }

    const edit = (venue: string) =>
      updateHackDay({
        id: hackDay.id,
        actorId: organiser.id,
        values: {
          name: "Spring Hack Day",
          startsAt,
          endsAt: at("2027-03-14T18:00:00Z"),
          submissionDeadline: at("2027-03-14T16:00:00Z"),
          venue,
        },
      });
    expect(await edit("Thackray Museum, Leeds")).toEqual({ ok: true });
    expect(await edit("Nexus, Leeds")).toEqual({ ok: true });
    for (const lines of [await feed(), await single()]) {
      expect(lines).toContain("SEQUENCE:2");
      expect(lines).toContain("DTEND:20270314T180000Z");
      expect(lines).toContain("LOCATION:Nexus\\, Leeds");
      const modified = lines.find((l) => l.startsWith("LAST-MODIFIED:"))!;
      expect(modified > "LAST-MODIFIED:20261102T080000Z").toBe(true);
      expect(lines.find((l) => l.startsWith("DTSTAMP:"))!.slice(8)).toBe(modified.slice(14));
    }
  });
});
