/**
 * The one way to the database (decision 0007): reads through getDb, writes through inTransaction,
 * one transaction at a time on the writer, and a transaction that awaits never absorbs another
 * request's statements.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import pg from "pg";
import { getDb, getWriterDb, inTransaction, readUntilNextWrite } from "../../app/utils/db.server";
import { databasePath } from "../../app/utils/env.server";
import * as s from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";
import { describeOnSqlite, itOnPostgres, itOnSqlite } from "../setup/only-on";
import { onPostgres } from "../setup/store";

withFreshDatabase();

const tagNames = async () => (await getDb().select({ name: s.tags.name }).from(s.tags)).map((t) => t.name).sort();
const insertTag = (name: string) =>
  inTransaction((tx) => tx.insert(s.tags).values({ name, slug: name.toLowerCase().replace(/\W+/g, "-") }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Runs and commits `statement` on a connection of another process's own: a second better-sqlite3
 * connection to the file, or a second PostgreSQL client on the database.
 */
async function commitElsewhere(statement: string): Promise<void> {
  if (onPostgres) {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(statement);
    } finally {
      await other.end();
    }
    return;
  }
  const other = new Database(databasePath());
  try {
    other.exec(statement);
  } finally {
    other.close();
  }
}

describe("inTransaction", () => {
  it("commits what its body wrote, and getDb outside sees it only after the commit", async () => {
    let seenInside: string[] = [];
    await inTransaction(async (tx) => {
      await tx.insert(s.tags).values({ name: "Commit A", slug: "commit-a" });
      seenInside = await tagNames();
    });
    expect(seenInside).toEqual(["Commit A"]);
    expect(await tagNames()).toEqual(["Commit A"]);
  });

  it("rolls everything back when the body throws", async () => {
    await expect(
      inTransaction(async (tx) => {
        await tx.insert(s.tags).values({ name: "Rolled back", slug: "rolled-back" });
        throw new Error("refused halfway");
      }),
    ).rejects.toThrow("refused halfway");
    expect(await tagNames()).toEqual([]);
  });

  // SQLite's one writer connection, shared by the process.
  itOnSqlite(
    "runs one transaction at a time: a second waits while the first awaits, and the first's rollback keeps the second's write",
    async () => {
      const order: string[] = [];
      const first = inTransaction(async (tx) => {
        await tx.insert(s.tags).values({ name: "First", slug: "first" });
        order.push("first wrote");
        await tick();
        order.push("first fails");
        throw new Error("first fails");
      });
      const second = inTransaction(async (tx) => {
        order.push("second starts");
        await tx.insert(s.tags).values({ name: "Second", slug: "second" });
      });
      await expect(first).rejects.toThrow("first fails");
      await second;
      expect(order).toEqual(["first wrote", "first fails", "second starts"]);
      expect(await tagNames()).toEqual(["Second"]);
    },
  );

  // PostgreSQL's pool: each transaction on a connection of its own, serializable between them.
  itOnPostgres(
    "runs transactions side by side on connections of their own, and one's rollback keeps the other's write",
    async () => {
      const order: string[] = [];
      // Another request's transaction, started outside the first and run while the first is open.
      let release!: () => void;
      const opened = new Promise<void>((resolve) => (release = resolve));
      const second = (async () => {
        await opened;
        await inTransaction(async (tx) => {
          order.push("second starts");
          await tx.insert(s.tags).values({ name: "Second", slug: "second" });
        });
      })();
      const first = inTransaction(async (tx) => {
        await tx.insert(s.tags).values({ name: "First", slug: "first" });
        order.push("first wrote");
        release();
        // The second commits while the first is still open.
        await second;
        order.push("first fails");
        throw new Error("first fails");
      });
      await expect(first).rejects.toThrow("first fails");
      await second;
      expect(order).toEqual(["first wrote", "second starts", "first fails"]);
      expect(await tagNames()).toEqual(["Second"]);
    },
  );

  it("does not let a read outside see what an open transaction has not committed", async () => {
    // Another request's read, started outside the transaction and run while its body awaits.
    let release!: () => void;
    const opened = new Promise<void>((resolve) => (release = resolve));
    const concurrentRead = (async () => {
      await opened;
      return tagNames();
    })();
    let outside: string[] = [];
    await inTransaction(async (tx) => {
      await tx.insert(s.tags).values({ name: "Uncommitted", slug: "uncommitted" });
      release();
      outside = await concurrentRead;
    });
    expect(outside).toEqual([]);
    expect(await tagNames()).toEqual(["Uncommitted"]);
  });

  it("joins the caller's transaction when called inside one", async () => {
    await expect(
      inTransaction(async () => {
        await insertTag("Joined");
        throw new Error("caller fails");
      }),
    ).rejects.toThrow("caller fails");
    expect(await tagNames()).toEqual([]);
  });

  // SQLite's read-only connection (on PostgreSQL getDb outside a transaction is the pool).
  itOnSqlite("refuses a write outside a transaction: getDb is read-only there", async () => {
    await expect(getDb().insert(s.tags).values({ name: "Escaped", slug: "escaped" })).rejects.toThrow(/readonly/);
    expect(await tagNames()).toEqual([]);
  });
});

