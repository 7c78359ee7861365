/**
 * Compares the SQLite schema (db/schema.sqlite.ts) with its PostgreSQL twin (db/schema.pg.ts) table by
 * table and column by column, through drizzle's getTableConfig, and lists every difference in words
 * that name the table and the column. Used by tests/db/schema-parity.test.ts; a CI step can call
 * compareSchemas() the same way.
 *
 * What must match: the tables (SQL name and export name); per table the columns in order (JS key,
 * SQL name, type by the map below, enum values, not null, primary key, auto-numbering, has a
 * default, the default itself when it is a value, an onUpdate), the primary key, the foreign keys
 * (columns, referenced table and columns, on delete, on update), unique constraints and indexes by
 * name (columns, uniqueness, partial-index predicate), and CHECK constraints by name with their SQL,
 * except the checks named in `checkSqlMayDiffer` whose SQL is dialect-specific.
 */
import { getTableColumns, is, SQL, type Column } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import {
  getTableConfig as getPgTableConfig,
  IndexedColumn,
  PgDialect,
  PgTable,
  type PgColumn,
} from "drizzle-orm/pg-core";
import {
  getTableConfig as getSQLiteTableConfig,
  SQLiteSyncDialect,
  SQLiteTable,
  type SQLiteColumn,
} from "drizzle-orm/sqlite-core";

/** One column, in terms both dialects share. */
export interface ColumnShape {
  key: string;
  name: string;
  /** The type after the map below, with drizzle's own column type in brackets for the message. */
  type: string;
  columnType: string;
  enumValues: string;
  notNull: boolean;
  primaryKey: boolean;
  autoIncrement: boolean;
  hasDefault: boolean;
  /** "none", "sql" (an SQL expression: dialect-specific, not compared), "fn", or the value as JSON. */
  default: string;
  onUpdate: boolean;
  unique: string;
}

export interface TableShape {
  name: string;
  exportName: string;
  columns: ColumnShape[];
  primaryKey: string;
  foreignKeys: string[];
  uniqueConstraints: Map<string, string>;
  indexes: Map<string, string>;
  checks: Map<string, string>;
}

/**
 * The type map. Integers: sqlite `integer` is 64-bit, pg `integer` or `bigint({ mode: "number" })`.
 * Timestamps: sqlite `integer({ mode: "timestamp" })`, pg a bigint custom type that stores a Date as
 * epoch seconds (recognised by what it does, see isEpochSeconds). Booleans: sqlite `integer({ mode:
 * "boolean" })`, pg `boolean`. JSON: sqlite `text({ mode: "json" })`, pg `jsonb`/`json`.
 */
const SQLITE_KINDS: Record<string, string> = {
  SQLiteInteger: "integer",
  SQLiteTimestamp: "timestamp",
  SQLiteBoolean: "boolean",
  SQLiteText: "text",
  SQLiteTextJson: "json",
  SQLiteReal: "real",
  SQLiteNumeric: "numeric",
  SQLiteBlobBuffer: "bytes",
};
const PG_KINDS: Record<string, string> = {
  PgInteger: "integer",
  PgSmallInt: "integer",
  PgBigInt53: "integer",
  PgSerial: "integer",
  PgBoolean: "boolean",
  PgText: "text",
  PgVarchar: "text",
  PgJsonb: "json",
  PgJson: "json",
  PgDoublePrecision: "real",
  PgReal: "real",
  PgNumeric: "numeric",
  PgBytea: "bytes",
};

export type Casing = "snake_case" | "camelCase";

export interface CompareOptions {
  /** The drizzle `casing` both stores are opened with (db/drizzle*.config.ts, app/utils/db.server.ts). */
  casing?: Casing;
  /** CHECK constraints (by name) written differently on each store on purpose: only names are compared. */
  checkSqlMayDiffer?: readonly string[];
}

export interface ParityReport {
  /** The SQL names of the tables found in both schemas. */
  tables: string[];
  /** How many columns were compared (in tables found in both). */
  columns: number;
  differences: string[];
}

type Dialect = { sqlToQuery(sql: SQL): { sql: string } };

function sqlName(column: { name: string; keyAsName: boolean }, casing: Casing | undefined): string {
  if (!column.keyAsName || casing === undefined) return column.name;
  return casing === "snake_case" ? toSnakeCase(column.name) : column.name;
}

