/**
 * The two schemas stay in step (issue 16): db/schema.pg.ts is the twin of db/schema.sqlite.ts table by
 * table, column by column (db/schema-parity.ts does the comparing), db/migrations-pg holds every
 * change made to db/schema.pg.ts, and a timestamp is the same number on both stores. The made-up
 * tables at the end show the comparison does find a column, a type, a key or an index that one
 * side lacks, so the first test cannot pass by comparing nothing.
 */
import fs from "node:fs";
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import * as pg from "drizzle-orm/pg-core";
import * as sqlite from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as sqliteSchema from "../../db/schema.sqlite";
import { assertSchemaParity, compareSchemas } from "../../db/schema-parity";
import * as pgSchema from "../../db/schema.pg";

/** `coalesce(date(x) = x, 0)` on SQLite; PostgreSQL has no date() that returns null on bad input (db/schema.pg.ts, isDate). */
const DATE_CHECKS = [
  "mentorship_notes_date_check",
  "pilots_starts_on_check",
  "pilots_ends_on_check",
  "outcomes_measured_on_check",
];

const sqliteTables = Object.values(sqliteSchema).filter((v) => is(v, sqlite.SQLiteTable));

describe("db/schema.pg.ts against db/schema.sqlite.ts", () => {
  it("has the same tables, columns, keys, constraints and indexes", () => {
    const report = compareSchemas(sqliteSchema, pgSchema, { checkSqlMayDiffer: DATE_CHECKS });
    expect(report.differences).toEqual([]);
    // Every table and column of schema.ts was compared, counted here without the module's help.
    expect(report.tables).toEqual(sqliteTables.map((t) => getTableName(t)));
    expect(report.columns).toBe(sqliteTables.reduce((n, t) => n + Object.keys(getTableColumns(t)).length, 0));
    expect(() => assertSchemaParity(sqliteSchema, pgSchema, { checkSqlMayDiffer: DATE_CHECKS })).not.toThrow();
  });

  it("differs only in the SQL of the date checks, which are the ones let through", () => {
    const report = compareSchemas(sqliteSchema, pgSchema);
    expect(report.differences.map((d) => d.slice(0, d.indexOf(" is ")))).toEqual([
      'table "mentorship_notes": check "mentorship_notes_date_check"',
      'table "pilots": check "pilots_starts_on_check"',
      'table "pilots": check "pilots_ends_on_check"',
      'table "outcomes": check "outcomes_measured_on_check"',
    ]);
  });

  it("stores a timestamp as the same epoch seconds on both stores", () => {
    const at = new Date(1_700_000_123_999);
    const onSqlite: unknown = sqliteSchema.users.createdAt.mapToDriverValue(at);
    const onPg: unknown = pgSchema.users.createdAt.mapToDriverValue(at);
    expect(onSqlite).toBe(1_700_000_123);
    expect(onPg).toBe(1_700_000_123);
    // node-postgres returns int8 as a string.
    expect(pgSchema.users.createdAt.mapFromDriverValue("1700000123")).toEqual(new Date(1_700_000_123_000));
    expect(pgSchema.users.createdAt.getSQLType()).toBe("bigint");
  });
});

describe("db/migrations-pg", () => {
  const journal = JSON.parse(fs.readFileSync("db/migrations-pg/meta/_journal.json", "utf8")) as {
    entries: { idx: number }[];
  };
  const last = journal.entries.at(-1)!;
  const snapshot = JSON.parse(
    fs.readFileSync(`db/migrations-pg/meta/${String(last.idx).padStart(4, "0")}_snapshot.json`, "utf8"),
  ) as Parameters<typeof generateMigration>[0] & { id: string; tables: Record<string, unknown> };
  const pending = (schema: Record<string, unknown>) =>
    generateMigration(snapshot, generateDrizzleJson(schema, snapshot.id, undefined, "snake_case"));

  it("holds every change to db/schema.pg.ts (npm run db:generate:pg leaves nothing to write)", async () => {
    expect(await pending(pgSchema)).toEqual([]);
    expect(Object.keys(snapshot.tables)).toHaveLength(sqliteTables.length);
  });

  it("would not: a table added to the schema is a pending statement", async () => {
    const widgets = pg.pgTable("widgets", { id: pg.integer().primaryKey() });
    expect(await pending({ ...pgSchema, widgets })).toEqual([
      'CREATE TABLE "widgets" (\n\t"id" integer PRIMARY KEY NOT NULL\n);\n',
    ]);
  });
});

