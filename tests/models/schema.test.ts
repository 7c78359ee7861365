import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createComment, createEndorsement, createProblem, createProject, createTag, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const client = () => getWriterDb().$client;

describe("database settings", () => {
  it("runs in WAL mode with foreign keys on and a busy timeout", () => {
    expect(client().pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client().pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client().pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("has an index leading with every foreign key column", () => {
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
});

describe("constraints hold", () => {
  it("refuses values outside an enumeration", async () => {
    const user = await createUser();
    expect(() =>
      client().prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'superuser')").run(user.id),
    ).toThrow(/CHECK/);
    const problem = await createProblem();
    expect(() =>
      client().prepare("UPDATE problems SET care_setting = 'moon base' WHERE id = ?").run(problem.id),
    ).toThrow(/CHECK/);
    const project = await createProject();
    expect(() => client().prepare("UPDATE projects SET stage = 'unicorn' WHERE id = ?").run(project.id)).toThrow(
      /CHECK/,
    );
  });

  it("refuses rows that point at nothing", () => {
    expect(() =>
      client()
        .prepare("INSERT INTO endorsements (problem_id, user_id, organisation) VALUES (999999, 999999, 'x')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keeps one endorsement per person per problem", async () => {
    const problem = await createProblem();
    const endorsement = await createEndorsement({ problemId: problem.id });
    await expect(createEndorsement({ problemId: problem.id, userId: endorsement.userId })).rejects.toThrow(/UNIQUE/);
  });

  it("ties the duplicate status to the problem it was merged into", async () => {
    const target = await createProblem();
    const problem = await createProblem();
    expect(() => client().prepare("UPDATE problems SET status = 'duplicate' WHERE id = ?").run(problem.id)).toThrow(
      /CHECK/,
    );
    client()
      .prepare("UPDATE problems SET status = 'duplicate', duplicate_of_id = ? WHERE id = ?")
      .run(target.id, problem.id);
  });

  it("requires a reason when a project is archived, and scores from 1 to 5", async () => {
    const project = await createProject();
    expect(() => client().prepare("UPDATE projects SET state = 'archived' WHERE id = ?").run(project.id)).toThrow(
      /CHECK/,
    );
    client()
      .prepare("UPDATE projects SET state = 'archived', archive_reason = 'not_pursuing' WHERE id = ?")
      .run(project.id);
    expect(() =>
      client()
        .prepare("INSERT INTO scores (hack_day_id, project_id, judge_id, criterion_id, score) VALUES (1, 1, 1, 1, 6)")
        .run(),
    ).toThrow(/CHECK|FOREIGN/);
  });

  it("stores emails in lower case only", async () => {
    await expect(createUser({ email: "Someone@NHS.net" })).rejects.toThrow(/CHECK/);
  });
});

describe("triggers keep derived data in step", () => {
  it("counts endorsements and distinct organisations", async () => {
    const problem = await createProblem();
    await createEndorsement({ problemId: problem.id, organisation: "Leeds Teaching Hospitals" });
    await createEndorsement({ problemId: problem.id, organisation: "leeds teaching hospitals " });
    await createEndorsement({ problemId: problem.id, organisation: "Bradford District Care" });
    const row = await getWriterDb().get<{ e: number; o: number }>(
      sql`SELECT endorsement_count e, organisation_count o FROM problems WHERE id = ${problem.id}`,
    );
    expect(row).toEqual({ e: 3, o: 2 });
  });

  it("counts visible comments and linked projects", async () => {
    const problem = await createProblem();
    const comment = await createComment({ problemId: problem.id });
    await createComment({ problemId: problem.id });
    await createProject({ problemId: problem.id });
    client().prepare("UPDATE comments SET hidden_at = unixepoch() WHERE id = ?").run(comment.id);
    const row = await getWriterDb().get<{ c: number; p: number }>(
      sql`SELECT comment_count c, project_count p FROM problems WHERE id = ${problem.id}`,
    );
    expect(row).toEqual({ c: 1, p: 1 });
  });

  it("indexes problems and their tags for full-text search", async () => {
    const problem = await createProblem({
      title: "Pressure ulcers in care homes",
      summary: "Photos of wounds cannot be shared",
    });
    const tag = await createTag("tissue-viability");
    await getWriterDb().insert(s.problemTags).values({ problemId: problem.id, tagId: tag.id });
    const match = (q: string) =>
      client().prepare("SELECT rowid FROM problems_fts WHERE problems_fts MATCH ?").all(q) as { rowid: number }[];
    expect(match("ulcer").map((r) => r.rowid)).toEqual([problem.id]);
    expect(match('"tissue viability"').map((r) => r.rowid)).toEqual([problem.id]);
    client().prepare("UPDATE problems SET title = 'Wound photography at home' WHERE id = ?").run(problem.id);
    expect(match("ulcer")).toEqual([]);
    expect(match("wound").map((r) => r.rowid)).toEqual([problem.id]);
    client().prepare("DELETE FROM problems WHERE id = ?").run(problem.id);
    expect(match("wound")).toEqual([]);
  });

  it("indexes projects for full-text search", async () => {
    const project = await createProject({ name: "FootCheck", tech: "Remix SQLite FHIR" });
    const rows = client().prepare("SELECT rowid FROM projects_fts WHERE projects_fts MATCH 'fhir'").all() as {
      rowid: number;
    }[];
    expect(rows.map((r) => r.rowid)).toEqual([project.id]);
  });
});
