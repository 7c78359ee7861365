/**
 * Synthetic volume for performance work: N problems written from word banks across every care
 * setting, with projects spread over the pipeline, endorsements and comments (by default about N/8
 * projects, ~3 endorsements and ~1 comment per problem; `benchDensity` is the benchmark's heavier
 * mix), and the synthetic people they need. Adds to whatever is in the database.
 *
 * It uses raw prepared statements in one better-sqlite3 transaction: drizzle's query builder
 * costs more per row than the inserts themselves at this volume.
 */
import { gateItems } from "../../app/domain/gates";
import { stageIndex, stageKeys, type Stage } from "../../app/domain/stages";
import { careSettings, expertiseAreas, type CareSetting, type Specialty } from "../../app/domain/taxonomy";
import { slugify } from "../../app/utils/slug";
import type { DB } from "../../app/utils/db.server";
import { createRandom, type Random } from "./clock";

export type SeedScaleResult = {
  problems: number;
  projects: number;
  endorsements: number;
  comments: number;
  users: number;
  ms: number;
  /** Where the time went, in milliseconds: people, problems (with their tags, endorsements and comments), projects, settle, commit. */
  phases: Record<"people" | "problems" | "projects" | "settle" | "commit", number>;
};

/** How much activity each synthetic problem gets. */
export type ScaleDensity = {
  /** Projects per problem (one problem has at most one synthetic project). */
  projectsPerProblem: number;
  /** Mean endorsements per problem (at least 1): most have a few, a long tail has dozens. */
  endorsementsPerProblem: number;
  /** Mean comments per problem: many have none. */
  commentsPerProblem: number;
};

/** `npm run db:seed -- --scale N`: about N/8 projects, 3 endorsements and 0.9 comments per problem. */
export const defaultDensity: ScaleDensity = {
  projectsPerProblem: 1 / 8,
  endorsementsPerProblem: 3,
  commentsPerProblem: 0.9,
};

/**
 * The benchmark's database (bench/run.ts, issue 15): at 20,000 problems, 5,000 projects, ~210,000
 * endorsements and ~40,000 comments.
 */
export const benchDensity: ScaleDensity = {
  projectsPerProblem: 1 / 4,
  endorsementsPerProblem: 10.5,
  commentsPerProblem: 2,
};

// Synthetic accounts cannot sign in: this is not a valid argon2 hash, so verification fails.
const NO_LOGIN = "!synthetic-account";
const DAY_S = 86_400;
const SPREAD_DAYS = 540;

