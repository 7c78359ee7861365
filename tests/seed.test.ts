/**
 * The demo data and the scale generator, checked against the invariants the app relies on.
 * Uses its own temporary database file, independent of DATABASE_PATH and the shared test setup.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../app/auth/password.server";
import { gateItems } from "../app/domain/gates";
import { isStalled, stageIndex, stageKeys, type Stage } from "../app/domain/stages";
import { careSettings, fundingStatuses } from "../app/domain/taxonomy";
import { migrateDatabase, openDatabase, type DB } from "../app/utils/db.server";
import { prepareDatabase } from "../db/prepare";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../db/seed/demo";
import { seedScale } from "../db/seed/scale";

let dir: string;
let db: DB;
let firstRun: Awaited<ReturnType<typeof seedDemoData>>;

const rows = <T>(query: string, ...params: unknown[]) => db.$client.prepare(query).all(...params) as T[];
const value = (query: string, ...params: unknown[]) =>
  (db.$client
    .prepare(query)
    .pluck()
    .get(...params) as number | null) ?? 0;
const nowSeconds = () => Math.floor(Date.now() / 1000);

const TABLES = [
  "users",
  "problems",
  "endorsements",
  "comments",
  "hack_days",
  "projects",
  "gate_item_statuses",
  "stage_moves",
  "mentorships",
  "funding_interests",
  "outcomes",
  "notifications",
  "audit_events",
];
const countAll = () => Object.fromEntries(TABLES.map((t) => [t, value(`SELECT count(*) FROM ${t}`)]));

/** Gate items that should be met (or not applicable) for a project's stage but aren't, and items recorded beyond the next stage. */
function gateGaps(): string[] {
  const gaps: string[] = [];
  const statuses = new Map<number, Map<string, string>>();
  for (const r of rows<{ project_id: number; item_key: string; status: string }>(
    "SELECT project_id, item_key, status FROM gate_item_statuses",
  )) {
    const forProject = statuses.get(r.project_id) ?? new Map<string, string>();
    forProject.set(r.item_key, r.status);
    statuses.set(r.project_id, forProject);
  }
  for (const project of rows<{ id: number; name: string; stage: Stage }>("SELECT id, name, stage FROM projects")) {
    const current = stageIndex(project.stage);
    const recorded = statuses.get(project.id) ?? new Map<string, string>();
    for (const item of gateItems) {
      const itemStage = stageIndex(item.stage);
      const status = recorded.get(item.key);
      if (itemStage <= current && item.required && status !== "met" && status !== "not_applicable")
        gaps.push(`${project.name}: ${item.key} is ${status ?? "missing"}`);
      if (itemStage > current + 1 && status !== undefined)
        gaps.push(`${project.name}: ${item.key} recorded beyond the next stage`);
    }
  }
  return gaps;
}

function freshDatabase(name: string): DB {
  const handle = openDatabase(path.join(dir, name));
  migrateDatabase(handle);
  return handle;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hackpath-seed-"));
  db = freshDatabase("demo.db");
  firstRun = await seedDemoData(db);
});

