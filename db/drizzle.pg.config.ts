import { defineConfig } from "drizzle-kit";

// The PostgreSQL twin of db/drizzle.config.ts: generate with `npm run db:generate:pg` (no database
// needed); the url is only used by drizzle-kit commands that connect (migrate, push, studio).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations-pg",
  casing: "snake_case",
  strict: true,
  verbose: true,
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/hackpath" },
});