describe("compareSchemas on made-up tables", () => {
  const epochSeconds = pgSchema.epochSeconds;

  it("passes a faithful pair", () => {
    const s = {
      widgets: sqlite.sqliteTable("widgets", {
        id: sqlite.integer().primaryKey({ autoIncrement: true }),
        name: sqlite.text().notNull().default(""),
        madeAt: sqlite.integer({ mode: "timestamp" }).notNull(),
      }),
    };
    const p = {
      widgets: pg.pgTable("widgets", {
        id: pg.integer().primaryKey().generatedByDefaultAsIdentity(),
        name: pg.text().notNull().default(""),
        madeAt: epochSeconds().notNull(),
      }),
    };
    expect(compareSchemas(s, p)).toEqual({ tables: ["widgets"], columns: 3, differences: [] });
  });

  it("names the table and the column that one side lacks, and throws with them", () => {
    const s = {
      widgets: sqlite.sqliteTable("widgets", {
        id: sqlite.integer().primaryKey({ autoIncrement: true }),
        colour: sqlite.text(),
      }),
    };
    const p = {
      widgets: pg.pgTable("widgets", {
        id: pg.integer().primaryKey().generatedByDefaultAsIdentity(),
        weightGrams: pg.integer(),
      }),
    };
    expect(compareSchemas(s, p).differences).toEqual([
      'table "widgets": column "colour" is in sqlite but not in pg',
      'table "widgets": column "weight_grams" is in pg but not in sqlite',
    ]);
    expect(() => assertSchemaParity(s, p)).toThrow(
      'the sqlite and pg schemas differ (2):\n- table "widgets": column "colour" is in sqlite but not in pg\n' +
        '- table "widgets": column "weight_grams" is in pg but not in sqlite',
    );
  });

  it("finds a missing table and drift in type, null, default, key, foreign key, index and check", () => {
    const sOwners = sqlite.sqliteTable("owners", { id: sqlite.integer().primaryKey({ autoIncrement: true }) });
    const s = {
      owners: sOwners,
      gadgets: sqlite.sqliteTable(
        "gadgets",
        {
          id: sqlite.integer().primaryKey({ autoIncrement: true }),
          ownerId: sqlite.integer().references(() => sOwners.id, { onDelete: "cascade" }),
          madeAt: sqlite.integer({ mode: "timestamp" }).notNull(),
          size: sqlite.text({ enum: ["s", "m"] }).notNull(),
          live: sqlite.integer({ mode: "boolean" }).notNull().default(true),
        },
        (t) => [
          sqlite.index("gadgets_owner_idx").on(t.ownerId, t.madeAt),
          sqlite.check("gadgets_size_check", sql`${t.size} IN ('s', 'm')`),
        ],
      ),
      sprockets: sqlite.sqliteTable("sprockets", { id: sqlite.integer().primaryKey() }),
    };
    const pOwners = pg.pgTable("owners", { id: pg.integer().primaryKey().generatedByDefaultAsIdentity() });
    const p = {
      owners: pOwners,
      gadgets: pg.pgTable(
        "gadgets",
        {
          id: pg.integer().generatedByDefaultAsIdentity(),
          ownerId: pg.integer().references(() => pOwners.id, { onDelete: "set null" }),
          madeAt: pg.integer(),
          size: pg.text({ enum: ["s", "m", "l"] }).notNull(),
          live: pg.boolean().notNull().default(false),
        },
        (t) => [pg.index("gadgets_owner_idx").on(t.ownerId), pg.check("gadgets_size_check", sql`${t.size} IN ('s')`)],
      ),
    };
    expect(compareSchemas(s, p).differences).toEqual([
      'table "sprockets" is in sqlite but not in pg',
      'table "gadgets": column "id": primaryKey is true in sqlite, false in pg',
      'table "gadgets": column "made_at": type is timestamp [SQLiteTimestamp] in sqlite, integer [PgInteger] in pg',
      'table "gadgets": column "made_at": notNull is true in sqlite, false in pg',
      'table "gadgets": column "size": enumValues is ["s","m"] in sqlite, ["s","m","l"] in pg',
      'table "gadgets": column "live": default is true in sqlite, false in pg',
      'table "gadgets": primary key is (id) in sqlite, none in pg',
      'table "gadgets": foreign key (owner_id) references owners(id) on delete cascade on update no action is in sqlite but not in pg',
      'table "gadgets": foreign key (owner_id) references owners(id) on delete set null on update no action is in pg but not in sqlite',
      'table "gadgets": index "gadgets_owner_idx" is on (owner_id, made_at) in sqlite, on (owner_id) in pg',
      `table "gadgets": check "gadgets_size_check" is "gadgets"."size" IN ('s', 'm') in sqlite, "gadgets"."size" IN ('s') in pg`,
    ]);
  });
});
