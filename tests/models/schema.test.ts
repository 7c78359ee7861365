import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rawRow, rawRows, rawRun } from "../../app/models/dialect.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createComment, createEndorsement, createProblem, createProject, createTag, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { itOnPostgres, itOnSqlite } from "../setup/only-on";
import { onPostgres } from "../setup/store";

withFreshDatabase();

/** SQLite's own connection, for its PRAGMAs and its catalogue (SQLite-only tests). */
const client = () => getWriterDb().$client;
const db = () => getWriterDb();

// What each store says when it refuses a write: SQLite "CHECK constraint failed: …", PostgreSQL
// "new row for relation … violates check constraint …", and so on.
const CHECK = /CHECK constraint failed|violates check constraint/;
const FOREIGN_KEY = /FOREIGN KEY constraint failed|violates foreign key constraint/;
const UNIQUE = /UNIQUE constraint failed|duplicate key value violates unique constraint/;

/**
 * The store's own error a write was refused with: drizzle wraps it (always on PostgreSQL, for raw
 * statements on SQLite) and keeps it as the cause.
 */
async function refusalOf(write: PromiseLike<unknown>): Promise<Error> {
  try {
    await write;
  } catch (error) {
    let e = error;
    while (e instanceof Error && e.cause instanceof Error) e = e.cause;
    if (e instanceof Error) return e;
    throw error;
  }
  throw new Error("Expected the write to be refused; it was not.");
}
const refusal = async (write: PromiseLike<unknown>) => (await refusalOf(write)).message;

