/**
 * Project screenshots: their files (app/models/file-store.server.ts, area "screenshots", under
 * random names we check every request against), checking uploads by their bytes, and reading their rows
 * (docs/decisions/0031-screenshot-uploads.md).
 */
import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { projectScreenshots } from "../../db/schema";
import { detectImageType, imageExtensions, type ImageType } from "../domain/image-type";
import { screenshotPath } from "../utils/paths";
import { MAX_SCREENSHOT_BYTES } from "../domain/screenshots";
import { getDb } from "./core.server";
import { readFile, removeFile, saveFile } from "./file-store.server";

const SCREENSHOT_NAME = /^[a-f0-9]{32}\.(png|jpg|webp)$/;

/** A stored screenshot's bytes, or null (no such file, or a name we would never have made). */
export async function readScreenshotFile(fileName: string): Promise<Uint8Array<ArrayBuffer> | null> {
  return SCREENSHOT_NAME.test(fileName) ? readFile("screenshots", fileName) : null;
}

/** The stored facts about a screenshot (for serving it), or null. */
export async function getScreenshot(fileName: string) {
  if (!SCREENSHOT_NAME.test(fileName)) return null;
  const [row] = await getDb()
    .select({
      fileName: projectScreenshots.fileName,
      contentType: projectScreenshots.contentType,
      byteSize: projectScreenshots.byteSize,
      projectId: projectScreenshots.projectId,
    })
    .from(projectScreenshots)
    .where(eq(projectScreenshots.fileName, fileName));
  return row ?? null;
}

/** A project's screenshots in order, with the URL each is served at. For any page showing a project. */
export async function listProjectScreenshots(projectId: number) {
  const rows = await getDb()
    .select({
      id: projectScreenshots.id,
      fileName: projectScreenshots.fileName,
      alt: projectScreenshots.alt,
      contentType: projectScreenshots.contentType,
      byteSize: projectScreenshots.byteSize,
    })
    .from(projectScreenshots)
    .where(eq(projectScreenshots.projectId, projectId))
    .orderBy(asc(projectScreenshots.position), asc(projectScreenshots.id));
  return rows.map((r) => ({ ...r, src: screenshotPath(r.fileName) }));
}

type CheckedUpload = { bytes: Uint8Array; type: ImageType; fileName: string };

/**
 * Checks uploaded screenshots by size and by their bytes (PNG, JPEG or WebP) and gives each a
 * random file name; nothing is written yet.
 */
export async function checkScreenshotUploads(
  files: readonly File[],
): Promise<{ ok: true; uploads: CheckedUpload[] } | { ok: false; message: string }> {
  const uploads: CheckedUpload[] = [];
  for (const file of files) {
    if (file.size > MAX_SCREENSHOT_BYTES)
      return { ok: false, message: `${file.name || "A screenshot"} is larger than 2 MB` };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes);
    if (!type) return { ok: false, message: `${file.name || "A screenshot"} is not a PNG, JPEG or WebP image` };
    uploads.push({ bytes, type, fileName: `${randomBytes(16).toString("hex")}.${imageExtensions[type]}` });
  }
  return { ok: true, uploads };
}

/** Keeps new screenshots' files (before the transaction that records them). */
export async function saveScreenshotFiles(uploads: readonly { fileName: string; bytes: Uint8Array }[]): Promise<void> {
  for (const upload of uploads) await saveFile("screenshots", upload.fileName, upload.bytes);
}

/** Deletes stored screenshot files by name (names we would never have made are skipped). */
export async function removeScreenshotFiles(fileNames: readonly string[]): Promise<void> {
  for (const name of fileNames) if (SCREENSHOT_NAME.test(name)) await removeFile("screenshots", name);
}
