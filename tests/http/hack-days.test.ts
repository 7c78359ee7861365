/**
 * Hack days from outside, over real HTTP against the built server: the calendar feed as a
 * calendar client fetches it, score privacy before publication for every kind of visitor (pages
 * and their `.data` twins), and uploaded screenshots' headers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import { idSlug } from "../../app/utils/slug";
import * as s from "../../db/schema";
import { createHackDay, createJudgingCriterion, createProject, createUser } from "../factories";
import { sessionCookieFor, startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import type { TestServer } from "./server";

const SECRET = "Only-judge-A-wrote-this";

describe("hack days over HTTP", () => {
  let server: TestServer;
  let base: string;
  let hackDay: s.HackDay;
  let criteria: { id: number }[];
  let cookies: { judgeA: string; judgeB: string; member: string; organiser: string; visitor: string };
  let alpha: s.Project;

  beforeAll(async () => {
    server = await startServerWithDb();
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000);
    hackDay = await createHackDay({
      name: "Privacy Hack",
      status: "judging",
      startsAt: hours(-8),
      endsAt: hours(-1),
      submissionDeadline: hours(-2),
    });
    base = `/hack-days/${idSlug(hackDay.id, hackDay.name)}`;
    criteria = [
      await createJudgingCriterion({ hackDayId: hackDay.id, name: "Insight", weight: 2, position: 0 }),
      await createJudgingCriterion({ hackDayId: hackDay.id, name: "Demo", weight: 1, position: 1 }),
    ];
    const [judgeA, judgeB, member, visitor] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser(),
    ]);
    await getWriterDb()
      .insert(s.judges)
      .values([
        { hackDayId: hackDay.id, userId: judgeA!.id },
        { hackDayId: hackDay.id, userId: judgeB!.id },
      ]);
    alpha = await createProject({
      hackDayId: hackDay.id,
      members: [member!.id],
      submittedAt: hours(-3),
      name: "Alpha",
    });
    cookies = {
      judgeA: await sessionCookieFor(judgeA!.id),
      judgeB: await sessionCookieFor(judgeB!.id),
      member: await sessionCookieFor(member!.id),
      organiser: await sessionCookieFor(hackDay.organiserId),
      visitor: await sessionCookieFor(visitor!.id),
    };
  });
  afterAll(() => server?.stop());

  it("serves /hack-days.ics as text/calendar with CRLF lines of at most 75 octets", async () => {
    const response = await getPage(server, "/hack-days.ics");
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain(`UID:hack-day-${hackDay.id}@127.0.0.1`);
    const single = await getPage(server, `${base}/calendar.ics`);
    expect(single.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
  });

  it("keeps a judge's scores away from everyone else until the results are published", async () => {
    const sheet = {
      "scores[0].criterionId": String(criteria[0]!.id),
      "scores[0].score": "5",
      "scores[0].comment": SECRET,
      "scores[1].criterionId": String(criteria[1]!.id),
      "scores[1].score": "4",
      "scores[1].comment": "",
    };
    // A score sheet posted from another site is refused before it reaches the app.
    const forged = await postForm(server, `${base}/judging/${alpha.id}`, sheet, {
      cookie: cookies.judgeA,
      headers: { Origin: "https://evil.example" },
    });
    expect(forged).toHaveStatus(403);
    const saved = await postForm(server, `${base}/judging/${alpha.id}`, sheet, { cookie: cookies.judgeA });
    expect(saved).toHaveStatus(302);
    // The judge sees their own comment.
    expect(await (await getPage(server, `${base}/judging/${alpha.id}`, { cookie: cookies.judgeA })).text()).toContain(
      SECRET,
    );

    const looks: [string, string | undefined][] = [
      [base, undefined],
      [`${base}.data`, undefined],
      [`${base}/results`, undefined],
      [`${base}/results.data`, undefined],
      ["/hack-days.ics", undefined],
      ["/api/v1/hack-days", undefined],
      [`/projects/${idSlug(alpha.id, alpha.name)}`, undefined],
      [base, cookies.member],
      [`${base}/feedback`, cookies.member],
      [`${base}/feedback.data`, cookies.member],
      [`/projects/${alpha.id}/team`, cookies.member],
      [`${base}/judging/${alpha.id}`, cookies.judgeB],
      [`${base}/judging/${alpha.id}.data`, cookies.judgeB],
      [`${base}/judging`, cookies.judgeB],
      [`${base}/results`, cookies.visitor],
      [`${base}/judging/${alpha.id}`, cookies.visitor],
      [`${base}/judging/setup`, cookies.organiser],
      [`${base}/judging/awards`, cookies.organiser],
    ];
    for (const [path, cookie] of looks) {
      const response = await getPage(server, path, { cookie });
      expect(response.status, path).toBeLessThan(500);
      expect(await response.text(), `${path} must not show judge A's comment`).not.toContain(SECRET);
    }
    expect(await getPage(server, `${base}/judging/${alpha.id}`, { cookie: cookies.visitor })).toHaveStatus(403);
    expect(await getPage(server, `${base}/judging/awards`, { cookie: cookies.judgeB })).toHaveStatus(403);

    // Published: the team sees the comment (without judge A's name); the public still does not.
    expect(
      await postForm(server, `${base}/judging/awards`, { intent: "publish" }, { cookie: cookies.organiser }),
    ).toHaveStatus(302);
    const feedback = await (await getPage(server, `${base}/feedback`, { cookie: cookies.member })).text();
    expect(feedback).toContain(SECRET);
    expect(feedback).toMatch(/Judge (<!-- -->)?1/);
    expect(await (await getPage(server, `${base}/results`)).text()).not.toContain(SECRET);
    expect(await getPage(server, `${base}/feedback`, { cookie: cookies.visitor })).toHaveStatus(403);
  });

  it("serves an uploaded screenshot with its checked type and safe headers", async () => {
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000);
    const live = await createHackDay({
      status: "live",
      startsAt: hours(-1),
      endsAt: hours(5),
      submissionDeadline: hours(3),
    });
    const project = await createProject({ hackDayId: live.id });
    const form = new FormData();
    for (const [k, v] of Object.entries({
      name: "Shot",
      tagline: "t",
      description: "A description long enough to pass.",
      licence: "MIT",
      declaredNoPii: "on",
      declaredMaySubmit: "on",
      declaredIpPolicy: "on",
    }))
      form.append(k, v);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    form.append("uploads", new File([jpeg], "photo.png", { type: "image/png" }));
    const response = await postForm(server, `/projects/${project.id}/submission`, form, {
      cookie: await sessionCookieFor(project.leadId),
    });
    expect(response).toHaveStatus(302);
    const [shot] = (await getWriterDb().select().from(s.projectScreenshots)).filter((r) => r.projectId === project.id);
    expect(shot?.contentType).toBe("image/jpeg");
    const image = await getPage(server, `/screenshots/${shot!.fileName}`);
    expect(image).toHaveStatus(200);
    expect(image.headers.get("Content-Type")).toBe("image/jpeg");
    expect(image.headers.get("X-Content-Type-Options")).toContain("nosniff");
    expect(image.headers.get("Content-Disposition")).toBe(`inline; filename="${shot!.fileName}"`);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(jpeg);
    expect(await getPage(server, "/screenshots/not-ours.png")).toHaveStatus(404);
  });
});
