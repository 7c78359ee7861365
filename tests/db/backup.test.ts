/**
 * Online backups and restores (db/backup.ts, `npm run db:backup` / `db:restore`): a copy taken
 * while another process writes holds every acknowledged write, and a restore reproduces the rows
 * and the uploads exactly, or refuses.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import {
  BACKUP_DATABASE_FILE,
  MANIFEST_FILE,
  backupDatabase,
  listFiles,
  restoreBackup,
  sha256File,
} from "../../db/backup";
import { createProblem, createTag, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { runDir } from "../setup/paths";

withFreshDatabase();

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(runDir(), "backup-"));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sourceDb = () => process.env.DATABASE_PATH!;
const migrationsInCheckout = () =>
  (JSON.parse(fs.readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] }).entries.length;

function withFile<T>(file: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

const integrity = (file: string) => withFile(file, (sqlite) => sqlite.pragma("integrity_check", { simple: true }));

/** Every row of every stored table (FTS shadow tables included), as sorted JSON lines per table. */
function dumpTables(file: string): Record<string, string[]> {
  return withFile(file, (sqlite) => {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (sqlite.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  });
}

/** Files under a folder with their bytes, keyed by relative path. */
const readTree = (root: string) =>
  Object.fromEntries(listFiles(root).map(({ file }) => [file, fs.readFileSync(path.join(root, file))]));

/**
 * Another process that inserts tags "Live 1", "Live 2", … one autocommit at a time and prints
 * each number once its commit has returned: a printed number is an acknowledged write.
 */
function startWriter(file: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare("INSERT INTO tags (name, slug) VALUES (?, ?)");
    let n = 0, stopping = false;
    process.stdin.on("data", () => { stopping = true; });
    (function burst() {
      if (stopping) { db.close(); process.exit(0); }
      for (let i = 0; i < 10; i++) { n++; insert.run("Live " + n, "live-" + n); process.stdout.write(n + "\\n"); }
      setImmediate(burst);
    })();`;
  const child = spawn(process.execPath, ["-e", script, file], { cwd: process.cwd(), stdio: ["pipe", "pipe", "pipe"] });
  let acked = 0;
  let buffered = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = (buffered + chunk.toString()).split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) acked = Math.max(acked, Number(line));
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    acked: () => acked,
    async until(n: number) {
      const deadline = Date.now() + 10_000;
      while (acked < n) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`writer stopped at ${acked}: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      child.stdin.write("stop\n");
      const code = await exited;
      return { code, stderr };
    },
  };
}

