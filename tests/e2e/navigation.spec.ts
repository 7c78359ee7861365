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
