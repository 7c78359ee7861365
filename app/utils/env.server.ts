import path from "node:path";
import { z } from "zod";

/** Environment variables, parsed and validated in one place. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/hackpath.db"),
  UPLOADS_DIR: z.string().optional(),
  DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Public origin of the site, e.g. https://hackpath.example; used in feeds and calendars. */
  APP_ORIGIN: z.string().url().optional(),
  /** Set when the server sits behind a proxy that sets X-Forwarded-For (e.g. "1" or "loopback"). */
  TRUST_PROXY: z.string().optional(),
  /** Log-in and sign-up attempts allowed per minute, per IP address and per account (app/domain/rate-limit.ts). */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Other writes allowed per minute per IP address (server/rate-limit.ts). */
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return parsed.data;
}

/** The validated environment. Read at first use so tests can set variables before it. */
export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    return parseEnv()[key as keyof Env];
  },
});

/** Absolute path of the SQLite file. */
export function databasePath(): string {
  return path.resolve(env.DATABASE_PATH);
}

/** Folder for uploaded files (screenshots): beside the database unless set. */
export function uploadsDir(): string {
  return path.resolve(env.UPLOADS_DIR ?? path.join(path.dirname(databasePath()), "uploads"));
}
