import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const headerLinks = ["Problems", "Hack days", "Projects", "Pipeline", "Mentors", "Funders", "Impact"];

test.describe("walking the site as a visitor @core", () => {
  test("the home page shows live figures and passes axe", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
    await expect(page.getByRole("main")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const name of headerLinks) {
    test(`the header link "${name}" opens a page that passes axe`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page).not.toHaveTitle(/error|not found/i);
      await expectNoAxeViolations(page);
    });
  }

  test("the footer's service pages open and pass axe", async ({ page }) => {
    for (const [name, heading] of [
      ["Privacy", "Privacy notice"],
      ["Cookies", "Cookies"],
      ["Accessibility statement", "Accessibility statement for Hackpath"],
      ["Terms of use", "Terms of use"],
      ["Contact us", "Contact us"],
    ] as const) {
      await page.goto("/");
      await page.getByRole("navigation", { name: "This service" }).getByRole("link", { name, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test("a visitor writes to the service from the contact page", async ({ page }) => {
    await page.goto("/contact");
    await page.getByRole("button", { name: "Send your message" }).click();
    await expect(page.getByRole("alert")).toContainText("Choose what your message is about");
    await page.getByRole("radio", { name: "Something is wrong or broken" }).check();
    await page.getByLabel("Your message").fill("The hack day map does not load on my phone.");
    await page.getByRole("button", { name: "Send your message" }).click();
    await expect(page.getByRole("status")).toContainText("your message is sent");
  });

  test("a visitor opens a problem and then a project", async ({ page }) => {
    await page.goto("/problems");
    const firstProblem = page.getByRole("main").locator("a[href^='/problems/']:not([href='/problems/new'])").first();
    const problemTitle = (await firstProblem.textContent())?.trim() ?? "";
    await firstProblem.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(problemTitle);
    await expectNoAxeViolations(page);

    await page.goto("/projects");
    const firstProject = page.getByRole("main").locator("a[href^='/projects/']:not([href='/projects/new'])").first();
    const projectName = (await firstProject.textContent())?.trim() ?? "";
    await firstProject.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(projectName);
    await expectNoAxeViolations(page);
  });

  test("an unknown address gets a real 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAxeViolations(page);
  });
});

test("the site is usable on a phone @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(page);
});

test("a hack day's ranking fits a phone without scrolling sideways @phone", async ({ page }) => {
  await page.goto("/hack-days/1/results");
  await expect(page.getByRole("heading", { level: 1, name: /^Results: / })).toBeVisible();
  const ranking = page.getByRole("list", { name: "Projects in rank order" });
  await expect(ranking.getByRole("listitem").first()).toContainText("Weighted mean");
  await expect(ranking.getByRole("listitem").first()).toContainText("Judges");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoAxeViolations(page);
});