describe("backupDatabase", () => {
  it("copies, while another process keeps writing, every write acknowledged before it started, as one consistent moment", async () => {
    // Some bulk, so the copy takes a while (about 2 MB).
    const bulk = getWriterDb().$client;
    const insertBulk = bulk.prepare("INSERT INTO tags (name, slug) VALUES (?, ?)");
    bulk.transaction(() => {
      for (let i = 1; i <= 20_000; i++) insertBulk.run(`Bulk ${i} ${"x".repeat(60)}`, `bulk-${i}`);
    })();

    const writer = startWriter(sourceDb());
    await writer.until(200);
    const ackedBefore = writer.acked();
    const dir = path.join(tmp, "backup");
    const manifest = await backupDatabase({ databaseFile: sourceDb(), uploadsDir: path.join(tmp, "no-uploads"), dir });
    const copy = path.join(dir, BACKUP_DATABASE_FILE);
    const live = withFile(copy, (sqlite) =>
      (sqlite.prepare("SELECT name FROM tags WHERE name LIKE 'Live %'").all() as { name: string }[])
        .map((r) => Number(r.name.slice("Live ".length)))
        .sort((a, b) => a - b),
    );
    // The writer carries on after the copy, untroubled (no busy error, exit code 0).
    await writer.until(live.length + 50);
    expect(await writer.stop()).toEqual({ code: 0, stderr: "" });

    expect(live.length).toBeGreaterThanOrEqual(ackedBefore);
    // Writes 1…k and nothing after: the state at one moment, not a mix of pages from several.
    expect(live).toEqual(Array.from({ length: live.length }, (_, i) => i + 1));
    expect(
      withFile(copy, (sqlite) => sqlite.prepare("SELECT count(*) AS n FROM tags WHERE name LIKE 'Bulk %'").get()),
    ).toEqual({
      n: 20_000,
    });
    expect(integrity(copy)).toBe("ok");
    expect(withFile(copy, (sqlite) => sqlite.pragma("journal_mode", { simple: true }))).toBe("delete");
    expect(manifest).toEqual({
      format: "hackpath-backup",
      version: 1,
      createdAt: manifest.createdAt,
      source: { database: sourceDb(), uploads: path.join(tmp, "no-uploads") },
      migrations: migrationsInCheckout(),
      database: { file: "hackpath.db", bytes: fs.statSync(copy).size, sha256: await sha256File(copy) },
      uploads: { folder: "uploads", files: 0, bytes: 0 },
    });
    expect(JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8"))).toEqual(manifest);
    expect(fs.readdirSync(dir).sort()).toEqual(["hackpath.db", "manifest.json", "uploads"]);
  });

  it("refuses a folder that is not empty, and a database that does not exist", async () => {
    const dir = path.join(tmp, "backup");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "earlier.txt"), "an earlier backup");
    const uploadsDir = path.join(tmp, "uploads");
    await expect(backupDatabase({ databaseFile: sourceDb(), uploadsDir, dir })).rejects.toThrow(
      `${dir} is not empty: give each backup a new folder.`,
    );
    expect(fs.readdirSync(dir)).toEqual(["earlier.txt"]);
    const missing = path.join(tmp, "missing.db");
    await expect(backupDatabase({ databaseFile: missing, uploadsDir, dir: path.join(tmp, "other") })).rejects.toThrow(
      `There is no database at ${missing} to back up.`,
    );
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe("restoreBackup", () => {
  /** A backup of the test's database with a few rows and three upload files, taken online. */
  async function takeBackup() {
    const user = await createUser({ name: "Ada Restore" });
    await createProblem({ authorId: user.id, title: "Referrals lost between services" });
    await createTag("Backup tag 025");
    const uploadsDir = path.join(tmp, "data", "uploads");
    const uploads = {
      "screenshots/4f1c.png": randomBytes(20_000),
      "documents/12/evidence.pdf": Buffer.from("%PDF-1.4\n% evidence\n"),
      "documents/13/empty.pdf": Buffer.alloc(0),
    };
    for (const [file, bytes] of Object.entries(uploads)) {
      fs.mkdirSync(path.dirname(path.join(uploadsDir, file)), { recursive: true });
      fs.writeFileSync(path.join(uploadsDir, file), bytes);
    }
    const dir = path.join(tmp, "backup");
    const manifest = await backupDatabase({ databaseFile: sourceDb(), uploadsDir, dir });
    return { dir, manifest, uploadsDir, uploads, user };
  }

  const target = () => ({
    databaseFile: path.join(tmp, "restored", "hackpath.db"),
    uploadsDir: path.join(tmp, "restored", "uploads"),
  });

  it("puts the rows and the upload files back exactly, into an empty data folder", async () => {
    const { dir, manifest, uploadsDir, uploads, user } = await takeBackup();
    expect(manifest.uploads).toEqual({
      folder: "uploads",
      files: 3,
      bytes: 20_000 + uploads["documents/12/evidence.pdf"].length,
    });
    const to = target();

    expect(await restoreBackup({ dir, ...to })).toEqual(manifest);

    const restored = dumpTables(to.databaseFile);
    expect(restored).toEqual(dumpTables(sourceDb()));
    expect(withFile(to.databaseFile, (sqlite) => sqlite.prepare("SELECT id, name, email FROM users").all())).toEqual([
      { id: user.id, name: "Ada Restore", email: user.email },
    ]);
    expect(restored.problems).toHaveLength(1);
    expect(integrity(to.databaseFile)).toBe("ok");
    expect(readTree(to.uploadsDir)).toEqual(uploads);
    expect(readTree(to.uploadsDir)).toEqual(readTree(uploadsDir));
    expect(fs.readdirSync(path.dirname(to.databaseFile)).sort()).toEqual(["hackpath.db", "uploads"]);
  });

  it("refuses a target whose database, WAL or uploads folder is already there, and leaves them as they were", async () => {
    const { dir } = await takeBackup();
    const to = target();
    fs.mkdirSync(path.dirname(to.databaseFile), { recursive: true });
    for (const suffix of ["", "-wal"]) {
      fs.writeFileSync(`${to.databaseFile}${suffix}`, "the live database");
      await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
        `Refusing to restore: ${to.databaseFile}${suffix} already exists. Restore only into an empty data folder`,
      );
      expect(fs.readFileSync(`${to.databaseFile}${suffix}`, "utf8")).toBe("the live database");
      fs.rmSync(`${to.databaseFile}${suffix}`);
    }
    fs.mkdirSync(to.uploadsDir);
    fs.writeFileSync(path.join(to.uploadsDir, "kept.png"), "kept");
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `Refusing to restore: the uploads folder ${to.uploadsDir} is not empty. Move it away first.`,
    );
    expect(fs.readdirSync(path.dirname(to.databaseFile))).toEqual(["uploads"]);
    expect(fs.readdirSync(to.uploadsDir)).toEqual(["kept.png"]);
  });

  it("refuses a backup whose database was changed, whose copy is corrupt, or whose uploads are missing, restoring nothing", async () => {
    const { dir, manifest } = await takeBackup();
    const copy = path.join(dir, BACKUP_DATABASE_FILE);
    const original = fs.readFileSync(copy);
    const to = target();
    const nothingRestored = () => expect(fs.existsSync(path.dirname(to.databaseFile))).toBe(false);

    // One byte changed (inside the tag's slug, which its unique index also holds): the hash no longer matches.
    const tampered = Buffer.from(original);
    tampered.write("backup-tag-925", tampered.indexOf("backup-tag-025"));
    fs.writeFileSync(copy, tampered);
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `Refusing to restore: ${copy} does not match the SHA-256 in its manifest (changed or damaged).`,
    );
    nothingRestored();

    // The same change with the manifest's hash made to match: the integrity check finds it.
    const forged = { ...manifest, database: { ...manifest.database, sha256: await sha256File(copy) } };
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(forged));
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `Refusing to restore: ${copy} failed its integrity check: `,
    );
    nothingRestored();

    // The database intact again, one upload missing.
    fs.writeFileSync(copy, original);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    fs.rmSync(path.join(dir, "uploads", "documents", "13", "empty.pdf"));
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `Refusing to restore: ${path.join(dir, "uploads")} holds 2 files (20020 bytes), its manifest says 3 (20020 bytes).`,
    );
    nothingRestored();
  });

  it("refuses a folder that is not a backup", async () => {
    const to = target();
    const dir = path.join(tmp, "not-a-backup");
    fs.mkdirSync(dir);
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `${dir} is not a Hackpath backup: it has no manifest.json.`,
    );
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify({ format: "something-else" }));
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `${dir} is not a Hackpath backup: its manifest.json is not a Hackpath backup manifest (format: `,
    );
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), "{ half");
    await expect(restoreBackup({ dir, ...to })).rejects.toThrow(
      `${dir} is not a Hackpath backup: its manifest.json is not JSON.`,
    );
    expect(fs.existsSync(path.dirname(to.databaseFile))).toBe(false);
  });
});

