import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demo, expectNoAxeViolations, signIn } from "./helpers";

// Issue 8, "Accessibility": axe on every page type as every role, and one keyboard-only journey
// per role. (The core journeys with JavaScript off are the @core tests in the no-js project.)
//
// The pages: one test per role signs in once and runs axe on each page type that role can see,
// in the state the demo data gives it. A page whose content does not depend on who reads it (the
// service pages, the API reference, the sign-in pages) is checked once, as a visitor; the header
// and footer each role sees are checked on every other page. The last test reads app/routes/ and
// fails when a page route is neither visited here nor listed in `notCovered` with the reason, so
// a new page cannot be missed.
//
// The journeys: from the landing page with page.keyboard only (Tab, Shift+Tab, Enter, Space,
// arrow keys, typing into the focused field), each role does its most common task. Every element
// that takes focus on the way must show it (an outline or a box shadow), and the task's own
// confirmation must appear. They run in the chromium project only: the same forms are posted with
// JavaScript off by the @core journeys, and a second keyboard run would double the time.

type Role = keyof typeof demo;
/** A page to check: its address, and the route module (under app/routes/) that answers it. */
type Visit = { path: string; route: string };
const visit = (route: string, path: string): Visit => ({ route, path });

// Demo data (db/seed): problem 1 is the clinician's, project 1 (FootPath) has the clinician and
// the developer on its team, project 12 (BP Diary) is led by the developer and has the funder's
// interest, project 9 (WoundWise) is mentored by the mentor (mentorship 30), project 16
// (StrokeLink) is in validation; hack day 1 is the organiser's and has published results (the
// funder judged it), hack day 2 is live (the mentor judges it; the developer's team PEWS Pal,
// project 26, is in it), hack day 3 is the organiser's and open. Bare ids redirect to `id-slug`.
const pages: Record<Role | "visitor", Visit[]> = {
  visitor: [
    visit("_index", "/"),
    visit("problems._index", "/problems"),
    visit("problems.$id", "/problems/1"),
    visit("projects._index", "/projects"),
    visit("projects.$id._index", "/projects/16"),
    visit("projects_.$id_.team", "/projects/12/team"),
    visit("projects_.$id_.gates.$key", "/projects/12/gates/dtac_c4_interoperability"),
    visit("projects_.$id_.dossier", "/projects/12/dossier"),
    visit("pipeline", "/pipeline"),
    visit("hack-days._index", "/hack-days"),
    visit("hack-days.$id._index", "/hack-days/1"),
    visit("hack-days.$id._index", "/hack-days/2"),
    visit("hack-days.$id.results", "/hack-days/1/results"),
    visit("mentors._index", "/mentors"),
    visit("mentors.$id", "/mentors/3"),
    visit("funders._index", "/funders"),
    visit("funders.$id", "/funders/4"),
    visit("impact", "/impact"),
    visit("stories.$id", "/stories/3"),
    visit("developers", "/developers"),
    visit("privacy", "/privacy"),
    visit("cookies", "/cookies"),
    visit("accessibility", "/accessibility"),
    visit("terms", "/terms"),
    visit("contact", "/contact"),
    visit("login", "/login"),
    visit("signup", "/signup"),
    visit("forgot-password", "/forgot-password"),
    visit("reset-password.$token", "/reset-password/no-such-token"),
    visit("confirm-email.$token", "/confirm-email/no-such-token"),
    visit("unsubscribe.$token", "/unsubscribe/no-such-token"),
    visit("account-closed", "/account-closed"),
    visit("$", "/no-such-page"),
  ],
  clinician: [
    visit("dashboard", "/dashboard"),
    visit("dashboard_.$section", "/dashboard/problems"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    visit("settings_.email", "/settings/email"),
    visit("settings_.notifications", "/settings/notifications"),
    visit("settings_.two-step", "/settings/two-step"),
    visit("settings_.data", "/settings/data"),
    visit("settings_.data_.close", "/settings/data/close"),
    visit("confirm-email._index", "/confirm-email"),
    visit("logout", "/logout"),
    visit("problems.new", "/problems/new"),
    visit("problems.$id", "/problems/1"),
    visit("problems.$id_.edit", "/problems/1/edit"),
    visit("projects.$id._index", "/projects/1"),
    visit("projects_.$id_.pilots", "/projects/1/pilots"),
    visit("projects_.$id_.data-use", "/projects/1/data-use"),
    visit("hack-days.$id._index", "/hack-days/3"),
  ],
  developer: [
    visit("dashboard", "/dashboard"),
    visit("dashboard_.$section", "/dashboard/join-requests"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    visit("projects_.new", "/projects/new"),
    visit("projects.$id._index", "/projects/12"),
    visit("projects_.$id_.team", "/projects/12/team"),
    visit("projects_.$id_.submission", "/projects/12/submission"),
    visit("projects_.$id_.stage", "/projects/12/stage"),
    visit("projects_.$id_.gates.$key", "/projects/12/gates/dtac_c4_interoperability"),
    visit("projects_.$id_.mentors", "/projects/12/mentors"),
    visit("projects_.$id_.funding", "/projects/12/funding"),
    visit("hack-days.$id._index", "/hack-days/2"),
    visit("hack-days.$id.projects.new", "/hack-days/3/projects/new"),
    visit("hack-days.$id.feedback", "/hack-days/2/feedback"),
    // A 403: the error page as a signed-in person sees it.
    visit("admin._index", "/admin"),
  ],
  mentor: [
    visit("dashboard", "/dashboard"),
    visit("dashboard_.$section", "/dashboard/mentorships"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    visit("mentors.$id", "/mentors/3"),
    visit("projects.$id._index", "/projects/9"),
    visit("projects_.$id_.mentors", "/projects/16/mentors"),
    visit("mentorships.$id", "/mentorships/30"),
    visit("hack-days.$id.judging._index", "/hack-days/2/judging"),
    visit("hack-days.$id.judging.$projectId", "/hack-days/2/judging/26"),
  ],
  funder: [
    visit("dashboard", "/dashboard"),
    visit("dashboard_.$section", "/dashboard/funding"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    visit("funders.$id", "/funders/4"),
    visit("projects.$id._index", "/projects/12"),
    visit("projects_.$id_.funding", "/projects/12/funding"),
    visit("projects_.$id_.funding", "/projects/16/funding"),
    visit("hack-days.$id.judging._index", "/hack-days/1/judging"),
  ],
  organiser: [
    visit("dashboard", "/dashboard"),
    visit("dashboard_.$section", "/dashboard/hack-days"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    // Organisers see the CSV exports (there is no exports page: the links sit on the lists).
    visit("problems.$id", "/problems/1"),
    visit("pipeline", "/pipeline"),
    visit("pipeline_.reviews", "/pipeline/reviews"),
    visit("projects_.$id_.stage", "/projects/16/stage"),
    visit("hack-days.new", "/hack-days/new"),
    visit("hack-days.$id._index", "/hack-days/1"),
    visit("hack-days.$id._index", "/hack-days/3"),
    visit("hack-days.$id.edit", "/hack-days/3/edit"),
    visit("hack-days.$id.judging._index", "/hack-days/1/judging"),
    visit("hack-days.$id.judging.setup", "/hack-days/3/judging/setup"),
    visit("hack-days.$id.judging.awards", "/hack-days/1/judging/awards"),
    visit("admin_.moderation", "/admin/moderation"),
  ],
  admin: [
    visit("dashboard", "/dashboard"),
    visit("notifications", "/notifications"),
    visit("settings", "/settings"),
    visit("admin._index", "/admin"),
    visit("admin.users._index", "/admin/users"),
    visit("admin.users.$id", "/admin/users/1"),
    visit("admin.users.$id_.close", "/admin/users/1/close"),
    visit("admin_.moderation", "/admin/moderation"),
    visit("admin.feedback", "/admin/feedback"),
    visit("admin.audit", "/admin/audit"),
    visit("mentorships.$id", "/mentorships/30"),
  ],
};

/** Page routes that no test here checks with axe, and why. */
const notCovered: Record<string, string> = {
  "login_.two-step":
    "needs a sign-in waiting for a code, so an account with two-step on: the demo accounts are exempt, and turning it on for one would change it for every other spec (the account-trust journey passes through it)",
};
// Page states not checked here, and why:
// - The emailed-link pages with a live token (the reset-password form, a confirmed address, a
//   working unsubscribe): the token comes by email; their expired-link view is checked here, and
//   the account-trust journey walks the live ones.
// - Form states after a post (error summaries, the problem preview, notices): the other specs run
//   axe on the ones they reach (problems, accounts, pipeline, funding); the keyboard journeys
//   below post one form per role.
// - Roles seeing the pages whose content does not change with the reader (the service pages, the
//   API reference, /projects, /mentors, /funders, /impact, a story): checked as a visitor only.
// - Resource routes (the API, CSV exports, feeds, calendars, files, sitemaps): no HTML.

/** Layout routes: they draw no page of their own, and are checked through their children. */
const layouts: Record<string, string> = { admin: "admin._index" };

/** The page's HTTP status must be the one the visit expects: 404 and 403 pages are pages too. */
function expectedStatus(v: Visit, role: Role | "visitor"): number {
  if (v.route === "$" || v.path.includes("no-such-token")) return 404;
  if (v.route === "admin._index" && role !== "admin") return 403;
  return 200;
}

for (const role of Object.keys(pages) as (Role | "visitor")[]) {
  test(`every page type passes axe as the ${role}`, async ({ page }) => {
    test.setTimeout(180_000);
    if (role !== "visitor") await signIn(page, demo[role]);
    for (const v of pages[role]) {
      await test.step(`${v.path} (${v.route})`, async () => {
        const response = await page.goto(v.path);
        expect(response?.status(), `${v.path} answers`).toBe(expectedStatus(v, role));
        if (v.path !== "/login") expect(new URL(page.url()).pathname, "not sent to sign in").not.toBe("/login");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("every page route is checked here or listed as not covered, with the reason", () => {
  const dir = path.resolve("app/routes");
  const pageRoutes = fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const file = entry.isDirectory()
        ? fs.readdirSync(path.join(dir, entry.name)).find((f) => /^route\.tsx?$/.test(f))
        : entry.name;
      const source = file ? fs.readFileSync(path.join(dir, entry.isDirectory() ? entry.name : "", file), "utf8") : "";
      // A module with a default export draws a page; the others are resource routes (the API,
      // exports, feeds, files), which have no HTML for axe to read.
      return /export default/.test(source) ? entry.name.replace(/\.tsx?$/, "") : null;
    })
    .filter((name): name is string => name !== null)
    .sort();
  const visited = new Set(Object.values(pages).flatMap((list) => list.map((v) => v.route)));
  const accounted = pageRoutes.filter(
    (route) => visited.has(route) || route in notCovered || (route in layouts && visited.has(layouts[route]!)),
  );
  expect(pageRoutes.filter((route) => !accounted.includes(route))).toEqual([]);
  expect([...visited].filter((route) => !pageRoutes.includes(route))).toEqual([]);
});

// ---------------------------------------------------------------- keyboard-only journeys

/** What has focus, as a keyboard user meets it, and whether they can see where it is. */
type Focus = { tag: string; name: string; href: string; within: string; visible: boolean };

/** The focused element: its name, where a link goes, the text of the item it sits in, and whether focus shows. */
function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "", href: "", within: "", visible: true };
    const text = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const labelledBy = el.getAttribute("aria-labelledby");
    const name =
      text(el.getAttribute("aria-label")) ||
      (labelledBy ? text(document.getElementById(labelledBy)?.textContent) : "") ||
      text((el as HTMLInputElement).labels?.[0]?.textContent) ||
      text(el.textContent);
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== "none";
    // A date field whose own :focus is off has focus on its "Show date picker" button, inside the
    // browser's own shadow tree: the browser draws that button's ring (a thin dark outline), which
    // no computed style of the page can show.
    const pickerButton = el instanceof HTMLInputElement && el.type === "date" && !el.matches(":focus");
    return {
      tag: el.tagName.toLowerCase(),
      name,
      href: el instanceof HTMLAnchorElement ? new URL(el.href).pathname : "",
      within: text((el.closest("li, article") as HTMLElement | null)?.innerText),
      visible: outlined || shadowed || pickerButton,
    };
  });
}

/** Presses one key and checks that wherever focus lands, it shows. */
async function press(page: Page, key: string): Promise<Focus> {
  await page.keyboard.press(key);
  const focus = await focusNow(page);
  expect(focus.visible, `focus is visible on the ${focus.tag} "${focus.name}" after ${key}`).toBe(true);
  return focus;
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; every stop must show focus. */
async function tabTo(page: Page, wanted: string | RegExp | ((f: Focus) => boolean), key = "Tab", max = 80) {
  const matches =
    typeof wanted === "function"
      ? wanted
      : (f: Focus) => (typeof wanted === "string" ? f.name === wanted : wanted.test(f.name));
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    const focus = await press(page, key);
    if (matches(focus)) return focus;
    trail.push(`${focus.tag} "${focus.name}"`);
  }
  throw new Error(`${key} never reached ${String(wanted)}; focus went to:\n  ${trail.join("\n  ")}`);
}

/** Types into the focused field, as a person does after tabbing to it. */
async function type(page: Page, field: string | RegExp, value: string) {
  const focus = await focusNow(page);
  if (typeof field === "string") expect(focus.name, "the field with focus").toBe(field);
  else expect(focus.name, "the field with focus").toMatch(field);
  await page.keyboard.type(value);
}

/** Signs in from the landing page with the keyboard alone. */
async function keyboardSignIn(page: Page, email: string) {
  await page.goto("/");
  await tabTo(page, "Sign in");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await tabTo(page, "Email address");
  await page.keyboard.type(email);
  await press(page, "Tab");
  await type(page, "Password", DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** A short run-unique token for what a journey writes (one server database serves the whole run). */
const uniqueToken = () => `kb${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe("keyboard only", () => {
  test("a visitor skips to the content, searches the problems and opens one", async ({ page }) => {
    await page.goto("/");
    const skip = await press(page, "Tab");
    expect(skip.name).toBe("Skip to main content");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeInViewport();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    await tabTo(page, "Find a problem to solve");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Problems" })).toBeVisible();

    await tabTo(page, "Search problems");
    await page.keyboard.type("podiatry");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: /problems? matching “podiatry”/ })).toBeVisible();
    const result = await tabTo(page, (f) => /^\/problems\/\d+-/.test(f.href));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(result.name);
  });

  test("a clinician posts a problem", async ({ page }) => {
    const token = uniqueToken();
    const title = `Keyboard-posted problem about wound photos ${token}`;
    await keyboardSignIn(page, demo.clinician);
    await tabTo(page, "Problems");
    await page.keyboard.press("Enter");
    await tabTo(page, "Post a problem");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Post a problem" })).toBeVisible();

    await tabTo(page, "Title");
    // Passing over a required field leaves focus where the person sent it (the error summary
    // waits for a submit before it takes focus).
    expect((await press(page, "Tab")).name).toBe("Summary");
    await press(page, "Shift+Tab");
    await type(page, "Title", title);
    await press(page, "Tab");
    await type(page, "Summary", "District nurses photograph wounds on personal phones because the app cannot.");
    await press(page, "Tab");
    await type(page, "Who is affected", "Housebound patients with leg ulcers and the nurses who dress them.");
    await press(page, "Tab");
    await type(page, "How often it happens", "Every visit to a chronic wound, several a day per nurse.");
    await press(page, "Tab"); // the workaround is optional
    await press(page, "Tab");
    await type(page, "What good would look like", "Photos go straight into the record, never onto a phone.");
    await press(page, "Tab");
    await type(page, "Care setting", "Community");
    await expect(page.getByLabel("Care setting", { exact: true })).toHaveValue("community");
    await press(page, "Tab");
    await type(page, "Specialty", "General n");
    await expect(page.getByLabel("Specialty", { exact: true })).toHaveValue("nursing_general");
    await tabTo(page, /^I confirm this problem contains no patient-identifiable information/);
    await page.keyboard.press("Space");
    await expect(page.getByLabel(/^I confirm this problem contains no patient-identifiable/)).toBeChecked();
    await tabTo(page, "Post problem");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Your problem is posted.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("a developer opens a shortlisted problem of their hack day and comments on it", async ({ page }) => {
    const comment = `We could pair this with the PEWS Pal work (${uniqueToken()}).`;
    await keyboardSignIn(page, demo.developer);
    await tabTo(page, "Hack days");
    await page.keyboard.press("Enter");
    await tabTo(page, "Winter Pressures Hack Day: Flow, Frailty and the Front Door");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /^Winter Pressures Hack Day/ })).toBeVisible();
    const problem = await tabTo(page, (f) => /^\/problems\/\d+-/.test(f.href));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(problem.name);

    await tabTo(page, "Your comment");
    await page.keyboard.type(comment);
    await press(page, "Tab");
    expect((await focusNow(page)).name).toBe("Post comment");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Your comment is posted.");
    await expect(page.locator("#comments p", { hasText: comment })).toBeVisible();
  });

  test("a mentor writes a session note", async ({ page }) => {
    const note = `Walked through the hazard log for photo capture (${uniqueToken()}).`;
    await keyboardSignIn(page, demo.mentor);
    await tabTo(page, "Session notes (WoundWise)");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { level: 1, name: "Mentorship: WoundWise with Dr Helen Marsh" }),
    ).toBeVisible();
    // Saving too soon: the error summary takes focus and leads back to the field.
    await tabTo(page, "Save the note");
    await page.keyboard.press("Enter");
    expect((await focusNow(page)).name).toMatch(/^There is a problem/);
    await tabTo(page, /^What you talked about: /);
    await tabTo(page, "What you talked about");
    await page.keyboard.type(note);
    await press(page, "Tab");
    await type(page, "Next step (optional)", "Team to add two hazards before the next session.");
    await tabTo(page, "Save the note");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Your note is saved");
    await expect(page.locator("p", { hasText: note })).toBeVisible();
  });

  // RotaFlex has no funder in the demo data and no other spec registers one there. The interest
  // stays, so a retry in the same run finds "See or change your interest" instead.
  test("a funder registers interest in a project", async ({ page }) => {
    const note = `Board paper due next month (${uniqueToken()}).`;
    await keyboardSignIn(page, demo.funder);
    await tabTo(page, "Projects");
    await page.keyboard.press("Enter");
    await tabTo(page, "Search projects");
    await page.keyboard.type("RotaFlex");
    await page.keyboard.press("Enter");
    await tabTo(page, "RotaFlex");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "RotaFlex" })).toBeVisible();
    await tabTo(page, "Register interest for RotaFlex");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Funding: RotaFlex" })).toBeVisible();
    await tabTo(page, "Kind (optional until you commit)");
    await page.keyboard.type("Grant");
    await press(page, "Tab");
    await type(page, "Amount (optional)", "20000");
    await press(page, "Tab");
    await type(page, "Your private note (optional)", note);
    await press(page, "Tab");
    expect((await focusNow(page)).name).toBe("Register interest");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Your interest is registered");
  });

  test("an organiser shortlists a problem for their hack day", async ({ page }) => {
    await keyboardSignIn(page, demo.organiser);
    await tabTo(page, "Hack days");
    await page.keyboard.press("Enter");
    await tabTo(page, "Social Care Data Hack Day");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Social Care Data Hack Day" })).toBeVisible();
    await tabTo(page, "Find a problem to shortlist");
    await page.keyboard.type("discharge");
    await page.keyboard.press("Enter");
    const button = await tabTo(page, /^Shortlist /);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("The problem is on the shortlist.");
    const title = button.name.replace(/^Shortlist /, "");
    await expect(
      page.getByRole("region", { name: "Shortlisted problems" }).getByRole("link", { name: title }),
    ).toBeVisible();
  });

  test("an admin reads a message sent through the contact page and marks it dealt with", async ({ page }) => {
    const message = `The map on the hack day page traps keyboard focus (${uniqueToken()}).`;
    await keyboardSignIn(page, demo.admin);
    await tabTo(page, "Tell us what you think");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Contact us" })).toBeVisible();
    await tabTo(page, "A problem using the site (accessibility)");
    // Arrow keys move through the radio group, choosing as they go.
    await press(page, "ArrowDown");
    await press(page, "ArrowDown");
    await expect(page.getByRole("radio", { name: "Something is wrong or broken" })).toBeChecked();
    await tabTo(page, "Your message");
    await page.keyboard.type(message);
    await tabTo(page, "Send your message");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("your message is sent");

    await tabTo(page, "Admin", "Shift+Tab");
    await page.keyboard.press("Enter");
    await tabTo(page, "Contact messages");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Contact messages" })).toBeVisible();
    await tabTo(page, (f) => f.name === "Mark as dealt with" && f.within.includes(message));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("The message is marked as dealt with.");
  });
});
