import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

test("a lead accepts a mentor's offer from the notification", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "chromium", "accepting changes the demo data once");
  await signIn(page, demo.developer);
  await page.goto("/notifications");
  await page.getByRole("link", { name: "Sunil Varma offered to mentor BP Diary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mentors: BP Diary" })).toBeVisible();
  await expectNoAxeViolations(page);
  const offer = page.getByRole("listitem").filter({ hasText: "Sunil Varma" });
  await expect(offer).toContainText("Offered by the mentor");
  await offer.getByLabel("Message (optional)").fill("Yes please: the pen test scope first.");
  await offer.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("status")).toContainText("The mentorship is active.");
  await expect(page.getByRole("listitem").filter({ hasText: "Sunil Varma" })).toContainText("Active");
});

test("@core a mentor keeps a session note that the team reads and a stranger cannot", async ({ browser }, testInfo) => {
  const note = `Hazard log reviewed (${testInfo.project.name}): two new hazards for missed alerts.`;
  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, demo.mentor);
  await mentor.goto("/projects?q=StrokeLink");
  await mentor
    .getByRole("link", { name: /StrokeLink/ })
    .first()
    .click();
  await mentor.waitForURL(/\/projects\/\d+-strokelink$/);
  await mentor.goto(`${new URL(mentor.url()).pathname}/mentors`);
  await mentor
    .getByRole("link", { name: /^Session notes/ })
    .first()
    .click();
  await expect(mentor.getByRole("heading", { level: 1 })).toContainText("StrokeLink");
  await mentor.getByLabel("What you talked about").fill(note);
  await mentor.getByLabel("Next step (optional)").fill("The team updates the hazard log before Friday.");
  await mentor.getByRole("button", { name: "Save the note" }).click();
  await expect(mentor.getByRole("status")).toBeVisible();
  await expect(mentor.getByText(note)).toBeVisible();
  await expectNoAxeViolations(mentor);
  const notesPath = new URL(mentor.url()).pathname;

  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, demo.funder);
  const answer = await stranger.goto(notesPath);
  expect(answer?.status()).toBe(404);
  await expect(stranger.getByText(note)).toHaveCount(0);
  await mentor.close();
  await stranger.close();
});

test("@core anyone signed in follows a problem and finds it on their notifications page", async ({
  page,
}, testInfo) => {
  // Each browser project follows as a different person, so a run never finds it followed already.
  await signIn(page, testInfo.project.name === "no-js" ? demo.organiser : demo.funder);
  await page.goto("/problems");
  const link = page.getByRole("heading", { level: 2 }).getByRole("link").first();
  const title = ((await link.textContent()) ?? "").trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Follow this problem" }).click();
  await expect(page.getByRole("status")).toContainText("You are following it.");
  await expect(page.getByRole("button", { name: "Stop following this problem" })).toBeVisible();
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("@core a mentor offers help where her expertise is needed, the lead accepts, and at capacity she cannot take another", async ({
  browser,
}) => {
  const mentor = await (await browser.newContext()).newPage();
  const lead = await (await browser.newContext()).newPage();
  await signIn(mentor, demo.mentor);
  await signIn(lead, demo.developer);

  await test.step("the mentor's dashboard suggests BP Diary, with the reason", async () => {
    await mentor.goto("/dashboard");
    const suggestion = mentor
      .getByRole("listitem")
      .filter({ has: mentor.getByRole("link", { name: "BP Diary", exact: true }) });
    await expect(suggestion).toContainText("C1 clinical safety (DCB0129)");
    await expect(suggestion).toContainText("need your expertise");
    await suggestion.getByRole("link", { name: "Offer to mentor BP Diary" }).click();
    await expect(mentor.getByRole("heading", { level: 1, name: "Mentors: BP Diary" })).toBeVisible();
    await mentor
      .getByLabel("Message for the team lead")
      .fill("I can take your DCB0129 hazard log through to sign-off.");
    await mentor.getByRole("button", { name: "Offer to mentor" }).click();
    await expect(mentor.getByRole("status")).toContainText("Your offer is sent to the team lead.");
  });

  await test.step("the lead accepts the offer from the notification", async () => {
    await lead.goto("/notifications");
    await lead.getByRole("link", { name: "Dr Helen Marsh offered to mentor BP Diary" }).first().click();
    const offer = lead
      .getByRole("listitem")
      .filter({ hasText: "Dr Helen Marsh" })
      .filter({ has: lead.getByRole("button", { name: "Accept" }) });
    await expect(offer).toContainText("I can take your DCB0129 hazard log through to sign-off.");
    await offer.getByRole("button", { name: "Accept" }).click();
    await expect(lead.getByRole("status")).toContainText("The mentorship is active.");
  });

  await test.step("now at capacity, the mentor cannot accept Just in Case's request", async () => {
    await mentor.goto("/notifications");
    await mentor.getByRole("link", { name: "Just in Case asked you to mentor them" }).first().click();
    const request = mentor.getByRole("listitem").filter({ has: mentor.getByRole("button", { name: "Accept" }) });
    await request.getByRole("button", { name: "Accept" }).click();
    await expect(mentor.getByText(/The mentor is at capacity \(4 active projects\)/)).toBeVisible();
    await expectNoAxeViolations(mentor);
  });

  await test.step("the mentor marks BP Diary completed, which frees the place again", async () => {
    await mentor.goto(new URL(lead.url()).pathname);
    const active = mentor.getByRole("listitem").filter({ has: mentor.getByRole("button", { name: "Mark completed" }) });
    await active.getByLabel("To end the mentorship: why?").fill("The hazard log is signed off.");
    await active.getByRole("button", { name: "Mark completed" }).click();
    await expect(mentor.getByRole("status")).toContainText("The mentorship is marked completed.");
  });
  await mentor.close();
  await lead.close();
});
