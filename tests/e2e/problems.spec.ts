import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";
import { latestLinkTo } from "./mail";

// Issue 4 "Done means": a clinician posts a problem (with and without JavaScript), a clinician
// from another organisation endorses it, a developer finds it by a word from its summary, and the
// Atom feed carries it. Every test posts its own problem with a unique title and search word.

const jsOff = () => test.info().project.use.javaScriptEnabled === false;

/** A short run-unique token: part of titles, and a word nobody else's problem contains. */
const uniqueToken = () =>
  `${test.info().project.name.replace(/\W/g, "")}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newContext().then((c) => c.newPage());
  await signIn(page, email);
  return page;
}

type Canvas = { title: string; summary: string };

/** Fills every required part of the canvas, and one optional part, in the post form. */
async function fillCanvas(page: Page, { title, summary }: Canvas) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page
    .getByLabel("Who is affected", { exact: true })
    .fill("Older people discharged home from the acute medical unit, and their district nurses.");
  await page.getByLabel("How often it happens", { exact: true }).fill("Several times a week on each ward.");
  await page
    .getByLabel("Current workaround (optional)")
    .fill("The nurse in charge phones the district nursing hub and hopes someone answers.");
  await page
    .getByLabel("What good would look like", { exact: true })
    .fill("Every discharge with a nursing need reaches the community team before the patient gets home.");
  await page.getByLabel("Care setting", { exact: true }).selectOption({ label: "Community" });
  await page.getByLabel("Specialty", { exact: true }).selectOption({ label: "Older people and frailty" });
  await page.getByLabel("Tags (optional)").fill("discharge, community nursing");
  await page.getByLabel(/I confirm this problem contains no patient-identifiable information/).check();
}

/** Posts a problem as the signed-in clinician, through a preview first; returns its address. */
async function postProblem(page: Page, canvas: Canvas): Promise<string> {
  await page.goto("/problems");
  await page.getByRole("link", { name: "Post a problem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Post a problem" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Do not include patient-identifiable information");
  await expectNoAxeViolations(page);
  await fillCanvas(page, canvas);

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: canvas.title });
  await expect(preview).toContainText("Preview: not posted yet");
  await expect(preview).toContainText(canvas.summary);
  await expect(preview).toContainText("Tags: discharge, community nursing");
  // Nothing is posted by a preview, and every field is still filled in.
  await expect(page).toHaveURL(/\/problems\/new$/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(canvas.title);
  await expect(page.getByLabel("Specialty", { exact: true })).toHaveValue("older_people_frailty");
  await expect(page.getByLabel(/I confirm this problem contains no patient-identifiable information/)).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Post problem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: canvas.title })).toBeVisible();
  await expect(page).toHaveURL(/\/problems\/\d+-[a-z0-9-]+\?notice=problem-posted$/);
  await expect(page.getByRole("status")).toHaveText(
    "Your problem is posted. Clinicians can now endorse it and developers can pick it up.",
  );
  await expect(page.getByRole("main")).toContainText(canvas.summary);
  await expect(page.getByRole("main").getByRole("list", { name: "Tags" })).toContainText("community nursing");
  await expectNoAxeViolations(page);
  return new URL(page.url()).pathname;
}

const demand = (page: Page) => page.getByRole("region", { name: "Happens here too" });

test.describe("problems @core", () => {
  test("bad input on the post form shows the error summary and keeps what was typed", async ({ browser }) => {
    const clinician = await as(browser, demo.clinician);
    await clinician.goto("/problems/new");
    await clinician.getByLabel("Title", { exact: true }).fill("Too short");
    const summary = "Referral letters arrive without the reason for referral.";
    await clinician.getByLabel("Summary", { exact: true }).fill(summary);
    await clinician.getByLabel("Care setting", { exact: true }).selectOption({ label: "Primary care" });
    const posted = jsOff()
      ? clinician.waitForResponse(
          (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/problems/new",
        )
      : null;
    await clinician.getByRole("button", { name: "Post problem" }).click();
    if (posted) expect((await posted).status()).toBe(400);

    const summaryBox = clinician.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summaryBox).toBeVisible();
    // Screen readers hear the error with the page title, with JavaScript on or off.
    await expect(clinician).toHaveTitle("Error: Post a problem · Hackpath");
    await expect(summaryBox.getByRole("link", { name: "Title: A title must be at least 10 characters" })).toBeVisible();
    await expect(summaryBox.getByRole("link", { name: /^Who is affected: / })).toBeVisible();
    await expect(summaryBox.getByRole("link", { name: /^No patient-identifiable information: Confirm/ })).toBeVisible();
    const title = clinician.getByLabel("Title", { exact: true });
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toHaveAccessibleDescription(/A title must be at least 10 characters/);
    await expect(title).toHaveValue("Too short");
    await expect(clinician.getByLabel("Summary", { exact: true })).toHaveValue(summary);
    await expect(clinician.getByLabel("Care setting", { exact: true })).toHaveValue("primary_care");
    await expect(clinician).toHaveURL(/\/problems\/new$/);
    await expectNoAxeViolations(clinician);

    // The summary's links take you to the field.
    await summaryBox.getByRole("link", { name: /^Title: / }).click();
    await expect(clinician).toHaveURL(/#problem-form-title$/);
  });

  test("a clinician posts a problem, another organisation endorses it, a developer finds it, the feed carries it", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const token = uniqueToken();
    const word = `zq${token}`.toLowerCase();
    const canvas = {
      title: `District nurses are not told about discharges ${token}`,
      summary: `Patients go home from the acute medical unit needing insulin or wound care, but the ${word} referral to the district nursing team is sent by fax and often lost, so the first visit is missed.`,
    };
    const organisationOfNewcomer = `Calderdale Community Care ${token}`;
    const author = await as(browser, demo.clinician);
    let href = "";

    await test.step("the clinician posts it after a preview", async () => {
      href = await postProblem(author, canvas);
      await expect(demand(author)).toContainText(/0\s*people in 0 organisations/);
      await expect(demand(author)).toContainText("You posted this problem");
    });

    await test.step("a clinician from another trust endorses it", async () => {
      const mentor = await as(browser, demo.mentor);
      await mentor.goto(href);
      await expectNoAxeViolations(mentor);
      const form = demand(mentor);
      await expect(form.getByLabel("Your organisation")).toHaveValue(/\S/);
      await form.getByLabel("A note (optional)").fill("Same on our frailty unit: faxes to the hub go missing.");
      await form.getByRole("button", { name: "This happens here too" }).click();
      await expect(mentor.getByRole("status")).toContainText("your endorsement is added");
      await expect(demand(mentor)).toContainText(/1\s*person in 1 organisation\b/);
      await expect(demand(mentor)).toContainText("Same on our frailty unit");
      await expect(demand(mentor).getByRole("button", { name: "Withdraw my endorsement" })).toBeVisible();
      await expectNoAxeViolations(mentor);
    });

    await test.step("a newly signed-up clinician from a third organisation endorses it too", async () => {
      const newcomer = await browser.newContext().then((c) => c.newPage());
      const organisation = organisationOfNewcomer;
      const email = `endorser-${token}@example.test`;
      await newcomer.goto(`/login?redirectTo=${encodeURIComponent(href)}`);
      await newcomer.getByRole("main").getByRole("link", { name: "Create an account" }).click();
      await newcomer.getByLabel("Full name").fill(`Nadia Okafor ${token}`);
      await newcomer.getByLabel("Email address").fill(email);
      await newcomer.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase 42");
      await newcomer.getByLabel("Organisation (optional)").fill(organisation);
      await newcomer.getByLabel(/^Clinician:/).check();
      await newcomer.getByRole("button", { name: "Create account" }).click();
      // Sign-up keeps where they were going: back to the problem.
      await expect(newcomer.getByRole("heading", { level: 1, name: canvas.title })).toBeVisible();
      // Until the address is confirmed, the reminder stands where the endorse form will be.
      await expect(demand(newcomer)).toContainText("Confirm your email address to endorse a problem.");
      await expect(demand(newcomer).getByLabel("Your organisation")).toHaveCount(0);
      await expectNoAxeViolations(newcomer);
      // They follow the link in the confirmation email, confirm, and come back.
      await newcomer.goto(await latestLinkTo(email, "/confirm-email/"));
      await newcomer.getByRole("button", { name: `Confirm ${email}` }).click();
      await expect(newcomer.getByText(/^Your email address is confirmed\./)).toBeVisible();
      await newcomer.goto(href);
      await expect(demand(newcomer).getByLabel("Your organisation")).toHaveValue(organisation);
      await demand(newcomer).getByRole("button", { name: "This happens here too" }).click();
      await expect(newcomer.getByRole("status")).toContainText("your endorsement is added");
      await expect(demand(newcomer)).toContainText(/2\s*people in 2 organisations/);
      await expect(demand(newcomer)).toContainText(organisation);
      await expectNoAxeViolations(newcomer);
    });

    await test.step("the author is told about the endorsements", async () => {
      await author.goto("/dashboard");
      const notifications = author.getByRole("region", { name: /^Notifications/ });
      await expect(notifications).toContainText(
        `at ${organisationOfNewcomer} said “${canvas.title}” happens there too`,
      );
      await expectNoAxeViolations(author);
    });

    await test.step("a developer finds it by a word from its summary", async () => {
      const developer = await as(browser, demo.developer);
      await developer.goto("/problems");
      await developer.getByLabel("Search problems").fill(word);
      await developer.getByRole("button", { name: "Apply filters" }).click();
      await expect(developer).toHaveURL(new RegExp(`[?&]q=${word}`));
      await expect(developer.getByRole("heading", { name: /^1 problem matching/ })).toBeVisible();
      const card = developer.getByRole("listitem").filter({ has: developer.getByRole("link", { name: canvas.title }) });
      await expect(card).toContainText("2 people from 2 organisations");
      await expectNoAxeViolations(developer);
      await card.getByRole("link", { name: canvas.title }).click();
      await expect(developer.getByRole("heading", { level: 1, name: canvas.title })).toBeVisible();
      await expect(demand(developer)).toContainText("Only clinicians can endorse problems");
      await expectNoAxeViolations(developer);
    });

    await test.step("the Atom feed carries it", async () => {
      const response = await author.request.get("/problems.atom");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/i);
      const entry = xml.split("<entry>").find((e) => e.includes(canvas.title));
      expect(entry, "the new problem is an entry in the feed").toBeDefined();
      expect(entry).toContain(`${href}"`);
      expect(entry).toContain(word);
      expect(entry).toContain("<name>Dr Priya Raman</name>");
    });
  });
});