describe("npm run db:backup / db:restore", () => {
  const cli = (args: string[], env: { DATABASE_PATH: string; UPLOADS_DIR?: string }) => {
    const { UPLOADS_DIR: _inherited, ...rest } = process.env;
    return spawnSync(path.resolve("node_modules/.bin/tsx"), ["db/cli.ts", ...args], {
      env: { ...rest, ...env },
      encoding: "utf8",
    });
  };

  it("backs up the configured database and uploads, restores into an empty folder, and exits 1 with the reason on a refusal", async () => {
    await createTag("From the command line");
    const uploads = path.join(tmp, "uploads");
    fs.mkdirSync(path.join(uploads, "screenshots"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "screenshots", "a.png"), "png bytes");
    const dir = path.join(tmp, "nightly");

    const backup = cli(["backup", dir], { DATABASE_PATH: sourceDb(), UPLOADS_DIR: uploads });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(`backup: ${dir} in `);

    const again = cli(["restore", dir], { DATABASE_PATH: sourceDb(), UPLOADS_DIR: uploads });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Refusing to restore: ${sourceDb()} already exists.`);

    const fresh = path.join(tmp, "fresh");
    const restore = cli(["restore", dir], { DATABASE_PATH: path.join(fresh, "hackpath.db") });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    expect(
      withFile(path.join(fresh, "hackpath.db"), (sqlite) => sqlite.prepare("SELECT name FROM tags").all()),
    ).toEqual([{ name: "From the command line" }]);
    expect(readTree(path.join(fresh, "uploads"))).toEqual({ "screenshots/a.png": Buffer.from("png bytes") });

    const noDir = cli(["backup"], { DATABASE_PATH: sourceDb() });
    expect(noDir.status).toBe(1);
    expect(noDir.stderr).toContain("Name the backup folder.");
  });
});
