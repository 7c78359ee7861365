import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["build/**", "data/**", "node_modules/**", "playwright-report/**", "test-results/**", "db/migrations/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // Routes and models never reach the database directly except through app/models.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["better-sqlite3", "drizzle-orm/better-sqlite3*", "pg", "drizzle-orm/node-postgres*"],
              message: "Use app/utils/db.server.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "app/utils/db.server.ts",
      "app/utils/db-sqlite.server.ts",
      "app/utils/db-postgres.server.ts",
      "app/models/dialect.server.ts",
      "db/**",
      "tests/**",
      "scripts/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // A lost await on a query is a query that silently never runs: drizzle's builders are thenables.
    files: ["app/**/*.{ts,tsx}", "server/**/*.ts", "db/**/*.ts", "tests/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/no-floating-promises": ["error", { checkThenables: true }] },
  },
  {
    // Every query is awaited: better-sqlite3's synchronous .all()/.get()/.run() stay inside db/.
    files: ["app/**/*.{ts,tsx}", "server/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0][callee.property.name=/^(all|get|run)$/]",
          message:
            "Await the query instead (`await db.select()…`, `const [row] = await …`): see app/models/core.server.ts.",
        },
      ],
    },
  },
  {
    // SQL only one store understands, and raw db.all/get/run, go through app/models/dialect.server.ts
    // (issue 16), search included. The first selector repeats the block above: a later block's
    // options replace an earlier one's.
    files: ["app/**/*.{ts,tsx}"],
    ignores: [
      "app/models/dialect.server.ts",
      "app/utils/db.server.ts",
      "app/utils/db-sqlite.server.ts",
      "app/utils/db-postgres.server.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0][callee.property.name=/^(all|get|run)$/]",
          message:
            "Await the query instead (`await db.select()…`, `const [row] = await …`): see app/models/core.server.ts.",
        },
        {
          selector:
            ":matches(TemplateElement[value.raw=/group_concat|INSERT OR |ESCAPE '|instr\\(|CROSS JOIN|\\.rowid\\b|bm25\\(|INDEXED BY|_fts\\b|to_tsquery/i], Literal[value=/group_concat|INSERT OR |ESCAPE '|instr\\(|CROSS JOIN|\\.rowid\\b|bm25\\(|INDEXED BY|_fts\\b|to_tsquery/i])",
          message:
            "SQLite-only SQL: use the helper in app/models/dialect.server.ts (stringAgg, containsText, includesText, insertionOrder, joinInWrittenOrder, the search helpers) or .onConflictDoNothing().",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(all|get|run)$/]:not([callee.object.name='Promise']):matches([typeArguments], [arguments.0.type='TaggedTemplateExpression'])",
          message: "Raw queries go through rawRows/rawRow/rawRun in app/models/dialect.server.ts.",
        },
      ],
    },
  },
);
