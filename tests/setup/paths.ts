import path from "node:path";

/**
 * Where tests keep their databases: a migrated base file, copied for each test file. Each vitest
 * run has its own folder (named by the global setup and passed down in HACKPATH_TEST_RUN_DIR), so
 * runs side by side never delete each other's files.
 */
export const TMP_ROOT = path.resolve("tests/.tmp");

export function runDir(): string {
  const dir = process.env.HACKPATH_TEST_RUN_DIR;
  if (!dir) throw new Error("HACKPATH_TEST_RUN_DIR is not set: run the tests through vitest (npm test).");
  return dir;
}

export function baseDb(): string {
  return path.join(runDir(), "base.db");
}
