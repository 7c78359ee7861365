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
        { patterns: [{ group: ["better-sqlite3"], message: "Use app/utils/db.server.ts." }] },
      ],
    },
  },
  {
    files: ["app/utils/db.server.ts", "app/models/dialect.server.ts", "db/**", "tests/**", "scripts/**"],
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
);
