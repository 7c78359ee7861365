/**
 * Uploaded files kept in the uploads folder (the default) or in the database (UPLOADS_STORE=
 * database, for app servers with no shared disk): the same answers from both, on either store.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readFile, removeFile, saveFile } from "../../app/models/file-store.server";
import { getWriterDb } from "../../app/utils/db.server";
import { uploadsDir } from "../../app/utils/env.server";
import * as s from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();
afterEach(() => {
  delete process.env.UPLOADS_STORE;
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe.each(["folder", "database"] as const)("UPLOADS_STORE=%s", (store) => {
  it("gives back what was saved, nothing for a name never saved, and nothing once removed", async () => {
    process.env.UPLOADS_STORE = store;
    const name = `${store}-${Date.now()}.png`;
    await saveFile("screenshots", name, PNG);
    expect(await readFile("screenshots", name)).toEqual(PNG);
    expect(await readFile("documents", name)).toBeNull();
    expect(await readFile("screenshots", `other-${name}`)).toBeNull();
    await removeFile("screenshots", name);
    expect(await readFile("screenshots", name)).toBeNull();
    // Removing what is not there is not an error.
    await removeFile("screenshots", name);
  });

  it("refuses to save over a file already kept under that name", async () => {
    process.env.UPLOADS_STORE = store;
    const name = `${store}-twice-${Date.now()}.pdf`;
    await saveFile("documents", name, PNG);
    await expect(saveFile("documents", name, new Uint8Array([9]))).rejects.toThrow();
    expect(await readFile("documents", name)).toEqual(PNG);
    await removeFile("documents", name);
  });
});

it("keeps each store's files where it says: the folder's on disk, the database's in stored_files", async () => {
  const name = `where-${Date.now()}.png`;
  await saveFile("screenshots", name, PNG);
  process.env.UPLOADS_STORE = "database";
  await saveFile("screenshots", name, PNG);
  expect(new Uint8Array(fs.readFileSync(path.join(uploadsDir(), "screenshots", name)))).toEqual(PNG);
  const rows = await getWriterDb().select({ area: s.storedFiles.area, name: s.storedFiles.name }).from(s.storedFiles);
  expect(rows).toEqual([{ area: "screenshots", name }]);
  await removeFile("screenshots", name);
  delete process.env.UPLOADS_STORE;
  await removeFile("screenshots", name);
  expect(fs.existsSync(path.join(uploadsDir(), "screenshots", name))).toBe(false);
});