/** Adds `n` synthetic problems and the projects, people and activity that go with them. */
export function seedScale(
  db: DB,
  n: number,
  options: { seed?: number; now?: Date; density?: Partial<ScaleDensity> } = {},
): SeedScaleResult {
  if (!Number.isInteger(n) || n < 0) throw new Error(`seedScale: n must be a whole number ≥ 0 (got ${n})`);
  const density = { ...defaultDensity, ...options.density };
  const started = performance.now();
  const phases: SeedScaleResult["phases"] = { people: 0, problems: 0, projects: 0, settle: 0, commit: 0 };
  let lap = started;
  const endPhase = (name: keyof SeedScaleResult["phases"]) => {
    const t = performance.now();
    phases[name] = Math.round(t - lap);
    lap = t;
  };
  const sqlite = db.$client;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const existing = (sqlite.prepare("SELECT count(*) AS n FROM problems").get() as { n: number }).n;
  const rng = createRandom(options.seed ?? 1_000_003 * (existing + 1) + n);
  // Unique per run, so repeated runs add new people rather than colliding on email.
  const run = `${Date.now().toString(36)}${rng.int(0, 1295).toString(36)}`;

  const projectCount = Math.min(n, Math.round(n * density.projectsPerProblem));
  const plan = planProjects(rng, projectCount);
  const advanced = plan.filter((s) => stageIndex(s) >= stageIndex("validation")).length;
  const counts = {
    clinicians: Math.max(40, Math.ceil(n / 25)),
    developers: Math.max(20, Math.ceil(projectCount / 3)),
    mentors: Math.max(8, Math.ceil(advanced / 4)),
  };

  // A big page cache while loading: the default spills the transaction's pages to disk over and
  // over (three times slower at 20,000 problems). Put back afterwards.
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -1000000");
  const load = sqlite.transaction(() => {
    const s = statements(sqlite);
    const at = (daysAgo: number) => now - Math.floor(daysAgo * DAY_S);

    // ---- people
    const orgs = organisations(rng, 80);
    const clinicians: Array<{ id: number; org: string; joined: number }> = [];
    const developers: number[] = [];
    const mentors: number[] = [];
    const addUser = (kind: string, i: number, org: string, joinedDaysAgo: number) => {
      const name = personName(rng);
      const joined = at(joinedDaysAgo);
      const id = Number(
        s.user.run(`${kind}-${run}-${i}@scale.test`, name, org, joined, joined, joined).lastInsertRowid,
      );
      return { id, joined };
    };
    for (let i = 0; i < counts.clinicians; i++) {
      const org = rng.pick(orgs);
      const { id, joined } = addUser("clinician", i, org.name, SPREAD_DAYS + rng.int(5, 200));
      s.role.run(id, "clinician", joined);
      s.clinicianProfile.run(id, rng.pick(professions), rng.pick(specialtiesBySetting[org.setting]), org.name, joined);
      clinicians.push({ id, org: org.name, joined });
    }
    for (let i = 0; i < counts.developers; i++) {
      const { id, joined } = addUser("developer", i, rng.pick(devOrgs), SPREAD_DAYS + rng.int(5, 200));
      s.role.run(id, "developer", joined);
      s.developerProfile.run(id, rng.pick(devHeadlines), joined);
      for (const skill of rng.sample(skills, rng.int(3, 6))) s.skill.run(id, skill);
      developers.push(id);
    }
    const organiser = addUser("organiser", 0, rng.pick(orgs).name, SPREAD_DAYS + 200);
    s.role.run(organiser.id, "organiser", organiser.joined);
    for (let i = 0; i < counts.mentors; i++) {
      const { id, joined } = addUser("mentor", i, rng.pick(orgs).name, SPREAD_DAYS + rng.int(5, 200));
      s.role.run(id, "mentor", joined);
      s.mentorProfile.run(id, "Synthetic mentor", 5, "Monthly", joined);
      for (const area of rng.sample(expertiseAreas.values, rng.int(1, 3))) s.expertise.run(id, area);
      mentors.push(id);
    }

    endPhase("people");

    // ---- tags
    for (const name of tagBank) s.tag.run(name, slugify(name));
    const tagIds = (
      sqlite
        .prepare(`SELECT id FROM tags WHERE slug IN (${tagBank.map(() => "?").join(",")})`)
        .all(...tagBank.map(slugify)) as Array<{ id: number }>
    ).map((r) => r.id);

    // ---- problems, tags, endorsements, comments
    const made: Array<{ id: number; created: number; setting: CareSetting; specialty: Specialty; title: string }> = [];
    let endorsementCount = 0;
    let commentCount = 0;
    // Tags go in before their problem so the FTS insert trigger indexes them in one go; otherwise
    // every tag row re-writes the problem's FTS entry (the slowest part of a bulk load). So do the
    // endorsements and comments: `settle` sets the problem's counters once at the end, instead of
    // a trigger rewriting four of its indexes on every row. That needs the problem's id up front
    // and the foreign keys checked at commit rather than per row.
    sqlite.pragma("defer_foreign_keys = ON");
    // In that order these triggers would only look for a problem row not yet there (their work is
    // done by the FTS insert trigger and by `settle`), yet they are most of the loop's time: they
    // are dropped for the load and put back as they were, in the same transaction.
    const idleTriggers = sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('problem_tags_fts_insert', 'endorsements_count_insert', 'comments_count_insert')",
      )
      .all({}) as Array<{ name: string; sql: string }>;
    for (const trigger of idleTriggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
    let nextId =
      (
        sqlite
          .prepare(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'problems'), 0), coalesce((SELECT max(id) FROM problems), 0)) AS n",
          )
          .get() as { n: number }
      ).n + 1;
    for (let i = 0; i < n; i++) {
      const setting = careSettings.values[i % careSettings.values.length] as CareSetting;
      const specialty = rng.pick(specialtiesBySetting[setting]);
      const text = problemText(rng, setting);
      const created = at(rng.next() * SPREAD_DAYS + 0.1);
      const author = rng.pick(clinicians);
      const id = nextId++;
      for (const tagId of rng.sample(tagIds, rng.int(2, 4))) s.problemTag.run(id, tagId);
      const endorsementTarget = 1 + Math.round(longTail(rng, density.endorsementsPerProblem - 1));
      const endorsers = pickDistinct(rng, clinicians, Math.min(endorsementTarget, 150), author);
      for (const e of endorsers) {
        s.endorsement.run(
          id,
          e.id,
          e.org,
          rng.chance(0.3) ? rng.pick(endorsementNotes) : "",
          created + rng.int(3_600, Math.max(3_601, now - created)),
        );
        endorsementCount++;
      }
      const talk = Math.round(longTail(rng, density.commentsPerProblem));
      for (let c = 0; c < talk; c++) {
        const who = rng.chance(0.5) ? rng.pick(clinicians).id : rng.pick(developers);
        const when = created + rng.int(3_600, Math.max(3_601, now - created));
        s.comment.run(id, who, rng.pick(commentBank), when, when);
        commentCount++;
      }
      s.problem.run(
        id,
        author.id,
        text.title,
        text.summary,
        text.who,
        text.frequency,
        text.workaround,
        text.ideal,
        setting,
        specialty,
        text.data,
        text.constraints,
        created,
        created,
        created,
      );
      made.push({ id, created, setting, specialty, title: text.title });
    }

    for (const trigger of idleTriggers) sqlite.exec(trigger.sql);
    endPhase("problems");

    // ---- projects on a sample of the new problems
    const chosen = rng.sample(made, projectCount);
    let mentorSlot = 0;
    chosen.forEach((problem, k) => {
      const stage = plan[k] ?? "prototype";
      const idx = stageIndex(stage);
      const created = Math.min(now - 3_600, problem.created + rng.int(DAY_S, 60 * DAY_S));
      const lead = rng.pick(developers);
      const champion = rng.pick(clinicians);
      // Each stage move happened some days after the last, ending before now.
      const entries: number[] = [];
      let t = created;
      for (let st = 1; st <= idx; st++) {
        t = Math.max(t + 60, Math.min(now - (idx - st + 1) * 3_600, t + rng.int(7, 60) * DAY_S));
        entries.push(t);
      }
      const stageEntered = entries.at(-1) ?? created;
      const lastActivity = Math.max(
        stageEntered,
        Math.min(now - 60, stageEntered + rng.int(0, Math.max(1, now - stageEntered))),
      );
      const name = projectName(rng, k);
      const projectId = Number(
        s.project.run(
          name,
          `${rng.pick(taglinePrefixes)} “${problem.title.slice(0, 90)}”`,
          rng.pick(descriptionBank),
          problem.id,
          lead,
          problem.setting,
          problem.specialty,
          rng.pick(techBank),
          rng.pick(["MIT", "Apache-2.0", "AGPL-3.0"]),
          stage,
          created,
          stageEntered,
          lastActivity,
          created,
          lastActivity,
        ).lastInsertRowid,
      );
      s.member.run(projectId, lead, "lead", created);
      if (idx >= 1 || rng.chance(0.5)) s.member.run(projectId, champion.id, "member", created);
      s.move.run(projectId, "submitted", null, "prototype", lead, "", null, created);
      entries.forEach((when, e) => {
        const from = stageKeys[e] as Stage;
        const to = stageKeys[e + 1] as Stage;
        const requestedAt = when - rng.int(1, 5) * DAY_S;
        const requestId = Number(
          s.request.run(
            projectId,
            from,
            to,
            lead,
            "Gate items met.",
            "approved",
            organiser.id,
            "Approved.",
            when,
            requestedAt,
          ).lastInsertRowid,
        );
        s.move.run(projectId, "requested", from, to, lead, "Gate items met.", requestId, requestedAt);
        s.move.run(projectId, "approved", from, to, organiser.id, "Approved.", requestId, when);
      });
      for (const item of gateItems) {
        if (stageIndex(item.stage) <= idx)
          s.gate.run(
            projectId,
            item.key,
            "met",
            "Synthetic evidence (scale data).",
            lead,
            entries[stageIndex(item.stage) - 1] ?? created,
          );
      }
      if (idx >= 1 && mentors.length > 0) {
        // Four projects per mentor keeps every mentor inside a capacity of five.
        const mentor = mentors[Math.floor(mentorSlot / 4) % mentors.length] as number;
        mentorSlot++;
        const since = (entries[0] ?? created) - rng.int(1, 5) * DAY_S;
        s.mentorship.run(projectId, mentor, "active", "Synthetic mentorship.", "Synthetic", lead, since, since, since);
      }
      s.problemStatus.run(idx >= stageIndex("pilot") ? "solved" : "in_progress", problem.id);
    });
    endPhase("projects");
    s.settle.run(made[0]?.id ?? 0, made.at(-1)?.id ?? -1);
    endPhase("settle");

    return {
      problems: n,
      projects: chosen.length,
      endorsements: endorsementCount,
      comments: commentCount,
      users: clinicians.length + developers.length + mentors.length + 1,
    };
  });
  let result: ReturnType<typeof load>;
  try {
    result = load();
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }

  endPhase("commit");
  return { ...result, ms: Math.round(performance.now() - started), phases };
}

