import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

test("@core a funder commits interest that only they, the team and organisers can see", async ({
  browser,
}, testInfo) => {
  // Each browser project backs a different project, led by a seeded team lead.
  const [name, leadEmail] =
    testInfo.project.name === "no-js"
      ? ["SafePlace", "kofi.asante@builders.test"]
      : ["FallFinder", "liam.doyle@ncas-ambulance.test"];
  const note = `Private: our board meets on the 14th (${testInfo.project.name}).`;
  const funder = await (await browser.newContext()).newPage();
  await signIn(funder, demo.funder);

  let fundingPath = "";
  await test.step("the funder registers interest from the project page and commits it", async () => {
    await funder.goto(`/projects?q=${name}`);
    await funder.getByRole("link", { name, exact: true }).first().click();
    await funder.getByRole("link", { name: `Register interest in ${name}` }).click();
    await funder.waitForURL(/\/projects\/\d+-[a-z-]+\/funding$/);
    fundingPath = new URL(funder.url()).pathname;
    await expect(funder.getByRole("heading", { level: 1, name: `Funding: ${name}` })).toBeVisible();
    await funder.getByLabel("Kind (optional until you commit)").selectOption({ label: "Grant" });
    await funder.getByLabel("Amount (optional)").fill("£48,500");
    await funder.getByLabel("Your private note").fill(note);
    await funder.getByRole("button", { name: "Register interest" }).click();
    await expect(funder.getByRole("status")).toContainText("Your interest is registered");
    await funder.getByRole("radio", { name: "Committed" }).check();
    await funder.getByRole("button", { name: "Save your interest" }).click();
    await expect(funder.getByRole("status")).toContainText("Your interest is updated.");
    await expect(funder.locator("span", { hasText: note })).toBeVisible();
    await expectNoAxeViolations(funder);
  });

  await test.step("the team lead sees the commitment but not the funder's note", async () => {
    const lead = await (await browser.newContext()).newPage();
    await signIn(lead, leadEmail);
    await lead.goto(fundingPath);
    const card = lead.getByRole("listitem").filter({ hasText: "Claire Benson" });
    await expect(card).toContainText("Committed");
    await expect(card).toContainText("£48,500");
    await expect(lead.getByText(note)).toHaveCount(0);
    await expectNoAxeViolations(lead);
    await lead.close();
  });

  await test.step("anyone else finds nothing: the funding page is a 404 and the project page shows none of it", async () => {
    const stranger = await (await browser.newContext()).newPage();
    await signIn(stranger, demo.clinician);
    const answer = await stranger.goto(fundingPath);
    expect(answer?.status()).toBe(404);
    await stranger.goto(fundingPath.replace(/\/funding$/, ""));
    await expect(stranger.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(stranger.getByText("£48,500")).toHaveCount(0);
    await expect(stranger.getByText("Claire Benson")).toHaveCount(0);
    await stranger.close();
  });
  await funder.close();
});