describe("readUntilNextWrite", () => {
  const tagCount = () =>
    readUntilNextWrite("test:tag-count", async () => (await getDb().select({ id: s.tags.id }).from(s.tags)).length);

  it("keeps an answer until a commit from any connection: this process's writer, or another process's", async () => {
    let reads = 0;
    const counted = () =>
      readUntilNextWrite("test:counted", async () => {
        reads += 1;
        return (await getDb().select({ id: s.tags.id }).from(s.tags)).length;
      });
    expect([await counted(), await counted(), await counted()]).toEqual([0, 0, 0]);
    expect(reads).toBe(1);

    await insertTag("First");
    expect([await counted(), await counted()]).toEqual([1, 1]);
    expect(reads).toBe(2);

    // Another process on the same file (or database): its commit is seen at once, not after some time.
    await commitElsewhere("INSERT INTO tags (name, slug) VALUES ('From elsewhere', 'from-elsewhere')");
    expect(await counted()).toBe(2);
    expect(reads).toBe(3);

    // A rolled-back transaction commits nothing, and what was kept stays right.
    await expect(
      inTransaction(async (tx) => {
        await tx.insert(s.tags).values({ name: "Never", slug: "never" });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await counted()).toBe(2);
  });

  it("reads afresh inside a transaction, which sees its own writes, and keeps nothing from it", async () => {
    expect(await tagCount()).toBe(0);
    let inside = -1;
    await inTransaction(async (tx) => {
      await tx.insert(s.tags).values({ name: "Inside", slug: "inside" });
      inside = await tagCount();
    });
    expect(inside).toBe(1);
    expect(await tagCount()).toBe(1);
  });

  it("does not keep a read that failed", async () => {
    let calls = 0;
    const flaky = () =>
      readUntilNextWrite("test:flaky", async () => {
        calls += 1;
        if (calls === 1) throw new Error("database busy");
        return "answered";
      });
    await expect(flaky()).rejects.toThrow("database busy");
    expect(await flaky()).toBe("answered");
    expect(calls).toBe(2);
  });
});

// better-sqlite3's prepared statements, kept per connection (app/utils/db-sqlite.server.ts).
describeOnSqlite("kept statements", () => {
  it("answer each way of reading the same SQL as if prepared afresh: rows as objects, as arrays, one row", async () => {
    await insertTag("Kept");
    const query = sql`SELECT name, slug FROM tags ORDER BY name`;
    expect(await getDb().all(query)).toEqual([{ name: "Kept", slug: "kept" }]);
    expect(await getDb().values(query)).toEqual([["Kept", "kept"]]);
    expect(await getDb().all(query)).toEqual([{ name: "Kept", slug: "kept" }]);
    expect(await getDb().get(query)).toEqual({ name: "Kept", slug: "kept" });
  });

  it("hand a statement that is still being iterated to nobody else", () => {
    const sqlite = getWriterDb().$client;
    sqlite.exec("INSERT INTO tags (name, slug) VALUES ('One', 'one'), ('Two', 'two')");
    const source = "SELECT name FROM tags ORDER BY name";
    const names: string[] = [];
    for (const row of sqlite.prepare<[], { name: string }>(source).iterate()) {
      names.push(
        row.name,
        ...sqlite
          .prepare<[], { name: string }>(source)
          .all()
          .map((r) => `inner ${r.name}`),
      );
    }
    expect(names).toEqual(["One", "inner One", "inner Two", "Two", "inner One", "inner Two"]);
  });
});