function describeDefault(column: Column): string {
  if (column.default !== undefined) return is(column.default, SQL) ? "sql" : JSON.stringify(column.default);
  if (column.defaultFn) return "fn";
  return "none";
}

/** A pg custom column is our epoch-seconds timestamp if it is a bigint that turns a Date into seconds and back. */
function isEpochSeconds(column: PgColumn): boolean {
  if (column.getSQLType() !== "bigint") return false;
  try {
    const at = new Date(1_700_000_000_000);
    const stored: unknown = column.mapToDriverValue(at);
    const read: unknown = column.mapFromDriverValue("1700000000");
    return stored === 1_700_000_000 && read instanceof Date && read.getTime() === at.getTime();
  } catch {
    return false;
  }
}

function sqliteKind(column: SQLiteColumn): string {
  const mode = (column as { mode?: string }).mode;
  if (column.columnType === "SQLiteTimestamp" && mode !== "timestamp") return `unmapped ${mode ?? "?"}`;
  return SQLITE_KINDS[column.columnType] ?? "unmapped";
}

function pgKind(column: PgColumn): string {
  if (column.columnType === "PgCustomColumn") {
    if (isEpochSeconds(column)) return "timestamp";
    return column.getSQLType() === "bytea" ? "bytes" : "unmapped";
  }
  return PG_KINDS[column.columnType] ?? "unmapped";
}

function columnShape(
  key: string,
  column: SQLiteColumn | PgColumn,
  kind: string,
  autoIncrement: boolean,
  casing: Casing | undefined,
): ColumnShape {
  // drizzle marks every sqlite `integer` primary key as having a default, because such a column is
  // the rowid and SQLite numbers it when it is left out. That is not a declared default: a key
  // that is also a foreign key (clinician_profiles.user_id) has none on pg, and should not.
  const rowidOnly =
    column.columnType === "SQLiteInteger" &&
    column.primary &&
    !autoIncrement &&
    column.default === undefined &&
    !column.defaultFn &&
    !column.onUpdateFn;
  return {
    key,
    name: sqlName(column, casing),
    type: kind,
    columnType: column.columnType,
    enumValues: JSON.stringify(column.enumValues ?? null),
    notNull: column.notNull,
    primaryKey: column.primary,
    autoIncrement,
    hasDefault: column.hasDefault && !rowidOnly,
    default: describeDefault(column),
    onUpdate: column.onUpdateFn !== undefined,
    unique: column.isUnique ? (column.uniqueName ?? "unnamed") : "",
  };
}

const list = (names: string[]) => `(${names.join(", ")})`;

