/**
 * Fills a test database with a large, varied set of problems for the performance test, with
 * prepared statements in one transaction (seconds, not minutes). Deterministic: the same `n`
 * gives the same rows. Independent of the demo seed so it can run on an empty migrated file.
 */
import type Database from "better-sqlite3";
import { careSettings, specialties } from "../app/domain/taxonomy";
import { stageKeys } from "../app/domain/stages";

const WORDS = (
  "referral discharge medication reconciliation handover ward community nurse district visit diabetes foot ulcer podiatry " +
  "falls frailty dementia delirium sepsis screening observation escalation triage ambulance handoff queue waiting list " +
  "appointment reminder letter text message interpreter language accessible learning disability carer family consent " +
  "safeguarding care home pharmacy prescription repeat dose insulin warfarin anticoagulation blood test result pathology " +
  "radiology imaging scan report backlog outpatient clinic virtual video telephone triage primary secondary mental health " +
  "crisis team bed capacity flow theatre surgery orthopaedic hip fracture rehabilitation physiotherapy occupational therapy " +
  "equipment wheelchair pressure sore wound dressing catheter infection hand hygiene isolation audit paper form duplicate " +
  "spreadsheet whiteboard pager bleep rota staffing agency shift night weekend handover checklist stroke thrombolysis " +
  "cardiology heart failure oxygen asthma inhaler spirometry maternity antenatal postnatal midwife newborn feeding paediatric " +
  "school vaccination immunisation record shared summary care record gp practice receptionist phone line online booking " +
  "palliative end life anticipatory medicines syringe driver social worker assessment package homecare hospital transport"
).split(" ");

const ORGS = Array.from({ length: 80 }, (_, i) => `Organisation ${i + 1} NHS Trust`);

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts `n` problems with tags, endorsements, projects and comments. Returns the tag slugs used. */
export function generateProblems(sqlite: Database.Database, n: number): { tagSlugs: string[] } {
  const rand = random(n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");
  const now = Math.floor(Date.now() / 1000);

  const insertUser = sqlite.prepare(
    "INSERT INTO users (email, name, organisation, password_hash) VALUES (?, ?, ?, 'not-a-hash')",
  );
  const insertRole = sqlite.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, ?)");
  const insertTag = sqlite.prepare("INSERT INTO tags (name, slug) VALUES (?, ?)");
  const insertProblem =
    sqlite.prepare(`INSERT INTO problems (author_id, title, summary, who_affected, frequency, current_workaround, ideal_outcome,
    care_setting, specialty, data_available, no_pii_confirmed, status, duplicate_of_id, hidden_at, created_at, updated_at, last_activity_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`);
  const insertProblemTag = sqlite.prepare("INSERT OR IGNORE INTO problem_tags (problem_id, tag_id) VALUES (?, ?)");
  const insertEndorsement = sqlite.prepare(
    "INSERT OR IGNORE INTO endorsements (problem_id, user_id, organisation, created_at) VALUES (?, ?, ?, ?)",
  );
  const insertProject = sqlite.prepare(
    "INSERT INTO projects (name, tagline, problem_id, lead_id, stage) VALUES (?, ?, ?, ?, ?)",
  );
  const insertComment = sqlite.prepare("INSERT INTO comments (problem_id, author_id, body) VALUES (?, ?, ?)");

  const tagSlugs: string[] = [];
  sqlite.transaction(() => {
    const userIds: number[] = [];
    for (let i = 0; i < 300; i++) {
      const id = Number(
        insertUser.run(`scale-${n}-${i}@example.test`, `Scale Person ${i}`, pick(ORGS)).lastInsertRowid,
      );
      insertRole.run(id, i % 3 === 0 ? "developer" : "clinician");
      userIds.push(id);
    }
    const tagIds: number[] = [];
    for (let i = 0; i < 120; i++) {
      const name = `${pick(WORDS)} ${i}`;
      const slug = name.replace(/[^a-z0-9]+/g, "-");
      tagIds.push(Number(insertTag.run(name, slug).lastInsertRowid));
      tagSlugs.push(slug);
    }
    const problemIds: number[] = [];
    for (let i = 0; i < n; i++) {
      const created = now - Math.floor(rand() * 3 * 365 * 86_400);
      const duplicate = problemIds.length > 10 && rand() < 0.01;
      const id = Number(
        insertProblem.run(
          pick(userIds),
          `${words(5)} ${i}`.slice(0, 150),
          `${words(40)}.`,
          words(15),
          words(6),
          words(20),
          words(20),
          pick(careSettings.values),
          pick(specialties.values),
          words(12),
          duplicate ? "duplicate" : rand() < 0.1 ? "closed" : "open",
          duplicate ? pick(problemIds) : null,
          rand() < 0.02 ? created + 3600 : null,
          created,
          created,
          created + Math.floor(rand() * 86_400 * 30),
        ).lastInsertRowid,
      );
      problemIds.push(id);
      const tagCount = Math.floor(rand() * 4);
      for (let t = 0; t < tagCount; t++) insertProblemTag.run(id, pick(tagIds));
      if (rand() < 0.4) {
        const endorsementCount = 1 + Math.floor(rand() * 6);
        for (let e = 0; e < endorsementCount; e++)
          insertEndorsement.run(id, pick(userIds), pick(ORGS), created + e * 3600);
      }
      if (rand() < 0.08) insertProject.run(`Project for ${id}`, words(6), id, pick(userIds), pick(stageKeys));
      if (rand() < 0.2) insertComment.run(id, pick(userIds), words(25));
    }
  })();
  return { tagSlugs };
}
