import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

test("a lead accepts a mentor's offer from the notification", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "chromium", "accepting changes the demo data once");
  await signIn(page, demo.developer);
  await page.goto("/dashboard/notifications");
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