afterAll(() => {
  db?.$client.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("demo accounts", () => {
  it("creates every demo account with its role and the shared password", async () => {
    expect(firstRun.seeded).toBe(true);
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual([
      "admin",
      "clinician",
      "developer",
      "funder",
      "mentor",
      "organiser",
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const [user] = rows<{ id: number; name: string; password_hash: string }>(
        "SELECT id, name, password_hash FROM users WHERE email = ?",
        account.email,
      );
      expect(user, account.email).toBeDefined();
      expect(user?.name).toBe(account.name);
      const roles = rows<{ role: string }>("SELECT role FROM user_roles WHERE user_id = ?", user?.id).map(
        (r) => r.role,
      );
      expect(roles, account.email).toContain(account.role);
    }
    const [clinician] = rows<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE email = 'clinician@demo.test'",
    );
    expect(await verifyPassword(clinician?.password_hash ?? "", DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(clinician?.password_hash ?? "", "wrong-password")).toBe(false);
  });

  it("gives the demo accounts complete role profiles", () => {
    const id = (email: string) => value("SELECT id FROM users WHERE email = ?", email);
    expect(
      rows(
        "SELECT * FROM clinician_profiles WHERE user_id = ? AND specialty IS NOT NULL AND profession <> ''",
        id("clinician@demo.test"),
      ),
    ).toHaveLength(1);
    expect(
      value("SELECT count(*) FROM developer_skills WHERE user_id = ?", id("developer@demo.test")),
    ).toBeGreaterThanOrEqual(3);
    expect(value("SELECT capacity FROM mentor_profiles WHERE user_id = ?", id("mentor@demo.test"))).toBeGreaterThan(0);
    expect(value("SELECT count(*) FROM mentor_expertise WHERE user_id = ?", id("mentor@demo.test"))).toBeGreaterThan(0);
    const [funder] = rows<{ kind: string; thesis: string; ticket_min: number; ticket_max: number }>(
      "SELECT * FROM funder_profiles WHERE user_id = ?",
      id("funder@demo.test"),
    );
    expect(funder?.thesis.length).toBeGreaterThan(50);
    expect(funder?.ticket_min).toBeLessThan(funder?.ticket_max ?? 0);
    expect(value("SELECT count(DISTINCT facet) FROM funder_focus WHERE user_id = ?", id("funder@demo.test"))).toBe(3);
  });

  it("uses the reserved .test domain for every seeded address", () => {
    expect(value("SELECT count(*) FROM users WHERE email NOT LIKE '%.test'")).toBe(0);
  });
});

describe("problems", () => {
  it("has at least 40 problems across every care setting with a full canvas", () => {
    expect(value("SELECT count(*) FROM problems")).toBeGreaterThanOrEqual(40);
    const settings = rows<{ care_setting: string }>("SELECT DISTINCT care_setting FROM problems").map(
      (r) => r.care_setting,
    );
    expect(settings.sort()).toEqual([...careSettings.values].sort());
    expect(value("SELECT count(DISTINCT specialty) FROM problems")).toBeGreaterThanOrEqual(15);
    const incomplete = value(
      "SELECT count(*) FROM problems WHERE '' IN (summary, who_affected, frequency, current_workaround, ideal_outcome, data_available, data_constraints) OR no_pii_confirmed = 0",
    );
    expect(incomplete).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM problems p WHERE NOT EXISTS (SELECT 1 FROM problem_tags t WHERE t.problem_id = p.id)",
      ),
    ).toBe(0);
    const spreadDays = (value("SELECT max(created_at) - min(created_at) FROM problems") ?? 0) / 86_400;
    expect(spreadDays).toBeGreaterThan(365);
  });

  it("keeps problem statuses consistent with the projects working on them", () => {
    const problems = rows<{ id: number; status: string; closed_reason: string | null; duplicate_of_id: number | null }>(
      "SELECT id, status, closed_reason, duplicate_of_id FROM problems",
    );
    const projects = rows<{ problem_id: number | null; stage: Stage; state: string }>(
      "SELECT problem_id, stage, state FROM projects",
    );
    expect(problems.filter((p) => p.status === "closed").length).toBeGreaterThanOrEqual(2);
    expect(problems.filter((p) => p.status === "duplicate")).toHaveLength(1);
    for (const problem of problems) {
      if (problem.status === "closed") {
        expect(problem.closed_reason?.length).toBeGreaterThan(10);
        continue;
      }
      if (problem.status === "duplicate") {
        expect(problem.duplicate_of_id).not.toBeNull();
        continue;
      }
      const working = projects.filter((p) => p.problem_id === problem.id && p.state !== "archived");
      const expected = working.some((p) => stageIndex(p.stage) >= stageIndex("pilot"))
        ? "solved"
        : working.length > 0
          ? "in_progress"
          : "open";
      expect(problem.status, `problem ${problem.id}`).toBe(expected);
    }
  });

  it("has counters that match the rows the triggers count", () => {
    const mismatched = value(`
      SELECT count(*) FROM problems p WHERE
        endorsement_count <> (SELECT count(*) FROM endorsements e WHERE e.problem_id = p.id) OR
        organisation_count <> (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements e WHERE e.problem_id = p.id) OR
        comment_count <> (SELECT count(*) FROM comments c WHERE c.problem_id = p.id AND c.hidden_at IS NULL) OR
        project_count <> (SELECT count(*) FROM projects x WHERE x.problem_id = p.id)`);
    expect(mismatched).toBe(0);
    // Endorsements come from clinicians at several organisations.
    expect(value("SELECT max(organisation_count) FROM problems")).toBeGreaterThanOrEqual(5);
    expect(
      value("SELECT count(*) FROM endorsements e JOIN user_roles r ON r.user_id = e.user_id AND r.role = 'clinician'"),
    ).toBe(value("SELECT count(*) FROM endorsements"));
  });

  it("never dates activity before the thing it belongs to, or in the future", () => {
    expect(
      value(
        "SELECT count(*) FROM endorsements e JOIN problems p ON p.id = e.problem_id WHERE e.created_at < p.created_at",
      ),
    ).toBe(0);
    expect(
      value("SELECT count(*) FROM comments c JOIN problems p ON p.id = c.problem_id WHERE c.created_at < p.created_at"),
    ).toBe(0);
    expect(
      value("SELECT count(*) FROM projects x JOIN problems p ON p.id = x.problem_id WHERE x.created_at < p.created_at"),
    ).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM stage_moves m JOIN projects x ON x.id = m.project_id WHERE m.created_at < x.created_at",
      ),
    ).toBe(0);
    for (const table of [
      "problems",
      "endorsements",
      "comments",
      "projects",
      "stage_moves",
      "mentorship_notes",
      "notifications",
      "audit_events",
    ]) {
      expect(value(`SELECT count(*) FROM ${table} WHERE created_at > ?`, nowSeconds()), table).toBe(0);
    }
  });
});