/** The shapes of every drizzle table a module exports, keyed by SQL table name. */
function shapes(
  module: Record<string, unknown>,
  dialectName: "sqlite" | "pg",
  casing: Casing | undefined,
): Map<string, TableShape> {
  const out = new Map<string, TableShape>();
  const dialect: Dialect = dialectName === "sqlite" ? new SQLiteSyncDialect({ casing }) : new PgDialect({ casing });
  const render = (value: SQL) => dialect.sqlToQuery(value).sql;
  for (const [exportName, value] of Object.entries(module)) {
    let table: TableShape;
    if (dialectName === "sqlite" && is(value, SQLiteTable)) {
      const config = getSQLiteTableConfig(value);
      const keys = new Map<unknown, string>(Object.entries(getTableColumns(value)).map(([k, c]) => [c, k]));
      const name = (c: SQLiteColumn) => sqlName(c, casing);
      table = {
        name: config.name,
        exportName,
        columns: config.columns.map((c) =>
          columnShape(
            keys.get(c) ?? "?",
            c,
            sqliteKind(c),
            (c as { autoIncrement?: boolean }).autoIncrement === true,
            casing,
          ),
        ),
        primaryKey: primaryKeyOf(
          config.columns.filter((c) => c.primary).map(name),
          config.primaryKeys.map((pk) => pk.columns.map(name)),
        ),
        foreignKeys: config.foreignKeys.map((fk) => {
          const ref = fk.reference();
          return `${list(ref.columns.map(name))} references ${getSQLiteTableConfig(ref.foreignTable).name}${list(ref.foreignColumns.map(name))} on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
        }),
        uniqueConstraints: new Map(
          config.uniqueConstraints.map((u) => [u.getName() ?? "unnamed", list(u.columns.map(name))]),
        ),
        indexes: new Map(
          config.indexes.map((i) => {
            const cols = i.config.columns.map((c) => (is(c, SQL) ? render(c) : name(c as SQLiteColumn)));
            return [
              i.config.name,
              indexText(i.config.unique, cols, i.config.where ? render(i.config.where) : null, null),
            ];
          }),
        ),
        checks: new Map(config.checks.map((c) => [c.name, render(c.value)])),
      };
    } else if (dialectName === "pg" && is(value, PgTable)) {
      const config = getPgTableConfig(value);
      const keys = new Map<unknown, string>(Object.entries(getTableColumns(value)).map(([k, c]) => [c, k]));
      const name = (c: PgColumn) => sqlName(c, casing);
      table = {
        name: config.name,
        exportName,
        columns: config.columns.map((c) =>
          columnShape(
            keys.get(c) ?? "?",
            c,
            pgKind(c),
            c.generatedIdentity !== undefined || c.columnType === "PgSerial",
            casing,
          ),
        ),
        primaryKey: primaryKeyOf(
          config.columns.filter((c) => c.primary).map(name),
          config.primaryKeys.map((pk) => pk.columns.map(name)),
        ),
        foreignKeys: config.foreignKeys.map((fk) => {
          const ref = fk.reference();
          return `${list(ref.columns.map(name))} references ${getPgTableConfig(ref.foreignTable).name}${list(ref.foreignColumns.map(name))} on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
        }),
        uniqueConstraints: new Map(
          config.uniqueConstraints.map((u) => [
            u.getName() ?? "unnamed",
            list(u.columns.map(name)) + (u.nullsNotDistinct ? " nulls not distinct" : ""),
          ]),
        ),
        indexes: new Map(
          config.indexes.map((i) => {
            const cols = i.config.columns.map((c) => {
              if (is(c, SQL)) return render(c);
              if (is(c, IndexedColumn)) {
                // Only what differs from pg's default (ascending, nulls last; descending, nulls first).
                const desc = c.indexConfig?.order === "desc";
                const nulls = c.indexConfig?.nulls;
                const odd = nulls !== undefined && nulls !== (desc ? "first" : "last");
                const column = sqlName({ name: c.name ?? "?", keyAsName: c.keyAsName }, casing);
                return [column, desc ? "desc" : "", odd ? `nulls ${nulls}` : ""].filter(Boolean).join(" ");
              }
              return "?";
            });
            const method = i.config.method && i.config.method !== "btree" ? i.config.method : null;
            return [
              i.config.name ?? "unnamed",
              indexText(i.config.unique, cols, i.config.where ? render(i.config.where) : null, method),
            ];
          }),
        ),
        checks: new Map(config.checks.map((c) => [c.name, render(c.value)])),
      };
    } else {
      continue;
    }
    out.set(table.name, table);
  }
  return out;
}

function primaryKeyOf(columnLevel: string[], composite: string[][]): string {
  const keys = [...columnLevel.map((c) => [c]), ...composite].map(list);
  return keys.length === 0 ? "none" : keys.join(" and ");
}

function indexText(unique: boolean, columns: string[], where: string | null, method: string | null): string {
  return `${unique ? "unique " : ""}${method ? `using ${method} ` : ""}on ${list(columns)}${where ? ` where ${where}` : ""}`;
}

const COLUMN_FIELDS = [
  "key",
  "type",
  "enumValues",
  "notNull",
  "primaryKey",
  "autoIncrement",
  "hasDefault",
  "default",
  "onUpdate",
  "unique",
] as const satisfies readonly (keyof ColumnShape)[];

function compareNamed(
  where: string,
  what: string,
  sqlite: Map<string, string>,
  pg: Map<string, string>,
  out: string[],
  compareText = (_name: string) => true,
) {
  for (const [name, text] of sqlite) {
    const other = pg.get(name);
    if (other === undefined) out.push(`${where}: ${what} "${name}" is in sqlite but not in pg`);
    else if (other !== text && compareText(name))
      out.push(`${where}: ${what} "${name}" is ${text} in sqlite, ${other} in pg`);
  }
  for (const name of pg.keys()) {
    if (!sqlite.has(name)) out.push(`${where}: ${what} "${name}" is in pg but not in sqlite`);
  }
}

