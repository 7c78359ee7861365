/**
 * Helpers for HTTP tests that need accounts in the built server's database: point this test
 * process's database at the server's file (factories then write there) and sign people in by
 * writing a real session row. Requests go through ./client.ts.
 */
import { generateSessionToken, hashSessionToken, SESSION_COOKIE } from "../../app/auth/lucia.server";
import { closeDb, getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { startServer, type TestServer } from "./server";

/** Starts the built server and makes factories write to its database. */
export async function startServerWithDb(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const server = await startServer(options);
  process.env.DATABASE_PATH = server.dbPath;
  if (server.databaseUrl) {
    // Factories write through this process's pool: open it on the server's database.
    await closeDb();
    process.env.DATABASE_URL = server.databaseUrl;
  }
  return server;
}

/** A session cookie (`name=value`) for a user, written straight into the current database. */
export async function sessionCookieFor(userId: number): Promise<string> {
  const token = generateSessionToken();
  const now = Math.floor(Date.now() / 1000);
  await getWriterDb()
    .insert(s.sessions)
    .values({ id: hashSessionToken(token), userId, createdAt: now, expiresAt: now + 14 * 24 * 60 * 60 });
  return `${SESSION_COOKIE}=${token}`;
}

/** The `name=value` of the session cookie a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header ? header.split(";")[0]! : null;
}