/** An exponentially distributed number with this mean (0 for a mean ≤ 0): many small, a few large. */
function longTail(rng: Random, mean: number): number {
  return mean > 0 ? -Math.log(1 - rng.next()) * mean : 0;
}

/** Up to `count` distinct items other than `except`, without shuffling the whole list. */
function pickDistinct<T>(rng: Random, items: readonly T[], count: number, except: T): T[] {
  const chosen = new Set<number>();
  const available = items.length - (items.includes(except) ? 1 : 0);
  const want = Math.min(count, available);
  const picked: T[] = [];
  while (picked.length < want) {
    const i = rng.int(0, items.length - 1);
    if (chosen.has(i) || items[i] === except) continue;
    chosen.add(i);
    picked.push(items[i] as T);
  }
  return picked;
}

// ---------------------------------------------------------------- statements

function statements(sqlite: DB["$client"]) {
  return {
    user: sqlite.prepare(
      `INSERT INTO users (email, name, organisation, password_hash, email_confirmed_at, created_at, updated_at) VALUES (?, ?, ?, '${NO_LOGIN}', ?, ?, ?)`,
    ),
    role: sqlite.prepare("INSERT INTO user_roles (user_id, role, created_at) VALUES (?, ?, ?)"),
    clinicianProfile: sqlite.prepare(
      "INSERT INTO clinician_profiles (user_id, profession, specialty, organisation, updated_at) VALUES (?, ?, ?, ?, ?)",
    ),
    developerProfile: sqlite.prepare("INSERT INTO developer_profiles (user_id, headline, updated_at) VALUES (?, ?, ?)"),
    skill: sqlite.prepare("INSERT OR IGNORE INTO developer_skills (user_id, skill) VALUES (?, ?)"),
    mentorProfile: sqlite.prepare(
      "INSERT INTO mentor_profiles (user_id, headline, capacity, availability, updated_at) VALUES (?, ?, ?, ?, ?)",
    ),
    expertise: sqlite.prepare("INSERT OR IGNORE INTO mentor_expertise (user_id, area) VALUES (?, ?)"),
    tag: sqlite.prepare("INSERT OR IGNORE INTO tags (name, slug) VALUES (?, ?)"),
    problem: sqlite.prepare(
      `INSERT INTO problems (id, author_id, title, summary, who_affected, frequency, current_workaround, ideal_outcome, care_setting, specialty,
        data_available, data_constraints, no_pii_confirmed, status, last_activity_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'open', ?, ?, ?)`,
    ),
    problemTag: sqlite.prepare("INSERT OR IGNORE INTO problem_tags (problem_id, tag_id) VALUES (?, ?)"),
    endorsement: sqlite.prepare(
      "INSERT INTO endorsements (problem_id, user_id, organisation, note, created_at) VALUES (?, ?, ?, ?, ?)",
    ),
    comment: sqlite.prepare(
      "INSERT INTO comments (problem_id, author_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
    ),
    // Endorsements and comments went in before their problem, with their counter triggers off: set
    // the counters here as those triggers (db/migrations/0001) count them. The project
    // trigger stamps last_activity_at with the insert time: put the synthetic timeline back.
    settle: sqlite.prepare(
      `UPDATE problems SET
         endorsement_count = (SELECT count(*) FROM endorsements e WHERE e.problem_id = problems.id),
         organisation_count = (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements e WHERE e.problem_id = problems.id),
         comment_count = (SELECT count(*) FROM comments c WHERE c.problem_id = problems.id AND c.hidden_at IS NULL),
         project_count = (SELECT count(*) FROM projects p WHERE p.problem_id = problems.id),
         last_activity_at = max(created_at,
         coalesce((SELECT max(created_at) FROM endorsements e WHERE e.problem_id = problems.id), 0),
         coalesce((SELECT max(created_at) FROM comments c WHERE c.problem_id = problems.id), 0),
         coalesce((SELECT max(created_at) FROM projects p WHERE p.problem_id = problems.id), 0))
       WHERE id BETWEEN ? AND ?`,
    ),
    project: sqlite.prepare(
      `INSERT INTO projects (name, tagline, description, problem_id, lead_id, care_setting, specialty, tech, licence, declared_no_pii, declared_may_submit,
        declared_ip_policy, stage, state, submitted_at, stage_entered_at, last_activity_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, 'active', ?, ?, ?, ?, ?)`,
    ),
    member: sqlite.prepare(
      "INSERT OR IGNORE INTO project_members (project_id, user_id, role, status, created_at) VALUES (?, ?, ?, 'active', ?)",
    ),
    request: sqlite.prepare(
      "INSERT INTO stage_requests (project_id, from_stage, to_stage, requested_by, note, status, decided_by, decision_reason, decided_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    move: sqlite.prepare(
      "INSERT INTO stage_moves (project_id, kind, from_stage, to_stage, actor_id, reason, request_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    gate: sqlite.prepare(
      "INSERT INTO gate_item_statuses (project_id, item_key, status, evidence, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    mentorship: sqlite.prepare(
      "INSERT INTO mentorships (project_id, mentor_id, status, message, focus, requested_by, responded_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    problemStatus: sqlite.prepare("UPDATE problems SET status = ? WHERE id = ?"),
  };
}

/** Stages for the new projects: most stay early, a few reach the end of the pipeline. */
function planProjects(rng: Random, count: number): Stage[] {
  const weights: Array<[Stage, number]> = [
    ["prototype", 50],
    ["validation", 22],
    ["pilot_ready", 12],
    ["pilot", 7],
    ["evaluation", 4],
    ["route_to_market", 3],
    ["adopted", 2],
  ];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return Array.from({ length: count }, () => {
    let r = rng.next() * total;
    for (const [stage, w] of weights) {
      r -= w;
      if (r < 0) return stage;
    }
    return "prototype";
  });
}

// ---------------------------------------------------------------- word banks

const specialtiesBySetting: Record<CareSetting, Specialty[]> = {
  primary_care: [
    "general_practice",
    "diabetes_endocrinology",
    "cardiology",
    "respiratory",
    "pharmacy",
    "learning_disability",
    "older_people_frailty",
    "mental_health",
  ],
  acute: [
    "emergency_medicine",
    "surgery",
    "orthopaedics",
    "cardiology",
    "stroke",
    "radiology",
    "paediatrics",
    "maternity",
    "oncology",
    "renal",
    "nursing_general",
    "infection_prevention",
    "pharmacy",
  ],
  mental_health: ["mental_health", "dementia", "learning_disability", "pharmacy", "paediatrics"],
  community: [
    "nursing_general",
    "physiotherapy_rehab",
    "podiatry",
    "palliative_care",
    "respiratory",
    "diabetes_endocrinology",
    "older_people_frailty",
    "paediatrics",
  ],
  ambulance: ["emergency_medicine", "cardiology", "stroke", "older_people_frailty", "mental_health", "respiratory"],
  social_care: [
    "social_work",
    "dementia",
    "older_people_frailty",
    "learning_disability",
    "infection_prevention",
    "pharmacy",
    "palliative_care",
  ],
};

const staffBySetting: Record<CareSetting, string[]> = {
  primary_care: [
    "Practice nurses",
    "GPs",
    "Care coordinators",
    "Reception teams",
    "Clinical pharmacists",
    "Health care assistants",
  ],
  acute: [
    "Ward nurses",
    "Junior doctors",
    "Bed managers",
    "Ward pharmacists",
    "Discharge coordinators",
    "Theatre coordinators",
    "Physiotherapists",
  ],
  mental_health: [
    "Care coordinators",
    "Crisis team nurses",
    "Psychiatrists",
    "Peer support workers",
    "Ward staff",
    "Psychologists",
  ],
  community: [
    "District nurses",
    "Community matrons",
    "Therapists",
    "Health visitors",
    "School nurses",
    "Specialist nurses",
  ],
  ambulance: ["Paramedics", "Call handlers", "Clinical navigators", "Crews", "Emergency care assistants"],
  social_care: [
    "Care workers",
    "Registered managers",
    "Social workers",
    "Night staff",
    "Senior carers",
    "Occupational therapists",
  ],
};
const patientsBySetting: Record<CareSetting, string[]> = {
  primary_care: [
    "housebound patients",
    "people with long-term conditions",
    "patients with diabetes",
    "carers",
    "people with a learning disability",
    "patients on repeat medicines",
  ],
  acute: [
    "older inpatients",
    "patients on the surgical wards",
    "people admitted overnight",
    "patients awaiting discharge",
    "children on the ward",
    "people waiting for scans",
  ],
  mental_health: [
    "people on the community caseload",
    "young people waiting for assessment",
    "people in crisis",
    "people on long-term medication",
    "inpatients on leave",
  ],
  community: [
    "people on the district nursing caseload",
    "people at home after discharge",
    "families with new babies",
    "people with leg ulcers",
    "people at the end of life",
  ],
  ambulance: [
    "people who fall at home",
    "frequent callers",
    "people with chest pain",
    "people with breathing difficulty",
    "older people living alone",
  ],
  social_care: [
    "residents with dementia",
    "home care clients",
    "people waiting for a care package",
    "residents returning from hospital",
    "people with complex needs",
  ],
};
const servicesBySetting: Record<CareSetting, string[]> = {
  primary_care: [
    "the practice",
    "community pharmacy",
    "the hospital clinic",
    "the out-of-hours service",
    "social prescribing",
  ],
  acute: ["ED", "the acute medical unit", "radiology", "pharmacy", "the discharge team", "theatres", "outpatients"],
  mental_health: ["the crisis team", "the inpatient ward", "the GP", "the community team", "liaison psychiatry"],
  community: ["the district nursing team", "the GP practice", "the hospice", "the virtual ward", "community therapy"],
  ambulance: ["ED", "111", "the community falls team", "the GP", "the control room"],
  social_care: ["the care home", "the GP", "the hospital ward", "the council's brokerage team", "the home care agency"],
};
const unitBySetting: Record<CareSetting, string[]> = {
  primary_care: ["practice", "primary care network", "surgery"],
  acute: ["ward", "unit", "department"],
  mental_health: ["team", "ward", "service"],
  community: ["team", "locality", "service"],
  ambulance: ["service", "station", "control room"],
  social_care: ["home", "agency", "service"],
};
const information = [
  "the latest medication list",
  "the care plan",
  "observations",
  "the discharge summary",
  "test results",
  "the falls history",
  "the referral status",
  "allergy information",
  "the DNACPR decision",
  "the wound assessment",
  "the risk assessment",
  "the next of kin details",
];
const events = [
  "someone moves between services",
  "the shift changes",
  "a patient is transferred at night",
  "a referral is rejected",
  "the usual staff member is off",
  "a new episode starts",
];
const delays = ["two hours", "until the end of the shift", "the next morning", "several days", "a week"];
const channels = ["fax", "email", "phone", "a paper form", "a photo of a handwritten note"];
const durations = ["six weeks", "three hours", "14 days", "four months", "eight hours", "ten days"];
const causes = [
  "referrals arrive incomplete",
  "nobody owns the list",
  "the information is in another system",
  "triage is done by hand",
  "the form does not ask the right questions",
  "two systems do not talk to each other",
];
const periods = ["week", "month", "day", "shift"];
const workarounds = [
  "A shared spreadsheet that one person updates when they have time.",
  "Phone calls, and a notebook kept at the nurses' station.",
  "We print the list every morning and tick it off by hand.",
  "A whiteboard in the office and a lot of goodwill.",
  "Emails between teams, which get lost when someone is on leave.",
  "Each team keeps its own list and we reconcile them at a weekly meeting.",
];
const ideals = [
  "One shared view that every team involved can see and update, with a clear owner for the next action.",
  "The information is captured once, at the point of care, and flows to everyone who needs it.",
  "A simple prompt at the right moment, so nothing depends on who happens to be on shift.",
  "A live list, sorted by urgency, that replaces the phone calls.",
  "Structured information that arrives before the person does, in words the receiving team can use.",
];
const dataBank = [
  "Coded entries in the clinical record; activity data already reported nationally.",
  "Timestamps from existing systems; a local audit of the last three months.",
  "Structured forms in the electronic record; published aggregate figures.",
  "Referral logs and waiting list extracts (identifiable); synthetic versions can be built from the data specification.",
];
const constraintBank = [
  "No patient-identifiable data at a hack day: synthetic data only.",
  "Synthetic data only. Live use would need a DPIA and a data sharing agreement for direct care.",
  "Identifiable records stay in the organisations' systems; use synthetic or published aggregate data.",
];
const endorsementNotes = [
  "Same here.",
  "We see this every week.",
  "Exactly our experience.",
  "This is a daily frustration for our team.",
  "Happens across our whole area.",
];
const commentBank = [
  "Is there a national data standard we could build on for this?",
  "We tried a spreadsheet fix last year; it lasted a month.",
  "Happy to help test anything that comes out of this.",
  "Could the team share which systems hold this today?",
  "Would synthetic data from the national specification be enough for a prototype?",
  "Our area solved part of this with a shared inbox, but it doesn't scale.",
];
const tagBank = [
  "discharge",
  "handover",
  "referrals",
  "medicines",
  "falls",
  "frailty",
  "dementia",
  "care homes",
  "home care",
  "deterioration",
  "observations",
  "scheduling",
  "waiting lists",
  "patient flow",
  "data sharing",
  "interoperability",
  "remote monitoring",
  "safeguarding",
  "end of life",
  "children",
  "maternity",
  "mental health",
  "crisis care",
  "workforce",
  "infection prevention",
  "wound care",
  "long-term conditions",
  "diabetes",
  "respiratory",
  "cardiology",
  "stroke",
  "imaging",
  "pharmacy",
  "accessibility",
  "health inequalities",
  "carers",
  "out of hours",
  "urgent care",
  "transport",
  "rehabilitation",
];
const professions = [
  "Staff nurse",
  "GP",
  "Paramedic",
  "Care home manager",
  "Pharmacist",
  "Physiotherapist",
  "Occupational therapist",
  "Social worker",
  "Consultant",
  "Midwife",
  "Health visitor",
  "Healthcare assistant",
];
const skills = [
  "TypeScript",
  "React",
  "Python",
  "SQL",
  "FHIR",
  "Kotlin",
  "Swift",
  "Go",
  "C#",
  "Accessibility",
  "User research",
  "Data science",
  "Figma",
  "Security",
];
const devOrgs = [
  "Freelance",
  "University student",
  "Health-tech startup",
  "Trust digital team",
  "ICB analytics team",
  "Software consultancy",
];
const devHeadlines = [
  "Full-stack developer",
  "Data scientist",
  "Designer",
  "Mobile developer",
  "Integration engineer",
  "Student developer",
];
const taglinePrefixes = ["A prototype for", "Tackling", "A fix for"];
const descriptionBank = [
  "A prototype built with the clinician who posted the problem, using synthetic data throughout.",
  "A small web app that replaces the spreadsheet and the phone calls with one shared list.",
  "A mobile-first tool for staff on the move, tested with the team that raised the problem.",
];
const techBank = [
  "TypeScript, Remix, SQLite",
  "Python, Django, PostgreSQL",
  "Kotlin, Spring Boot",
  "C#, .NET, Azure",
  "Go, HTMX, PostgreSQL",
];
const firstNames = [
  "Amelia",
  "Oliver",
  "Isla",
  "George",
  "Ava",
  "Arthur",
  "Mia",
  "Noah",
  "Priya",
  "Mohammed",
  "Zara",
  "Hassan",
  "Grace",
  "Leo",
  "Freya",
  "Kwame",
  "Chloe",
  "Tomasz",
  "Aisha",
  "Rhys",
  "Siobhan",
  "Dylan",
  "Anika",
  "Femi",
  "Elena",
];
const lastNames = [
  "Smith",
  "Jones",
  "Patel",
  "Williams",
  "Khan",
  "Brown",
  "Taylor",
  "Davies",
  "Evans",
  "Wilson",
  "Thomas",
  "Roberts",
  "Okafor",
  "Nowak",
  "Murphy",
  "Hughes",
  "Ali",
  "Campbell",
  "Chen",
  "Walker",
];
const places = [
  "Ashworth",
  "Brambleford",
  "Calder",
  "Dunmore",
  "Elmsworth",
  "Fenwick",
  "Greystone",
  "Hartley",
  "Ivybridge",
  "Kirkham",
  "Lowmoor",
  "Marston",
  "Northfield",
  "Oakridge",
  "Penrose",
  "Queensbury",
  "Redbrook",
  "Stanmoor",
  "Thornley",
  "Westbury",
];
const orgKinds: Array<[string, CareSetting]> = [
  ["Teaching Hospitals NHS Trust", "acute"],
  ["Hospitals NHS Foundation Trust", "acute"],
  ["Community Health NHS Trust", "community"],
  ["Mental Health NHS Foundation Trust", "mental_health"],
  ["Medical Practice", "primary_care"],
  ["Surgery", "primary_care"],
  ["Ambulance Service NHS Trust", "ambulance"],
  ["Care Home", "social_care"],
  ["Home Care", "social_care"],
  ["Council Adult Social Care", "social_care"],
];

function organisations(rng: Random, count: number): Array<{ name: string; setting: CareSetting }> {
  const seen = new Map<string, CareSetting>();
  while (seen.size < count) {
    const [kind, setting] = rng.pick(orgKinds);
    seen.set(`${rng.pick(places)} ${kind}`, setting);
  }
  return [...seen].map(([name, setting]) => ({ name, setting }));
}

function personName(rng: Random): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

function projectName(rng: Random, k: number): string {
  const a = ["Care", "Ward", "Flow", "Med", "Safe", "Link", "Obs", "Home", "Night", "Clear", "Kind", "Shift"];
  const b = ["Link", "Board", "Check", "Track", "Loop", "Path", "Note", "Sync", "View", "Pal", "Step", "Bridge"];
  return `${rng.pick(a)}${rng.pick(b)} ${k + 1}`;
}

function problemText(rng: Random, setting: CareSetting) {
  const staff = rng.pick(staffBySetting[setting]);
  const patients = rng.pick(patientsBySetting[setting]);
  const [serviceA, serviceB] = rng.sample(servicesBySetting[setting], 2) as [string, string];
  const info = rng.pick(information);
  const unit = rng.pick(unitBySetting[setting]);
  const count = rng.int(3, 60);
  const pct = rng.int(8, 45);
  const period = rng.pick(periods);
  const titles = [
    `${staff} can't see ${info} when ${rng.pick(events)}`,
    `${cap(info)} is recorded on paper and typed in ${rng.pick(delays)} later`,
    `${cap(patients)} wait ${rng.pick(durations)} for ${serviceA} because ${rng.pick(causes)}`,
    `${cap(info)} goes missing when ${patients} move between ${serviceA} and ${serviceB}`,
    `We phone round ${count} ${serviceB === "ED" ? "departments" : "teams"} every ${period} to find out ${info}`,
    `${staff} spend ${rng.int(4, 30)} hours a week chasing ${info}`,
    `No shared view of ${info} between ${serviceA} and ${serviceB}`,
    `${cap(info)} arrives by ${rng.pick(channels)} and has to be re-keyed`,
  ];
  const title = rng.pick(titles).slice(0, 200);
  const summary = [
    `On our ${unit}, ${staff.toLowerCase()} rely on ${info} to look after ${patients}, but it sits with ${serviceA} and reaches ${serviceB} late or not at all.`,
    `In a ${period === "day" ? "two-week" : "three-month"} audit we found ${pct}% of cases where ${info} was missing or out of date when it was needed.`,
    `It costs us about ${rng.int(3, 40)} hours a week and ${patients} carry the risk.`,
  ].join(" ");
  return {
    title,
    summary,
    who: `${cap(patients)}; ${staff.toLowerCase()}; staff in ${serviceB}.`,
    frequency: `About ${count} times a ${period}.`,
    workaround: rng.pick(workarounds),
    ideal: rng.pick(ideals),
    data: rng.pick(dataBank),
    constraints: rng.pick(constraintBank),
  };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
