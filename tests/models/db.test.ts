/**
 * The one way to the database (decision 0007): reads through getDb, writes through inTransaction,
 * one transaction at a time on the writer, and a transaction that awaits never absorbs another
 * request's statements.
 */
import { describe, expect, it } from "vitest";
import { getDb, inTransaction } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const tagNames = async () => (await getDb().select({ name: s.tags.name }).from(s.tags)).map((t) => t.name).sort();
const insertTag = (name: string) =>
  inTransaction((tx) => tx.insert(s.tags).values({ name, slug: name.toLowerCase().replace(/\W+/g, "-") }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

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

  it("runs one transaction at a time: a second waits while the first awaits, and the first's rollback keeps the second's write", async () => {
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
  });

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

  it("refuses a write outside a transaction: getDb is read-only there", async () => {
    await expect(getDb().insert(s.tags).values({ name: "Escaped", slug: "escaped" })).rejects.toThrow(/readonly/);
    expect(await tagNames()).toEqual([]);
  });
});