test("a clinician posts and reads a problem on a phone @phone", async ({ page }) => {
  const noSideways = async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(1);
  };
  const token = uniqueToken();
  await signIn(page, demo.clinician);
  await page.goto("/problems/new");
  await noSideways();
  // Every control fits the screen: nothing is cut off at the right-hand edge.
  const width = page.viewportSize()?.width ?? 0;
  for (const control of [
    page.getByLabel("Title", { exact: true }),
    page.getByLabel("Summary", { exact: true }),
    page.getByLabel("Care setting", { exact: true }),
  ]) {
    const box = await control.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, "a form control fits the screen").toBe(true);
  }
  const canvas = {
    title: `Phone-posted problem about discharge letters ${token}`,
    summary:
      "Discharge letters reach the GP practice days after the patient is home, so medication changes are missed at the first review.",
  };
  await fillCanvas(page, canvas);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: canvas.title })).toContainText("Preview: not posted yet");
  await noSideways();
  const post = page.getByRole("button", { name: "Post problem" });
  // A tap target of at least 24 by 24 CSS pixels (WCAG 2.2 target size).
  const box = await post.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
  await post.tap();
  await expect(page.getByRole("heading", { level: 1, name: canvas.title })).toBeVisible();
  await noSideways();
  await expect(demand(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/problems?q=${token}`);
  await expect(page.getByRole("link", { name: canvas.title })).toBeVisible();
  await noSideways();
});
