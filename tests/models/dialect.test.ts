/**
 * app/models/dialect.server.ts, the one module that knows the store's SQL (issue 16): what each
 * helper returns on real rows of a fresh database, so a second store's version can be held to
 * the same answers.
 */
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { searchUsers } from "../../app/models/admin.server";
import {
  containsText,
  greatest,
  includesText,
  insertionOrder,
  integerParam,
  isUniqueViolation,
  joinInWrittenOrder,
  rawRow,
  rawRows,
  rawRun,
  stringAgg,
} from "../../app/models/dialect.server";
import { mergeProblems } from "../../app/models/problem-moderation.server";
import { getDb, getWriterDb, inTransaction } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createHackDay, createMentor, createProblem, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { itOnSqlite } from "../setup/only-on";

withFreshDatabase();

/** The value of one SQL expression, read back through rawRow. */
async function valueOf<T>(expression: SQL): Promise<T | null | undefined> {
  return (await rawRow<{ v: T | null }>(getDb(), sql`SELECT ${expression} AS "v"`))?.v;
}

/**
 * The truth of one SQL condition as SQLite gives it: 1 when it holds, 0 when it does not, NULL
 * when it is unknown (PostgreSQL's conditions are booleans, readable only as such).
 */
async function truthOf(condition: SQL): Promise<number | null | undefined> {
  return valueOf<number>(sql`CASE WHEN ${condition} THEN 1 WHEN NOT (${condition}) THEN 0 END`);
}

describe("raw queries", () => {
  it("rawRows returns every row keyed by the quoted names, rawRow the first or undefined", async () => {
    const a = await createUser({ name: "Ada" });
    const b = await createUser({ name: "Bea" });
    const rows = await rawRows<{ userId: number; displayName: string }>(
      getDb(),
      sql`SELECT u.id AS "userId", u.name AS "displayName" FROM users u ORDER BY u.id`,
    );
    expect(rows).toEqual([
      { userId: a.id, displayName: "Ada" },
      { userId: b.id, displayName: "Bea" },
    ]);
    expect(await rawRow<{ n: number }>(getDb(), sql`SELECT count(*) AS n FROM users`)).toEqual({ n: 2 });
    expect(await rawRow(getDb(), sql`SELECT id FROM users WHERE id = ${b.id + 1}`)).toBeUndefined();
    expect(await rawRows(getDb(), sql`SELECT id FROM users WHERE id = ${b.id + 1}`)).toEqual([]);
  });

  it("rawRun returns how many rows the write changed", async () => {
    for (const name of ["Tag one", "Tag two", "Tag three"])
      await getWriterDb()
        .insert(s.tags)
        .values({ name, slug: name.toLowerCase().replace(" ", "-") });
    expect(await inTransaction((tx) => rawRun(tx, sql`UPDATE tags SET name = name || '!'`))).toBe(3);
    expect(await inTransaction((tx) => rawRun(tx, sql`UPDATE tags SET name = 'x' WHERE slug = 'none'`))).toBe(0);
    expect(await inTransaction((tx) => rawRun(tx, sql`DELETE FROM tags WHERE slug <> 'tag-one'`))).toBe(2);
    expect((await getDb().select({ name: s.tags.name }).from(s.tags)).map((t) => t.name)).toEqual(["Tag one!"]);
  });

  // SQLite's read-only connection: on PostgreSQL getDb() outside a transaction is the pool.
  itOnSqlite("rawRun writes only inside a transaction: outside, the write fails, as a rejection", async () => {
    await getWriterDb().insert(s.tags).values({ name: "Tag one!", slug: "tag-one" });
    // Outside a transaction getDb() is the read-only connection: the write fails, as a rejection.
    await expect(rawRun(getDb(), sql`DELETE FROM tags`)).rejects.toMatchObject({
      message: "Failed to run the query 'DELETE FROM tags'",
      cause: { code: "SQLITE_READONLY", message: "attempt to write a readonly database" },
    });
    expect(await rawRow<{ n: number }>(getDb(), sql`SELECT count(*) AS n FROM tags`)).toEqual({ n: 1 });
  });
});

describe("isUniqueViolation", () => {
  it("names the constraint a failed insert broke, and only that one", async () => {
    await createUser({ email: "taken@example.test" });
    const error = await createUser({ email: "taken@example.test" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error, "users.email")).toBe(true);
    expect(isUniqueViolation(error, "users.name")).toBe(false);
    expect(isUniqueViolation(new Error("something else"), "users.email")).toBe(false);
    expect(isUniqueViolation("UNIQUE constraint failed: users.email", "users.email")).toBe(false);
  });
});

