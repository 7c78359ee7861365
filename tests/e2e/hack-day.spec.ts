import { expect, test, type Browser, type Page } from "@playwright/test";
import { toUkLocalInput } from "../../app/domain/hack-day-time";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

// PNG signature and IHDR of a 1×1 image: enough for the server's content check.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==",
  "base64",
);

async function as(browser: Browser, email: string, password?: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

const hoursFromNow = (h: number) => toUkLocalInput(new Date(Date.now() + h * 3_600_000));

test("an organiser runs a hack day end to end @core", async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const hackDayName = `E2E Hack Day ${stamp}`;
  const teamA = `Alpha ${stamp}`;
  const teamB = `Beta ${stamp}`;

  const organiser = await as(browser, demo.organiser);
  let href = "";

  await test.step("the organiser creates a draft hack day", async () => {
    await organiser.goto("/hack-days/new");
    await expectNoAxeViolations(organiser);
    await organiser.getByLabel("Name").fill(hackDayName);
    await organiser
      .getByLabel("Description (optional)")
      .fill("A day to build for the NHS, from end to end in a browser test.");
    await organiser.getByLabel("Starts").fill(hoursFromNow(-2));
    await organiser.getByLabel("Ends").fill(hoursFromNow(8));
    await organiser.getByLabel("Submission deadline").fill(hoursFromNow(4));
    await organiser.getByLabel("Venue (optional)").fill("Leeds General Infirmary, Great George Street");
    await organiser.getByLabel("Capacity (optional)").fill("30");
    await organiser.getByRole("button", { name: "Save as a draft" }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: hackDayName })).toBeVisible();
    await expect(organiser.getByRole("status")).toContainText("saved as a draft");
    href = new URL(organiser.url()).pathname;
    await expectNoAxeViolations(organiser);
  });

  await test.step("…shortlists a clinician's problem and opens registration", async () => {
    await organiser.goto("/problems?status=open");
    const link = organiser.getByRole("main").locator("a[href^='/problems/']:not([href='/problems/new'])").first();
    const problemTitle = ((await link.textContent()) ?? "").trim();
    await organiser.goto(href);
    await organiser.getByLabel("Find a problem to shortlist").fill(problemTitle);
    await organiser.getByRole("button", { name: "Search", exact: true }).click();
    await organiser
      .getByRole("list", { name: `Problems matching ${problemTitle}` })
      .getByRole("button", { name: `Shortlist ${problemTitle}` })
      .click();
    await expect(organiser.getByRole("status")).toContainText("on the shortlist");
    await expect(
      organiser.getByRole("region", { name: "Shortlisted problems" }).getByRole("link", { name: problemTitle }),
    ).toBeVisible();
    await organiser.getByRole("button", { name: "Open registration" }).click();
    await expect(organiser.getByText("Open for registration").first()).toBeVisible();
  });

  await test.step("the judges are appointed", async () => {
    await organiser.goto(`${href}/judging/setup`);
    await expectNoAxeViolations(organiser);
    for (const email of [demo.mentor, demo.funder]) {
      await organiser.getByLabel("Appoint a judge").fill(email);
      await organiser.getByRole("button", { name: "Appoint", exact: true }).click();
      await expect(organiser.getByRole("status")).toContainText("judge is appointed");
    }
  });

  const developer = await as(browser, demo.developer);
  // The second team's lead is a new user who signs up on the day.
  const newcomer = await browser.newContext().then((c) => c.newPage());
  const newcomerEmail = `newcomer-${stamp}@example.test`;

  await test.step("two teams register and start projects on the shortlisted problem", async () => {
    await newcomer.goto("/signup");
    await newcomer.getByLabel("Full name").fill(`Nia Newcomer ${stamp}`);
    await newcomer.getByLabel("Email address").fill(newcomerEmail);
    await newcomer.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase 42");
    await newcomer.getByLabel(/^Developer:/).check();
    await newcomer.getByRole("button", { name: "Create account" }).click();
    await expect(newcomer).not.toHaveURL(/\/signup/);

    for (const [page, name] of [
      [developer, teamA],
      [newcomer, teamB],
    ] as const) {
      await page.goto(href);
      await page.getByRole("button", { name: "Register" }).click();
      await expect(page.getByRole("status")).toContainText("You are registered");
      await page.getByRole("link", { name: "Start a project" }).first().click();
      await expectNoAxeViolations(page);
      await page.getByLabel("Problem").selectOption({ index: 1 });
      await page.getByLabel("Project name").fill(name);
      await page.getByRole("button", { name: "Start the project" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Team: ${name}` })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  await test.step("the organiser takes the hack day live", async () => {
    await organiser.goto(href);
    await organiser.getByRole("button", { name: "Go live: open submissions" }).click();
    await expect(organiser.getByText("Live").first()).toBeVisible();
  });

  const submit = async (page: Page, name: string, description: string) => {
    await page.goto(href);
    await page.getByRole("link", { name: "Submit your project" }).click();
    await page.getByLabel("Tagline").fill(`${name} makes the problem smaller`);
    await page.getByLabel("What you built").fill(description);
    await page.getByLabel("Repository link").fill("https://github.com/example/hackpath-e2e");
    await page.getByLabel("Licence").fill("MIT");
    await page
      .getByLabel("Add screenshots (optional)")
      .setInputFiles({ name: "screen.png", mimeType: "image/png", buffer: PNG });
    await page.getByLabel(/No patient-identifiable data/).check();
    await page.getByLabel(/The team may submit this work/).check();
    await page.getByLabel(/employer's intellectual property policy/).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Submit the project" }).click();
  };

  await test.step("both teams submit before the deadline", async () => {
    await submit(developer, teamA, "A ward dashboard that shows every patient's next step, built with synthetic data.");
    await expect(developer.getByRole("status")).toContainText("Your project is submitted");
    await expect(developer.getByRole("img", { name: `Screenshot 1 of ${teamA}` })).toBeVisible();
    await submit(
      newcomer,
      teamB,
      "A text-message reminder service for follow-up appointments, built with synthetic data.",
    );
    await expect(newcomer.getByRole("status")).toContainText("Your project is submitted");
  });

  await test.step("after the deadline an edit is refused and what was typed is kept", async () => {
    // The organiser brings the deadline forward to a time already past.
    await organiser.goto(`${href}/edit`);
    await organiser.getByLabel("Submission deadline").fill(hoursFromNow(-1));
    await organiser.getByRole("button", { name: "Save changes" }).click();
    await expect(organiser.getByRole("status")).toContainText("changes are saved");

    await newcomer.reload();
    const late = "Edited too late: this text must survive the refusal.";
    await newcomer.getByLabel("What you built").fill(late);
    await newcomer.getByRole("button", { name: "Save the submission" }).click();
    await expect(newcomer.getByRole("alert")).toContainText("deadline has passed");
    await expect(newcomer.getByLabel("What you built")).toHaveValue(late);
    await expectNoAxeViolations(newcomer);
  });

  await test.step("judging: one judge is refused the project they declared a conflict with", async () => {
    await organiser.goto(href);
    await organiser.getByRole("button", { name: "Close submissions and start judging" }).click();
    await expect(organiser.getByText("Judging").first()).toBeVisible();

    const mentor = await as(browser, demo.mentor);
    await mentor.goto(`${href}/judging`);
    await expectNoAxeViolations(mentor);
    const betaRow = mentor.getByRole("listitem").filter({ hasText: teamB });
    await betaRow.getByText(`Declare a conflict`).click();
    await betaRow.getByLabel("Why you have a conflict").fill("I mentored this team's lead last year.");
    await betaRow.getByRole("button", { name: "Declare the conflict" }).click();
    await expect(mentor.getByRole("status").first()).toContainText("conflict of interest is recorded");
    await expect(mentor.getByRole("listitem").filter({ hasText: teamB })).toContainText("Conflict");
    // Going to the score sheet by its address is refused too.
    await organiser.goto(href);
    const betaHref =
      (await organiser
        .getByRole("region", { name: "Teams and submissions" })
        .getByRole("link", { name: teamB, exact: true })
        .getAttribute("href")) ?? "";
    const betaId = /\/projects\/(\d+)/.exec(betaHref)?.[1] ?? "";
    await mentor.goto(`${href}/judging/${betaId}`);
    await expect(mentor.getByRole("alert")).toContainText("declared a conflict");

    const scoreAll = async (page: Page, project: string, score: string) => {
      await page.goto(`${href}/judging`);
      await page.getByRole("link", { name: `Score for ${project}` }).click();
      // `all()` does not wait: be on the score sheet first.
      await expect(page.getByRole("heading", { level: 1, name: `Score ${project}` })).toBeVisible();
      for (const group of await page.getByRole("group", { name: /^Score for / }).all())
        await group.getByLabel(score).check();
      await page.getByLabel(/^Comment on Problem and insight/).fill(`Feedback for ${project}`);
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Save scores" }).click();
      await expect(page.getByRole("status").first()).toContainText("scores are saved");
    };
    await scoreAll(mentor, teamA, "5: outstanding");
    await expect(mentor.getByText("You have scored 1 of 1 project")).toBeVisible();

    const funder = await as(browser, demo.funder);
    await scoreAll(funder, teamA, "4: very good");
    await scoreAll(funder, teamB, "3: good");

    // Before publication nobody else sees a score: not the teams, not the public results.
    await developer.goto(`${href}/results`);
    await expect(developer.getByText("will appear here when the organiser publishes them")).toBeVisible();
    await expect(developer.getByText("Feedback for")).toHaveCount(0);
  });

  await test.step("the organiser names the winner and publishes the results", async () => {
    await organiser.goto(`${href}/judging/awards`);
    await expect(organiser.getByText("Private until you publish")).toBeVisible();
    await expectNoAxeViolations(organiser);
    await organiser.getByRole("textbox", { name: "Award name" }).fill("Winner");
    await organiser.getByRole("combobox", { name: "Project" }).selectOption({ label: `1. ${teamA}` });
    await organiser.getByRole("button", { name: "Add the award" }).click();
    await expect(organiser.getByRole("status")).toContainText("award is added");
    await organiser.getByRole("link", { name: "Publish the results…" }).click();
    await expect(
      organiser.getByText(`Publish the results of ${hackDayName} now? This cannot be undone.`),
    ).toBeVisible();
    await organiser.getByRole("button", { name: "Yes, publish the results" }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: `Results: ${hackDayName}` })).toBeVisible();
    await expect(organiser.getByRole("region", { name: "Awards" })).toContainText(teamA);
    await expectNoAxeViolations(organiser);
  });

  await test.step("each team sees its own feedback, and the winner is in the pipeline", async () => {
    await developer.goto(`${href}/feedback`);
    await expect(developer.getByText(`Feedback for ${teamA}`).first()).toBeVisible();
    await expect(developer.getByText(`Feedback for ${teamB}`)).toHaveCount(0);
    await expect(developer.getByText("ranked 1 of 2")).toBeVisible();
    await expectNoAxeViolations(developer);

    const visitor = await browser.newContext().then((c) => c.newPage());
    await visitor.goto(`${href}/results`);
    await expect(visitor.getByRole("table")).toContainText(teamA);
    await expect(visitor.getByText(`Feedback for ${teamA}`)).toHaveCount(0);
    await visitor.goto("/pipeline?stage=prototype");
    await expect(visitor.getByRole("main").getByText(teamA).first()).toBeVisible();
  });
});

test("the hack day calendar is a valid iCalendar file", async ({ request }) => {
  const response = await request.get("/hack-days.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text).toContain("BEGIN:VEVENT\r\n");
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
});