function compareSets(where: string, what: string, sqlite: string[], pg: string[], out: string[]) {
  for (const item of sqlite) if (!pg.includes(item)) out.push(`${where}: ${what} ${item} is in sqlite but not in pg`);
  for (const item of pg) if (!sqlite.includes(item)) out.push(`${where}: ${what} ${item} is in pg but not in sqlite`);
}

/**
 * Every difference between the two schema modules (the namespaces of db/schema.sqlite.ts and
 * db/schema.pg.ts, or any pair of modules exporting sqlite-core and pg-core tables).
 */
export function compareSchemas(
  sqliteModule: Record<string, unknown>,
  pgModule: Record<string, unknown>,
  options: CompareOptions = {},
): ParityReport {
  const casing = "casing" in options ? options.casing : "snake_case";
  const mayDiffer = new Set(options.checkSqlMayDiffer ?? []);
  const sqlite = shapes(sqliteModule, "sqlite", casing);
  const pg = shapes(pgModule, "pg", casing);
  const differences: string[] = [];
  const tables: string[] = [];
  let columns = 0;

  for (const name of sqlite.keys()) if (!pg.has(name)) differences.push(`table "${name}" is in sqlite but not in pg`);
  for (const name of pg.keys()) if (!sqlite.has(name)) differences.push(`table "${name}" is in pg but not in sqlite`);

  for (const [tableName, s] of sqlite) {
    const p = pg.get(tableName);
    if (!p) continue;
    tables.push(tableName);
    const where = `table "${tableName}"`;
    if (s.exportName !== p.exportName) {
      differences.push(`${where}: exported as ${s.exportName} in sqlite, ${p.exportName} in pg`);
    }

    const pgColumns = new Map(p.columns.map((c) => [c.name, c]));
    const sqliteColumns = new Map(s.columns.map((c) => [c.name, c]));
    for (const sc of s.columns) {
      const pc = pgColumns.get(sc.name);
      if (!pc) {
        differences.push(`${where}: column "${sc.name}" is in sqlite but not in pg`);
        continue;
      }
      columns += 1;
      for (const field of COLUMN_FIELDS) {
        if (sc[field] === pc[field]) continue;
        const show = (c: ColumnShape) => (field === "type" ? `${c.type} [${c.columnType}]` : String(c[field]));
        differences.push(`${where}: column "${sc.name}": ${field} is ${show(sc)} in sqlite, ${show(pc)} in pg`);
      }
    }
    for (const pc of p.columns) {
      if (!sqliteColumns.has(pc.name)) differences.push(`${where}: column "${pc.name}" is in pg but not in sqlite`);
    }
    const sharedOrder = (cols: ColumnShape[], other: Map<string, ColumnShape>) =>
      cols.filter((c) => other.has(c.name)).map((c) => c.name);
    const sqliteOrder = sharedOrder(s.columns, pgColumns);
    const pgOrder = sharedOrder(p.columns, sqliteColumns);
    if (sqliteOrder.join() !== pgOrder.join()) {
      differences.push(`${where}: columns are in the order ${list(sqliteOrder)} in sqlite, ${list(pgOrder)} in pg`);
    }

    if (s.primaryKey !== p.primaryKey) {
      differences.push(`${where}: primary key is ${s.primaryKey} in sqlite, ${p.primaryKey} in pg`);
    }
    compareSets(where, "foreign key", s.foreignKeys, p.foreignKeys, differences);
    compareNamed(where, "unique constraint", s.uniqueConstraints, p.uniqueConstraints, differences);
    compareNamed(where, "index", s.indexes, p.indexes, differences);
    compareNamed(where, "check", s.checks, p.checks, differences, (name) => !mayDiffer.has(name));
  }
  return { tables, columns, differences };
}

/** Throws, listing every difference, unless the two schema modules match. */
export function assertSchemaParity(
  sqliteModule: Record<string, unknown>,
  pgModule: Record<string, unknown>,
  options: CompareOptions = {},
): ParityReport {
  const report = compareSchemas(sqliteModule, pgModule, options);
  if (report.differences.length > 0) {
    throw new Error(
      `the sqlite and pg schemas differ (${report.differences.length}):\n- ${report.differences.join("\n- ")}`,
    );
  }
  return report;
}