describe("hack days and judging", () => {
  it("has one with results, one live now and two open for registration", () => {
    const days = rows<{
      id: number;
      status: string;
      starts_at: number;
      submission_deadline: number;
      results_published_at: number | null;
    }>("SELECT * FROM hack_days");
    expect(days).toHaveLength(4);
    const now = nowSeconds();
    const published = days.filter((d) => d.status === "results_published");
    const live = days.filter((d) => d.status === "live");
    const open = days.filter((d) => d.status === "open");
    expect([published.length, live.length, open.length]).toEqual([1, 1, 2]);
    expect(published[0]?.results_published_at).toBeLessThan(now);
    expect(live[0]?.starts_at).toBeLessThanOrEqual(now);
    expect(live[0]?.submission_deadline).toBeGreaterThan(now);
    for (const day of open) expect(day.starts_at).toBeGreaterThan(now);
    for (const day of days) {
      expect(
        value("SELECT count(*) FROM hack_day_problems WHERE hack_day_id = ? AND status = 'accepted'", day.id),
        `hack day ${day.id}`,
      ).toBeGreaterThanOrEqual(3);
      expect(value("SELECT count(*) FROM hack_day_participants WHERE hack_day_id = ?", day.id)).toBeGreaterThan(0);
      const criteria = rows<{ name: string; weight: number }>(
        "SELECT name, weight FROM judging_criteria WHERE hack_day_id = ? ORDER BY position",
        day.id,
      );
      expect(criteria.map((c) => c.name)).toEqual([
        "Problem and insight",
        "Impact and inclusion",
        "Safety and data ethics",
        "Approach and learning",
        "The demo",
      ]);
      expect(criteria.every((c) => c.weight >= 1 && c.weight <= 100)).toBe(true);
    }
  });

  it("keeps each person on at most one team per hack day and waiting lists only when full", () => {
    const doubled = rows(`
      SELECT x.hack_day_id, m.user_id FROM project_members m JOIN projects x ON x.id = m.project_id
      WHERE x.hack_day_id IS NOT NULL GROUP BY x.hack_day_id, m.user_id HAVING count(*) > 1`);
    expect(doubled).toEqual([]);
    const notRegistered = rows(`
      SELECT m.user_id FROM project_members m JOIN projects x ON x.id = m.project_id
      WHERE x.hack_day_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM hack_day_participants p WHERE p.hack_day_id = x.hack_day_id AND p.user_id = m.user_id AND p.status = 'registered')`);
    expect(notRegistered).toEqual([]);
    const waitingWithRoom = rows(`
      SELECT h.id FROM hack_days h
      WHERE EXISTS (SELECT 1 FROM hack_day_participants p WHERE p.hack_day_id = h.id AND p.status = 'waitlisted')
        AND (SELECT count(*) FROM hack_day_participants p WHERE p.hack_day_id = h.id AND p.status = 'registered') < h.capacity`);
    expect(waitingWithRoom).toEqual([]);
  });

  it("scores every project at the published hack day, except where a judge declared a conflict", () => {
    const hackDayId = value("SELECT id FROM hack_days WHERE status = 'results_published'");
    const judges = rows<{ user_id: number }>("SELECT user_id FROM judges WHERE hack_day_id = ?", hackDayId).map(
      (j) => j.user_id,
    );
    const projects = rows<{ id: number }>("SELECT id FROM projects WHERE hack_day_id = ?", hackDayId).map((p) => p.id);
    expect(judges.length).toBeGreaterThanOrEqual(3);
    expect(projects.length).toBeGreaterThanOrEqual(5);
    const conflicts = new Set(
      rows<{ judge_id: number; project_id: number }>(
        "SELECT judge_id, project_id FROM judge_conflicts WHERE hack_day_id = ?",
        hackDayId,
      ).map((c) => `${c.judge_id}:${c.project_id}`),
    );
    expect(conflicts.size).toBeGreaterThan(0);
    for (const judge of judges) {
      for (const project of projects) {
        const n = value(
          "SELECT count(*) FROM scores WHERE judge_id = ? AND project_id = ? AND hack_day_id = ?",
          judge,
          project,
          hackDayId,
        );
        expect(n, `judge ${judge} project ${project}`).toBe(conflicts.has(`${judge}:${project}`) ? 0 : 5);
      }
    }
    expect(value("SELECT count(*) FROM scores WHERE score NOT BETWEEN 1 AND 5 OR comment = ''")).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM scores s JOIN project_members m ON m.project_id = s.project_id AND m.user_id = s.judge_id",
      ),
    ).toBe(0);
    expect(value("SELECT count(*) FROM awards WHERE hack_day_id = ?", hackDayId)).toBeGreaterThanOrEqual(3);
  });
});

