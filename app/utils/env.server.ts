import path from "node:path";
import { z } from "zod";

/** Environment variables, parsed and validated in one place. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/hackpath.db"),
  UPLOADS_DIR: z.string().optional(),
  /** Where uploaded files go: "folder" (UPLOADS_DIR) or "database" (app servers with no shared disk; app/models/file-store.server.ts). */
  UPLOADS_STORE: z.enum(["folder", "database"]).default("folder"),
  /** Unset: demo data only on a local start (see demoDataPlan); "true" or "false" decides outright. */
  DEMO_DATA: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  /** Public origin of the site, e.g. https://hackpath.example; used in feeds and calendars. */
  APP_ORIGIN: z.string().url().optional(),
  /** Set when the server sits behind a proxy that sets X-Forwarded-For (e.g. "1" or "loopback"). */
  TRUST_PROXY: z.string().optional(),
  /** Log-in and sign-up attempts allowed per minute, per IP address and per account (app/domain/rate-limit.ts). */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Other writes allowed per minute per IP address (server/rate-limit.ts). */
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** Where email goes, e.g. smtp://user:pass@smtp.example:587 or smtps://…; unset: .eml files in the outbox folder. */
  SMTP_URL: z.string().url().optional(),
  /** The From address of every email. */
  MAIL_FROM: z.string().min(3).default("Hackpath <no-reply@hackpath.localhost>"),
  /** Folder for the .eml files written when SMTP_URL is unset: beside the database unless set. */
  OUTBOX_DIR: z.string().optional(),
  /** Who runs this Hackpath (the data controller named in the privacy notice and the terms). */
  SERVICE_OPERATOR: z.string().min(2).default("the team that runs this Hackpath"),
  /** Memory for visitors' pages kept until the next write (server/page-cache.ts); 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Where people write to the operator about privacy, accessibility or anything else; the contact page shows it. */
  CONTACT_EMAIL: z.string().email().optional(),
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

const names = Object.keys(schema.shape);
let parsedFor: { values: string; env: Env } | undefined;

/** parseEnv's answer, parsed again only when one of the variables has changed since. */
function currentEnv(): Env {
  const values = names.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (parsedFor?.values !== values) parsedFor = { values, env: parseEnv() };
  return parsedFor.env;
}

/**
 * The validated environment. Read at first use so tests can set variables before it, and read
 * again when they change one.
 */
export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    return currentEnv()[key as keyof Env];
  },
});

/** Whether an origin names this machine only (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackOrigin(origin: string): boolean {
  const host = new URL(origin).hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether to seed the demo data (with its accounts and their published password) into an empty
 * database. A local start (no APP_ORIGIN, or a loopback one) gets it unless DEMO_DATA=false; a
 * deployment (any other APP_ORIGIN) only when DEMO_DATA=true is set. Decision record 0015.
 */
export function shouldSeedDemoData({ DEMO_DATA, APP_ORIGIN }: Pick<Env, "DEMO_DATA" | "APP_ORIGIN">): boolean {
  return DEMO_DATA ?? (APP_ORIGIN === undefined || isLoopbackOrigin(APP_ORIGIN));
}

/** The warning logged on every start of a public deployment whose database holds the demo accounts. */
export function demoAccountsWarning(appOrigin: string): string {
  return (
    `WARNING: the demo accounts are in this database and APP_ORIGIN (${appOrigin}) is public. ` +
    "They share the password published in the README, admin included: anyone can sign in as them. " +
    "For a real deployment start on an empty database without DEMO_DATA=true."
  );
}

/** Absolute path of the SQLite file. */
export function databasePath(): string {
  return path.resolve(env.DATABASE_PATH);
}

/** Folder for uploaded files (screenshots): beside the database unless set. */
export function uploadsDir(): string {
  return path.resolve(env.UPLOADS_DIR ?? path.join(path.dirname(databasePath()), "uploads"));
}

/** Folder where email is written as .eml files when no SMTP server is configured. */
export function outboxDir(): string {
  return path.resolve(env.OUTBOX_DIR ?? path.join(path.dirname(databasePath()), "outbox"));
}

/**
 * The site's public origin for links that leave a request behind (emails, jobs): APP_ORIGIN, or
 * this machine's address on a local start.
 */
export function siteOrigin(): string {
  return (env.APP_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
