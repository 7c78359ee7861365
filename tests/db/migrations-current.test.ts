import fs from "node:fs";
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from "drizzle-kit/api";
import * as sqlite from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../db/schema.sqlite";

// db/migrations must hold every change to db/schema.sqlite.ts: a column added to the schema without
// `npm run db:generate` would pass the tests that build from the schema and fail on a real
// database. (db/migrations-pg has the same check in schema-parity.test.ts.)

type Snapshot = Parameters<typeof generateSQLiteMigration>[0];

const journal = JSON.parse(fs.readFileSync("db/migrations/meta/_journal.json", "utf8")) as {
  entries: { idx: number; tag: string }[];
};
const last = journal.entries.at(-1)!;
const snapshot = JSON.parse(
  fs.readFileSync(`db/migrations/meta/${String(last.idx).padStart(4, "0")}_snapshot.json`, "utf8"),
) as Snapshot & { id: string };

const pending = async (imports: Record<string, unknown>) =>
  generateSQLiteMigration(snapshot, await generateSQLiteDrizzleJson(imports, snapshot.id, "snake_case"));

describe("db/migrations", () => {
  it(`holds every change to db/schema.sqlite.ts up to ${last.tag} (npm run db:generate leaves nothing to write)`, async () => {
    expect(await pending(schema)).toEqual([]);
  });

  it("would not: a table added to the schema is a pending statement", async () => {
    const widgets = sqlite.sqliteTable("widgets", { id: sqlite.integer().primaryKey() });
    expect(await pending({ ...schema, widgets })).toEqual([
      "CREATE TABLE `widgets` (\n\t`id` integer PRIMARY KEY NOT NULL\n);\n",
    ]);
  });
});
