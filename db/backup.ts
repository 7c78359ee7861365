/**
 * Online backups and restores of the SQLite database with the uploads folder (db/cli.ts runs them).
 *
 * A backup folder holds hackpath.db (a copy taken with SQLite's online backup API, in one read
 * transaction, so it is one consistent moment while the site keeps serving and writing), uploads/
 * (a copy of the uploads folder, taken after the database so every file a row names is there) and
 * manifest.json, written last: a folder without it is not a (finished) backup.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";

export const BACKUP_DATABASE_FILE = "hackpath.db";
export const BACKUP_UPLOADS_FOLDER = "uploads";
export const MANIFEST_FILE = "manifest.json";

// Pages per backup step: every page in one step, so the copy is one read transaction. With
// smaller steps a write from another connection between two steps restarts the copy, and a
// site that writes steadily could keep it from ever finishing.
const ALL_PAGES = 0x7fffffff;

const manifestSchema = z.object({
  format: z.literal("hackpath-backup"),
  version: z.literal(1),
  createdAt: z.string().datetime(),
  source: z.object({ database: z.string(), uploads: z.string() }),
  /** Migrations applied to the copied database (rows of drizzle's __drizzle_migrations). */
  migrations: z.number().int().min(0),
  database: z.object({
    file: z.literal(BACKUP_DATABASE_FILE),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  uploads: z.object({
    folder: z.literal(BACKUP_UPLOADS_FOLDER),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
  }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** The manifest in a backup folder's manifest.json, or the reason the text is not one. */
export function parseManifest(text: string): { manifest: BackupManifest } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: "its manifest.json is not JSON" };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      problem: `its manifest.json is not a Hackpath backup manifest (${first?.path.join(".")}: ${first?.message})`,
    };
  }
  return { manifest: parsed.data };
}

/** One line for the console: what a backup holds. */
export function describeManifest(m: BackupManifest): string {
  return (
    `${m.createdAt}: database ${m.database.bytes} bytes (${m.migrations} migrations, sha256 ${m.database.sha256.slice(0, 12)}…), ` +
    `uploads ${m.uploads.files} files, ${m.uploads.bytes} bytes`
  );
}

/** Relative paths (with "/" separators, sorted) and sizes of the files under a folder; none if it is missing. */
export function listFiles(root: string): { file: string; bytes: number }[] {
  if (!fs.existsSync(root)) return [];
  const found: { file: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile())
        found.push({ file: path.relative(root, full).split(path.sep).join("/"), bytes: fs.statSync(full).size });
    }
  };
  walk(root);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Hex SHA-256 of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const isEmptyOrMissing = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/**
 * `PRAGMA integrity_check`'s findings, the first three and how many there were; undefined for a
 * sound file. A file SQLite cannot read at all gives its error.
 */
function integrityProblems(sqlite: Database.Database): string | undefined {
  let found: string[];
  try {
    found = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    found = [error instanceof Error ? error.message : String(error)];
  }
  if (found.join() === "ok") return undefined;
  return found.length > 3 ? `${found.slice(0, 3).join("; ")} (${found.length} problems)` : found.join("; ");
}

