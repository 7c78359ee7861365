/**
 * Database commands, run with tsx (see package.json):
 *
 *   npm run db:migrate                      apply pending migrations
 *   npm run db:seed [-- --scale N]          demo data into an empty database; N synthetic problems
 *   npm run db:reset [-- --scale N]         delete the database file, migrate, seed the demo data
 *   npm run db:backup -- DIR                online copy of the database and the uploads into DIR (new or empty)
 *   npm run db:restore -- DIR               put a backup back into an empty data folder
 *   npm run db:copy-to-postgres             copy the SQLite database into the empty PostgreSQL one at DATABASE_URL
 *
 * The file is DATABASE_PATH (default data/hackpath.db), the uploads UPLOADS_DIR (default beside
 * it). Reset refuses to run with NODE_ENV=production unless --force is given. Backup and restore
 * are in db/backup.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { closeDb, migrateDatabase, openDatabase, type DB } from "../app/utils/db.server";
import { databasePath, env, uploadsDir } from "../app/utils/env.server";
import { getWriterDb as getPostgresDb, migratePostgres } from "../app/utils/db-postgres.server";
import { postgresUrl } from "../app/utils/store.server";
import { backupDatabase, describeManifest, restoreBackup } from "./backup";
import { copySqliteToPostgres, copyUploadsToPostgres } from "./copy-to-postgres";
import { users } from "./schema.sqlite";
import { describeCounts, seedDemoData } from "./seed/demo";
import { seedScale } from "./seed/scale";

const USAGE =
  "Usage: tsx db/cli.ts <migrate | seed [--scale N] | reset [--scale N] [--force] | backup DIR | restore DIR | copy-to-postgres>";

/** A database URL without its password, for the log. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.href;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const scale = parseScale(rest);
  const file = databasePath();

  const url = postgresUrl();
  if (url && (command === "seed" || command === "reset" || command === "backup" || command === "restore")) {
    console.error(
      `DATABASE_URL names PostgreSQL: ${command} works on the SQLite file (DATABASE_PATH). Seed or restore SQLite, ` +
        "then npm run db:copy-to-postgres; back PostgreSQL up with its own tools (docs/deployment.md).",
    );
    return 1;
  }

  switch (command) {
    case "migrate": {
      if (url) {
        console.log(`Database: ${redactedUrl(url)}`);
        const started = performance.now();
        await migratePostgres(url);
        await closeDb();
        console.log(`migrate: ${Math.round(performance.now() - started)} ms`);
        return 0;
      }
      const db = open(file);
      timed("migrate", () => migrateDatabase(db));
      db.$client.close();
      return 0;
    }
    case "seed": {
      const db = open(file);
      timed("migrate", () => migrateDatabase(db));
      await seedDemoIfEmpty(db);
      if (scale) runScale(db, scale);
      db.$client.close();
      return 0;
    }
    case "reset": {
      if (env.NODE_ENV === "production" && !rest.includes("--force")) {
        console.error("Refusing to reset a production database without --force.");
        return 1;
      }
      await closeDb();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
      console.log(`Deleted ${file}`);
      const db = open(file);
      timed("migrate", () => migrateDatabase(db));
      await seedDemoIfEmpty(db);
      if (scale) runScale(db, scale);
      db.$client.close();
      return 0;
    }
    case "backup": {
      const dir = backupDir(rest);
      console.log(`Database: ${file}\nUploads: ${uploadsDir()}`);
      const started = performance.now();
      const manifest = await backupDatabase({ databaseFile: file, uploadsDir: uploadsDir(), dir });
      console.log(`backup: ${dir} in ${Math.round(performance.now() - started)} ms`);
      console.log(describeManifest(manifest));
      return 0;
    }
    case "restore": {
      const dir = backupDir(rest);
      const manifest = await restoreBackup({ dir, databaseFile: file, uploadsDir: uploadsDir() });
      console.log(`restored ${dir} (${describeManifest(manifest)})`);
      console.log(`Database: ${file}\nUploads: ${uploadsDir()}`);
      return 0;
    }
    case "copy-to-postgres": {
      if (!url) {
        console.error("Set DATABASE_URL to the empty PostgreSQL database to copy into (postgres://…).");
        return 1;
      }
      if (!fs.existsSync(file)) {
        console.error(`There is no SQLite database at ${file} (DATABASE_PATH) to copy.`);
        return 1;
      }
      console.log(`From: ${file}\nTo: ${redactedUrl(url)}`);
      const source = openDatabase(file);
      try {
        timed("migrate", () => migrateDatabase(source));
        const started = performance.now();
        await migratePostgres(url);
        const report = await copySqliteToPostgres(source, getPostgresDb(url));
        const rows = report.reduce((sum, table) => sum + table.rows, 0);
        console.log(
          `copied ${rows} rows in ${report.length} tables in ${Math.round(performance.now() - started)} ms; every table's row count checked`,
        );
        for (const { table, rows: n } of report) if (n > 0) console.log(`  ${table}: ${n}`);
        if (env.UPLOADS_STORE === "database") {
          const files = await copyUploadsToPostgres(uploadsDir(), getPostgresDb(url));
          console.log(
            `uploads from ${uploadsDir()} now in the database: ${files.screenshots} screenshots, ${files.documents} documents`,
          );
        } else {
          console.log(
            `Uploads stay in ${uploadsDir()}: give the PostgreSQL servers that UPLOADS_DIR (with UPLOADS_STORE=database, the copy moves them into the database instead; docs/deployment.md).`,
          );
        }
      } finally {
        source.$client.close();
        await closeDb();
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return command ? 1 : 0;
  }
}

function open(file: string): DB {
  console.log(`Database: ${file}`);
  return openDatabase(file);
}

async function seedDemoIfEmpty(db: DB): Promise<void> {
  if (db.select({ id: users.id }).from(users).limit(1).get()) {
    console.log("demo data: skipped (the database already has users)");
    return;
  }
  const started = performance.now();
  const result = await seedDemoData(db);
  const ms = Math.round(performance.now() - started);
  console.log(
    result.seeded ? `demo data: seeded in ${ms} ms (${describeCounts(result.counts)})` : "demo data: already present",
  );
  if (result.seeded) console.log("Demo accounts use the password hackpath-demo (see README).");
}

function runScale(db: DB, n: number): void {
  const result = seedScale(db, n);
  const rate = result.ms > 0 ? Math.round((result.problems / result.ms) * 1000) : result.problems;
  console.log(
    `scale: ${result.problems} problems, ${result.projects} projects, ${result.endorsements} endorsements, ${result.comments} comments, ${result.users} users in ${result.ms} ms (${rate} problems/s)`,
  );
}

function timed(label: string, fn: () => void): void {
  const started = performance.now();
  fn();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
}

/** The backup folder named after `backup` or `restore`, resolved from the working directory. */
function backupDir(args: string[]): string {
  const [dir] = args;
  if (!dir || dir.startsWith("--")) throw new Error(`Name the backup folder. ${USAGE}`);
  return path.resolve(dir);
}

/** `--scale N` or `--scale=N`; undefined when absent. */
function parseScale(args: string[]): number | undefined {
  const index = args.findIndex((a) => a === "--scale" || a.startsWith("--scale="));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  const raw = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[index + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--scale needs a whole number above 0 (got ${raw ?? "nothing"})`);
  return n;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