describe("the pipeline", () => {
  it("has at least 25 projects covering every stage, with paused and archived ones", () => {
    expect(value("SELECT count(*) FROM projects")).toBeGreaterThanOrEqual(25);
    const activeStages = rows<{ stage: string }>("SELECT DISTINCT stage FROM projects WHERE state = 'active'").map(
      (r) => r.stage,
    );
    expect(activeStages.sort()).toEqual([...stageKeys].sort());
    expect(value("SELECT count(*) FROM projects WHERE state = 'paused' AND state_reason <> ''")).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      value(
        "SELECT count(*) FROM projects WHERE state = 'archived' AND archive_reason IS NOT NULL AND state_reason <> ''",
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it("marks every gate item of every stage up to the current one met or not applicable", () => {
    expect(gateGaps()).toEqual([]);
    // The next stage is partly under way somewhere.
    expect(value("SELECT count(*) FROM gate_item_statuses WHERE status = 'in_progress'")).toBeGreaterThan(5);
  });

  it("has met items verified by a mentor with the expertise the item asks for", () => {
    for (const item of gateItems.filter((i) => i.verifier)) {
      const unverified = value(
        `SELECT count(*) FROM gate_item_statuses g WHERE g.item_key = ? AND g.status = 'met' AND NOT EXISTS (
           SELECT 1 FROM mentor_expertise e WHERE e.user_id = g.verified_by AND e.area = ?)`,
        item.key,
        item.verifier?.expertise,
      );
      expect(unverified, item.key).toBe(0);
    }
  });

  it("keeps a timeline for every project, including an override, a return and a move back", () => {
    expect(
      value(
        "SELECT count(*) FROM projects x WHERE (SELECT count(*) FROM stage_moves m WHERE m.project_id = x.id AND m.kind = 'submitted') <> 1",
      ),
    ).toBe(0);
    expect(
      value("SELECT count(*) FROM stage_moves WHERE kind = 'override' AND length(reason) > 20"),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value("SELECT count(*) FROM stage_moves WHERE kind = 'moved_back' AND length(reason) > 20"),
    ).toBeGreaterThanOrEqual(1);
    expect(value("SELECT count(*) FROM stage_moves WHERE kind = 'returned'")).toBeGreaterThanOrEqual(1);
    expect(value("SELECT count(*) FROM stage_requests WHERE status = 'pending'")).toBeGreaterThanOrEqual(1);
    // Each project's latest approved move or move back lands on its current stage.
    const mismatched = value(`
      SELECT count(*) FROM projects x WHERE x.stage <> coalesce(
        (SELECT m.to_stage FROM stage_moves m WHERE m.project_id = x.id AND m.kind IN ('approved', 'override', 'moved_back') ORDER BY m.created_at DESC, m.id DESC LIMIT 1),
        'prototype')`);
    expect(mismatched).toBe(0);
  });

  it("shows a couple of active projects as stalled", () => {
    const active = rows<{ last_activity_at: number }>("SELECT last_activity_at FROM projects WHERE state = 'active'");
    const stalled = active.filter((p) => isStalled(new Date(p.last_activity_at * 1000)));
    expect(stalled.length).toBeGreaterThanOrEqual(2);
    expect(stalled.length).toBeLessThan(active.length / 4);
  });

  it("puts a clinician and an active mentor on every active project past prototype", () => {
    const missing = rows<{ name: string }>(`
      SELECT name FROM projects x WHERE x.state = 'active' AND x.stage <> 'prototype' AND (
        NOT EXISTS (SELECT 1 FROM project_members m JOIN user_roles r ON r.user_id = m.user_id AND r.role = 'clinician'
                    WHERE m.project_id = x.id AND m.status = 'active')
        OR NOT EXISTS (SELECT 1 FROM mentorships s WHERE s.project_id = x.id AND s.status = 'active'))`);
    expect(missing).toEqual([]);
  });

  it("publishes a data-use statement with a lawful basis for every project from pilot ready on", () => {
    const projects = rows<{ stage: Stage; statement: string; basis: string; published: number | null }>(
      "SELECT stage, data_use_statement AS statement, data_use_lawful_basis AS basis, data_use_published_at AS published FROM projects",
    );
    for (const p of projects.filter((x) => stageIndex(x.stage) >= stageIndex("pilot_ready"))) {
      expect(p.statement.length).toBeGreaterThan(100);
      expect(p.basis).toMatch(/Article 6/);
      expect(p.published).not.toBeNull();
    }
  });
});

describe("mentors, funders and outcomes", () => {
  it("has at least eight mentors covering the expertise areas, never over capacity", () => {
    expect(value("SELECT count(*) FROM mentor_profiles")).toBeGreaterThanOrEqual(8);
    const areas = rows<{ area: string }>("SELECT DISTINCT area FROM mentor_expertise").map((r) => r.area);
    for (const area of [
      "clinical_safety",
      "information_governance",
      "regulation",
      "health_economics",
      "procurement",
      "product_design",
      "software_engineering",
      "cyber_security",
    ]) {
      expect(areas).toContain(area);
    }
    const over = rows(`
      SELECT p.user_id FROM mentor_profiles p
      WHERE (SELECT count(*) FROM mentorships m WHERE m.mentor_id = p.user_id AND m.status = 'active') > p.capacity`);
    expect(over).toEqual([]);
    const statuses = rows<{ status: string }>("SELECT DISTINCT status FROM mentorships").map((r) => r.status);
    for (const status of ["requested", "offered", "active", "completed"]) expect(statuses).toContain(status);
    expect(value("SELECT count(*) FROM mentorship_notes")).toBeGreaterThan(20);
  });

  it("has at least six funders of different kinds and interest in every status", () => {
    expect(value("SELECT count(*) FROM funder_profiles")).toBeGreaterThanOrEqual(6);
    expect(value("SELECT count(DISTINCT kind) FROM funder_profiles")).toBeGreaterThanOrEqual(6);
    const statuses = rows<{ status: string }>("SELECT DISTINCT status FROM funding_interests").map((r) => r.status);
    expect(statuses.sort()).toEqual([...fundingStatuses.values].sort());
    expect(
      value(
        "SELECT count(*) FROM funding_interests WHERE status = 'committed' AND (kind IS NULL OR (kind <> 'pilot_site' AND amount IS NULL))",
      ),
    ).toBe(0);
  });

  it("has pilots in each state and at least three published success stories, one on diabetic amputations", () => {
    const pilotStatuses = rows<{ status: string }>("SELECT DISTINCT status FROM pilots").map((r) => r.status);
    for (const status of ["planned", "live", "completed"]) expect(pilotStatuses).toContain(status);
    const stories = rows<{ title: string; body: string }>(
      "SELECT story_title AS title, story_body AS body FROM outcomes WHERE published_at IS NOT NULL",
    );
    expect(stories.length).toBeGreaterThanOrEqual(3);
    expect(stories.some((s) => /40%/.test(s.title) && /amputation/i.test(s.body))).toBe(true);
  });

  it("gives each demo account notifications and records admin actions in the audit log", () => {
    for (const account of DEMO_ACCOUNTS) {
      expect(
        value("SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = ?", account.email),
        account.email,
      ).toBeGreaterThan(0);
    }
    expect(
      value("SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE u.email = 'admin@demo.test'"),
    ).toBeGreaterThan(0);
    expect(
      value(
        "SELECT count(*) FROM audit_events WHERE action IN ('stage.approved', 'stage.returned', 'stage.overridden')",
      ),
    ).toBeGreaterThan(20);
  });
});

describe("idempotence", () => {
  it("adds nothing when run again", async () => {
    const before = countAll();
    const again = await seedDemoData(db);
    expect(again.seeded).toBe(false);
    expect(countAll()).toEqual(before);
    const prepared = await prepareDatabase(db, { demoData: true });
    expect(prepared.seeded).toBe(false);
    expect(countAll()).toEqual(before);
  });

  it("prepares an empty database only when demo data is on, and only once", async () => {
    const fresh = openDatabase(path.join(dir, "prepare.db"));
    try {
      expect((await prepareDatabase(fresh, { demoData: false })).seeded).toBe(false);
      expect(fresh.$client.prepare("SELECT count(*) FROM users").pluck().get()).toBe(0);
      expect((await prepareDatabase(fresh, { demoData: true })).seeded).toBe(true);
      const users = fresh.$client.prepare("SELECT count(*) FROM users").pluck().get();
      expect((await prepareDatabase(fresh, { demoData: true })).seeded).toBe(false);
      expect(fresh.$client.prepare("SELECT count(*) FROM users").pluck().get()).toBe(users);
    } finally {
      fresh.$client.close();
    }
  });
});

describe("scale", () => {
  it("adds 2,000 problems with projects, endorsements and comments, keeping counters right", async () => {
    const before = countAll();
    const result = seedScale(db, 2000);
    expect(result.problems).toBe(2000);
    const after = countAll();
    expect((after.problems ?? 0) - (before.problems ?? 0)).toBe(2000);
    expect((after.projects ?? 0) - (before.projects ?? 0)).toBe(250);
    expect((after.endorsements ?? 0) - (before.endorsements ?? 0)).toBeGreaterThan(4000);
    expect((after.comments ?? 0) - (before.comments ?? 0)).toBeGreaterThan(1000);

    const newProblems = `SELECT * FROM problems WHERE id > ${value("SELECT max(id) FROM problems") - 2000}`;
    expect(value(`SELECT count(DISTINCT care_setting) FROM (${newProblems})`)).toBe(careSettings.values.length);
    expect(value(`SELECT count(DISTINCT specialty) FROM (${newProblems})`)).toBeGreaterThanOrEqual(20);
    expect(
      value(
        `SELECT count(*) FROM (${newProblems}) p WHERE endorsement_count <> (SELECT count(*) FROM endorsements e WHERE e.problem_id = p.id)`,
      ),
    ).toBe(0);
    // Full-text search sees the new problems, tags included.
    expect(value("SELECT count(*) FROM problems_fts WHERE problems_fts MATCH 'discharge'")).toBeGreaterThan(10);
    expect(value("SELECT count(*) FROM problems_fts WHERE tags = ''")).toBe(0);
    expect(rows("PRAGMA foreign_key_check")).toEqual([]);

    // Synthetic accounts cannot sign in.
    const hash = db.$client
      .prepare("SELECT password_hash FROM users WHERE email LIKE '%@scale.test' LIMIT 1")
      .pluck()
      .get() as string;
    expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(false);

    // The projects respect the same pipeline rules as the demo.
    const capacityBreaches = value(`
      SELECT count(*) FROM mentor_profiles p
      WHERE (SELECT count(*) FROM mentorships m WHERE m.mentor_id = p.user_id AND m.status = 'active') > p.capacity`);
    expect(capacityBreaches).toBe(0);
    expect(gateGaps()).toEqual([]);
  });

  it("can run twice without colliding", () => {
    expect(() => seedScale(db, 50)).not.toThrow();
  });
});