function migrationCount(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'");
  if (!table.get()) return 0;
  return (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
}

/**
 * Copies the database (online: other connections keep reading and writing) and the uploads folder
 * into `dir`, which must be new or empty, and writes the manifest last. Throws, with a message for
 * the person running it, when something is wrong.
 */
export async function backupDatabase(args: {
  databaseFile: string;
  uploadsDir: string;
  dir: string;
  now?: Date;
}): Promise<BackupManifest> {
  const { databaseFile, uploadsDir, dir, now = new Date() } = args;
  if (!fs.existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile} to back up.`);
  if (!isEmptyOrMissing(dir)) throw new Error(`${dir} is not empty: give each backup a new folder.`);
  if (isInside(dir, uploadsDir)) throw new Error(`${dir} is inside the uploads folder ${uploadsDir}: choose another.`);
  fs.mkdirSync(dir, { recursive: true });

  const copy = path.join(dir, BACKUP_DATABASE_FILE);
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(copy, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }

  const sqlite = new Database(copy, { fileMustExist: true });
  let migrations: number;
  try {
    // One self-contained file: no -wal beside it to forget. The server puts WAL back when it opens it.
    sqlite.pragma("journal_mode = DELETE");
    const problems = integrityProblems(sqlite);
    if (problems) throw new Error(`The copy failed its integrity check: ${problems}`);
    migrations = migrationCount(sqlite);
  } finally {
    sqlite.close();
  }

  // After the database: a file uploaded since the copy is a harmless extra; one missing would not be.
  const uploadsCopy = path.join(dir, BACKUP_UPLOADS_FOLDER);
  if (fs.existsSync(uploadsDir))
    fs.cpSync(uploadsDir, uploadsCopy, { recursive: true, errorOnExist: true, force: false });
  else fs.mkdirSync(uploadsCopy);
  const files = listFiles(uploadsCopy);

  const manifest: BackupManifest = {
    format: "hackpath-backup",
    version: 1,
    createdAt: now.toISOString(),
    source: { database: databaseFile, uploads: uploadsDir },
    migrations,
    database: { file: BACKUP_DATABASE_FILE, bytes: fs.statSync(copy).size, sha256: await sha256File(copy) },
    uploads: {
      folder: BACKUP_UPLOADS_FOLDER,
      files: files.length,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    },
  };
  const manifestFile = path.join(dir, MANIFEST_FILE);
  fs.writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(`${manifestFile}.tmp`, manifestFile);
  return manifest;
}

/**
 * Restores the backup in `dir` into an empty data folder: refuses when a database (or its WAL) is
 * already at `databaseFile`, when the uploads folder holds anything, when `dir` is not a backup,
 * or when the copy does not match its manifest or fails `PRAGMA integrity_check`. Uploads are
 * copied first and the database file appears last, by a rename, so an interrupted restore leaves
 * no database behind.
 */
export async function restoreBackup(args: {
  dir: string;
  databaseFile: string;
  uploadsDir: string;
}): Promise<BackupManifest> {
  const { dir, databaseFile, uploadsDir } = args;
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} is not a Hackpath backup: it has no ${MANIFEST_FILE}.`);
  const parsed = parseManifest(fs.readFileSync(manifestFile, "utf8"));
  if ("problem" in parsed) throw new Error(`${dir} is not a Hackpath backup: ${parsed.problem}.`);
  const { manifest } = parsed;

  for (const suffix of ["", "-wal", "-shm"])
    if (fs.existsSync(`${databaseFile}${suffix}`))
      throw new Error(
        `Refusing to restore: ${databaseFile}${suffix} already exists. Restore only into an empty data folder (stop the server and move the old files away first).`,
      );
  if (!isEmptyOrMissing(uploadsDir))
    throw new Error(`Refusing to restore: the uploads folder ${uploadsDir} is not empty. Move it away first.`);

  const copy = path.join(dir, BACKUP_DATABASE_FILE);
  if (!fs.existsSync(copy)) throw new Error(`${dir} is not a Hackpath backup: it has no ${BACKUP_DATABASE_FILE}.`);
  if ((await sha256File(copy)) !== manifest.database.sha256)
    throw new Error(`Refusing to restore: ${copy} does not match the SHA-256 in its manifest (changed or damaged).`);
  const sqlite = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(sqlite);
    if (problems) throw new Error(`Refusing to restore: ${copy} failed its integrity check: ${problems}`);
  } finally {
    sqlite.close();
  }
  const uploadsCopy = path.join(dir, BACKUP_UPLOADS_FOLDER);
  const files = listFiles(uploadsCopy);
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  if (files.length !== manifest.uploads.files || bytes !== manifest.uploads.bytes)
    throw new Error(
      `Refusing to restore: ${uploadsCopy} holds ${files.length} files (${bytes} bytes), its manifest says ${manifest.uploads.files} (${manifest.uploads.bytes} bytes).`,
    );

  fs.mkdirSync(uploadsDir, { recursive: true });
  if (files.length) fs.cpSync(uploadsCopy, uploadsDir, { recursive: true, errorOnExist: true, force: false });
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const partial = `${databaseFile}.restoring`;
  fs.copyFileSync(copy, partial);
  if ((await sha256File(partial)) !== manifest.database.sha256) {
    fs.rmSync(partial, { force: true });
    throw new Error(`The copy written to ${partial} does not match the backup: the database was not restored.`);
  }
  fs.renameSync(partial, databaseFile);
  return manifest;
}
