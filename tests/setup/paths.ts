import path from "node:path";

/** Where tests keep their databases: a migrated base file, copied for each test file. */
export const TMP_DIR = path.resolve("tests/.tmp");
export const BASE_DB = path.join(TMP_DIR, "base.db");
