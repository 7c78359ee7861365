/**
 * Where uploaded files (screenshots, evidence documents) are kept: the one way the app saves,
 * reads and removes them (issue 16, decision 0065). UPLOADS_STORE chooses:
 *
 * - "folder" (the default): files under the uploads folder (UPLOADS_DIR, beside the database
 *   unless set), one sub-folder per area. One server, or several sharing that folder.
 * - "database": the bytes in the stored_files table, so several app servers with no shared disk
 *   all see every file; what a PostgreSQL deployment behind a load balancer uses.
 *
 * A file is saved before the transaction that records it and removed if that transaction fails
 * (and after the one that forgets it), so a retried transaction never writes a file twice.
 * Names are made by the caller (random, checked against a pattern before they reach here).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { storedFiles, type fileAreas } from "../../db/schema";
import { env, uploadsDir } from "../utils/env.server";
import { getDb, inTransaction } from "./core.server";

export type FileArea = (typeof fileAreas)[number];

const inFolder = (area: FileArea, name: string) => path.join(uploadsDir(), area, name);
const key = (area: FileArea, name: string) => and(eq(storedFiles.area, area), eq(storedFiles.name, name));

/** Keeps a new file; throws if one of that name is already there (names are never reused). */
export async function saveFile(area: FileArea, name: string, bytes: Uint8Array): Promise<void> {
  if (env.UPLOADS_STORE === "database") {
    await inTransaction((tx) => tx.insert(storedFiles).values({ area, name, bytes: Buffer.from(bytes) }));
    return;
  }
  await fs.mkdir(path.join(uploadsDir(), area), { recursive: true });
  await fs.writeFile(inFolder(area, name), bytes, { flag: "wx", mode: 0o640 });
}

/** A kept file's bytes, or null when there is no such file. */
export async function readFile(area: FileArea, name: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (env.UPLOADS_STORE === "database") {
    const [row] = await getDb().select({ bytes: storedFiles.bytes }).from(storedFiles).where(key(area, name));
    return row ? new Uint8Array(row.bytes) : null;
  }
  try {
    return new Uint8Array(await fs.readFile(inFolder(area, name)));
  } catch {
    return null;
  }
}

/** Removes a kept file; nothing happens when it is not there. */
export async function removeFile(area: FileArea, name: string): Promise<void> {
  if (env.UPLOADS_STORE === "database") {
    await inTransaction((tx) => tx.delete(storedFiles).where(key(area, name)));
    return;
  }
  await fs.rm(inFolder(area, name), { force: true });
}
