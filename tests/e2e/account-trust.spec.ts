import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { latestLinkTo } from "./mail";

// Issue 12 "Done means": a newcomer signs up, confirms from the email, forgets and resets the
// password, turns on two-step sign-in and signs in with a code, downloads their data and deletes
// the account. The email comes from the server's outbox folder (no SMTP server is configured).

/** A code from the authenticator app `steps` periods from now (the server accepts one either side). */
const codeFor = (key: string, steps = 0) =>
  generateHOTP(decodeBase32IgnorePadding(key), BigInt(Math.floor(Date.now() / 30_000) + steps), 6);

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
}

test("@core a newcomer confirms, resets the password, signs in with a code, takes their data and leaves", async ({
  page,
}, testInfo) => {
  const email = `trust-${testInfo.project.name}-${Date.now()}@example.test`;
  const first = "an unusual first passphrase 7";
  const second = "a different long passphrase 9";

  await test.step("sign up, then confirm the address from the email", async () => {
    await page.goto("/signup");
    await page.getByLabel("Full name").fill("Tamsin Reed");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(first);
    await page.getByLabel(/^Clinician:/).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).not.toHaveURL(/\/signup/);
    await page.goto(await latestLinkTo(email, "/confirm-email/"));
    await page.getByRole("button", { name: `Confirm ${email}` }).click();
    await expect(page.getByText(/^Your email address is confirmed\./)).toBeVisible();
    await signOut(page);
  });

  await test.step("forget the password and reset it from the emailed link", async () => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByText(/If an account uses that address, we have sent it a link/)).toBeVisible();
    await page.goto(await latestLinkTo(email, "/reset-password/"));
    await page.getByLabel("New password", { exact: true }).fill(second);
    await page.getByLabel("New password again").fill(second);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expectNoAxeViolations(page);
  });

  let key = "";
  let recoveryCode = "";
  await test.step("turn on two-step sign-in with a code from the app", async () => {
    await page.goto("/settings");
    await page.getByRole("link", { name: "Two-step sign-in" }).click();
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    await expect(page.getByLabel("Code from the app")).toBeVisible();
    key = ((await page.locator("code").first().textContent()) ?? "").replace(/\s+/g, "");
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel("Code from the app").fill(codeFor(key));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    recoveryCode = ((await codes.first().textContent()) ?? "").trim();
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  await test.step("sign in: the password alone is not enough, the code finishes it", async () => {
    await signInWithPassword(page, email, second);
    await expect(page).toHaveURL(/\/login\/two-step/);
    await expect(page.getByRole("link", { name: /^Dashboard/ })).toHaveCount(0);
    await page.getByLabel("Code", { exact: true }).fill(codeFor(key, 1));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: /^Dashboard/ })).toBeVisible();
  });

  await test.step("download their data: their own records, and no secrets", async () => {
    await page.goto("/settings/data");
    await expect(page.getByRole("link", { name: "Download my data" })).toBeVisible();
    const download = await page.context().request.get("/settings/data.json");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="hackpath-data-/);
    const text = await download.text();
    expect(text).toContain(email);
    expect(text).toContain("Tamsin Reed");
    expect(text).not.toContain(key);
    expect(text).not.toContain("$argon2");
  });

  await test.step("delete the account with the password and a recovery code", async () => {
    await page.getByRole("link", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/settings\/data\/close$/);
    await page.getByLabel("Your password").fill(second);
    await page.getByLabel("Code from your app, or a recovery code").fill(recoveryCode);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account is closed" })).toBeVisible();
    await signInWithPassword(page, email, second);
    await expect(page.getByText("The email address or password is not right.")).toBeVisible();
  });
});