describe("stringAgg", () => {
  const areasOf = (userId: number, separator?: string) =>
    rawRow<{ areas: string | null }>(
      getDb(),
      sql`SELECT ${stringAgg(sql`me.area`, separator)} AS "areas" FROM mentor_expertise me WHERE me.user_id = ${userId}`,
    );

  it("joins three values with a comma by default, in an order callers sort after splitting", async () => {
    const mentor = await createMentor({ areas: ["regulation", "clinical_safety", "interoperability"] });
    const { areas } = (await areasOf(mentor.id))!;
    expect(areas!.length).toBe("regulation,clinical_safety,interoperability".length);
    expect(areas!.split(",").sort()).toEqual(["clinical_safety", "interoperability", "regulation"]);
  });

  it("takes another separator, gives one value alone, and NULL when there are none", async () => {
    const three = await createMentor({ areas: ["regulation", "clinical_safety", "interoperability"] });
    const one = await createMentor({ areas: ["cyber_security"] });
    const none = await createMentor({ areas: [] });
    expect((await areasOf(three.id, " | "))!.areas!.split(" | ").sort()).toEqual([
      "clinical_safety",
      "interoperability",
      "regulation",
    ]);
    expect(await areasOf(one.id)).toEqual({ areas: "cyber_security" });
    expect(await areasOf(none.id)).toEqual({ areas: null });
  });

  it("leaves NULLs out", async () => {
    expect(await valueOf(sql`(SELECT ${stringAgg(sql`v.x`)} FROM (SELECT 'a' AS x UNION ALL SELECT NULL) AS v)`)).toBe(
      "a",
    );
  });
});

describe("containsText", () => {
  const names = ["100% Fit", "100 percent", "A_B Team", "AxB Team", "back\\slash", "backslash", "Plain Name"];
  const matching = async (text: string) =>
    (
      await rawRows<{ name: string }>(
        getDb(),
        sql`SELECT u.name AS "name" FROM users u WHERE ${containsText(sql`u.name`, text)} ORDER BY u.id`,
      )
    ).map((r) => r.name);

  it("matches anywhere, in any case, and takes %, _ and \\ literally", async () => {
    for (const name of names) await createUser({ name });
    expect(await matching("100%")).toEqual(["100% Fit"]);
    expect(await matching("a_b")).toEqual(["A_B Team"]);
    expect(await matching("\\")).toEqual(["back\\slash"]);
    expect(await matching("PLAIN")).toEqual(["Plain Name"]);
    expect(await matching("TEAM")).toEqual(["A_B Team", "AxB Team"]);
    expect(await matching("%")).toEqual(["100% Fit"]);
    expect(await matching("_")).toEqual(["A_B Team"]);
    expect(await matching("nobody")).toEqual([]);
  });

  it("is what the admin's account search uses", async () => {
    for (const name of names) await createUser({ name });
    const found = await searchUsers({ q: "a_b", page: 1 });
    expect(found.items.map((u) => u.name)).toEqual(["A_B Team"]);
    expect((await searchUsers({ q: "100%", page: 1 })).items.map((u) => u.name)).toEqual(["100% Fit"]);
  });
});

describe("includesText", () => {
  it("matches as written: case counts, nothing is a wildcard, NULL stays NULL", async () => {
    expect(await truthOf(includesText(sql`${"Plain Name"}`, "Plain"))).toBe(1);
    expect(await truthOf(includesText(sql`${"Plain Name"}`, "plain"))).toBe(0);
    expect(await truthOf(includesText(sql`${"Plain Name"}`, "P%n"))).toBe(0);
    expect(await truthOf(includesText(sql`${"100% Fit"}`, "0% F"))).toBe(1);
    expect(await truthOf(includesText(sql`NULL`, "x"))).toBeNull();
  });

  it("finds rows whose column holds the text", async () => {
    const a = await createUser({ name: "Dr Ada Lovelace" });
    await createUser({ name: "dr ada lovelace" });
    const rows = await rawRows<{ id: number }>(
      getDb(),
      sql`SELECT id AS "id" FROM users WHERE ${includesText(s.users.name, "Ada")} ORDER BY id`,
    );
    expect(rows).toEqual([{ id: a.id }]);
  });
});

describe("greatest", () => {
  it("is the largest of two or more values in a row, and NULL when one is NULL (give it none)", async () => {
    // Bound numbers as integerParam: alone in a SELECT, nothing else tells PostgreSQL their type.
    expect(await valueOf(greatest(integerParam(3), integerParam(7), integerParam(5)))).toBe(7);
    expect(await valueOf(greatest(sql`0`, integerParam(-4)))).toBe(0);
    expect(await valueOf(greatest(integerParam(2), sql`NULL`))).toBeNull();
    expect(await valueOf(greatest(integerParam(2), sql`coalesce(NULL, 0)`))).toBe(2);
  });

  it("compares columns of one row, not rows", async () => {
    const user = await createUser();
    const early = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-03-01T00:00:00Z");
    await getWriterDb()
      .insert(s.problems)
      .values([
        {
          title: "One",
          summary: "One.",
          careSetting: "community",
          specialty: "podiatry",
          noPiiConfirmed: true,
          authorId: user.id,
          updatedAt: late,
          lastActivityAt: early,
        },
        {
          title: "Two",
          summary: "Two.",
          careSetting: "community",
          specialty: "podiatry",
          noPiiConfirmed: true,
          authorId: user.id,
          updatedAt: early,
          lastActivityAt: late,
        },
      ]);
    const rows = await rawRows<{ title: string; newest: number }>(
      getDb(),
      sql`SELECT p.title AS "title", ${greatest(sql`p.updated_at`, sql`p.last_activity_at`)} AS "newest" FROM problems p ORDER BY p.id`,
    );
    const lateSeconds = late.getTime() / 1000;
    expect(rows).toEqual([
      { title: "One", newest: lateSeconds },
      { title: "Two", newest: lateSeconds },
    ]);
  });
});

