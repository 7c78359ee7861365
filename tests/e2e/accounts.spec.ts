import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./helpers";

// Issue 3: accounts as people meet them. Each test makes the accounts it changes, so the specs
// can run in any order and again on the same database.

const GOOD_PASSWORD = "correct horse battery staple 42";
const roleLabels = {
  clinician: /^Clinician:/,
  developer: /^Developer:/,
  mentor: /^Mentor:/,
  funder: /^Funder:/,
} as const;
type Role = keyof typeof roleLabels;
const jsOff = () => test.info().project.use.javaScriptEnabled === false;

/** An email address no earlier run (or the other project in this run) has used. */
function freshEmail(label: string) {
  const project = test.info().project.name;
  return `${label}-${project}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/** The POST a form makes (a document request without JavaScript, a `.data` fetch with it). */
function postTo(page: Page, path: string) {
  return page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.replace(/\.data$/, "") === path,
  );
}

async function fillSignup(
  page: Page,
  {
    name,
    email,
    password,
    organisation,
    role,
  }: { name: string; email: string; password: string; organisation: string; role: Role },
) {
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Organisation (optional)").fill(organisation);
  await page.getByLabel(roleLabels[role]).check();
}

/** Signs up through the real form and lands on the welcome dashboard. */
async function signUp(page: Page, role: Role, organisation = "Leeds Teaching Hospitals NHS Trust") {
  const email = freshEmail(role);
  const name = `Alex ${role[0]!.toUpperCase()}${role.slice(1)} ${Date.now().toString(36)}`;
  await page.goto("/signup");
  await fillSignup(page, { name, email, password: GOOD_PASSWORD, organisation, role });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
  return { email, name };
}

const signOutButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Sign out" });

test.describe("accounts @core", () => {
  for (const role of Object.keys(roleLabels) as Role[]) {
    test(`a ${role} signs up and lands signed in`, async ({ page }) => {
      await page.goto("/signup");
      await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
      await expectNoAxeViolations(page);
      const { name } = await signUp(page, role);
      await expect(page.getByRole("heading", { level: 1, name: "Your dashboard" })).toBeVisible();
      await expect(page.getByRole("status")).toContainText("Your account is ready");
      await expect(page.getByText(`Signed in as ${name}.`)).toBeVisible();
      await expect(signOutButton(page)).toBeVisible();
      await expectNoAxeViolations(page);
      // The chosen role is on the account: its profile is offered in settings.
      await page.goto("/settings");
      await expect(
        page.getByRole("region", { name: `${role[0]!.toUpperCase()}${role.slice(1)} profile` }),
      ).toBeVisible();
      await expect(page.getByRole("checkbox", { name: roleLabels[role] })).toBeChecked();
      await expectNoAxeViolations(page);
    });
  }

  test("a person signs out with the header button and signs back in where they were going", async ({ page }) => {
    const { email } = await signUp(page, "developer");
    await signOutButton(page).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(signOutButton(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The session is gone on the server: a private page sends them to sign in, and back after.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdashboard$/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your dashboard" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a weak password is refused with the reason beside the field, and the rest is kept", async ({ page }) => {
    const email = freshEmail("weak");
    await page.goto("/signup");
    await fillSignup(page, {
      name: "Wendy Weakpass",
      email,
      password: "password123",
      organisation: "Airedale NHS Foundation Trust",
      role: "mentor",
    });
    const posted = postTo(page, "/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    expect((await posted).status()).toBe(400);

    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/one of the most common passwords/);
    await expect(page.getByRole("alert")).toContainText("There is a problem");
    await expect(
      page.getByRole("alert").getByRole("link", { name: /^Password: .*most common passwords/ }),
    ).toBeVisible();
    // Everything but the password survives the round trip; no account was made.
    await expect(page.getByLabel("Full name")).toHaveValue("Wendy Weakpass");
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expect(page.getByLabel("Organisation (optional)")).toHaveValue("Airedale NHS Foundation Trust");
    await expect(page.getByLabel(roleLabels.mentor)).toBeChecked();
    // The server never sends a password back (with JavaScript the browser simply keeps the box as typed).
    if (jsOff()) await expect(password).toHaveValue("");
    await expect(page).toHaveURL(/\/signup$/);
    await expectNoAxeViolations(page);

    // A short one is refused the same way.
    await password.fill("short");
    // With JavaScript the same schema answers in the browser before anything is sent.
    const again = jsOff() ? postTo(page, "/signup") : null;
    await page.getByRole("button", { name: "Create account" }).click();
    if (again) expect((await again).status()).toBe(400);
    await expect(password).toHaveAccessibleDescription(/at least 10 characters long/);
    await expect(page.getByLabel("Full name")).toHaveValue("Wendy Weakpass");
  });

  test("a wrong password or an unknown email gets the same generic message", async ({ page }) => {
    for (const email of [demo.clinician, freshEmail("nobody")]) {
      await page.goto("/login");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("not the right password");
      const posted = postTo(page, "/login");
      await page.getByRole("button", { name: "Sign in" }).click();
      expect((await posted).status()).toBe(400);
      await expect(page.getByRole("alert")).toContainText(
        "The email address or password is not right. Check them and try again.",
      );
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      if (jsOff()) await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test("/admin is a 403 page for a clinician and the admin overview for an admin", async ({ browser }) => {
    const clinician = await browser.newContext().then((c) => c.newPage());
    await signIn(clinician, demo.clinician);
    const refused = await clinician.goto("/admin");
    expect(refused?.status()).toBe(403);
    await expect(
      clinician.getByRole("heading", { level: 1, name: "You do not have permission to see this" }),
    ).toBeVisible();
    await expect(clinician.getByText("Only Hackpath admins can use these pages.")).toBeVisible();
    await expect(clinician.getByRole("banner").getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expectNoAxeViolations(clinician);

    const admin = await browser.newContext().then((c) => c.newPage());
    await signIn(admin, demo.admin);
    await admin.getByRole("banner").getByRole("link", { name: "Admin" }).click();
    await expect(admin).toHaveURL(/\/admin$/);
    await expect(admin.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expect(admin.getByRole("navigation", { name: "Admin" })).toBeVisible();
    expect((await admin.goto("/admin"))?.status()).toBe(200);
    await expectNoAxeViolations(admin);
  });

  test("settings: a changed profile is saved and shown again", async ({ page }) => {
    await signUp(page, "clinician");
    await page.getByRole("banner").getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expectNoAxeViolations(page);

    const account = page.getByRole("region", { name: "Your account" });
    const bio = `Ward sister on an acute medical unit; run ${Date.now().toString(36)}.`;
    await account.getByLabel("About you").fill(bio);
    await account
      .getByLabel("Organisation (optional)", { exact: true })
      .fill("Harrogate and District NHS Foundation Trust");
    await account.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Your account details were saved.");
    await expectNoAxeViolations(page);

    const clinician = page.getByRole("region", { name: "Clinician profile" });
    await clinician.getByLabel("Profession").fill("Ward sister");
    await clinician.getByLabel("Specialty").selectOption({ label: "Emergency medicine" });
    await clinician.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Your clinician profile was saved.");

    // A fresh load shows what was saved, from the database.
    await page.goto("/settings");
    await expect(page.getByRole("region", { name: "Your account" }).getByLabel("About you")).toHaveValue(bio);
    await expect(
      page.getByRole("region", { name: "Your account" }).getByLabel("Organisation (optional)", { exact: true }),
    ).toHaveValue("Harrogate and District NHS Foundation Trust");
    await expect(page.getByRole("region", { name: "Clinician profile" }).getByLabel("Profession")).toHaveValue(
      "Ward sister",
    );
    await expect(page.getByRole("region", { name: "Clinician profile" }).getByLabel("Specialty")).toHaveValue(
      "emergency_medicine",
    );
  });
});

// Decision 0064: a page ships no validation code; the form's schema loads when focus first enters
// the form, and from then on it answers in the browser, before anything is sent.
test("a form's checks load when the person first moves into it, then answer without a round trip", async ({ page }) => {
  test.skip(jsOff(), "checks in the browser need JavaScript");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/login");
  await page.waitForLoadState("networkidle");

  // The schema's module is fetched on focus, not before.
  const checks = page.waitForRequest((request) => request.resourceType() === "script");
  const email = page.getByLabel("Email address");
  await email.focus();
  await checks;

  await email.fill("not an address");
  await page.getByLabel("Password", { exact: true }).focus();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/correct format, like name@nhs\.net/);
  expect(posts).toEqual([]);
});