describe("database settings", () => {
  itOnSqlite("runs in WAL mode with foreign keys on and a busy timeout", () => {
    expect(client().pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client().pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client().pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  itOnSqlite("has an index leading with every foreign key column", () => {
    const tables = client()
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as { name: string }[];
    const missing: string[] = [];
    for (const { name } of tables) {
      const fks = client().prepare(`PRAGMA foreign_key_list("${name}")`).all() as { from: string }[];
      const indexes = client().prepare(`PRAGMA index_list("${name}")`).all() as { name: string }[];
      const leading = new Set(
        indexes.map(
          (i) =>
            (client().prepare(`PRAGMA index_info("${i.name}")`).all() as { seqno: number; name: string }[]).find(
              (c) => c.seqno === 0,
            )?.name,
        ),
      );
      // An INTEGER PRIMARY KEY is the rowid itself: already the table's own index.
      const columns = client().prepare(`PRAGMA table_info("${name}")`).all() as { name: string; pk: number }[];
      if (columns.filter((c) => c.pk > 0).length === 1) leading.add(columns.find((c) => c.pk === 1)?.name);
      for (const fk of fks) if (!leading.has(fk.from)) missing.push(`${name}.${fk.from}`);
    }
    expect(missing).toEqual([]);
  });

  itOnPostgres("has an index leading with every foreign key column (PostgreSQL does not make them)", async () => {
    const rows = await rawRows<{ column: string }>(
      db(),
      sql`SELECT c.conrelid::regclass::text || '.' || a.attname AS "column"
        FROM pg_constraint c
        CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = k.attnum)
        ORDER BY 1`,
    );
    expect(rows.map((r) => r.column)).toEqual([]);
  });
});

describe("constraints hold", () => {
  it("refuses values outside an enumeration", async () => {
    const user = await createUser();
    expect(
      await refusal(rawRun(db(), sql`INSERT INTO user_roles (user_id, role) VALUES (${user.id}, 'superuser')`)),
    ).toMatch(CHECK);
    const problem = await createProblem();
    expect(
      await refusal(rawRun(db(), sql`UPDATE problems SET care_setting = 'moon base' WHERE id = ${problem.id}`)),
    ).toMatch(CHECK);
    const project = await createProject();
    expect(await refusal(rawRun(db(), sql`UPDATE projects SET stage = 'unicorn' WHERE id = ${project.id}`))).toMatch(
      CHECK,
    );
  });

  it("refuses rows that point at nothing", async () => {
    expect(
      await refusal(
        rawRun(db(), sql`INSERT INTO endorsements (problem_id, user_id, organisation) VALUES (999999, 999999, 'x')`),
      ),
    ).toMatch(FOREIGN_KEY);
  });

  it("keeps one endorsement per person per problem", async () => {
    const problem = await createProblem();
    const endorsement = await createEndorsement({ problemId: problem.id });
    expect(await refusal(createEndorsement({ problemId: problem.id, userId: endorsement.userId }))).toMatch(UNIQUE);
  });

  it("ties the duplicate status to the problem it was merged into", async () => {
    const target = await createProblem();
    const problem = await createProblem();
    expect(await refusal(rawRun(db(), sql`UPDATE problems SET status = 'duplicate' WHERE id = ${problem.id}`))).toMatch(
      CHECK,
    );
    await rawRun(
      db(),
      sql`UPDATE problems SET status = 'duplicate', duplicate_of_id = ${target.id} WHERE id = ${problem.id}`,
    );
  });

  it("requires a reason when a project is archived, and scores from 1 to 5", async () => {
    const project = await createProject();
    expect(await refusal(rawRun(db(), sql`UPDATE projects SET state = 'archived' WHERE id = ${project.id}`))).toMatch(
      CHECK,
    );
    await rawRun(
      db(),
      sql`UPDATE projects SET state = 'archived', archive_reason = 'not_pursuing' WHERE id = ${project.id}`,
    );
    expect(
      await refusal(
        rawRun(
          db(),
          sql`INSERT INTO scores (hack_day_id, project_id, judge_id, criterion_id, score) VALUES (1, 1, 1, 1, 6)`,
        ),
      ),
    ).toMatch(new RegExp(`${CHECK.source}|${FOREIGN_KEY.source}`));
  });

  it("stores emails in lower case only", async () => {
    expect(await refusal(createUser({ email: "Someone@NHS.net" }))).toMatch(CHECK);
  });
});

describe("triggers keep derived data in step", () => {
  it("counts endorsements and distinct organisations", async () => {
    const problem = await createProblem();
    await createEndorsement({ problemId: problem.id, organisation: "Leeds Teaching Hospitals" });
    await createEndorsement({ problemId: problem.id, organisation: "leeds teaching hospitals " });
    await createEndorsement({ problemId: problem.id, organisation: "Bradford District Care" });
    const row = await rawRow<{ e: number; o: number }>(
      db(),
      sql`SELECT endorsement_count AS "e", organisation_count AS "o" FROM problems WHERE id = ${problem.id}`,
    );
    expect(row).toEqual({ e: 3, o: 2 });
  });

  it("counts visible comments and linked projects", async () => {
    const problem = await createProblem();
    const comment = await createComment({ problemId: problem.id });
    await createComment({ problemId: problem.id });
    await createProject({ problemId: problem.id });
    const now = Math.floor(Date.now() / 1000);
    await rawRun(db(), sql`UPDATE comments SET hidden_at = ${now} WHERE id = ${comment.id}`);
    const row = await rawRow<{ c: number; p: number }>(
      db(),
      sql`SELECT comment_count AS "c", project_count AS "p" FROM problems WHERE id = ${problem.id}`,
    );
    expect(row).toEqual({ c: 1, p: 1 });
  });

  // The search index: SQLite's FTS5 tables problems_fts and projects_fts (rowid = the row's id,
  // queried with MATCH); PostgreSQL's problem_search and project_search tsvectors (to_tsquery).
  it("indexes problems and their tags for full-text search", async () => {
    const problem = await createProblem({
      title: "Pressure ulcers in care homes",
      summary: "Photos of wounds cannot be shared",
    });
    const tag = await createTag("tissue-viability");
    await db().insert(s.problemTags).values({ problemId: problem.id, tagId: tag.id });
    const match = async (fts: string, tsquery: string) =>
      (
        await rawRows<{ id: number }>(
          db(),
          onPostgres
            ? sql`SELECT problem_id AS "id" FROM problem_search WHERE document @@ to_tsquery('hackpath', ${tsquery})`
            : sql`SELECT rowid AS "id" FROM problems_fts WHERE problems_fts MATCH ${fts}`,
        )
      ).map((r) => r.id);
    expect(await match("ulcer", "ulcer")).toEqual([problem.id]);
    expect(await match('"tissue viability"', "tissue <-> viability")).toEqual([problem.id]);
    await rawRun(db(), sql`UPDATE problems SET title = 'Wound photography at home' WHERE id = ${problem.id}`);
    expect(await match("ulcer", "ulcer")).toEqual([]);
    expect(await match("wound", "wound")).toEqual([problem.id]);
    await rawRun(db(), sql`DELETE FROM problems WHERE id = ${problem.id}`);
    expect(await match("wound", "wound")).toEqual([]);
  });

  it("indexes projects for full-text search", async () => {
    const project = await createProject({ name: "FootCheck", tech: "Remix SQLite FHIR" });
    const rows = await rawRows<{ id: number }>(
      db(),
      onPostgres
        ? sql`SELECT project_id AS "id" FROM project_search WHERE document @@ to_tsquery('hackpath', 'fhir')`
        : sql`SELECT rowid AS "id" FROM projects_fts WHERE projects_fts MATCH 'fhir'`,
    );
    expect(rows.map((r) => r.id)).toEqual([project.id]);
  });
});