describe("insertionOrder", () => {
  it("keeps rows with the same timestamp in the order they were inserted", async () => {
    const hackDay = await createHackDay();
    const [first, second, third] = [await createUser(), await createUser(), await createUser()];
    const at = new Date("2026-05-01T09:00:00Z");
    // Inserted third, first, second: neither the user id nor the timestamp gives this order.
    for (const person of [third!, first!, second!])
      await getWriterDb()
        .insert(s.hackDayParticipants)
        .values({ hackDayId: hackDay.id, userId: person.id, status: "waitlisted", createdAt: at });
    const rows = await getDb()
      .select({ userId: s.hackDayParticipants.userId, order: insertionOrder(s.hackDayParticipants).mapWith(Number) })
      .from(s.hackDayParticipants)
      .orderBy(asc(s.hackDayParticipants.createdAt), insertionOrder(s.hackDayParticipants));
    expect(rows).toEqual([
      { userId: third!.id, order: 1 },
      { userId: first!.id, order: 2 },
      { userId: second!.id, order: 3 },
    ]);
    const later = await rawRows<{ userId: number }>(
      getDb(),
      sql`SELECT w.user_id AS "userId" FROM hack_day_participants w WHERE ${insertionOrder(sql.raw("w"))} > 1 ORDER BY ${insertionOrder(sql.raw("w"))} DESC`,
    );
    expect(later).toEqual([{ userId: second!.id }, { userId: first!.id }]);
  });
});

describe("joinInWrittenOrder", () => {
  it("joins the window written first to the table after it", async () => {
    const problems = [await createProblem(), await createProblem(), await createProblem()];
    const rows = await rawRows<{ id: number; title: string }>(
      getDb(),
      sql`SELECT p.id AS "id", p.title AS "title" FROM (SELECT w.id AS id FROM problems w ORDER BY w.id DESC LIMIT 2) AS win ${joinInWrittenOrder} problems p ON p.id = win.id ORDER BY p.id`,
    );
    expect(rows).toEqual(problems.slice(1).map((p) => ({ id: p.id, title: p.title })));
  });

  // SQLite's query plan: its CROSS JOIN is never reordered (PostgreSQL's planner chooses for itself).
  itOnSqlite("walks the window first on SQLite, looking each row up by id", async () => {
    await createProblem();
    const plan = (
      await rawRows<{ detail: string }>(
        getDb(),
        sql`EXPLAIN QUERY PLAN SELECT p.id FROM (SELECT w.id AS id FROM problems w ORDER BY w.id DESC LIMIT 2) AS win ${joinInWrittenOrder} problems p ON p.id = win.id`,
      )
    ).map((r) => r.detail);
    // The window is walked first, and each of its rows looked up in problems by id.
    expect(plan.filter((d) => /^(SCAN|SEARCH) (win|p)\b/.test(d))).toEqual([
      "SCAN win",
      "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)",
    ]);
  });
});

describe("insert-or-ignore as onConflictDoNothing (merging problems)", () => {
  it("moves the duplicate's hack day shortlists to the target, keeping the target's own entry", async () => {
    const organiser = await createUser({ roles: ["organiser"] });
    const nominator = await createUser();
    const source = await createProblem();
    const target = await createProblem();
    const [onlySource, both] = [await createHackDay(), await createHackDay()];
    const at = new Date("2026-04-01T12:00:00Z");
    await getWriterDb()
      .insert(s.hackDayProblems)
      .values([
        {
          hackDayId: onlySource.id,
          problemId: source.id,
          nominatedBy: nominator.id,
          status: "accepted",
          createdAt: at,
        },
        { hackDayId: both.id, problemId: source.id, nominatedBy: nominator.id, status: "nominated", createdAt: at },
        { hackDayId: both.id, problemId: target.id, nominatedBy: organiser.id, status: "declined", createdAt: at },
      ]);
    expect(await mergeProblems({ sourceId: source.id, targetId: target.id, actorId: organiser.id })).toMatchObject({
      ok: true,
    });
    const rows = await getDb()
      .select()
      .from(s.hackDayProblems)
      .orderBy(asc(s.hackDayProblems.hackDayId), asc(s.hackDayProblems.problemId));
    expect(rows).toEqual([
      { hackDayId: onlySource.id, problemId: target.id, nominatedBy: nominator.id, status: "accepted", createdAt: at },
      { hackDayId: both.id, problemId: target.id, nominatedBy: organiser.id, status: "declined", createdAt: at },
    ]);
    expect(await getDb().select().from(s.hackDayProblems).where(eq(s.hackDayProblems.problemId, source.id))).toEqual(
      [],
    );
  });
});
