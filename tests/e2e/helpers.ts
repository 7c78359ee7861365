import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "hackpath-demo";
export const demo = {
  clinician: "clinician@demo.test",
  developer: "developer@demo.test",
  mentor: "mentor@demo.test",
  funder: "funder@demo.test",
  organiser: "organiser@demo.test",
  admin: "admin@demo.test",
} as const;

/** Signs in through the real log-in form (works with JavaScript on or off). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Fails the test with a readable list if axe finds any WCAG 2.2 A/AA violation on the page.
 * axe runs as a script in the page, so with JavaScript off it cannot run; the same pages are
 * checked in the JavaScript-on project.
 */
export async function expectNoAxeViolations(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, summary.join("\n")).toEqual([]);
}
