import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// `npm run test:pg` (issue 16): the model, route, HTTP and load suites against PostgreSQL (the
// two-server proof, tests/load/two-servers.test.ts, runs only here). Needs
// TEST_DATABASE_URL (scripts/test-postgres.sh starts a server and prints it); tests/setup/store.ts
// gives each file, test and test server a database copied from a migrated template. The rest of
// the suite (SQLite's own files, seeds, backups, the browser tests) runs on SQLite only.
// Not mergeConfig: it would add these files to the base config's list instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "tests/models/**/*.test.ts",
      "tests/routes/**/*.test.ts",
      "tests/http/**/*.test.ts",
      "tests/load/**/*.test.ts",
    ],
  },
});
